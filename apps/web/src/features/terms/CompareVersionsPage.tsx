import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { hasCode } from '../../lib/errors';
import { ErrorAlert, Loading } from '../../ui/Feedback';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { describePremium } from './describe';
import {
  diffVersions,
  type FieldChange,
  type MetricField,
  type RowStatus,
  type TermField,
  type TrancheField,
} from './diff';
import { CompareVersionsDocument, PartnershipVersionsDocument } from './documents';
import { metricLabels } from './labels';
import { formatExactDecimal } from './numbers';
import './terms.css';

type AnyField = TermField | MetricField | TrancheField;

const fieldLabels: Readonly<Record<AnyField, MessageKey>> = {
  startDate: 'terms.editor.startDate',
  endDate: 'terms.editor.endDate',
  paymentCap: 'terms.version.paymentCap',
  ...metricLabels,
  kind: 'terms.version.kind',
  seniority: 'terms.version.seniority',
  commitment: 'terms.version.commitment',
  premiumRate: 'terms.version.premium',
};

const moneyFields: ReadonlySet<AnyField> = new Set<AnyField>([
  'paymentCap',
  'price',
  'amount',
  'cap',
  'unitSaving',
  'commitment',
]);

export function CompareVersionsPage() {
  const { t, plural } = useT();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const a = search.get('a') ?? '';
  const b = search.get('b') ?? '';
  const chosen = a !== '' && b !== '';
  const list = useQuery(PartnershipVersionsDocument, { variables: { id }, skip: chosen });
  const compare = useQuery(CompareVersionsDocument, {
    variables: { partnershipId: id, a, b },
    skip: !chosen,
    fetchPolicy: 'cache-and-network',
  });
  const path = `/partnerships/${encodeURIComponent(id)}`;

  // Without a choice, compare the two newest versions.
  const versions = list.data?.partnership?.versions;
  useEffect(() => {
    if (chosen || !versions || versions.length < 2) return;
    const [newest, before] = [...versions].sort((x, y) => y.number - x.number);
    if (newest && before)
      navigate(`${path}/versions/compare?a=${before.id}&b=${newest.id}`, { replace: true });
  }, [chosen, versions, navigate, path]);

  const error = compare.error ?? list.error;
  const notFound =
    hasCode(error, 'NOT_FOUND') ||
    compare.data?.partnership === null ||
    compare.data?.a === null ||
    compare.data?.b === null ||
    list.data?.partnership === null;

  const header = (
    <>
      <title>{`${t('terms.compare.title')} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={path}>← {t('partnership.back')}</Link>
      </p>
    </>
  );

  if (notFound) {
    return (
      <>
        {header}
        <h1>{t('terms.compare.title')}</h1>
        <ErrorAlert code="NOT_FOUND" />
      </>
    );
  }
  if (error && !compare.data && !list.data) return <ErrorAlert error={error} />;
  if (!chosen) {
    if (!list.data) return <Loading />;
    return (
      <>
        {header}
        <h1>{t('terms.compare.title')}</h1>
        <p>{t('terms.compare.choose')}</p>
      </>
    );
  }
  const data = compare.data;
  if (!data?.partnership || !data.a || !data.b) return <Loading />;
  const { partnership } = data;
  const versionA = data.a;
  const versionB = data.b;
  const diff = diffVersions(versionA, versionB);
  const sorted = [...partnership.versions].sort((x, y) => x.number - y.number);

  function onChoose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const nextA = String(form.get('a') ?? '');
    const nextB = String(form.get('b') ?? '');
    navigate(`${path}/versions/compare?a=${encodeURIComponent(nextA)}&b=${encodeURIComponent(nextB)}`);
  }

  return (
    <article className="terms-compare">
      <title>{`${t('terms.compare.title')} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={path}>← {t('terms.version.back', { title: partnership.title })}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{t('terms.compare.title')}</h1>
          <p className="lead">
            {t('terms.compare.intro', { a: versionA.number, b: versionB.number })}{' '}
            <strong>
              {diff.changeCount === 0
                ? t('terms.compare.none')
                : plural('terms.compare.changes', diff.changeCount)}
            </strong>
          </p>
        </div>
      </header>

      <form className="card form form--inline" onSubmit={onChoose} key={`${versionA.id}-${versionB.id}`}>
        <div className="field">
          <label className="field__label" htmlFor="compare-a">
            {t('terms.compare.a')}
          </label>
          <select id="compare-a" name="a" defaultValue={versionA.id}>
            {sorted.map((version) => (
              <option key={version.id} value={version.id}>
                {t('terms.versions.link', { number: version.number })} ·{' '}
                {t(`terms.versionStatus.${version.status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="compare-b">
            {t('terms.compare.b')}
          </label>
          <select id="compare-b" name="b" defaultValue={versionB.id}>
            {sorted.map((version) => (
              <option key={version.id} value={version.id}>
                {t('terms.versions.link', { number: version.number })} ·{' '}
                {t(`terms.versionStatus.${version.status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('terms.compare.show')}
          </button>
        </div>
      </form>

      <DiffTable
        id="compare-terms"
        title={t('terms.compare.terms')}
        status={diff.terms.some((field) => field.changed) ? 'changed' : 'unchanged'}
        fields={diff.terms}
        numberA={versionA.number}
        numberB={versionB.number}
        linkA={`${path}/versions/${versionA.id}`}
        linkB={`${path}/versions/${versionB.id}`}
      />
      {diff.metrics.map((metric) => (
        <DiffTable
          key={metric.key}
          id={`compare-metric-${metric.key}`}
          title={t('terms.compare.metric', { name: metric.nameB ?? metric.nameA ?? metric.key })}
          subtitle={metric.key}
          status={metric.status}
          fields={metric.fields}
          numberA={versionA.number}
          numberB={versionB.number}
        />
      ))}
      {diff.tranches.map((tranche) => (
        <DiffTable
          key={tranche.identity}
          id={`compare-tranche-${tranche.identity.replace(/[^A-Za-z0-9-]/g, '-')}`}
          title={t('terms.compare.tranche', {
            name: tranche.fund ? `${tranche.organisation} · ${tranche.fund}` : tranche.organisation,
          })}
          status={tranche.status}
          fields={tranche.fields}
          numberA={versionA.number}
          numberB={versionB.number}
        />
      ))}
    </article>
  );
}

function DiffTable({
  id,
  title,
  subtitle,
  status,
  fields,
  numberA,
  numberB,
  linkA,
  linkB,
}: {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly status: RowStatus;
  readonly fields: readonly FieldChange<AnyField>[];
  readonly numberA: number;
  readonly numberB: number;
  readonly linkA?: string;
  readonly linkB?: string;
}) {
  const { t, lang, money, calendarDate } = useT();
  const headingId = `${id}-title`;
  const shown = fields.filter((field) => field.a !== null || field.b !== null);

  function display(field: AnyField, value: string | null): string {
    if (value === null) return t('terms.compare.absent');
    if (moneyFields.has(field)) return money(value);
    switch (field) {
      case 'startDate':
      case 'endDate':
        return calendarDate(value);
      case 'threshold':
      case 'target':
        return formatExactDecimal(lang, value);
      case 'premiumRate':
        return describePremium(value, { lang, t });
      case 'verifier':
        return value === 'EVALUATOR' || value === 'COMMISSIONER' ? t(`role.${value}`) : value;
      case 'rule':
        return value === 'PER_OUTCOME' || value === 'THRESHOLD' || value === 'LINEAR'
          ? t(`terms.rule.${value}`)
          : value;
      case 'kind':
        return value === 'INVESTMENT' || value === 'GRANT' ? t(`terms.trancheKind.${value}`) : value;
      default:
        return value;
    }
  }

  return (
    <section className={`card terms-diff terms-diff--${status}`} aria-labelledby={headingId}>
      <div className="terms-diff__head">
        <h2 id={headingId}>
          {title}
          {subtitle && (
            <span className="terms-note">
              <code>{subtitle}</code>
            </span>
          )}
        </h2>
        <span className={`badge terms-change terms-change--${status}`}>
          {t(`terms.compare.status.${status}`)}
        </span>
      </div>
      <ScrollRegion labelledBy={headingId}>
        <table className="table terms-diff__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('terms.compare.field')}</th>
              <th scope="col">
                {linkA ? (
                  <Link to={linkA}>{t('terms.compare.versionColumn', { number: numberA })}</Link>
                ) : (
                  t('terms.compare.versionColumn', { number: numberA })
                )}
              </th>
              <th scope="col">
                {linkB ? (
                  <Link to={linkB}>{t('terms.compare.versionColumn', { number: numberB })}</Link>
                ) : (
                  t('terms.compare.versionColumn', { number: numberB })
                )}
              </th>
              <th scope="col">{t('terms.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((field) => (
              <tr key={field.field} className={field.changed ? 'terms-diff__changed' : undefined}>
                <th scope="row">{t(fieldLabels[field.field])}</th>
                <td>{display(field.field, field.a)}</td>
                <td>{display(field.field, field.b)}</td>
                <td>{field.changed ? <strong>{t('terms.compare.status.changed')}</strong> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
