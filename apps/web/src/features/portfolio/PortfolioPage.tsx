import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import '../payments/delivery.css';
import { PortfolioDocument } from './documents';
import {
  ExportButtons,
  ExposureChart,
  ExposureTable,
  HistoryChart,
  MoneyFacts,
  usePositionLabel,
} from './ExposureView';
import type { PositionKey } from './exposure';

const totalsShown: readonly PositionKey[] = [
  'committed',
  'disbursed',
  'principalRepaid',
  'premiumReceived',
  'outstanding',
  'atRisk',
  'writtenOff',
];

/** "Portefølje": the viewer organisation's tranches across every partnership. */
export function PortfolioPage() {
  const { t } = useT();
  const label = usePositionLabel();
  const { data, error, refetch } = useQuery(PortfolioDocument, { fetchPolicy: 'cache-and-network' });
  const portfolio = data?.portfolio;

  return (
    <>
      <title>{`${t('delivery.portfolio.title')} · ${t('app.name')}`}</title>
      <div className="page-header">
        <div>
          <h1>{t('delivery.portfolio.title')}</h1>
          <p className="lead">
            {portfolio
              ? t('delivery.portfolio.lead', { organisation: portfolio.organisation.name })
              : t('delivery.portfolio.leadGeneric')}
          </p>
        </div>
      </div>
      {error && !portfolio ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !portfolio ? (
        <Loading />
      ) : portfolio.lines.length === 0 ? (
        <section className="empty-state" aria-labelledby="portfolio-empty">
          <h2 id="portfolio-empty">{t('delivery.portfolio.emptyTitle')}</h2>
          <p>{t('delivery.portfolio.empty')}</p>
        </section>
      ) : (
        <div className="delivery-stack">
          <section className="card" aria-labelledby="portfolio-totals">
            <h2 id="portfolio-totals">{t('delivery.portfolio.totals')}</h2>
            <MoneyFacts
              facts={totalsShown.map((key) => ({
                key,
                label: label(key),
                amount: portfolio.totals[key],
                emphasis: key === 'atRisk' || key === 'outstanding',
              }))}
            />
          </section>
          <ExposureTable
            lines={portfolio.lines}
            title={t('delivery.portfolio.lines')}
            showOrganisation={false}
          />
          <ExportButtons
            lines={portfolio.lines}
            baseName="effekt-portefolje"
            sheetName={t('delivery.portfolio.title')}
          />
          <ExposureChart lines={portfolio.lines} />
          <HistoryChart history={portfolio.history} />
        </div>
      )}
    </>
  );
}
