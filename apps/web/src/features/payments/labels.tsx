import type { PaymentStatus } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';

export function PaymentBadge({ status }: { readonly status: PaymentStatus }) {
  const { t } = useT();
  return (
    <span className={`badge delivery-badge delivery-badge--payment-${status.toLowerCase()}`}>
      {t(`delivery.paymentStatus.${status}`)}
    </span>
  );
}

/** Axis ticks only (exact figures are in the tables): 1.250.000 → "1,25 mio." */
export function compactKroner(lang: 'da' | 'en', value: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    notation: 'compact',
    maximumFractionDigits: 2,
  }).format(value);
}

/** Axis ticks in whole kroner, grouped: 1250000 → "1.250.000" (the terms preview's chart). */
export function wholeKroner(lang: 'da' | 'en', value: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 0 }).format(value);
}

/** Colours with at least 3:1 against white and against each other's neighbours in a stack. */
export const CHART_COLOURS = {
  principal: '#0b5c4a',
  premium: '#1e4b8f',
  surplus: '#8a4b08',
  outstanding: '#b42318',
  undrawn: '#6b7975',
  writtenOff: '#4c1d95',
  disbursed: '#1a2421',
  principalRepaid: '#0b5c4a',
  premiumReceived: '#1e4b8f',
} as const;
