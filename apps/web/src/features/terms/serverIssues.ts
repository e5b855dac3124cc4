import { CombinedGraphQLErrors } from '@apollo/client';
import type { TermsIssue } from '@effekt/engine';

type IssueCode = TermsIssue['code'];

function isIssue(value: unknown): value is { field: string; code: string; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.field === 'string' && typeof record.code === 'string';
}

/**
 * The issues a BAD_USER_INPUT from proposeTerms carries: `extensions.issues` holds all of them with
 * full paths ("terms.metrics[0].price"); older answers carry only `extensions.field`.
 */
export function serverTermsIssues(error: unknown): TermsIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const issues: TermsIssue[] = [];
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions.code !== 'BAD_USER_INPUT') continue;
    const listed = Array.isArray(extensions.issues) ? extensions.issues.filter(isIssue) : [];
    if (listed.length > 0) {
      for (const issue of listed) {
        issues.push({
          field: issue.field,
          code: issue.code as IssueCode,
          message: String(issue.message ?? ''),
        });
      }
    } else if (typeof extensions.field === 'string') {
      issues.push({ field: extensions.field, code: 'INCONSISTENT', message: graphQLError.message });
    }
  }
  return issues;
}
