import { EngineInputError } from './errors.js';
import { IssueCollector, readDate, readMoney, requireValue } from './terms-fields.js';
import { checkMetric } from './terms-metrics.js';
import { checkTranche } from './terms-tranches.js';
import type {
  ParsedMetric,
  ParsedTerms,
  ParsedTranche,
  TermsContext,
  TermsDraft,
  TermsIssue,
} from './terms-types.js';

export const MAX_METRICS = 50;
export const MAX_TRANCHES = 50;

/**
 * Every rule of DOMAIN.md "Bad input" for proposed terms. Shared by the API (nothing is written
 * unless this is empty) and the browser terms editor (one message beside each field), so both
 * always agree. Returns all issues, at most one per field, in the order of the form.
 */
export function validateTerms(draft: TermsDraft, context: TermsContext): TermsIssue[] {
  return checkTerms(draft, context).issues;
}

/**
 * Validates and converts terms to exact numbers. Throws EngineInputError for the first issue
 * validateTerms would report. Needs the context because membership and funds are part of validity.
 */
export function parseTerms(draft: TermsDraft, context: TermsContext): ParsedTerms {
  const { issues, parsed } = checkTerms(draft, context);
  const first = issues[0];
  if (first !== undefined) throw new EngineInputError(first.field, first.code, first.message);
  if (parsed === null) throw new EngineInputError('terms', 'INCONSISTENT', 'terms could not be parsed');
  return parsed;
}

function checkTerms(
  draft: TermsDraft,
  context: TermsContext,
): { issues: TermsIssue[]; parsed: ParsedTerms | null } {
  const issues = new IssueCollector();
  const startDate = readDate(issues, 'terms.startDate', draft.startDate);
  const endDate = readDate(issues, 'terms.endDate', draft.endDate);
  // ISO dates compare correctly as strings.
  if (startDate !== null && endDate !== null && startDate >= endDate) {
    issues.add('terms.endDate', 'START_NOT_BEFORE_END', 'terms.endDate must be after terms.startDate');
  }
  const paymentCap = requireValue(
    issues,
    'terms.paymentCap',
    readMoney(issues, 'terms.paymentCap', draft.paymentCap),
    'for the terms',
  );
  const metrics = checkMetrics(issues, draft, context);
  const tranches = checkTranches(issues, draft, context);
  const complete =
    startDate !== null && endDate !== null && paymentCap !== null && metrics !== null && tranches !== null;
  return {
    issues: issues.issues,
    parsed:
      complete && issues.issues.length === 0 ? { startDate, endDate, paymentCap, metrics, tranches } : null,
  };
}

function checkCount(
  issues: IssueCollector,
  field: string,
  count: number,
  max: number,
  what: string,
): boolean {
  if (count === 0) issues.add(field, 'TOO_FEW', `${field} must have at least one ${what}`);
  else if (count > max) issues.add(field, 'TOO_MANY', `${field} may have at most ${max} ${what}s`);
  // Items of an over-long list are not examined: that bounds the work a hostile input causes.
  return count > 0 && count <= max;
}

function checkMetrics(
  issues: IssueCollector,
  draft: TermsDraft,
  context: TermsContext,
): ParsedMetric[] | null {
  if (!checkCount(issues, 'terms.metrics', draft.metrics.length, MAX_METRICS, 'metric')) return null;
  const hasEvaluator = [...context.members.values()].includes('EVALUATOR');
  const keys = new Set<string>();
  const parsed: ParsedMetric[] = [];
  draft.metrics.forEach((metric, index) => {
    const path = `terms.metrics[${index}]`;
    if (keys.has(metric.key)) {
      issues.add(`${path}.key`, 'DUPLICATE_KEY', `${path}.key "${metric.key}" is used by an earlier metric`);
    }
    keys.add(metric.key);
    const result = checkMetric(issues, metric, path, hasEvaluator);
    if (result !== null) parsed.push(result);
  });
  return parsed.length === draft.metrics.length ? parsed : null;
}

function checkTranches(
  issues: IssueCollector,
  draft: TermsDraft,
  context: TermsContext,
): ParsedTranche[] | null {
  if (!checkCount(issues, 'terms.tranches', draft.tranches.length, MAX_TRANCHES, 'tranche')) return null;
  // A tranche keeps its identity across versions by (organisation, fund), so the pair is unique.
  const identities = new Set<string>();
  const parsed: ParsedTranche[] = [];
  draft.tranches.forEach((tranche, index) => {
    const path = `terms.tranches[${index}]`;
    const identity = JSON.stringify([tranche.organisationId, tranche.fundId || null]);
    if (identities.has(identity)) {
      issues.add(
        `${path}.organisationId`,
        'DUPLICATE_TRANCHE',
        `${path}.organisationId already holds a tranche with the same fund`,
      );
    }
    identities.add(identity);
    const result = checkTranche(issues, tranche, path, context);
    if (result !== null) parsed.push(result);
  });
  return parsed.length === draft.tranches.length ? parsed : null;
}
