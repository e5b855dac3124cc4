import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';

export enum LessonOutcome {
  WENT_WELL = 'WENT_WELL',
  WENT_BADLY = 'WENT_BADLY',
}
export enum LessonVisibility {
  PARTNERSHIP = 'PARTNERSHIP',
  PLATFORM = 'PLATFORM',
}
registerEnumType(LessonOutcome, { name: 'LessonOutcome' });
registerEnumType(LessonVisibility, { name: 'LessonVisibility' });

/**
 * An experience worth passing on ("Erfaringer"). Searchable with PostgreSQL full-text search in
 * Danish: the database fills the indexed `search` column itself.
 */
@Entity({ tableName: 'lesson' })
@Index({ name: 'lesson_by_partnership', properties: ['partnership', 'createdAt'] })
@Index({ name: 'lesson_platform', properties: ['visibility', 'createdAt'] })
@Index({ name: 'lesson_search', expression: 'create index "lesson_search" on "lesson" using gin ("search")' })
export class Lesson {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'json' })
  tags: string[];

  @Enum({ items: () => LessonOutcome, type: 'text' })
  outcome: LessonOutcome;

  @Enum({ items: () => LessonVisibility, type: 'text' })
  visibility: LessonVisibility = LessonVisibility.PARTNERSHIP;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Danish full-text vector of title, tags and text; a trigger keeps it (see the migration). */
  @Property({ type: 'string', columnType: 'tsvector', nullable: true, lazy: true, hidden: true })
  search?: string;

  constructor(props: {
    partnership: Ref<Partnership>;
    title: string;
    body: string;
    tags: string[];
    outcome: LessonOutcome;
    author: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.title = props.title;
    this.body = props.body;
    this.tags = props.tags;
    this.outcome = props.outcome;
    this.author = props.author;
  }
}
