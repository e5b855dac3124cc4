import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ThreadSubject } from './discussion.entities.js';

@ObjectType('Thread')
export class ThreadView {
  @Field(() => ID)
  id!: string;

  @Field(() => ThreadSubject)
  subject!: ThreadSubject;

  @Field(() => ID, { nullable: true, description: 'The version, report or payment discussed.' })
  subjectId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  createdAt!: Date;

  partnershipId!: string;
  startedById!: string;
}

@ObjectType('Comment')
export class CommentView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the author edited the comment.' })
  editedAt!: Date | null;

  @Field(() => Boolean, { description: 'The author may edit for a short while after posting.' })
  viewerCanEdit!: boolean;

  threadId!: string;
  /** Lets the audit trail file the comment under its partnership. */
  partnershipId!: string;
  authorId!: string;
  mentionIds!: string[];
}

@ObjectType('ThreadSummary')
export class ThreadCounts {
  @Field(() => Int)
  comments!: number;

  @Field(() => Int, { description: 'Comments by others since the viewer last read the thread.' })
  unread!: number;

  @Field(() => Date, { nullable: true })
  lastCommentAt!: Date | null;
}

@InputType()
export class StartThreadInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ThreadSubject, { defaultValue: ThreadSubject.PARTNERSHIP })
  subject!: ThreadSubject;

  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [ID], { defaultValue: [] })
  mentions!: string[];
}
