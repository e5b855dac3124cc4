import { sumPositions } from '@effekt/engine';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../policy/index.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { loadHoldings } from './holdings.js';
import { PortfolioView } from './portfolio.types.js';
import { formatPosition, positionOf } from './tranche-money.js';

@Resolver(() => PortfolioView)
export class PortfolioResolver {
  /** Always the viewer organisation's own: there is no argument to ask for another's. */
  @Query(() => PortfolioView, {
    description: "The viewer organisation's exposure across every tranche it holds.",
  })
  async portfolio(@Ctx() context: Context): Promise<PortfolioView> {
    const viewer = requireViewer(context.viewer);
    const holdings = await loadHoldings(context.em, { organisationId: viewer.organisation.id });
    const money = await context.loaders.trancheMoney.loadMany(holdings.map((holding) => holding.tranche.id));
    const partnerships = await context.em.find(Partnership, {
      id: { $in: [...new Set(holdings.map((holding) => holding.tranche.partnershipId))] },
    });
    const byId = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
    const lines = holdings.flatMap((holding, index) => {
      const partnership = byId.get(holding.tranche.partnershipId);
      const ledger = money[index];
      // The member scope hides nothing here (holding a tranche means membership); skip defensively.
      if (!partnership || !ledger || ledger instanceof Error) return [];
      const position = positionOf(
        holding.tranche.kind,
        holding.tranche.commitmentOre,
        ledger,
        holding.partnershipStatus,
      );
      return [{ partnership, tranche: holding.tranche, position }];
    });
    return {
      organisation: viewer.organisation,
      totals: formatPosition(sumPositions(lines.map((line) => line.position))),
      lines: lines.map((line) => ({ ...line, position: formatPosition(line.position) })),
    };
  }
}
