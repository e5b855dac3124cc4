import { formatMoney, sumOre } from '@effekt/engine';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { TrancheView } from '../contracts/contract.types.js';
import { MetricView } from '../contracts/metric.view.js';
import { partnershipMetric } from '../contracts/partnership-metric.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { ReportView } from '../reports/report.view.js';
import { ReportStatus } from '../reports/report-enums.js';
import { DistributionView, PaymentLineView } from './payment.types.js';
import { PaymentView } from './payment.view.js';
import { PaymentStatus } from './payment-enums.js';

@Resolver(() => PaymentLineView)
export class PaymentLineResolver {
  @FieldResolver(() => MetricView)
  async metric(@Root() line: PaymentLineView, @Ctx() context: Context): Promise<MetricView> {
    // The payments of a partnership's answer are loaded by now, and say whose metric it is.
    const payment = await context.loaders.payment.load(line.paymentId);
    return partnershipMetric(context.loaders, payment.partnershipId, line.metricId);
  }

  @FieldResolver(() => [ReportView])
  async reports(@Root() line: PaymentLineView, @Ctx() context: Context): Promise<ReportView[]> {
    const reports = await context.loaders.reportsOfPayment.load(line.paymentId);
    return reports.filter((report) => report.metricKey === line.metricKey);
  }
}

@Resolver(() => DistributionView)
export class DistributionResolver {
  @FieldResolver(() => TrancheView)
  async tranche(@Root() distribution: DistributionView, @Ctx() context: Context): Promise<TrancheView> {
    const tranches = await context.loaders.tranchesOfVersion.load(distribution.versionId);
    const tranche = tranches.find((candidate) => candidate.id === distribution.trancheId);
    if (!tranche) throw new AppError('INTERNAL_SERVER_ERROR', 'distribution to a tranche outside its terms');
    return tranche;
  }
}

@Resolver(() => PartnershipView)
export class PartnershipMoneyResolver {
  @FieldResolver(() => [ReportView])
  async reports(
    @Root() partnership: PartnershipView,
    @Arg('status', () => ReportStatus, { nullable: true }) status: ReportStatus | null,
    @Ctx() context: Context,
  ): Promise<ReportView[]> {
    const reports = await context.loaders.reportsOfPartnership.load(partnership.id);
    return status ? reports.filter((report) => report.status === status) : reports;
  }

  @FieldResolver(() => [PaymentView])
  payments(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<PaymentView[]> {
    return context.loaders.paymentsOfPartnership.load(partnership.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sum of PAID outcome payments.' })
  async paidToDate(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<string> {
    const payments = await context.loaders.paymentsOfPartnership.load(partnership.id);
    return formatMoney(
      sumOre(
        payments.filter((payment) => payment.status === PaymentStatus.PAID).map((payment) => payment.total),
      ),
    );
  }
}
