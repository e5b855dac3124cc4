import { formatMoney, type Ore, type TermsDraft, type TermsIssue } from '@effekt/engine';
import { useMemo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WaterfallChart } from '../payments/WaterfallChart';
import { WaterfallTable } from '../payments/WaterfallTable';
import type { TermsForm } from './form';
import { computePreview, type MetricExample, type Preview, previewWaterfallRows } from './preview';
import { TermsField } from './TermsField';

export function PaymentPreview({
  draft,
  form,
  issues,
  examples,
  onExampleChange,
  organisationName,
}: {
  readonly draft: TermsDraft;
  readonly form: TermsForm;
  readonly issues: readonly TermsIssue[];
  readonly examples: Readonly<Record<string, MetricExample>>;
  readonly onExampleChange: (uid: string, example: MetricExample) => void;
  readonly organisationName: (organisationId: string) => string | undefined;
}) {
  const { t, money } = useT();
  const preview = useMemo((): Preview | 'failed' => {
    try {
      return computePreview(
        draft,
        { metrics: form.metrics.map((m) => m.uid), tranches: form.tranches.map((tr) => tr.uid) },
        issues,
        examples,
      );
    } catch {
      // The engine refused something validateTerms let through: show that, never a broken page.
      return 'failed';
    }
  }, [draft, form.metrics, form.tranches, issues, examples]);
  const kr = (ore: Ore) => money(formatMoney(ore));

  const metricName = (index: number) =>
    form.metrics[index]?.name.trim() || t('terms.preview.unnamedMetric', { number: index + 1 });
  const trancheName = (index: number) => {
    const tranche = form.tranches[index];
    const name = tranche ? organisationName(tranche.organisationId) : undefined;
    return name ?? t('terms.preview.unnamedTranche', { number: index + 1 });
  };
  const problems: ReadonlyMap<string, readonly string[]> =
    preview !== 'failed' && preview.ok ? preview.exampleProblems : new Map();
  const hasPaidBefore = Object.values(examples).some((example) => example.paidBefore.trim() !== '');

  return (
    <aside className="card terms-preview" aria-labelledby="terms-preview-title">
      <h2 id="terms-preview-title">{t('terms.preview.title')}</h2>
      <p className="muted">{t('terms.preview.intro')}</p>
      <p className="notice notice--info terms-preview__assumption">{t('terms.preview.assumption')}</p>

      <h3 className="terms-preview__heading">{t('terms.preview.examples')}</h3>
      <p id="terms-preview-values-hint" className="field__hint">
        {t('terms.preview.valuesHint')}
      </p>
      <div className="terms-preview__examples">
        {form.metrics.map((metric, index) => {
          const example = examples[metric.uid] ?? { values: '', paidBefore: '' };
          return (
            <TermsField
              key={metric.uid}
              id={`preview-${metric.uid}-values`}
              label={t('terms.preview.values', { metric: metricName(index) })}
              describedBy="terms-preview-values-hint"
              error={
                problems.get(metric.uid)?.includes('values') ? t('terms.preview.valuesInvalid') : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={example.values}
                  onChange={(event) =>
                    onExampleChange(metric.uid, { ...example, values: event.target.value })
                  }
                />
              )}
            </TermsField>
          );
        })}
      </div>
      <details className="terms-preview__before" open={hasPaidBefore || undefined}>
        <summary>{t('terms.preview.paidBeforeTitle')}</summary>
        <p id="terms-preview-paid-hint" className="field__hint">
          {t('terms.preview.paidBeforeHint')}
        </p>
        <div className="terms-preview__examples">
          {form.metrics.map((metric, index) => {
            const example = examples[metric.uid] ?? { values: '', paidBefore: '' };
            return (
              <TermsField
                key={metric.uid}
                id={`preview-${metric.uid}-paid`}
                label={t('terms.preview.paidBefore', { metric: metricName(index) })}
                describedBy="terms-preview-paid-hint"
                error={
                  problems.get(metric.uid)?.includes('paidBefore')
                    ? t('terms.preview.paidBeforeInvalid')
                    : undefined
                }
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={example.paidBefore}
                    onChange={(event) =>
                      onExampleChange(metric.uid, { ...example, paidBefore: event.target.value })
                    }
                  />
                )}
              </TermsField>
            );
          })}
        </div>
      </details>

      {preview === 'failed' ? (
        <p className="notice notice--info">{t('terms.preview.failed')}</p>
      ) : !preview.ok ? (
        <p className="notice notice--info">{t('terms.preview.unavailable')}</p>
      ) : (
        <PreviewResult preview={preview} kr={kr} metricName={metricName} trancheName={trancheName} />
      )}
    </aside>
  );
}

