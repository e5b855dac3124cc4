import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { StatusMessage } from '../../ui/Feedback';
import { HashSection } from './HashSection';
import { SignaturePanel } from './SignaturePanel';
import { MetricsTable, TranchesTable } from './TermsTables';
import { VersionStatusBadge } from './VersionStatusBadge';
import { VersionSummary } from './VersionSummary';
import type { Version } from './versionTypes';

/** One version of the terms: its summary, metrics, tranches, content hash and signatures. */
export function VersionDetail({
  version,
  proposed,
}: {
  readonly version: Version;
  readonly proposed: number | undefined;
}) {
  const { t } = useT();
  const partnership = version.partnership;
  const partnershipPath = `/partnerships/${encodeURIComponent(partnership.id)}`;
  const title = t('terms.version.title', { number: version.number });

  return (
    <article className="terms-version">
      <title>{`${title} · ${partnership.title} · ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <Link to={partnershipPath}>← {t('terms.version.back', { title: partnership.title })}</Link>
      </p>
      <StatusMessage>
        {proposed !== undefined &&
          version.status === 'PROPOSED' &&
          t('terms.editor.proposed', { number: proposed })}
      </StatusMessage>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="lead">{partnership.title}</p>
        </div>
        <VersionStatusBadge status={version.status} />
      </header>

      <VersionSummary version={version} />
      <MetricsTable version={version} />
      <TranchesTable version={version} />
      <HashSection hash={version.contentHash} />
      <SignaturePanel version={version} />
    </article>
  );
}
