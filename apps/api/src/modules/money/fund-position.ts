import { type FundPosition, fundPosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundView } from '../funds/fund.view.js';
import { loadHoldings } from './holdings.js';
import { loadTrancheMoney, positionOf } from './tranche-money.js';

/** Positions of several funds from the tranches they finance under terms in force: two queries. */
export async function loadFundPositions(
  em: EntityManager,
  funds: readonly Pick<FundView, 'id' | 'capital'>[],
): Promise<FundPosition[]> {
  const holdings = await loadHoldings(em, { fundIds: funds.map((fund) => fund.id) });
  const money = await loadTrancheMoney(
    em,
    holdings.map((holding) => holding.tranche.id),
  );
  return funds.map((fund) =>
    fundPosition({
      capital: fund.capital,
      tranches: holdings.flatMap((holding, index) => {
        const ledger = money[index];
        if (holding.tranche.fundId !== fund.id || !ledger) return [];
        return [
          positionOf(holding.tranche.kind, holding.tranche.commitmentOre, ledger, holding.partnershipStatus),
        ];
      }),
    }),
  );
}
