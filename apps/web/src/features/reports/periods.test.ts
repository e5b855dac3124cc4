import { describe, expect, it } from 'vitest';
import { localToday, periodState, quarterPeriods, type ReportLike } from './periods';

describe('quarterPeriods', () => {
  it('splits whole years into calendar quarters', () => {
    const quarters = quarterPeriods('2026-01-01', '2028-12-31');
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toEqual({ start: '2026-01-01', end: '2026-03-31', year: 2026, quarter: 1 });
    expect(quarters[1]).toEqual({ start: '2026-04-01', end: '2026-06-30', year: 2026, quarter: 2 });
    expect(quarters[3]).toEqual({ start: '2026-10-01', end: '2026-12-31', year: 2026, quarter: 4 });
    expect(quarters[11]).toEqual({ start: '2028-10-01', end: '2028-12-31', year: 2028, quarter: 4 });
  });

  it('clips the first and last quarter to the terms', () => {
    const quarters = quarterPeriods('2026-03-01', '2029-02-28');
    expect(quarters[0]).toEqual({ start: '2026-03-01', end: '2026-03-31', year: 2026, quarter: 1 });
    expect(quarters.at(-1)).toEqual({ start: '2029-01-01', end: '2029-02-28', year: 2029, quarter: 1 });
    expect(quarters).toHaveLength(13);
  });

  it('knows leap years and short terms', () => {
    expect(quarterPeriods('2028-02-10', '2028-02-29')).toEqual([
      { start: '2028-02-10', end: '2028-02-29', year: 2028, quarter: 1 },
    ]);
  });

  it('gives nothing for reversed or malformed dates', () => {
    expect(quarterPeriods('2027-01-01', '2026-01-01')).toEqual([]);
    expect(quarterPeriods('soon', '2026-01-01')).toEqual([]);
  });
});

function report(partial: Partial<ReportLike> & Pick<ReportLike, 'status'>): ReportLike {
  return {
    id: partial.id ?? 'r',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    submittedAt: '2026-04-02T10:00:00.000Z',
    metric: { key: 'families-completed' },
    ...partial,
  };
}

describe('periodState', () => {
  const q1 = { start: '2026-01-01', end: '2026-03-31' };
  const q2 = { start: '2026-04-01', end: '2026-06-30' };

  it('is missing once the period has ended without a report, upcoming before', () => {
    expect(periodState('families-completed', q1, [], '2026-04-01')).toEqual({ kind: 'MISSING' });
    expect(periodState('families-completed', q1, [], '2026-03-31')).toEqual({ kind: 'UPCOMING' });
  });

  it('ignores superseded reports and other metrics', () => {
    const reports = [
      report({ status: 'SUPERSEDED' }),
      report({ status: 'VERIFIED', metric: { key: 'child-wellbeing' } }),
    ];
    expect(periodState('families-completed', q1, reports, '2026-05-01').kind).toBe('MISSING');
  });

  it('prefers a verified report, then an open one, then a rejection', () => {
    const rejected = report({ id: 'a', status: 'REJECTED' });
    const submitted = report({ id: 'b', status: 'SUBMITTED', submittedAt: '2026-04-01T00:00:00.000Z' });
    expect(periodState('families-completed', q1, [rejected], '2026-05-01')).toEqual({
      kind: 'REJECTED',
      report: rejected,
    });
    expect(periodState('families-completed', q1, [rejected, submitted], '2026-05-01')).toMatchObject({
      kind: 'SUBMITTED',
      report: { id: 'b' },
    });
  });

  it('counts a report that spans several quarters in each of them', () => {
    const halfYear = report({ status: 'VERIFIED', periodEnd: '2026-06-30' });
    expect(periodState('families-completed', q1, [halfYear], '2026-07-01').kind).toBe('VERIFIED');
    expect(periodState('families-completed', q2, [halfYear], '2026-07-01').kind).toBe('VERIFIED');
  });
});

describe('localToday', () => {
  it('writes the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
