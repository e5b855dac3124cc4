import { Field, ID, ObjectType } from 'type-graphql';
import type { Partnership } from './partnership.entity.js';
import { ClosureOutcome, PartnershipStatus } from './partnership-enums.js';

/**
 * A partnership as the API serves it: plain values and the municipality's id. Lists such as a
 * portfolio of 500 tranches read it as rows instead of hydrating an entity for each.
 */
@ObjectType('Partnership')
export class PartnershipView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The social challenge the partnership addresses.' })
  challenge!: string;

  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => ClosureOutcome, { nullable: true })
  closure!: ClosureOutcome | null;

  municipalityId!: string;

  static of(props: Omit<PartnershipView, never>): PartnershipView {
    return Object.assign(new PartnershipView(), props);
  }

  static fromEntity(partnership: Partnership): PartnershipView {
    return PartnershipView.of({
      id: partnership.id,
      title: partnership.title,
      challenge: partnership.challenge,
      status: partnership.status,
      closure: partnership.closure,
      municipalityId: partnership.municipality.id,
    });
  }
}
