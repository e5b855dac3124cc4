import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';

export interface TermsControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
  readonly 'aria-required': boolean;
}

/**
 * Like ui/Field, but with an id derived from the engine's issue path, so the error summary can
 * link to the control and a server issue can be placed beside the right one.
 */
export function TermsField({
  id,
  label,
  hint,
  error,
  extra,
  required = false,
  describedBy: alsoDescribedBy,
  className,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: ReactNode;
  /** A live note under the control, e.g. the premium as a rate; read with the field. */
  readonly extra?: ReactNode;
  readonly required?: boolean;
  /** Ids of text outside the field that also describes it, e.g. a hint shared by several fields. */
  readonly describedBy?: string;
  readonly className?: string;
  readonly children: (control: TermsControlProps) => ReactNode;
}) {
  const { t } = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const extraId = extra ? `${id}-extra` : undefined;
  const describedBy = [errorId, hintId, alsoDescribedBy, extraId].filter(Boolean).join(' ') || undefined;
  const classes = ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': Boolean(error),
        'aria-required': required,
      })}
      {extra && (
        <p id={extraId} className="field__hint terms-field__extra">
          {extra}
        </p>
      )}
    </div>
  );
}
