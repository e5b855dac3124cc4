import { Field, ID, ObjectType } from 'type-graphql';
import { PartnershipRole } from '../partnerships/partnership-enums.js';
import { PaymentRule } from './contract-enums.js';

/** An outcome metric of one contract version as the API serves it; money in øre. */
@ObjectType('Metric')
export class MetricView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  definition!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => PartnershipRole, {
    description: 'COMMISSIONER or EVALUATOR: who verifies reports of this metric.',
  })
  verifier!: PartnershipRole;

  @Field(() => PaymentRule)
  rule!: PaymentRule;

  versionId!: string;
  /** Order within the terms, as proposed. */
  position!: number;
  price!: bigint | null;
  /** Exact decimal as PostgreSQL numeric text. */
  threshold!: string | null;
  target!: string | null;
  amount!: bigint | null;
  cap!: bigint | null;
  unitSaving!: bigint | null;

  static of(props: Omit<MetricView, never>): MetricView {
    return Object.assign(new MetricView(), props);
  }
}
