import { type FundPosition, fundPosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundView } from '../funds/fund.view.js';
import { loadHoldings } from './holdings.js';
import { positionOf } from './tranche-money.js';

/**
 * Positions of several funds from the tranches they finance under terms in force, in one query.
 * A fund's money counts every tranche it finances, whoever the viewer is: who may see the fund
 * is the fund's policy.
 */
export async function loadFundPositions(
  em: EntityManager,
  funds: readonly Pick<FundView, 'id' | 'capital'>[],
  viewerOrganisationId: string,
): Promise<FundPosition[]> {
  const holdings = await loadHoldings(em, { fundIds: funds.map((fund) => fund.id) }, viewerOrganisationId);
  return funds.map((fund) =>
    fundPosition({
      capital: fund.capital,
      tranches: holdings
        .filter((holding) => holding.tranche.fundId === fund.id)
        .map(({ tranche, money, partnershipStatus }) =>
          positionOf(tranche.kind, tranche.commitmentOre, money, partnershipStatus),
        ),
    }),
  );
}
