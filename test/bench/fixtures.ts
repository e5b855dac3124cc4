import type { TokenService } from '@effekt/api';
import type pg from 'pg';
import { BENCH_INVESTOR_LARGE, BENCH_INVESTOR_SMALL } from './names.js';
import type { BenchItem } from './sql-equivalents.js';

/** Who asks what in each benchmark, found in the generated data; tokens signed directly. */
export interface Fixtures {
  readonly tables: Record<string, number>;
  readonly municipalities: number;
  readonly portfolio: {
    readonly large: BenchItem;
    readonly small: BenchItem;
    readonly sizes: [number, number];
  };
  /** Every ACTIVE partnership, asked by its commissioner, in a shuffled (uuid) order. */
  readonly workspace: readonly BenchItem[];
  readonly workspaceSmall: SizedItem;
  readonly workspaceLarge: SizedItem;
  /** ACTIVE partnerships with verified, unsettled reports; each can be settled once. */
  readonly calculate: readonly BenchItem[];
  readonly calculateSmall: SizedItem;
  readonly calculateLarge: SizedItem;
}

export interface SizedItem {
  readonly item: BenchItem;
  readonly description: string;
}

export const TABLES = [
  'organisation',
  'app_user',
  'fund',
  'partnership',
  'partnership_member',
  'contract_version',
  'metric',
  'tranche',
  'tranche_terms',
  'signature',
  'disbursement',
  'outcome_report',
  'outcome_payment',
  'payment_line',
  'distribution',
] as const;

interface PartnershipRow {
  id: string;
  organisation_id: string;
  user_id: string;
  reports: number;
  payments: number;
  tranches: number;
  unsettled: number;
}

export async function loadFixtures(client: pg.Client, tokens: TokenService): Promise<Fixtures> {
  const tables: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    tables[table] = result.rows[0]?.n ?? 0;
  }
  const [municipalities] = (
    await client.query<{ n: number }>(
      `select count(*)::int as n from organisation where kind = 'MUNICIPALITY'`,
    )
  ).rows;
  const signed = new Map<string, string>();
  const item = async (row: { organisation_id: string; user_id: string }, partnershipId: string | null) => {
    let token = signed.get(row.user_id);
    if (!token) {
      token = await tokens.issue({ userId: row.user_id });
      signed.set(row.user_id, token);
    }
    return { token, organisationId: row.organisation_id, userId: row.user_id, partnershipId };
  };
  const investor = async (name: string) => {
    const { rows } = await client.query<{ organisation_id: string; user_id: string; tranches: number }>(
      `select o.id as organisation_id, u.id as user_id,
              (select count(*)::int from tranche t where t.organisation_id = o.id) as tranches
         from organisation o join app_user u on u.organisation_id = o.id and u.is_org_admin where o.name = $1`,
      [name],
    );
    const row = rows[0];
    if (!row) throw new Error(`no investor ${name}`);
    return { item: await item(row, null), tranches: row.tranches };
  };
  const large = await investor(BENCH_INVESTOR_LARGE);
  const small = await investor(BENCH_INVESTOR_SMALL);

  const { rows } = await client.query<PartnershipRow>(
    `select p.id, p.municipality_id as organisation_id, u.id as user_id,
            (select count(*)::int from outcome_report r where r.partnership_id = p.id) as reports,
            (select count(*)::int from outcome_payment y where y.partnership_id = p.id) as payments,
            (select count(*)::int from tranche t where t.partnership_id = p.id) as tranches,
            (select count(*)::int from outcome_report r
              where r.partnership_id = p.id and r.status = 'VERIFIED' and r.payment_id is null) as unsettled
       from partnership p join app_user u on u.organisation_id = p.municipality_id and u.is_org_admin
      where p.status = 'ACTIVE' order by p.id`,
  );
  const bySize = (size: (row: PartnershipRow) => number) => [...rows].sort((a, b) => size(a) - size(b));
  const workspaceSize = (row: PartnershipRow) => row.reports + row.payments * 10 + row.tranches;
  const [workspaceSmall, workspaceLarge] = [bySize(workspaceSize).at(0), bySize(workspaceSize).at(-1)];
  const calcSize = (row: PartnershipRow) => row.unsettled * 100 + row.tranches;
  const supply = rows.filter((row) => row.unsettled > 0);
  const [calculateSmall, calculateLarge] = [
    [...supply].sort((a, b) => calcSize(a) - calcSize(b)).at(0),
    [...supply].sort((a, b) => calcSize(a) - calcSize(b)).at(-1),
  ];
  if (!workspaceSmall || !workspaceLarge || !calculateSmall || !calculateLarge) {
    throw new Error('the generated data has no active partnerships');
  }
  const describeWorkspace = (row: PartnershipRow) =>
    `${row.reports} reports, ${row.payments} payments, ${row.tranches} tranches`;
  const describeCalc = (row: PartnershipRow) =>
    `${row.unsettled} reports to settle, ${row.tranches} tranches`;
  const reserved = new Set([calculateSmall.id, calculateLarge.id]);
  return {
    tables,
    municipalities: municipalities?.n ?? 0,
    portfolio: { large: large.item, small: small.item, sizes: [small.tranches, large.tranches] },
    workspace: await Promise.all(rows.map((row) => item(row, row.id))),
    workspaceSmall: {
      item: await item(workspaceSmall, workspaceSmall.id),
      description: describeWorkspace(workspaceSmall),
    },
    workspaceLarge: {
      item: await item(workspaceLarge, workspaceLarge.id),
      description: describeWorkspace(workspaceLarge),
    },
    calculate: await Promise.all(
      supply.filter((row) => !reserved.has(row.id)).map((row) => item(row, row.id)),
    ),
    calculateSmall: {
      item: await item(calculateSmall, calculateSmall.id),
      description: describeCalc(calculateSmall),
    },
    calculateLarge: {
      item: await item(calculateLarge, calculateLarge.id),
      description: describeCalc(calculateLarge),
    },
  };
}
