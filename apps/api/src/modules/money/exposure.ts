import { sumPositions } from '@effekt/engine';
import type { Context } from '../../graphql/context.js';
import { loadHistory } from './history.js';
import type { Holding } from './holdings.js';
import type { ExposureLineView, PortfolioView } from './portfolio.types.js';
import { formatPosition, positionOf } from './tranche-money.js';

/** Lines, totals and history for a set of holdings: a portfolio or a fund. */
export async function exposureOf(
  context: Context,
  holdings: readonly Holding[],
): Promise<Pick<PortfolioView, 'totals' | 'lines' | 'history'>> {
  const lines = holdings.flatMap((holding) => {
    // Holding a tranche means membership, so the member scope hides nothing; skip defensively.
    if (!holding.partnership) return [];
    // A line's partnership and tranche answer further questions from what came with them.
    context.loaders.primePartnership(holding.partnership);
    context.loaders.trancheMoney.prime(holding.tranche.id, holding.money);
    const { kind, commitmentOre } = holding.tranche;
    const position = positionOf(kind, commitmentOre, holding.money, holding.partnershipStatus);
    return [{ partnership: holding.partnership.partnership, tranche: holding.tranche, position }];
  });
  const formatted: ExposureLineView[] = lines.map((line) => ({
    ...line,
    position: formatPosition(line.position),
  }));
  return {
    totals: formatPosition(sumPositions(lines.map((line) => line.position))),
    lines: formatted,
    history: await loadHistory(
      context.em,
      holdings.map((holding) => holding.tranche.id),
    ),
  };
}
