import type { ReportStatus } from '../../gql/graphql';

/** A reporting period: calendar dates "YYYY-MM-DD", both inclusive. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

export interface Quarter extends Period {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(ymd: string): [number, number, number] | undefined {
  const match = DATE.exec(ymd);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month, 1-based, without a time zone in sight. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar quarters that overlap the terms' dates, clipped to them: terms from 2026-02-15 give a
 * first period 2026-02-15..2026-03-31. Calendar strings compare correctly as text.
 */
export function quarterPeriods(startDate: string, endDate: string): Quarter[] {
  const start = parts(startDate);
  const end = parts(endDate);
  if (!start || !end || startDate > endDate) return [];
  const periods: Quarter[] = [];
  let year = start[0];
  let quarter = Math.floor((start[1] - 1) / 3) + 1;
  // 400 quarters is a century: a guard against absurd terms, far beyond any real contract.
  for (let guard = 0; guard < 400; guard += 1) {
    const firstMonth = (quarter - 1) * 3 + 1;
    const qStart = ymd(year, firstMonth, 1);
    const qEnd = ymd(year, firstMonth + 2, lastDay(year, firstMonth + 2));
    if (qStart > endDate) break;
    periods.push({
      start: qStart < startDate ? startDate : qStart,
      end: qEnd > endDate ? endDate : qEnd,
      year,
      quarter: quarter as Quarter['quarter'],
    });
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return periods;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export interface ReportLike {
  readonly id: string;
  readonly status: ReportStatus;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly submittedAt: string;
  readonly metric: { readonly key: string };
}

/** What a quarter of one metric looks like to the provider. */
export type PeriodState =
  | { readonly kind: 'VERIFIED' | 'SUBMITTED' | 'REJECTED'; readonly report: ReportLike }
  | { readonly kind: 'MISSING' | 'UPCOMING' };

/** A verified report settles the period; an open one is under review; a rejection asks for a new report. */
const precedence = ['VERIFIED', 'SUBMITTED', 'REJECTED'] as const;

/**
 * The state of one metric in one period: the strongest live (not superseded) report that overlaps
 * it, newest first within a status. Without one, a period that has ended is MISSING (due), one
 * still running or ahead is UPCOMING.
 */
export function periodState(
  metricKey: string,
  period: Period,
  reports: readonly ReportLike[],
  today: string,
): PeriodState {
  const live = reports
    .filter((report) => report.metric.key === metricKey && report.status !== 'SUPERSEDED')
    .filter((report) => overlaps(period, { start: report.periodStart, end: report.periodEnd }))
    .sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0));
  for (const status of precedence) {
    const report = live.find((candidate) => candidate.status === status);
    if (report) return { kind: status, report };
  }
  return { kind: period.end < today ? 'MISSING' : 'UPCOMING' };
}

/** Today's calendar date where the user is, "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
