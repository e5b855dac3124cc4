import { formatMoney } from '@effekt/engine';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { authorize, can, requireViewer } from '../../policy/index.js';
import { findPartnershipOrFail, membershipOrFail, viewerMembership } from '../partnerships/membership.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { OutcomePayment } from './outcome-payment.entity.js';
import { calculatePayment } from './payment.service.js';
import { DistributionView, PaymentLineView } from './payment.types.js';
import { PaymentView } from './payment.view.js';
import { approvePayment, markPaymentPaid } from './payment-status.service.js';

async function findPaymentToManage(context: Context, id: string) {
  const viewer = requireViewer(context.viewer);
  const payment = isUuid(id) ? await context.em.findOne(OutcomePayment, { id }) : null;
  if (!payment) throw AppError.notFound('Payment');
  const access = await findPartnershipOrFail(context.em, viewer, payment.partnership.id).catch(() => {
    throw AppError.notFound('Payment');
  });
  authorize(viewer, 'payment', 'manage', access);
  return { viewer, payment };
}

@Resolver(() => PaymentView)
export class PaymentResolver {
  @Mutation(() => PaymentView, {
    description:
      'Commissioner only. Settles every VERIFIED report not yet in a payment. Each report enters at\nmost one payment, also under concurrent calls. BAD_USER_INPUT when there is nothing to settle.',
  })
  async calculatePayment(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() context: Context,
  ): Promise<PaymentView> {
    const viewer = requireViewer(context.viewer);
    const membership = await membershipOrFail(context, partnershipId);
    authorize(viewer, 'payment', 'manage', membership);
    const settled = await calculatePayment(context.em, viewer, membership.partnershipId);
    // The answer shows what was just written: hand it to the loaders instead of reading it back.
    const { id } = settled.payment;
    context.loaders.payment.prime(id, settled.payment);
    context.loaders.linesOfPayment.prime(id, [...settled.lines]);
    context.loaders.distributionsOfPayment.prime(id, [...settled.distributions]);
    context.loaders.reportsOfPayment.prime(id, [...settled.reports]);
    context.loaders.tranchesOfVersion.prime(settled.payment.versionId, [...settled.tranches]);
    for (const metric of settled.metrics) context.loaders.metric.prime(metric.id, metric);
    return settled.payment;
  }

  @Mutation(() => PaymentView)
  async approvePayment(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<PaymentView> {
    const { viewer, payment } = await findPaymentToManage(context, id);
    return PaymentView.fromEntity(await approvePayment(context.em, viewer, payment));
  }

  @Mutation(() => PaymentView)
  async markPaymentPaid(
    @Arg('id', () => ID) id: string,
    @Arg('paidOn', () => CalendarDateScalar) paidOn: string,
    @Ctx() context: Context,
  ): Promise<PaymentView> {
    const { viewer, payment } = await findPaymentToManage(context, id);
    return PaymentView.fromEntity(await markPaymentPaid(context.em, viewer, payment, paidOn));
  }

  @FieldResolver(() => PartnershipView)
  partnership(@Root() payment: PaymentView, @Ctx() context: Context): Promise<PartnershipView> {
    return context.loaders.partnership.load(payment.partnershipId);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Amount the municipality pays, after every cap.' })
  total(@Root() payment: PaymentView): string {
    return formatMoney(payment.total);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'How much the contract-wide payment cap took off this payment.',
  })
  capReduction(@Root() payment: PaymentView): string {
    return formatMoney(payment.capReduction);
  }

  @FieldResolver(() => DecimalScalar, {
    description:
      'Paid to the provider after every investment tranche is fully repaid with premium (DOMAIN.md).',
  })
  providerSurplus(@Root() payment: PaymentView): string {
    return formatMoney(payment.providerSurplus);
  }

  @FieldResolver(() => [PaymentLineView])
  async lines(@Root() payment: PaymentView, @Ctx() context: Context): Promise<PaymentLineView[]> {
    return context.loaders.linesOfPayment.load(payment.id);
  }

  @FieldResolver(() => [DistributionView], { description: 'Visible rows only (DOMAIN.md, access).' })
  async distributions(@Root() payment: PaymentView, @Ctx() context: Context): Promise<DistributionView[]> {
    const viewer = requireViewer(context.viewer);
    const membership = await viewerMembership(context, payment.partnershipId);
    if (!membership) return [];
    const rows = await context.loaders.distributionsOfPayment.load(payment.id);
    return rows
      .filter((row) => can(viewer, 'tranche', 'seePosition', membership, row.trancheOrganisationId))
      .map((row) =>
        Object.assign(new DistributionView(), {
          trancheId: row.trancheId,
          versionId: row.versionId,
          principal: formatMoney(row.principal),
          premium: formatMoney(row.premium),
        }),
      );
  }
}
