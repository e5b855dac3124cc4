import { formatMoney, tranchePosition } from '@effekt/engine';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can, requireViewer } from '../../policy/index.js';
import { Fund } from '../funds/fund.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { viewerMembership } from '../partnerships/membership.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';
import { TranchePositionView, TrancheView } from './contract.types.js';
import { TrancheKind } from './contract-enums.js';

@Resolver(() => TrancheView)
export class TrancheResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<Organisation> {
    return context.loaders.organisation.load(tranche.organisationId);
  }

  @FieldResolver(() => Fund, { nullable: true })
  fund(@Root() tranche: TrancheView, @Ctx() context: Context): Promise<Fund> | null {
    return tranche.fundId ? context.loaders.fund.load(tranche.fundId) : null;
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
    const { partnership } = membership;
    const position = tranchePosition({
      kind: tranche.kind === TrancheKind.GRANT ? 'GRANT' : 'INVESTMENT',
      committed: tranche.commitmentOre,
      disbursed: 0n,
      principalRepaid: 0n,
      premiumReceived: 0n,
      partnershipOpen: partnership.status !== PartnershipStatus.CLOSED,
      writtenOff: partnership.status === PartnershipStatus.CLOSED,
    });
    return {
      committed: formatMoney(position.committed),
      disbursed: formatMoney(position.disbursed),
      principalRepaid: formatMoney(position.principalRepaid),
      premiumReceived: formatMoney(position.premiumReceived),
      outstanding: formatMoney(position.outstanding),
      undrawn: formatMoney(position.undrawn),
      atRisk: formatMoney(position.atRisk),
      writtenOff: formatMoney(position.writtenOff),
    };
  }
}
