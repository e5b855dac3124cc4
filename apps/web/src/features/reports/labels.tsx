import type { ReportStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import type { Period, PeriodState } from './periods';

/** A report's or a period's state as a badge: text first, colour only supports it. */
export function ReportBadge({ state }: { readonly state: ReportStatus | PeriodState['kind'] }) {
  const { t } = useT();
  return (
    <span className={`badge delivery-badge delivery-badge--${state.toLowerCase()}`}>
      {t(`delivery.reportStatus.${state}`)}
    </span>
  );
}

export function usePeriodText(): (period: Period) => string {
  const { t, calendarDate } = useT();
  return (period) =>
    t('delivery.period', { start: calendarDate(period.start), end: calendarDate(period.end) });
}
