import { sumPositions } from '@effekt/engine';
import type { Context } from '../../graphql/context.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { loadHistory } from './history.js';
import type { Holding } from './holdings.js';
import type { ExposureLineView, PortfolioView } from './portfolio.types.js';
import { formatPosition, positionOf } from './tranche-money.js';

/** Lines, totals and history for a set of holdings: a portfolio or a fund. */
export async function exposureOf(
  context: Context,
  holdings: readonly Holding[],
): Promise<Pick<PortfolioView, 'totals' | 'lines' | 'history'>> {
  const trancheIds = holdings.map((holding) => holding.tranche.id);
  const money = await context.loaders.trancheMoney.loadMany(trancheIds);
  const partnerships = await context.loaders.partnership.loadMany([
    ...new Set(holdings.map((holding) => holding.tranche.partnershipId)),
  ]);
  const byId = new Map(
    partnerships
      .filter((partnership): partnership is PartnershipView => partnership instanceof PartnershipView)
      .map((partnership) => [partnership.id, partnership]),
  );
  const lines = holdings.flatMap((holding, index) => {
    const partnership = byId.get(holding.tranche.partnershipId);
    const ledger = money[index];
    // Holding a tranche means membership, so the member scope hides nothing; skip defensively.
    if (!partnership || !ledger || ledger instanceof Error) return [];
    const position = positionOf(
      holding.tranche.kind,
      holding.tranche.commitmentOre,
      ledger,
      holding.partnershipStatus,
    );
    return [{ partnership, tranche: holding.tranche, position }];
  });
  const formatted: ExposureLineView[] = lines.map((line) => ({
    ...line,
    position: formatPosition(line.position),
  }));
  return {
    totals: formatPosition(sumPositions(lines.map((line) => line.position))),
    lines: formatted,
    history: await loadHistory(context.em, trancheIds),
  };
}
