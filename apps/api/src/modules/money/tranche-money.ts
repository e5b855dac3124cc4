import { formatMoney, type Ore, type TranchePosition, tranchePosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue, uuidArrayLiteral } from '../../database/sql-array.js';
import { TrancheKind } from '../contracts/contract-enums.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';

/** A tranche's money from its ledgers; repayments count once their payment is PAID. */
export interface TrancheMoney {
  readonly disbursed: Ore;
  readonly principalRepaid: Ore;
  readonly premiumReceived: Ore;
}

const NOTHING: TrancheMoney = { disbursed: 0n, principalRepaid: 0n, premiumReceived: 0n };

/** One query for any number of tranches. */
export async function loadTrancheMoney(
  em: EntityManager,
  trancheIds: readonly string[],
): Promise<TrancheMoney[]> {
  const ids = idsValue(trancheIds);
  const rows = await runSql<{ id: string; disbursed: string; principal: string; premium: string }[]>(
    em,
    `select t.id,
            coalesce(d.disbursed, 0)::text as disbursed,
            coalesce(x.principal, 0)::text as principal,
            coalesce(x.premium, 0)::text as premium
       from unnest(?::uuid[]) as t(id)
       left join (select tranche_id, sum(amount) as disbursed from disbursement
                   where ${idIn('tranche_id', trancheIds)} group by tranche_id) d on d.tranche_id = t.id
       left join (select x.tranche_id, sum(x.principal) as principal, sum(x.premium) as premium
                    from distribution x join outcome_payment p on p.id = x.payment_id and p.status = 'PAID'
                   where ${idIn('x.tranche_id', trancheIds)} group by x.tranche_id) x on x.tranche_id = t.id`,
    [uuidArrayLiteral(trancheIds), ids, ids],
  );
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        disbursed: BigInt(row.disbursed),
        principalRepaid: BigInt(row.principal),
        premiumReceived: BigInt(row.premium),
      },
    ]),
  );
  return trancheIds.map((id) => byId.get(id) ?? NOTHING);
}

export function positionOf(
  kind: TrancheKind,
  committed: Ore,
  money: TrancheMoney,
  partnershipStatus: PartnershipStatus,
): TranchePosition {
  const closed = partnershipStatus === PartnershipStatus.CLOSED;
  return tranchePosition({
    kind: kind === TrancheKind.GRANT ? 'GRANT' : 'INVESTMENT',
    committed,
    ...money,
    partnershipOpen: !closed,
    writtenOff: closed,
  });
}

/** Money as the API serves it: decimal strings with two decimals. */
export function formatPosition(position: TranchePosition) {
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
