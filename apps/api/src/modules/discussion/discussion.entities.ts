import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';

export enum ThreadSubject {
  PARTNERSHIP = 'PARTNERSHIP',
  CONTRACT_VERSION = 'CONTRACT_VERSION',
  REPORT = 'REPORT',
  PAYMENT = 'PAYMENT',
}
registerEnumType(ThreadSubject, { name: 'ThreadSubject' });

/** A conversation about the partnership or one of its versions, reports or payments. */
@Entity({ tableName: 'thread' })
@Index({ name: 'thread_by_partnership', properties: ['partnership', 'createdAt'] })
export class Thread {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Enum({ items: () => ThreadSubject, type: 'text' })
  subject: ThreadSubject;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Property({ type: 'text' })
  title: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  startedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    subject: ThreadSubject;
    subjectId: string | null;
    title: string;
    startedBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.subject = props.subject;
    this.subjectId = props.subjectId;
    this.title = props.title;
    this.startedBy = props.startedBy;
  }
}

@Entity({ tableName: 'comment' })
@Index({ name: 'comment_by_thread', properties: ['thread', 'createdAt'] })
export class Comment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread: Ref<Thread>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author: Ref<User>;

  @Property({ type: 'text' })
  body: string;

  /** Ids of the member organisations the comment mentions. */
  @Property({ type: 'json' })
  mentions: string[] = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;

  constructor(props: { thread: Ref<Thread>; author: Ref<User>; body: string; mentions: string[] }) {
    this.thread = props.thread;
    this.author = props.author;
    this.body = props.body;
    this.mentions = props.mentions;
  }
}

/** How far a user has read a thread, for unread counts. */
@Entity({ tableName: 'thread_read' })
@Unique({ name: 'thread_read_once', properties: ['thread', 'user'] })
export class ThreadRead {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread: Ref<Thread>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Property({ type: 'datetime' })
  readAt: Date;

  constructor(props: { thread: Ref<Thread>; user: Ref<User>; readAt: Date }) {
    this.thread = props.thread;
    this.user = props.user;
    this.readAt = props.readAt;
  }
}
