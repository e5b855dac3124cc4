import type { ContractVersionStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';

export function VersionStatusBadge({ status }: { readonly status: ContractVersionStatus }) {
  const { t } = useT();
  return (
    <span className={`badge terms-badge terms-badge--${status.toLowerCase()}`}>
      {t(`terms.versionStatus.${status}`)}
    </span>
  );
}
