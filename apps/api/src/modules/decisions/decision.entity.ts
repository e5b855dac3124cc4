import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Thread } from '../discussion/discussion.entities.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A decision of the partnership. Never edited (a trigger refuses it): a later decision
 * supersedes it, and each decision is superseded at most once.
 */
@Entity({ tableName: 'decision' })
@Index({ name: 'decision_by_partnership', properties: ['partnership', 'decidedOn'] })
@Unique({ name: 'decision_superseded_once', properties: ['supersedes'] })
export class Decision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'text' })
  text: string;

  @Property({ type: 'string', columnType: 'date' })
  decidedOn: string;

  /** Ids of the member organisations that agreed. */
  @Property({ type: 'json' })
  agreedBy: string[];

  @ManyToOne(() => Thread, { ref: true, nullable: true, deleteRule: 'set null' })
  thread: Ref<Thread> | null;

  @ManyToOne(() => Decision, { ref: true, nullable: true, deleteRule: 'restrict' })
  supersedes: Ref<Decision> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  recordedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    text: string;
    decidedOn: string;
    agreedBy: string[];
    thread: Ref<Thread> | null;
    supersedes: Ref<Decision> | null;
    recordedBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.text = props.text;
    this.decidedOn = props.decidedOn;
    this.agreedBy = props.agreedBy;
    this.thread = props.thread;
    this.supersedes = props.supersedes;
    this.recordedBy = props.recordedBy;
  }
}
