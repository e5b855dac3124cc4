import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActivityKind } from './activity-kind.js';

@ObjectType('ActivityEntry')
export class ActivityView {
  @Field(() => ID, { description: 'Ascending within a partnership; the feed cursor.' })
  id!: string;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The thing it happened to: a version, report, payment, comment…',
  })
  subjectId!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Kind-specific details, e.g. { number, total } for a payment.',
  })
  data!: Record<string, unknown>;

  @Field(() => Date)
  createdAt!: Date;

  actorId!: string | null;
  organisationId!: string | null;
  partnershipId!: string;
}

@ObjectType('ActivityPage')
export class ActivityPageView {
  @Field(() => [ActivityView], { description: 'Newest first.' })
  items!: ActivityView[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next, older page.' })
  nextCursor!: string | null;
}
