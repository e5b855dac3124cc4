import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/I18nProvider';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: ReactNode;
  readonly required?: boolean;
  /** Id of a message outside the field that also describes it, e.g. a form-level error. */
  readonly describedBy?: string | undefined;
  /** Renders the control with the ids and ARIA attributes that tie it to its label, hint and error. */
  readonly children: (control: ControlProps) => ReactNode;
}

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
  readonly 'aria-required': boolean;
}

export function Field({ label, hint, error, required = false, describedBy, children }: FieldProps) {
  const { t } = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const allDescribedBy = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
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
        'aria-describedby': allDescribedBy,
        'aria-invalid': Boolean(error),
        'aria-required': required,
      })}
    </div>
  );
}
