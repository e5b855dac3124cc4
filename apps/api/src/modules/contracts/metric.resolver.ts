import { formatDecimal, formatMoney, parseDecimal } from '@effekt/engine';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { Metric } from './metric.entity.js';

const money = (ore: bigint | null) => (ore === null ? null : formatMoney(ore));
/** PostgreSQL pads numerics to their scale; show them as entered ("0.3", not "0.300000000000"). */
const exact = (text: string | null) => (text === null ? null : formatDecimal(parseDecimal(text)));

@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => DecimalScalar, { nullable: true })
  price(@Root() metric: Metric) {
    return money(metric.price);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  threshold(@Root() metric: Metric) {
    return exact(metric.threshold);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  target(@Root() metric: Metric) {
    return exact(metric.target);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  amount(@Root() metric: Metric) {
    return money(metric.amount);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  cap(@Root() metric: Metric) {
    return money(metric.cap);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  unitSaving(@Root() metric: Metric) {
    return money(metric.unitSaving);
  }
}
