import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can, requireViewer } from '../../policy/index.js';
import { DisbursementView } from '../delivery/disbursement.types.js';
import { FundView } from '../funds/fund.view.js';
import { formatPosition, positionOf } from '../money/tranche-money.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { viewerMembership } from '../partnerships/membership.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';
import { TranchePositionView, TrancheView } from './contract.types.js';

@Resolver(() => TrancheView)
export class TrancheResolver {
  @FieldResolver(() => OrganisationView)
  organisation(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(tranche.organisationId);
  }

  @FieldResolver(() => FundView, {
    nullable: true,
    description: "The municipality's fund financing the tranche; null for the municipality's partners.",
  })
  async fund(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<FundView | null> {
    const viewer = requireViewer(context.viewer);
    if (!tranche.fundId) return null;
    const fund = await context.loaders.fund.load(tranche.fundId);
    return can(viewer, 'fund', 'see', fund.municipalityId) ? fund : null;
  }

  @FieldResolver(() => [DisbursementView], { description: 'Visible where the position is.' })
  async disbursements(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<DisbursementView[]> {
    const viewer = requireViewer(context.viewer);
    const membership = await viewerMembership(context, tranche.partnershipId);
    if (!membership || !can(viewer, 'tranche', 'seePosition', membership, tranche.organisationId)) return [];
    const rows = await context.loaders.disbursementsOfTranche.load(tranche.id);
    return rows.map(({ id, amount, date, recordedAt }) => ({ id, amount, date, recordedAt }));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may record a disbursement into this tranche now.',
  })
  async viewerCanDisburse(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    const membership = await viewerMembership(context, tranche.partnershipId);
    return (
      membership !== null &&
      membership.status === PartnershipStatus.ACTIVE &&
      can(viewer, 'tranche', 'disburse', membership, tranche.organisationId)
    );
  }

  @FieldResolver(() => TranchePositionView, {
    nullable: true,
    description: 'Money position; null where the viewer may not see it (DOMAIN.md, access).',
  })
  async position(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<TranchePositionView | null> {
    const viewer = requireViewer(context.viewer);
    const membership = await viewerMembership(context, tranche.partnershipId);
    if (!membership || !can(viewer, 'tranche', 'seePosition', membership, tranche.organisationId))
      return null;
    const money = await context.loaders.trancheMoney.load(tranche.id);
    return formatPosition(positionOf(tranche.kind, tranche.commitmentOre, money, membership.status));
  }
}
