import { useId, useState } from 'react';
import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { partnershipPath } from '../partnerships/PartnershipTabs';
import { CHART_COLOURS, compactKroner } from '../payments/labels';
import { trancheName } from '../payments/waterfall';
import { downloadCsv, downloadXlsx } from './download';
import {
  type ExposureLine,
  type ExposurePoint,
  exposureByPartnership,
  exposureChartData,
  exposureTable,
  historyChartData,
  type PositionKey,
  positionKeys,
} from './exposure';

export interface Fact {
  readonly key: string;
  readonly label: string;
  readonly amount: string;
  readonly emphasis?: boolean;
}

/** Big numbers at the top of a money page. */
export function MoneyFacts({ facts }: { readonly facts: readonly Fact[] }) {
  const { money } = useT();
  return (
    <dl className="money-facts">
      {facts.map((fact) => (
        <div
          key={fact.key}
          className={fact.emphasis ? 'money-facts__item is-emphasis' : 'money-facts__item'}
          data-fact={fact.key}
        >
          <dt>{fact.label}</dt>
          <dd>{money(fact.amount)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function usePositionLabel(): (key: PositionKey) => string {
  const { t } = useT();
  return (key) => t(`delivery.position.${key}`);
}

/** One row per tranche: partnership, tranche and its exact position. */
export function ExposureTable({
  lines,
  title,
  showOrganisation,
}: {
  readonly lines: readonly ExposureLine[];
  readonly title: string;
  readonly showOrganisation: boolean;
}) {
  const { t, money } = useT();
  const label = usePositionLabel();
  const headingId = useId();
  const shown: PositionKey[] = [
    'committed',
    'disbursed',
    'principalRepaid',
    'premiumReceived',
    'outstanding',
    'atRisk',
    'writtenOff',
  ];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('delivery.exposure.none')}</p>
      ) : (
        <ScrollRegion labelledBy={headingId}>
          <table className="table exposure-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('delivery.exposure.partnership')}</th>
                {showOrganisation && <th scope="col">{t('delivery.capital.tranche')}</th>}
                {shown.map((key) => (
                  <th scope="col" className="numeric" key={key}>
                    {label(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.tranche.id} data-partnership={line.partnership.title}>
                  <th scope="row">
                    <Link to={partnershipPath(line.partnership.id, '/payments')}>
                      {line.partnership.title}
                    </Link>
                    {line.partnership.status === 'CLOSED' && (
                      <span className="table-note">{t('status.CLOSED')}</span>
                    )}
                  </th>
                  {showOrganisation && <td>{trancheName(line.tranche)}</td>}
                  {shown.map((key) => (
                    <td className="numeric nowrap" key={key} data-column={key}>
                      {money(line.position[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** CSV and XLSX of the exposure lines; names carry the date so downloads do not overwrite each other. */
export function ExportButtons({
  lines,
  baseName,
  sheetName,
}: {
  readonly lines: readonly ExposureLine[];
  readonly baseName: string;
  readonly sheetName: string;
}) {
  const { t } = useT();
  const label = usePositionLabel();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const table = () =>
    exposureTable(lines, {
      partnership: t('delivery.exposure.partnership'),
      status: t('partnership.status'),
      organisation: t('delivery.exposure.organisation'),
      fund: t('delivery.exposure.fund'),
      kind: t('delivery.capital.kind'),
      seniority: t('delivery.capital.seniority'),
      premiumRate: t('delivery.exposure.premiumRate'),
      position: Object.fromEntries(positionKeys.map((key) => [key, label(key)])) as Record<
        PositionKey,
        string
      >,
      statusName: (status) => t(`status.${status}`),
      kindName: (kind) => t(`delivery.trancheKind.${kind}`),
    });
  const name = `${baseName}-${new Date().toISOString().slice(0, 10)}`;

  async function onXlsx() {
    if (busy) return;
    setBusy(true);
    setFailed(null);
    try {
      await downloadXlsx(table(), name, sheetName);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-buttons">
      <span className="export-buttons__label">{t('delivery.export.label')}</span>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => downloadCsv(table(), name)}
        disabled={lines.length === 0}
      >
        {t('delivery.export.csv')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={onXlsx}
        aria-disabled={busy}
        disabled={lines.length === 0}
      >
        {busy ? t('delivery.export.preparing') : t('delivery.export.xlsx')}
      </button>
      {failed ? <ErrorAlert error={failed} /> : null}
    </div>
  );
}

/** Exposure per partnership as bars; the table beside it holds the figures. */
export function ExposureChart({ lines }: { readonly lines: readonly ExposureLine[] }) {
  const { t, lang, money } = useT();
  const label = usePositionLabel();
  const headingId = useId();
  const data = exposureChartData(lines);
  const rows = exposureByPartnership(lines);
  const allKeys = ['outstanding', 'undrawn', 'principalRepaid', 'premiumReceived', 'writtenOff'] as const;
  // Series that are zero everywhere only clutter the legend; the table below still shows them.
  const drawn = allKeys.filter((key) => data.some((row) => row[key] !== 0));
  const keys = allKeys;
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.exposure.byPartnership')}</h2>
      <figure className="delivery-chart">
        <figcaption className="muted">{t('delivery.exposure.byPartnershipCaption')}</figcaption>
        <div aria-hidden="true" className="delivery-chart__canvas">
          <ResponsiveContainer width="100%" height={96 + data.length * 56}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ left: 8, right: 24 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={(value: number) => compactKroner(lang, value)} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
              <Legend />
              {drawn.map((key) => (
                <Bar
                  key={key}
                  dataKey={key}
                  name={label(key)}
                  stackId="x"
                  fill={CHART_COLOURS[key]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <details className="chart-data">
        <summary>{t('delivery.chart.showFigures')}</summary>
        <ScrollRegion labelledBy={headingId}>
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('delivery.exposure.partnership')}</th>
                {keys.map((key) => (
                  <th scope="col" className="numeric" key={key}>
                    {label(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.partnershipId}>
                  <th scope="row">{row.title}</th>
                  {keys.map((key) => (
                    <td className="numeric nowrap" key={key}>
                      {money(row.totals[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}

/** Cumulative money over time as lines, with the figures in a table one click away. */
export function HistoryChart({ history }: { readonly history: readonly ExposurePoint[] }) {
  const { t, lang, money, calendarDate } = useT();
  const headingId = useId();
  const data = historyChartData(history);
  const series = [
    {
      key: 'disbursed',
      label: t('delivery.position.disbursed'),
      colour: CHART_COLOURS.disbursed,
      dash: undefined,
    },
    {
      key: 'outstanding',
      label: t('delivery.position.outstanding'),
      colour: CHART_COLOURS.outstanding,
      dash: '6 3',
    },
    {
      key: 'principalRepaid',
      label: t('delivery.position.principalRepaid'),
      colour: CHART_COLOURS.principal,
      dash: undefined,
    },
    {
      key: 'premiumReceived',
      label: t('delivery.position.premiumReceived'),
      colour: CHART_COLOURS.premium,
      dash: '2 3',
    },
  ] as const;
  const shortDate = (ymd: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${ymd}T00:00:00Z`));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.exposure.history')}</h2>
      {data.length === 0 ? (
        <p className="muted">{t('delivery.exposure.noHistory')}</p>
      ) : (
        <>
          <figure className="delivery-chart">
            <figcaption className="muted">{t('delivery.exposure.historyCaption')}</figcaption>
            <div aria-hidden="true" className="delivery-chart__canvas">
              <ResponsiveContainer width="100%" height={300}>
                <LineChart data={data} margin={{ left: 8, right: 24, top: 8 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" tickFormatter={shortDate} tick={{ fontSize: 12 }} />
                  <YAxis tickFormatter={(value: number) => compactKroner(lang, value)} width={72} />
                  <Tooltip
                    labelFormatter={(value) => calendarDate(String(value))}
                    formatter={(value) => compactKroner(lang, Number(value))}
                  />
                  <Legend />
                  {series.map((line) => (
                    <Line
                      key={line.key}
                      type="stepAfter"
                      dataKey={line.key}
                      name={line.label}
                      stroke={line.colour}
                      strokeWidth={2}
                      strokeDasharray={line.dash}
                      dot={data.length < 24}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
          <details className="chart-data">
            <summary>{t('delivery.chart.showFigures')}</summary>
            <ScrollRegion labelledBy={headingId}>
              <table className="table" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">{t('delivery.exposure.date')}</th>
                    {series.map((line) => (
                      <th scope="col" className="numeric" key={line.key}>
                        {line.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {history.map((point) => (
                    <tr key={point.date}>
                      <th scope="row" className="nowrap">
                        {calendarDate(point.date)}
                      </th>
                      {series.map((line) => (
                        <td className="numeric nowrap" key={line.key}>
                          {money(point[line.key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </section>
  );
}
