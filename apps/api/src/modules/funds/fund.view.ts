import { Field, ID, ObjectType } from 'type-graphql';

/** A municipality's fund as the API serves it; its money fields are resolved (FundResolver). */
@ObjectType('Fund')
export class FundView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  municipalityId!: string;
  /** Whole øre. */
  capital!: bigint;

  static of(props: FundView): FundView {
    return Object.assign(new FundView(), props);
  }
}