function PreviewResult({
  preview,
  kr,
  metricName,
  trancheName,
}: {
  readonly preview: Extract<Preview, { ok: true }>;
  readonly kr: (ore: Ore) => string;
  readonly metricName: (index: number) => string;
  readonly trancheName: (index: number) => string;
}) {
  const { t, plural } = useT();
  const shares = previewWaterfallRows(preview.shares, trancheName);

  return (
    <div className="terms-preview__result">
      {preview.skippedMetrics.length > 0 && (
        <p className="field__hint">
          {t('terms.preview.skippedMetrics', {
            list: preview.skippedMetrics.map((row) => metricName(row.index)).join(', '),
          })}
        </p>
      )}

      <h3 id="terms-preview-lines" className="terms-preview__heading">
        {t('terms.preview.lines')}
      </h3>
      <ScrollRegion labelledBy="terms-preview-lines">
        <table className="table table--numbers" aria-labelledby="terms-preview-lines">
          <thead>
            <tr>
              <th scope="col">{t('terms.preview.metric')}</th>
              <th scope="col">{t('terms.preview.gross')}</th>
              <th scope="col">{t('terms.preview.afterCap')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.lines.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  {t('terms.preview.noLines')}
                </td>
              </tr>
            ) : (
              preview.lines.map((line) => (
                <tr key={line.uid}>
                  <th scope="row">
                    {metricName(line.index)}
                    <span className="terms-note">
                      {plural('terms.preview.reportCount', line.reportCount)}
                    </span>
                  </th>
                  <td className="nowrap">{kr(line.gross)}</td>
                  <td className="nowrap">{kr(line.amount)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollRegion>

      <dl className="terms-totals">
        <div>
          <dt>{t('terms.preview.subtotal')}</dt>
          <dd>{kr(preview.subtotal)}</dd>
        </div>
        {preview.totalBefore > 0n && (
          <div>
            <dt>{t('terms.preview.totalBefore')}</dt>
            <dd>{kr(preview.totalBefore)}</dd>
          </div>
        )}
        <div className={preview.capReduction > 0n ? 'terms-totals__warn' : undefined}>
          <dt>{t('terms.preview.capReduction')}</dt>
          <dd>{preview.capReduction > 0n ? `− ${kr(preview.capReduction)}` : kr(0n)}</dd>
        </div>
        <div className="terms-totals__total">
          <dt>{t('terms.preview.total')}</dt>
          <dd data-testid="preview-total">{kr(preview.total)}</dd>
        </div>
      </dl>
      <p className="visually-hidden" role="status">
        {t('terms.preview.total')}: {kr(preview.total)}
      </p>

      <h3 id="terms-preview-shares" className="terms-preview__heading">
        {t('terms.preview.shares')}
      </h3>
      {preview.skippedTranches.length > 0 && (
        <p className="field__hint">
          {t('terms.preview.skippedTranches', {
            list: preview.skippedTranches.map((row) => trancheName(row.index)).join(', '),
          })}
        </p>
      )}
      <WaterfallTable labelledBy="terms-preview-shares" rows={shares} fit="panel" />
      <dl className="terms-totals">
        <div className="terms-totals__surplus">
          <dt>{t('terms.preview.surplus')}</dt>
          <dd data-testid="preview-surplus">{kr(preview.providerSurplus)}</dd>
        </div>
      </dl>

      <WaterfallChart
        rows={shares}
        surplus={formatMoney(preview.providerSurplus)}
        description={t('terms.preview.chartDescription')}
        fit="panel"
      />
    </div>
  );
}
