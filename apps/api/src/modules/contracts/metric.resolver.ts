import { formatDecimal, formatMoney, parseDecimal } from '@effekt/engine';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { MetricView } from './metric.view.js';

const money = (ore: bigint | null) => (ore === null ? null : formatMoney(ore));
/** PostgreSQL pads numerics to their scale; show them as entered ("0.3", not "0.300000000000"). */
const exact = (text: string | null) => (text === null ? null : formatDecimal(parseDecimal(text)));

@Resolver(() => MetricView)
export class MetricResolver {
  @FieldResolver(() => DecimalScalar, { nullable: true })
  price(@Root() metric: MetricView) {
    return money(metric.price);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  threshold(@Root() metric: MetricView) {
    return exact(metric.threshold);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  target(@Root() metric: MetricView) {
    return exact(metric.target);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  amount(@Root() metric: MetricView) {
    return money(metric.amount);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  cap(@Root() metric: MetricView) {
    return money(metric.cap);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true })
  unitSaving(@Root() metric: MetricView) {
    return money(metric.unitSaving);
  }
}
