import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';

@ObjectType('Disbursement')
export class DisbursementView {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => CalendarDateScalar)
  date!: string;

  @Field(() => Date)
  recordedAt!: Date;
}
