import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import type { FundsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import '../payments/delivery.css';
import {
  ExportButtons,
  ExposureChart,
  ExposureTable,
  HistoryChart,
  MoneyFacts,
} from '../portfolio/ExposureView';
import { FundsDocument } from './documents';

type Fund = FundsQuery['funds'][number];

/** "Fond": the municipality's fund(s): capital, what is tied up, what came back, what is free. */
export function FundPage() {
  const { t } = useT();
  const { data, error, refetch } = useQuery(FundsDocument, { fetchPolicy: 'cache-and-network' });
  const funds = data?.funds;
  return (
    <>
      <title>{`${t('delivery.fund.title')} · ${t('app.name')}`}</title>
      <div className="page-header">
        <div>
          <h1>{t('delivery.fund.title')}</h1>
          <p className="lead">{t('delivery.fund.lead')}</p>
        </div>
      </div>
      {error && !funds ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !funds ? (
        <Loading />
      ) : funds.length === 0 ? (
        <section className="empty-state" aria-labelledby="fund-empty">
          <h2 id="fund-empty">{t('delivery.fund.emptyTitle')}</h2>
          <p>{t('delivery.fund.empty')}</p>
        </section>
      ) : (
        funds.map((fund) => <FundView key={fund.id} fund={fund} />)
      )}
    </>
  );
}

function FundView({ fund }: { readonly fund: Fund }) {
  const { t } = useT();
  const headingId = useId();
  return (
    <div className="delivery-stack">
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{fund.name}</h2>
        <MoneyFacts
          facts={[
            { key: 'capital', label: t('delivery.fund.capital'), amount: fund.capital },
            { key: 'committed', label: t('delivery.fund.committed'), amount: fund.committed },
            { key: 'disbursed', label: t('delivery.fund.disbursed'), amount: fund.disbursed },
            { key: 'received', label: t('delivery.fund.received'), amount: fund.received },
            { key: 'writtenOff', label: t('delivery.fund.writtenOff'), amount: fund.writtenOff },
            { key: 'available', label: t('delivery.fund.available'), amount: fund.available, emphasis: true },
          ]}
        />
        <p className="field__hint">{t('delivery.fund.availableHint')}</p>
      </section>
      <ExposureTable
        lines={fund.exposure.lines}
        title={t('delivery.fund.tranches', { fund: fund.name })}
        showOrganisation={false}
      />
      <ExportButtons lines={fund.exposure.lines} baseName="effekt-fond" sheetName={fund.name} />
      <ExposureChart lines={fund.exposure.lines} />
      <HistoryChart history={fund.exposure.history} />
    </div>
  );
}
