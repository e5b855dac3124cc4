import { useT } from '../../i18n/I18nProvider';
import type { EditorFund, EditorPartnership, RowProps } from './editorTypes';
import { fieldId, type TrancheForm, toDraft, trancheKinds, tranchePath } from './form';
import { formatExactDecimal } from './numbers';
import { TermsField } from './TermsField';

/** One tranche of the editor: who puts in how much, on what footing. */
export function TrancheFieldset({
  tranche,
  index,
  members,
  funds,
  isCommissioner,
  canRemove,
  errorAt,
  touch,
  onChange,
  onRemove,
}: RowProps<TrancheForm> & {
  readonly tranche: TrancheForm;
  readonly members: EditorPartnership['members'];
  readonly funds: readonly EditorFund[];
  readonly isCommissioner: boolean;
}) {
  const { t, lang } = useT();
  const path = (field: Parameters<typeof tranchePath>[1]) => tranchePath(index, field);
  const number = index + 1;
  const rate = toDraft({
    startDate: '',
    endDate: '',
    paymentCap: '',
    metrics: [],
    tranches: [tranche],
  }).tranches[0]?.premiumRate;
  const rateIsNumber = rate !== undefined && /^\d+(\.\d+)?$/.test(rate);
  const organisation = members.find((member) => member.organisation.id === tranche.organisationId);

  return (
    <fieldset className="card terms-fieldset terms-row">
      <legend>
        <h3 className="terms-legend">
          {t('terms.editor.trancheHeading', { number })}
          {organisation && <span className="terms-row__name"> · {organisation.organisation.name}</span>}
        </h3>
      </legend>
      <div className="terms-grid">
        <TermsField
          id={fieldId(path('organisationId'))}
          label={t('terms.editor.organisation')}
          error={errorAt(path('organisationId'), tranche.organisationId)}
          required
        >
          {(control) => (
            <select
              {...control}
              value={tranche.organisationId}
              onChange={(event) => {
                const next = event.target.value;
                const commissioner = members.some(
                  (m) => m.organisation.id === next && m.role === 'COMMISSIONER',
                );
                // A fund belongs to the commissioner: another organisation's tranche never keeps one.
                onChange({
                  organisationId: next,
                  fundId: commissioner ? tranche.fundId || (funds[0]?.id ?? '') : '',
                });
              }}
              onBlur={() => touch(path('organisationId'))}
            >
              <option value="">{t('terms.editor.chooseOrganisation')}</option>
              {members.map((member) => (
                <option key={member.organisation.id} value={member.organisation.id}>
                  {member.organisation.name} ({t(`role.${member.role}`)})
                </option>
              ))}
            </select>
          )}
        </TermsField>
        {(isCommissioner || tranche.fundId !== '') && (
          <TermsField
            id={fieldId(path('fundId'))}
            label={t('terms.editor.fund')}
            hint={t('terms.editor.fundHint')}
            error={errorAt(path('fundId'))}
          >
            {(control) => (
              <select
                {...control}
                value={tranche.fundId}
                onChange={(event) => onChange({ fundId: event.target.value })}
              >
                <option value="">{t('terms.editor.noFund')}</option>
                {funds.map((fund) => (
                  <option key={fund.id} value={fund.id}>
                    {fund.name}
                  </option>
                ))}
              </select>
            )}
          </TermsField>
        )}
        <TermsField
          id={fieldId(path('kind'))}
          label={t('terms.editor.kind')}
          hint={t('terms.editor.kindHint')}
          error={errorAt(path('kind'))}
        >
          {(control) => (
            <select
              {...control}
              value={tranche.kind}
              onChange={(event) => {
                const kind = trancheKinds.find((option) => option === event.target.value);
                if (kind) onChange({ kind });
              }}
            >
              {trancheKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`terms.trancheKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('seniority'))}
          label={t('terms.editor.seniority')}
          hint={t('terms.editor.seniorityHint')}
          error={errorAt(path('seniority'))}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={tranche.seniority}
              onChange={(event) => onChange({ seniority: event.target.value })}
              onBlur={() => touch(path('seniority'))}
            />
          )}
        </TermsField>
        <TermsField
          id={fieldId(path('commitment'))}
          label={t('terms.editor.commitment')}
          hint={t('terms.editor.moneyHint')}
          error={errorAt(path('commitment'))}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={tranche.commitment}
              onChange={(event) => onChange({ commitment: event.target.value })}
              onBlur={() => touch(path('commitment'))}
            />
          )}
        </TermsField>
        {tranche.kind === 'INVESTMENT' && (
          <TermsField
            id={fieldId(path('premiumRate'))}
            label={t('terms.editor.premium')}
            hint={t('terms.editor.premiumHint')}
            error={errorAt(path('premiumRate'))}
            extra={
              rateIsNumber
                ? t('terms.editor.premiumAsRate', { rate: formatExactDecimal(lang, rate) })
                : undefined
            }
            required
          >
            {(control) => (
              <div className="terms-suffix">
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={tranche.premiumPercent}
                  onChange={(event) => onChange({ premiumPercent: event.target.value })}
                  onBlur={() => touch(path('premiumRate'))}
                />
                <span aria-hidden="true">%</span>
              </div>
            )}
          </TermsField>
        )}
      </div>
      {canRemove && (
        <div className="terms-row__actions">
          <button type="button" className="button button--secondary button--danger" onClick={onRemove}>
            {t('terms.editor.removeTranche', { number })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
