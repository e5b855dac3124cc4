import type { TermsIssue } from '@effekt/engine';
import type { MessageKey } from '../../i18n/messages';

/** The last segment of an issue path: "terms.tranches[1].premiumRate" → "premiumRate". */
export function fieldOf(path: string): string {
  return path.split('.').at(-1) ?? path;
}

/**
 * The interface text for an engine issue, in the user's words rather than the engine's English.
 * A few fields need a sentence of their own (a per-cent premium, a whole-number seniority).
 */
export function issueMessageKey(issue: Pick<TermsIssue, 'field' | 'code'>, value?: string): MessageKey {
  const field = fieldOf(issue.field);
  if (issue.field === 'terms.metrics' && issue.code === 'TOO_FEW') return 'terms.issue.noMetrics';
  if (issue.field === 'terms.tranches' && issue.code === 'TOO_FEW') return 'terms.issue.noTranches';
  // No organisation chosen yet: the engine says "not a member"; the user needs "choose one".
  if (field === 'organisationId' && issue.code === 'NOT_A_MEMBER' && value === '') {
    return 'terms.issue.chooseOrganisation';
  }
  if (field === 'seniority') return 'terms.issue.seniorityFormat';
  if (field === 'premiumRate') {
    if (issue.code === 'OUT_OF_RANGE' || issue.code === 'NEGATIVE') return 'terms.issue.premiumRange';
    if (issue.code === 'INVALID_FORMAT' || issue.code === 'TOO_MANY_DECIMALS')
      return 'terms.issue.premiumFormat';
  }
  return `terms.issue.${issue.code}`;
}
