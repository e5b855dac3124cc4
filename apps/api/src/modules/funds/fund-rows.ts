import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { FundView } from './fund.view.js';

interface FundRow {
  id: string;
  name: string;
  municipality_id: string;
  capital: string;
}

const fundViewOf = (row: FundRow) =>
  FundView.of({
    id: row.id,
    name: row.name,
    municipalityId: row.municipality_id,
    capital: BigInt(row.capital),
  });

const FUND_COLUMNS = 'f.id, f.name, f.municipality_id, f.capital::text as capital';

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
