import {
  type ExactDecimal,
  type MetricTerms,
  type Ore,
  parseDecimal,
  type TrancheClaim,
} from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { AppError } from '../../errors/app-error.js';
import { TrancheView } from '../contracts/contract.types.js';
import type { TrancheKind } from '../contracts/contract-enums.js';
import type { MetricView } from '../contracts/metric.view.js';
import { METRIC_COLUMNS, type MetricRow, metricViewOf } from '../contracts/metric-rows.js';
import type { ReportView } from '../reports/report.view.js';
import { REPORT_COLUMNS, type ReportRow, reportViewOf } from '../reports/report-rows.js';
import { metricTermsOf } from './payment-inputs.js';

/** A verified report not yet in any payment. */
export interface ReportToSettle {
  readonly id: string;
  readonly metricId: string;
  readonly metricKey: string;
  readonly value: ExactDecimal;
}

/** A metric with the id its payment line refers to and its place in the terms. */
export interface PricedMetric extends MetricTerms {
  readonly id: string;
  readonly position: number;
}

/** A tranche's claim, with the organisation holding it (the distribution rows carry it). */
export interface SettlementClaim extends TrancheClaim {
  readonly organisationId: string;
}

/** Everything a payment is computed from, read inside the partnership's lock. */
export interface SettlementInputs {
  readonly versionId: string;
  readonly paymentCap: Ore;
  readonly reports: readonly ReportToSettle[];
  /** The metrics the reports are priced by, in line order. */
  readonly metrics: readonly PricedMetric[];
  readonly metricAmountsBefore: ReadonlyMap<string, Ore>;
  readonly totalBefore: Ore;
  readonly paymentsBefore: number;
  readonly claims: readonly SettlementClaim[];
  /** The metrics of `metrics`, the reports and the version's tranches as the API serves them, for the answer. */
  readonly metricViews: readonly MetricView[];
  readonly reportViews: readonly ReportView[];
  readonly tranches: readonly TrancheView[];
}

function pricedMetric(metric: MetricView, position: number): PricedMetric {
  return { ...metricTermsOf(metric), id: metric.id, position };
}

/**
 * Reads what calculatePayment needs in a handful of set-based statements of plain rows: the
 * reports to settle, the terms in force with their metrics, what earlier payments gave per
 * metric and in all, and each tranche's claim. The terms in force price every report; a metric
 * an amendment dropped keeps the rule of the version the report was made under, after the
 * metrics in force.
 */
export async function readSettlementInputs(
  tx: EntityManager,
  partnershipId: string,
): Promise<SettlementInputs> {
  const reportRows = await runSql<ReportRow[]>(
    tx,
    `select ${REPORT_COLUMNS}
       from outcome_report r
      where r.partnership_id = ? and r.status = 'VERIFIED' and r.payment_id is null
      order by r.period_start, r.id`,
    [partnershipId],
  );
  if (reportRows.length === 0) {
    throw AppError.badInput('partnershipId', 'there are no verified reports to settle');
  }
  const termsRows = await runSql<(MetricRow & { payment_cap: string })[]>(
    tx,
    `select v.payment_cap::text as payment_cap, ${METRIC_COLUMNS}
       from contract_version v
       join metric m on m.version_id = v.id
      where v.partnership_id = ? and v.status = 'AGREED'
      order by m.position`,
    [partnershipId],
  );
  const terms = termsRows[0];
  if (!terms) throw AppError.conflict('The partnership has no agreed terms yet');
  const inForceViews = termsRows.map(metricViewOf);
  const inForce = new Map(inForceViews.map((view) => [view.key, pricedMetric(view, view.position)]));
  // Per dropped key, the metric of its latest report (reports are in period order).
  const droppedByKey = new Map(
    reportRows.filter((row) => !inForce.has(row.metric_key)).map((row) => [row.metric_key, row.metric_id]),
  );
  const droppedViews = (
    droppedByKey.size
      ? await runSql<MetricRow[]>(tx, `select ${METRIC_COLUMNS} from metric m where m.id = any(?::uuid[])`, [
          uuidArrayLiteral([...droppedByKey.values()]),
        ])
      : []
  ).map(metricViewOf);
  const metrics = [
    ...[...inForce.values()].filter((metric) => reportRows.some((row) => row.metric_key === metric.key)),
    ...droppedViews
      .map((view) => pricedMetric(view, Number.MAX_SAFE_INTEGER))
      .sort((a, b) => a.key.localeCompare(b.key)),
  ];

  const [before] = await runSql<{ by_metric: Record<string, string> | null; total: string; count: number }[]>(
    tx,
    `select (select jsonb_object_agg(metric_key, amount::text)
               from (select l.metric_key, sum(l.amount) as amount
                       from payment_line l join outcome_payment p on p.id = l.payment_id
                      where p.partnership_id = ? group by l.metric_key) per_metric) as by_metric,
            coalesce(sum(total), 0)::text as total, count(*)::int as count
       from outcome_payment where partnership_id = ?`,
    [partnershipId, partnershipId],
  );
  const claimRows = await runSql<
    {
      id: string;
      partnership_id: string;
      fund_id: string | null;
      rank: number;
      organisation_id: string;
      kind: TrancheKind;
      seniority: number;
      commitment: string;
      premium_rate: string;
      disbursed: string;
      principal: string;
      premium: string;
    }[]
  >(
    tx,
    `select t.id, t.partnership_id, t.fund_id, t.rank, t.organisation_id, tt.kind, tt.seniority,
            tt.commitment::text as commitment, tt.premium_rate::text as premium_rate,
            coalesce((select sum(d.amount) from disbursement d where d.tranche_id = t.id), 0)::text as disbursed,
            coalesce((select sum(x.principal) from distribution x where x.tranche_id = t.id), 0)::text as principal,
            coalesce((select sum(x.premium) from distribution x where x.tranche_id = t.id), 0)::text as premium
       from tranche_terms tt
       join tranche t on t.id = tt.tranche_id
      where tt.version_id = ?
      order by tt.position`,
    [terms.version_id],
  );
  return {
    versionId: terms.version_id,
    paymentCap: BigInt(terms.payment_cap),
    reports: reportRows.map((row) => ({
      id: row.id,
      metricId: row.metric_id,
      metricKey: row.metric_key,
      value: parseDecimal(row.value),
    })),
    metrics,
    metricAmountsBefore: new Map(
      Object.entries(before?.by_metric ?? {}).map(([key, amount]) => [key, BigInt(amount)]),
    ),
    totalBefore: BigInt(before?.total ?? '0'),
    paymentsBefore: before?.count ?? 0,
    reportViews: reportRows.map(reportViewOf),
    tranches: claimRows.map((row) => TrancheView.fromRow(row)),
    metricViews: [...inForceViews, ...droppedViews].filter((view) =>
      metrics.some((metric) => metric.id === view.id),
    ),
    claims: claimRows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      kind: row.kind,
      seniority: row.seniority,
      rank: row.rank,
      disbursed: BigInt(row.disbursed),
      premiumRate: parseDecimal(row.premium_rate),
      principalBefore: BigInt(row.principal),
      premiumBefore: BigInt(row.premium),
    })),
  };
}
