import { useT } from '../../i18n/I18nProvider';
import type { RowProps } from './editorTypes';
import { fieldId, type MetricForm, metricPath, paymentRules, ruleParameters, verifierRoles } from './form';
import { TermsField } from './TermsField';

/** One metric of the editor: what is measured, who verifies it, and how it pays. */
export function MetricFieldset({
  metric,
  index,
  canRemove,
  errorAt,
  touch,
  onChange,
  onRemove,
}: RowProps<MetricForm> & { readonly metric: MetricForm }) {
  const { t } = useT();
  const path = (field: Parameters<typeof metricPath>[1]) => metricPath(index, field);
  const uses = ruleParameters[metric.rule];
  const number = index + 1;

  const text = (
    field: 'key' | 'name' | 'unit' | 'price' | 'threshold' | 'target' | 'amount' | 'cap' | 'unitSaving',
    label: string,
    options: { hint?: string; required?: boolean; numeric?: boolean } = {},
  ) => (
    <TermsField
      id={fieldId(path(field))}
      label={label}
      hint={options.hint}
      error={errorAt(path(field))}
      required={options.required ?? false}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={options.numeric ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={field === 'key' ? false : undefined}
          value={metric[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          onBlur={() => touch(path(field))}
        />
      )}
    </TermsField>
  );

  return (
    <fieldset className="card terms-fieldset terms-row">
      <legend>
        <h3 className="terms-legend">
          {t('terms.editor.metricHeading', { number })}
          {metric.name.trim() && <span className="terms-row__name"> · {metric.name.trim()}</span>}
        </h3>
      </legend>
      <div className="terms-grid">
        {text('key', t('terms.editor.key'), { hint: t('terms.editor.keyHint'), required: true })}
        {text('name', t('terms.editor.name'), { required: true })}
        <TermsField
          id={fieldId(path('definition'))}
          label={t('terms.editor.definition')}
          hint={t('terms.editor.definitionHint')}
          error={errorAt(path('definition'))}
          className="terms-grid__wide"
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={metric.definition}
              onChange={(event) => onChange({ definition: event.target.value })}
              onBlur={() => touch(path('definition'))}
            />
          )}
        </TermsField>
        {text('unit', t('terms.editor.unit'), { hint: t('terms.editor.unitHint') })}
        <TermsField
          id={fieldId(path('verifier'))}
          label={t('terms.editor.verifier')}
          error={errorAt(path('verifier'))}
        >
          {(control) => (
            <select
              {...control}
              value={metric.verifier}
              onChange={(event) => {
                const verifier = verifierRoles.find((role) => role === event.target.value);
                if (verifier) onChange({ verifier });
              }}
            >
              {verifierRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('rule'))}
          label={t('terms.editor.rule')}
          hint={t(`terms.ruleHint.${metric.rule}`)}
          error={errorAt(path('rule'))}
          className="terms-grid__wide"
        >
          {(control) => (
            <select
              {...control}
              value={metric.rule}
              onChange={(event) => {
                const rule = paymentRules.find((option) => option === event.target.value);
                if (rule) onChange({ rule });
              }}
            >
              {paymentRules.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`terms.rule.${rule}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        {uses.includes('price') &&
          text('price', t('terms.editor.price'), {
            hint: t('terms.editor.moneyHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('threshold') &&
          text('threshold', t('terms.editor.threshold'), {
            hint: t('terms.editor.decimalHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('target') &&
          text('target', t('terms.editor.target'), {
            hint: t('terms.editor.decimalHint'),
            required: true,
            numeric: true,
          })}
        {uses.includes('amount') &&
          text('amount', t('terms.editor.amount'), {
            hint: t('terms.editor.moneyHint'),
            required: true,
            numeric: true,
          })}
        {text('cap', t('terms.editor.cap'), { hint: t('terms.editor.capHint'), numeric: true })}
        {text('unitSaving', t('terms.editor.unitSaving'), {
          hint: t('terms.editor.unitSavingHint'),
          numeric: true,
        })}
      </div>
      {canRemove && (
        <div className="terms-row__actions">
          <button type="button" className="button button--secondary button--danger" onClick={onRemove}>
            {t('terms.editor.removeMetric', { number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
