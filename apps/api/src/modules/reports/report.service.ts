import { formatDecimal, MAX_MONEY_ORE, ruleAmount } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { isCalendarDate } from '../../graphql/scalars.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { Metric } from '../contracts/metric.entity.js';
import { metricsOf, termsInForceOrFail } from '../contracts/terms-in-force.js';
import { decimalInput } from '../money/money-input.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { lockPartnership, requireActive } from '../partnerships/partnership-lock.js';
import { metricTermsOf } from '../payments/payment-inputs.js';
import { User } from '../users/user.entity.js';
import { OutcomeReport } from './outcome-report.entity.js';
import { ReportStatus } from './report-enums.js';

export const NOTE_MAX = 2000;

export interface ReportSubmission {
  readonly metricKey: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: string;
  readonly note?: string | null;
}

function checkedNote(note: string | null | undefined, field: string): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > NOTE_MAX) throw AppError.badInput(field, `must be at most ${NOTE_MAX} characters`);
  return trimmed === '' ? null : trimmed;
}

/**
 * A provider's aggregate result for one metric and period of the terms in force. It
 * supersedes open or rejected reports of the same metric whose period overlaps; a verified
 * one stands, and the new report is a CONFLICT.
 */
export async function submitReport(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
  submission: ReportSubmission,
): Promise<OutcomeReport> {
  const value = decimalInput(submission.value, 'value');
  if (value.units < 0n) throw AppError.badInput('value', 'must be 0 or more');
  const note = checkedNote(submission.note, 'note');
  for (const field of ['periodStart', 'periodEnd'] as const) {
    if (!isCalendarDate(submission[field]))
      throw AppError.badInput(field, 'must be a calendar date written YYYY-MM-DD');
  }
  if (submission.periodStart > submission.periodEnd)
    throw AppError.badInput('periodEnd', 'must not be before periodStart');
  return transaction(em, async (tx) => {
    requireActive(await lockPartnership(tx, partnershipId));
    const version = await termsInForceOrFail(tx, partnershipId);
    const metric = (await metricsOf(tx, version.id)).find(
      (candidate) => candidate.key === submission.metricKey,
    );
    if (!metric) throw AppError.badInput('metricKey', 'is not a metric of the terms in force');
    // A value whose payment could not be stored as money is refused here, not at calculation.
    const payout = ruleAmount(metricTermsOf(metric), value);
    if (payout > MAX_MONEY_ORE)
      throw AppError.badInput('value', 'is too large: its payment exceeds the money range');
    if (submission.periodStart < version.startDate) {
      throw AppError.badInput('periodStart', `must not be before the terms start (${version.startDate})`);
    }
    if (submission.periodEnd > version.endDate) {
      throw AppError.badInput('periodEnd', `must not be after the terms end (${version.endDate})`);
    }
    const overlapping = await tx.find(OutcomeReport, {
      partnership: partnershipId,
      metricKey: metric.key,
      status: { $in: [ReportStatus.SUBMITTED, ReportStatus.VERIFIED, ReportStatus.REJECTED] },
      periodStart: { $lte: submission.periodEnd },
      periodEnd: { $gte: submission.periodStart },
    });
    if (overlapping.some((report) => report.status === ReportStatus.VERIFIED)) {
      throw AppError.conflict('A verified report already covers this metric and period');
    }
    for (const report of overlapping) report.status = ReportStatus.SUPERSEDED;
    const report = new OutcomeReport({
      partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
      metric: tx.getReference(Metric, metric.id, { wrapped: true }),
      metricKey: metric.key,
      periodStart: submission.periodStart,
      periodEnd: submission.periodEnd,
      value: formatDecimal(value),
      note,
      submittedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(report);
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.REPORT_SUBMITTED,
      viewer,
      subjectId: report.id,
      data: {
        metricKey: metric.key,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        value: report.value,
      },
    });
    return report;
  });
}

/** Verifies or rejects a submitted report; a report is reviewed once. */
export async function reviewReport(
  em: EntityManager,
  viewer: Viewer,
  report: OutcomeReport,
  decision: { verified: boolean; note: string | null | undefined },
): Promise<OutcomeReport> {
  const field = decision.verified ? 'note' : 'reason';
  const note = checkedNote(decision.note, field);
  if (!decision.verified && note === null) throw AppError.badInput('reason', 'must not be empty');
  return transaction(em, async (tx) => {
    requireActive(await lockPartnership(tx, report.partnership.id));
    const current = await tx.findOneOrFail(OutcomeReport, { id: report.id }, { refresh: true });
    if (current.status !== ReportStatus.SUBMITTED) {
      throw AppError.conflict(`The report is ${current.status.toLowerCase()}, not awaiting review`);
    }
    current.status = decision.verified ? ReportStatus.VERIFIED : ReportStatus.REJECTED;
    current.reviewedBy = tx.getReference(User, viewer.user.id, { wrapped: true });
    current.reviewedAt = new Date();
    current.reviewNote = note;
    await recordActivity(tx, {
      partnershipId: report.partnership.id,
      kind: decision.verified ? ActivityKind.REPORT_VERIFIED : ActivityKind.REPORT_REJECTED,
      viewer,
      subjectId: current.id,
      data: { metricKey: current.metricKey, periodStart: current.periodStart, periodEnd: current.periodEnd },
    });
    return current;
  });
}
