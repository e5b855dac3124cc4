import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { ReportView } from './report.view.js';
import type { ReportStatus } from './report-enums.js';

export interface ReportRow {
  id: string;
  partnership_id: string;
  metric_id: string;
  metric_key: string;
  period_start: string;
  period_end: string;
  value: string;
  note: string | null;
  status: ReportStatus;
  submitted_by_id: string;
  submitted_at: Date;
  reviewed_by_id: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  payment_id: string | null;
}

const ORDER = {
  /** Newest period first, as the partnership's list shows them. */
  partnership: 'r.period_start desc, r.submitted_at desc, r.id',
  /** Settlement order. */
  payment: 'r.period_start, r.id',
} as const;

/** The reports of some partnerships, or of some payments, in one query of plain rows. */
export async function loadReportViews(
  em: EntityManager,
  of: keyof typeof ORDER,
  ids: readonly string[],
  organisationId: string,
): Promise<ReportView[]> {
  const rows = await runSql<ReportRow[]>(
    em,
    `select ${REPORT_COLUMNS}
       from outcome_report r
      where ${idIn(`r.${of}_id`, ids)} and ${memberScopeSql('r.partnership_id')}
      order by ${ORDER[of]}`,
    [idsValue(ids), organisationId],
  );
  return rows.map(reportViewOf);
}

/** Every column a ReportView needs, of `outcome_report r`. */
export const REPORT_COLUMNS = `r.id, r.partnership_id, r.metric_id, r.metric_key, r.period_start::text as period_start,
            r.period_end::text as period_end, r.value::text as value, r.note, r.status, r.submitted_by_id,
            r.submitted_at, r.reviewed_by_id, r.reviewed_at, r.review_note, r.payment_id`;

export function reportViewOf(row: ReportRow): ReportView {
  return ReportView.of({
    id: row.id,
    partnershipId: row.partnership_id,
    metricId: row.metric_id,
    metricKey: row.metric_key,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: row.value,
    note: row.note,
    status: row.status,
    submittedById: row.submitted_by_id,
    submittedAt: new Date(row.submitted_at),
    reviewedById: row.reviewed_by_id,
    reviewedAt: row.reviewed_at === null ? null : new Date(row.reviewed_at),
    reviewNote: row.review_note,
    paymentId: row.payment_id,
  });
}
