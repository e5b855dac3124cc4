import { useT } from '../../i18n/I18nProvider';
import type { ErrorAt } from './editorTypes';
import { fieldId, type TermsForm } from './form';
import { TermsField } from './TermsField';
import type { TopField } from './useTermsForm';

/** The terms' period and payment cap. */
export function PeriodFieldset({
  form,
  errorAt,
  touch,
  onChange,
}: {
  readonly form: TermsForm;
  readonly errorAt: ErrorAt;
  readonly touch: (path: string) => void;
  readonly onChange: (field: TopField, value: string) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="card terms-fieldset">
      <legend>
        <h2 className="terms-legend">{t('terms.editor.period')}</h2>
      </legend>
      <div className="terms-grid">
        <TermsField
          id={fieldId('terms.startDate')}
          label={t('terms.editor.startDate')}
          error={errorAt('terms.startDate')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={form.startDate}
              onChange={(event) => onChange('startDate', event.target.value)}
              onBlur={() => touch('terms.startDate')}
            />
          )}
        </TermsField>
        <TermsField
          id={fieldId('terms.endDate')}
          label={t('terms.editor.endDate')}
          error={errorAt('terms.endDate')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={form.endDate}
              onChange={(event) => onChange('endDate', event.target.value)}
              onBlur={() => touch('terms.endDate')}
            />
          )}
        </TermsField>
        <TermsField
          id={fieldId('terms.paymentCap')}
          label={t('terms.editor.paymentCap')}
          hint={t('terms.editor.paymentCapHint')}
          error={errorAt('terms.paymentCap')}
          className="terms-grid__wide"
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.paymentCap}
              onChange={(event) => onChange('paymentCap', event.target.value)}
              onBlur={() => touch('terms.paymentCap')}
            />
          )}
        </TermsField>
      </div>
    </fieldset>
  );
}
