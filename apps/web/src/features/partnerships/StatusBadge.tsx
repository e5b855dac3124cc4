import type { PartnershipStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';

export function StatusBadge({ status }: { readonly status: PartnershipStatus }) {
  const { t } = useT();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
