import { formatMoney, type Ore, type TranchePosition, tranchePosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue, uuidArrayLiteral } from '../../database/sql-array.js';
import { TrancheKind } from '../contracts/contract-enums.js';
import { DISBURSEMENT_ORDER, type DisbursementRow, disbursementJson } from '../delivery/disbursement-rows.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';

/** A tranche's money from its ledgers; repayments count once their payment is PAID. */
export interface TrancheMoney {
  readonly disbursed: Ore;
  readonly principalRepaid: Ore;
  readonly premiumReceived: Ore;
}

const NOTHING: TrancheMoney = { disbursed: 0n, principalRepaid: 0n, premiumReceived: 0n };

/** What `TRANCHE_LEDGER_JOINS` adds to each row. */
export interface TrancheLedgerColumns {
  disbursed: string;
  principal: string;
  premium: string;
  /** JSON `DisbursementRow`s, oldest first. */
  disbursements: DisbursementRow[];
}

/**
 * Lateral joins that add a tranche's ledgers to a read of tranches: its money (as
 * `loadTrancheMoney` counts it) and its disbursements, each ledger scanned once. Select
 * `LEDGER_COLUMNS` with them.
 */
export const TRANCHE_LEDGER_JOINS = (trancheId: string) => `
  left join lateral (select sum(d.amount) as disbursed,
                            json_agg(${disbursementJson('d')} order by ${DISBURSEMENT_ORDER('d')}) as rows
                       from disbursement d where d.tranche_id = ${trancheId}) ledger on true
  left join lateral (select sum(x.principal) as principal, sum(x.premium) as premium
                       from distribution x join outcome_payment p on p.id = x.payment_id and p.status = 'PAID'
                      where x.tranche_id = ${trancheId}) repaid on true`;

export const LEDGER_COLUMNS = `coalesce(ledger.disbursed, 0)::text as disbursed,
  coalesce(ledger.rows, '[]') as disbursements,
  coalesce(repaid.principal, 0)::text as principal, coalesce(repaid.premium, 0)::text as premium`;

export function trancheMoneyOf(row: Omit<TrancheLedgerColumns, 'disbursements'>): TrancheMoney {
  return {
    disbursed: BigInt(row.disbursed),
    principalRepaid: BigInt(row.principal),
    premiumReceived: BigInt(row.premium),
  };
}

/** One query for any number of tranches. */
export async function loadTrancheMoney(
  em: EntityManager,
  trancheIds: readonly string[],
): Promise<TrancheMoney[]> {
  const ids = idsValue(trancheIds);
  const rows = await runSql<({ id: string } & Omit<TrancheLedgerColumns, 'disbursements'>)[]>(
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
  const byId = new Map(rows.map((row) => [row.id, trancheMoneyOf(row)]));
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
