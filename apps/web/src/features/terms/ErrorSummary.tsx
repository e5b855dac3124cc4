import type { TermsIssue } from '@effekt/engine';
import { useT } from '../../i18n/I18nProvider';
import { fieldId, type TrancheForm } from './form';
import { issueMessageKey } from './issues';
import { labelOf } from './labels';

/** The list of the form's issues above it, each linking to its control. */
export function ErrorSummary({
  issues,
  serverRejected,
  tranches,
}: {
  readonly issues: readonly TermsIssue[];
  /** Only the server found fault: the browser's own checks passed. */
  readonly serverRejected: boolean;
  readonly tranches: readonly TrancheForm[];
}) {
  const { t, plural } = useT();
  return (
    <div
      id="terms-error-summary"
      className="notice notice--error terms-error-summary"
      role="alert"
      tabIndex={-1}
    >
      <p>
        {serverRejected
          ? t('terms.editor.serverRejected')
          : plural('terms.editor.errorSummary', issues.length)}
      </p>
      <ul>
        {issues.map((issue) => {
          const label = labelOf(issue.field);
          const name =
            'list' in label
              ? t(label.list === 'metric' ? 'terms.editor.fieldInMetric' : 'terms.editor.fieldInTranche', {
                  field: t(label.key),
                  number: label.number,
                })
              : t(label.key);
          const organisationId = /^terms\.tranches\[(\d+)\]\.organisationId$/.exec(issue.field);
          const value = organisationId ? tranches[Number(organisationId[1])]?.organisationId : undefined;
          return (
            <li key={`${issue.field}-${issue.code}`}>
              <a
                href={`#${fieldId(issue.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(issue.field))?.focus();
                }}
              >
                {name}: {t(issueMessageKey(issue, value))}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
