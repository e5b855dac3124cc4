import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';

@ObjectType('PaymentLine')
export class PaymentLineView {
  metricId!: string;
  paymentId!: string;
  metricKey!: string;

  @Field(() => DecimalScalar, { description: 'What the rule gives before the metric cap.' })
  gross!: string;

  @Field(() => DecimalScalar, { description: "After the metric's own cap." })
  amount!: string;
}

@ObjectType('Distribution')
export class DistributionView {
  trancheId!: string;
  versionId!: string;

  @Field(() => DecimalScalar)
  principal!: string;

  @Field(() => DecimalScalar)
  premium!: string;
}
