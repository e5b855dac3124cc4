import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { problemMessageKeys } from '../lib/errorMessage';
import { firstProblem, type ProblemCode } from '../lib/errors';

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

/** A problem the user should notice now: announced at once (role=alert). */
export function ErrorAlert({
  error,
  code,
  onRetry,
}: {
  readonly error?: unknown;
  /** A problem known without a request, e.g. a page the viewer's organisation cannot use. */
  readonly code?: ProblemCode;
  readonly onRetry?: () => void;
}) {
  const { t } = useT();
  const shown = code ?? firstProblem(error)?.code ?? 'UNKNOWN';
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(problemMessageKeys[shown])}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * A confirmation announced politely. The live region stays mounted while empty, because screen
 * readers only announce changes to a region they already know.
 */
export function StatusMessage({ children }: { readonly children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'notice notice--success' : 'live-region'}>
      {children ? <p>{children}</p> : null}
    </div>
  );
}
