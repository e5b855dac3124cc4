import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsOf, jsonOf } from '../../database/row-shape.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { FundView } from './fund.view.js';

export interface FundRow {
  id: string;
  name: string;
  municipality_id: string;
  capital: string;
}

export const fundViewOf = (row: FundRow) =>
  FundView.of({
    id: row.id,
    name: row.name,
    municipalityId: row.municipality_id,
    capital: BigInt(row.capital),
  });

const FUND_SHAPE = {
  id: 'id',
  name: 'name',
  municipality_id: 'municipality_id',
  capital: 'capital::text',
} as const satisfies Record<keyof FundRow, string>;

const FUND_COLUMNS = columnsOf(FUND_SHAPE, 'f');

/** A fund carried along by another read, as a JSON `FundRow` (null when there is none). */
export const fundJson = (alias: string) => jsonOf(FUND_SHAPE, alias);

/** Funds by id, in one query. Who may see them is the fund policy's question, asked by the resolvers. */
export async function loadFundViews(em: EntityManager, ids: readonly string[]): Promise<FundView[]> {
  const rows = await runSql<FundRow[]>(em, `select ${FUND_COLUMNS} from fund f where ${idIn('f.id', ids)}`, [
    idsValue(ids),
  ]);
  return rows.map(fundViewOf);
}

/** A municipality's funds by name. */
export async function loadFundsOfMunicipality(
  em: EntityManager,
  municipalityId: string,
): Promise<FundView[]> {
  const rows = await runSql<FundRow[]>(
    em,
    `select ${FUND_COLUMNS} from fund f where f.municipality_id = ? order by f.name`,
    [municipalityId],
  );
  return rows.map(fundViewOf);
}
