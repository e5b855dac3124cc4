import { formatMoney, type Ore, type TermsDraft, type TermsIssue } from '@effekt/engine';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/I18nProvider';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { TermsForm } from './form';
import { computePreview, type MetricExample, type Preview } from './preview';
import { TermsField } from './TermsField';

const CHART_COLOURS = { principal: '#0b5c4a', premium: '#1e4b8f', surplus: '#8a4b08' } as const;

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
  const { t, number, lang, plural } = useT();
  const toKroner = (ore: Ore) => Number(ore) / 100;
  const chartData = [
    ...preview.shares
      .filter((share) => share.kind === 'INVESTMENT')
      .map((share) => ({
        name: trancheName(share.index),
        principal: toKroner(share.principal),
        premium: toKroner(share.premium),
        surplus: 0,
      })),
    {
      name: t('terms.preview.surplus'),
      principal: 0,
      premium: 0,
      surplus: toKroner(preview.providerSurplus),
    },
  ];

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
      <ScrollRegion labelledBy="terms-preview-shares">
        <table className="table table--numbers" aria-labelledby="terms-preview-shares">
          <thead>
            <tr>
              <th scope="col">{t('terms.preview.tranche')}</th>
              <th scope="col">{t('terms.preview.principal')}</th>
              <th scope="col">{t('terms.preview.premium')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.shares.map((share) => (
              <tr key={share.uid}>
                <th scope="row">
                  {trancheName(share.index)}
                  <span className="terms-note">
                    {t('terms.preview.seniorityNote', { seniority: number(share.seniority) })}
                    {share.kind === 'GRANT' && ` · ${t('terms.preview.grant')}`}
                  </span>
                </th>
                <td className="nowrap">{kr(share.principal)}</td>
                <td className="nowrap">{kr(share.premium)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <dl className="terms-totals">
        <div className="terms-totals__surplus">
          <dt>{t('terms.preview.surplus')}</dt>
          <dd data-testid="preview-surplus">{kr(preview.providerSurplus)}</dd>
        </div>
      </dl>

      <figure className="terms-chart">
        <figcaption>
          <span className="terms-chart__title">{t('terms.preview.chartTitle')}</span>{' '}
          <span className="muted">{t('terms.preview.chartDescription')}</span>
        </figcaption>
        {/* The table above carries every figure; the chart is a picture of it and hidden from assistive technology. */}
        <div aria-hidden="true" className="terms-chart__canvas">
          <ResponsiveContainer width="100%" height={56 + chartData.length * 44}>
            <BarChart
              data={chartData}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={(value: number) => compactKroner(lang, value)} />
              <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
              <Legend />
              <Bar
                dataKey="principal"
                name={t('terms.preview.principal')}
                stackId="share"
                fill={CHART_COLOURS.principal}
                isAnimationActive={false}
              />
              <Bar
                dataKey="premium"
                name={t('terms.preview.premium')}
                stackId="share"
                fill={CHART_COLOURS.premium}
                isAnimationActive={false}
              />
              <Bar
                dataKey="surplus"
                name={t('terms.preview.surplus')}
                stackId="share"
                fill={CHART_COLOURS.surplus}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}

/** Axis ticks only (the exact figures are in the table): whole kroner, grouped. */
function compactKroner(lang: 'da' | 'en', value: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 0 }).format(value);
}
