import { formatMoney, type Ore, type TranchePosition, tranchePosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
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

/**
 * A distribution is money received once its payment is PAID. The database keeps `paid_on` from
 * the payment (migration 20261129180500), and this is the partial index's own predicate, so the
 * sums are read from `distribution_paid_by_tranche` alone.
 */
export const IS_RECEIVED = (distribution: string) => `${distribution}.paid_on is not null`;

/** What `TRANCHE_LEDGER_JOINS` adds to each row. */
export interface TrancheLedgerColumns {
  disbursed: string;
  principal: string;
  premium: string;
  /** JSON `DisbursementRow`s, oldest first. */
  disbursements: DisbursementRow[];
}

/** What `TRANCHE_MONEY_JOINS` adds to each row. */
export type TrancheMoneyColumns = Omit<TrancheLedgerColumns, 'disbursements'>;

const REPAID_JOIN = (trancheId: string) => `
  left join lateral (select sum(x.principal) as principal, sum(x.premium) as premium
                       from distribution x where x.tranche_id = ${trancheId} and ${IS_RECEIVED('x')}) repaid on true`;

/**
 * Lateral joins that add a tranche's money (as `loadTrancheMoney` counts it) to a read of
 * tranches, from the ledgers' covering indexes. Select `MONEY_COLUMNS` with them.
 */
export const TRANCHE_MONEY_JOINS = (trancheId: string) => `
  left join lateral (select sum(d.amount) as disbursed from disbursement d where d.tranche_id = ${trancheId}) ledger on true
  ${REPAID_JOIN(trancheId)}`;

export const MONEY_COLUMNS = `coalesce(ledger.disbursed, 0)::text as disbursed,
  coalesce(repaid.principal, 0)::text as principal, coalesce(repaid.premium, 0)::text as premium`;

/**
 * `TRANCHE_MONEY_JOINS` with the disbursements themselves, each ledger scanned once. Select
 * `LEDGER_COLUMNS` with them.
 */
export const TRANCHE_LEDGER_JOINS = (trancheId: string) => `
  left join lateral (select sum(d.amount) as disbursed,
                            json_agg(${disbursementJson('d')} order by ${DISBURSEMENT_ORDER('d')}) as rows
                       from disbursement d where d.tranche_id = ${trancheId}) ledger on true
  ${REPAID_JOIN(trancheId)}`;

export const LEDGER_COLUMNS = `${MONEY_COLUMNS}, coalesce(ledger.rows, '[]') as disbursements`;

export function trancheMoneyOf(row: TrancheMoneyColumns): TrancheMoney {
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
  const rows = await runSql<({ id: string } & TrancheMoneyColumns)[]>(
    em,
    `select t.id, ${MONEY_COLUMNS} from unnest(?::uuid[]) as t(id) ${TRANCHE_MONEY_JOINS('t.id')}`,
    [uuidArrayLiteral(trancheIds)],
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
