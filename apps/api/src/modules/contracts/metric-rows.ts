import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import type { PartnershipRole } from '../partnerships/partnership-enums.js';
import type { PaymentRule } from './contract-enums.js';
import { MetricView } from './metric.view.js';

/** Columns of `metric` (alias `m`) as plain-row reads select them: money and decimals as text. */
export interface MetricRow {
  id: string;
  version_id: string;
  position: number;
  key: string;
  name: string;
  definition: string;
  unit: string;
  verifier: PartnershipRole;
  rule: PaymentRule;
  price: string | null;
  threshold: string | null;
  target: string | null;
  amount: string | null;
  cap: string | null;
  unit_saving: string | null;
}

export const METRIC_COLUMNS = `m.id, m.version_id, m.position, m.key, m.name, m.definition, m.unit, m.verifier,
  m.rule, m.price::text as price, m.threshold::text as threshold, m.target::text as target,
  m.amount::text as amount, m.cap::text as cap, m.unit_saving::text as unit_saving`;

const ore = (text: string | null) => (text === null ? null : BigInt(text));

export function metricViewOf(row: MetricRow): MetricView {
  return MetricView.of({
    id: row.id,
    versionId: row.version_id,
    position: row.position,
    key: row.key,
    name: row.name,
    definition: row.definition,
    unit: row.unit,
    verifier: row.verifier,
    rule: row.rule,
    price: ore(row.price),
    threshold: row.threshold,
    target: row.target,
    amount: ore(row.amount),
    cap: ore(row.cap),
    unitSaving: ore(row.unit_saving),
  });
}

export interface PartnershipMetric {
  readonly partnershipId: string;
  readonly metric: MetricView;
}

/**
 * Metrics by their ids, or every metric of some partnerships' versions, in each version's order,
 * as plain rows in one query. A partnership has few versions of a few metrics each, and its
 * terms, its reports and its payment lines all name them: one read serves them all.
 */
export async function loadMetricViews(
  em: EntityManager,
  by: 'id' | 'partnership',
  ids: readonly string[],
  organisationId: string,
): Promise<PartnershipMetric[]> {
  const rows = await runSql<(MetricRow & { partnership_id: string })[]>(
    em,
    `select v.partnership_id, ${METRIC_COLUMNS}
       from metric m
       join contract_version v on v.id = m.version_id
      where ${idIn(by === 'id' ? 'm.id' : 'v.partnership_id', ids)} and ${memberScopeSql('v.partnership_id')}
      order by m.version_id, m.position`,
    [idsValue(ids), organisationId],
  );
  return rows.map((row) => ({ partnershipId: row.partnership_id, metric: metricViewOf(row) }));
}
