import { Entity, Enum, Index, JsonType, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { ActivityKind } from './activity-kind.js';

/**
 * Something that happened in a partnership. The ascending id is the feed's cursor. `data`
 * holds only what every member may see (no tranche money: positions are not for everyone).
 */
@Entity({ tableName: 'activity' })
@Index({ name: 'activity_feed', properties: ['partnership', 'id'] })
export class Activity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Enum({ items: () => ActivityKind, type: 'text' })
  kind: ActivityKind;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<User> | null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  actorOrganisation: Ref<Organisation> | null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Property({ type: JsonType })
  data: Record<string, string | number | boolean | null>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    kind: ActivityKind;
    actor: Ref<User> | null;
    actorOrganisation: Ref<Organisation> | null;
    subjectId: string | null;
    data: Record<string, string | number | boolean | null>;
  }) {
    this.partnership = props.partnership;
    this.kind = props.kind;
    this.actor = props.actor;
    this.actorOrganisation = props.actorOrganisation;
    this.subjectId = props.subjectId;
    this.data = props.data;
  }
}
