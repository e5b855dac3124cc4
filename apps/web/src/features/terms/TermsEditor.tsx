import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/Feedback';
import { ErrorSummary } from './ErrorSummary';
import type { EditorFund, EditorPartnership } from './editorTypes';
import { ListAction } from './ListAction';
import { MetricFieldset } from './MetricFieldset';
import { PaymentPreview } from './PaymentPreview';
import { PeriodFieldset } from './PeriodFieldset';
import { TrancheFieldset } from './TrancheFieldset';
import { useTermsForm } from './useTermsForm';

/** The editor proper: the form to propose terms, beside a preview of what they would pay. */
export function TermsEditor({
  partnership,
  funds,
}: {
  readonly partnership: EditorPartnership;
  readonly funds: readonly EditorFund[];
}) {
  const { t } = useT();
  const editor = useTermsForm(partnership, funds);
  const { source, form, errorAt, touch } = editor;
  const amend = partnership.terms !== null;
  const title = amend ? t('terms.editor.titleAmend') : t('terms.editor.titleNew');
  const partnershipPath = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const organisationName = (organisationId: string) =>
    partnership.members.find((member) => member.organisation.id === organisationId)?.organisation.name;

  return (
    <article className="terms-editor">
      <title>{`${title} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={partnershipPath}>← {t('terms.editor.back', { title: partnership.title })}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{t('terms.editor.intro')}</p>
        </div>
      </header>
      {source && (
        <div className="notice notice--info">
          <p>
            {t(
              partnership.proposal ? 'terms.editor.prefilledFromProposal' : 'terms.editor.prefilledFromTerms',
              {
                number: source.number,
              },
            )}
          </p>
        </div>
      )}

      <div className="terms-layout">
        <form className="terms-form" onSubmit={editor.onSubmit} noValidate aria-label={title}>
          {editor.summaryIssues.length > 0 && (
            <ErrorSummary
              issues={editor.summaryIssues}
              serverRejected={editor.serverIssues.length > 0 && editor.liveIssues.length === 0}
              tranches={form.tranches}
            />
          )}
          {editor.otherError && <ErrorAlert error={editor.otherError} />}

          <PeriodFieldset form={form} errorAt={errorAt} touch={touch} onChange={editor.updateTop} />

          <section className="terms-list" aria-labelledby="terms-metrics-title">
            <h2 id="terms-metrics-title" className="terms-list__intro">
              {t('terms.editor.metrics')}
            </h2>
            <p className="muted terms-list__intro">{t('terms.editor.metricsIntro')}</p>
            {form.metrics.map((metric, index) => (
              <MetricFieldset
                key={metric.uid}
                metric={metric}
                index={index}
                canRemove={form.metrics.length > 1}
                errorAt={errorAt}
                touch={touch}
                onChange={(patch) => editor.updateMetric(index, patch)}
                onRemove={() => editor.removeMetric(index)}
              />
            ))}
            <ListAction
              id="terms-metrics"
              label={t('terms.editor.addMetric')}
              error={errorAt('terms.metrics')}
              onClick={editor.addMetric}
            />
          </section>

          <section className="terms-list" aria-labelledby="terms-tranches-title">
            <h2 id="terms-tranches-title" className="terms-list__intro">
              {t('terms.editor.tranches')}
            </h2>
            <p className="muted terms-list__intro">{t('terms.editor.tranchesIntro')}</p>
            {form.tranches.map((tranche, index) => (
              <TrancheFieldset
                key={tranche.uid}
                tranche={tranche}
                index={index}
                members={partnership.members}
                funds={funds}
                isCommissioner={editor.roles.get(tranche.organisationId) === 'COMMISSIONER'}
                canRemove={form.tranches.length > 1}
                errorAt={errorAt}
                touch={touch}
                onChange={(patch) => editor.updateTranche(index, patch)}
                onRemove={() => editor.removeTranche(index)}
              />
            ))}
            <ListAction
              id="terms-tranches"
              label={t('terms.editor.addTranche')}
              error={errorAt('terms.tranches')}
              onClick={editor.addTranche}
            />
          </section>

          <div className="form__actions terms-actions">
            <button type="submit" className="button button--primary" aria-disabled={editor.loading}>
              {editor.loading ? t('terms.editor.submitting') : t('terms.editor.submit')}
            </button>
            <Link to={partnershipPath} className="button button--secondary">
              {t('terms.editor.cancel')}
            </Link>
          </div>
        </form>

        <PaymentPreview
          draft={editor.draft}
          form={form}
          issues={editor.liveIssues}
          examples={editor.examples}
          onExampleChange={editor.setExample}
          organisationName={organisationName}
        />
      </div>
    </article>
  );
}
