import { Field, ID, InputType, Int } from 'type-graphql';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { PartnershipRole } from '../partnerships/partnership-enums.js';
import { PaymentRule, TrancheKind } from './contract-enums.js';

@InputType()
export class MetricInput {
  @Field(() => String, {
    description: 'Stable short key, unique within the terms, e.g. "no-recurrence-12m".',
  })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  definition!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => PartnershipRole)
  verifier!: PartnershipRole;

  @Field(() => PaymentRule)
  rule!: PaymentRule;

  @Field(() => DecimalScalar, { nullable: true })
  price?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  threshold?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  target?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  cap?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  unitSaving?: string | null;
}

@InputType()
export class TrancheInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  fundId?: string | null;

  @Field(() => TrancheKind)
  kind!: TrancheKind;

  @Field(() => Int)
  seniority!: number;

  @Field(() => DecimalScalar)
  commitment!: string;

  @Field(() => DecimalScalar)
  premiumRate!: string;
}

@InputType()
export class TermsInput {
  @Field(() => CalendarDateScalar)
  startDate!: string;

  @Field(() => CalendarDateScalar)
  endDate!: string;

  @Field(() => DecimalScalar)
  paymentCap!: string;

  @Field(() => [MetricInput])
  metrics!: MetricInput[];

  @Field(() => [TrancheInput])
  tranches!: TrancheInput[];
}
