import { useT } from '../../i18n/I18nProvider';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { describePremium, describeRule } from './describe';
import type { Version } from './versionTypes';

/** The version's outcome metrics and how each pays. */
export function MetricsTable({ version }: { readonly version: Version }) {
  const { t, lang, money } = useT();
  return (
    <section className="card" aria-labelledby="version-metrics-title">
      <h2 id="version-metrics-title">{t('terms.version.metrics')}</h2>
      <ScrollRegion labelledBy="version-metrics-title">
        <table className="table" aria-labelledby="version-metrics-title">
          <thead>
            <tr>
              <th scope="col">{t('terms.preview.metric')}</th>
              <th scope="col">{t('terms.version.payment')}</th>
              <th scope="col">{t('terms.version.verifier')}</th>
              <th scope="col">{t('terms.version.unitSaving')}</th>
            </tr>
          </thead>
          <tbody>
            {version.metrics.map((metric) => (
              <tr key={metric.id}>
                <th scope="row">
                  {metric.name}
                  <span className="terms-note">
                    <code>{metric.key}</code> · {t(`terms.rule.${metric.rule}`)}
                  </span>
                  <span className="terms-note terms-note--plain">{metric.definition}</span>
                </th>
                <td>{describeRule(metric, { lang, t, money })}</td>
                <td>{t(`role.${metric.verifier}`)}</td>
                <td className="nowrap">
                  {metric.unitSaving === null ? t('terms.version.noValue') : money(metric.unitSaving)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** The version's capital structure, most senior first. */
export function TranchesTable({ version }: { readonly version: Version }) {
  const { t, lang, money } = useT();
  return (
    <section className="card" aria-labelledby="version-tranches-title">
      <h2 id="version-tranches-title">{t('terms.version.tranches')}</h2>
      <ScrollRegion labelledBy="version-tranches-title">
        <table className="table" aria-labelledby="version-tranches-title">
          <thead>
            <tr>
              <th scope="col">{t('terms.version.organisation')}</th>
              <th scope="col">{t('terms.version.fund')}</th>
              <th scope="col">{t('terms.version.kind')}</th>
              <th scope="col">{t('terms.version.seniority')}</th>
              <th scope="col">{t('terms.version.commitment')}</th>
              <th scope="col">{t('terms.version.premium')}</th>
            </tr>
          </thead>
          <tbody>
            {[...version.tranches]
              .sort((a, b) => a.seniority - b.seniority)
              .map((tranche) => (
                <tr key={`${tranche.organisation.id}|${tranche.fund?.id ?? ''}`}>
                  <th scope="row">{tranche.organisation.name}</th>
                  <td>{tranche.fund?.name ?? t('terms.version.noValue')}</td>
                  <td>{t(`terms.trancheKind.${tranche.kind}`)}</td>
                  <td>{tranche.seniority}</td>
                  <td className="nowrap">{money(tranche.commitment)}</td>
                  <td className="nowrap">{describePremium(tranche.premiumRate, { lang, t })}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
