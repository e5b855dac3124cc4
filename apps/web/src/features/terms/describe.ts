import type { VersionTermsFragment } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/messages';
import { formatExactDecimal, rateToPercent } from './numbers';

type Metric = Pick<
  VersionTermsFragment['metrics'][number],
  'rule' | 'price' | 'threshold' | 'target' | 'amount' | 'cap' | 'unit'
>;

interface Describer {
  readonly lang: 'da' | 'en';
  t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
  money(decimal: string): string;
}

/** A metric's payment rule in words, e.g. "40.000,00 kr. pr. familier. Højst 2.000.000,00 kr. i alt." */
export function describeRule(metric: Metric, { lang, t, money }: Describer): string {
  const unit = metric.unit.trim() === '' ? '' : t('terms.version.unitSuffix', { unit: metric.unit.trim() });
  const number = (value: string | null) => (value === null ? '?' : formatExactDecimal(lang, value));
  const kr = (value: string | null) => (value === null ? '?' : money(value));
  let text: string;
  switch (metric.rule) {
    case 'PER_OUTCOME':
      text = t('terms.version.ruleText.PER_OUTCOME', { price: kr(metric.price), unit });
      break;
    case 'THRESHOLD':
      text = t('terms.version.ruleText.THRESHOLD', {
        amount: kr(metric.amount),
        threshold: number(metric.threshold),
        unit,
      });
      break;
    case 'LINEAR':
      text = t('terms.version.ruleText.LINEAR', {
        amount: kr(metric.amount),
        threshold: number(metric.threshold),
        target: number(metric.target),
        unit,
      });
      break;
  }
  return metric.cap === null ? text : `${text} ${t('terms.version.ruleText.cap', { cap: kr(metric.cap) })}`;
}

/** A premium rate shown both ways, so nobody has to guess: "5 % (rate 0,05)". */
export function describePremium(rate: string, { lang, t }: Pick<Describer, 'lang' | 't'>): string {
  return t('terms.version.premiumValue', {
    percent: formatExactDecimal(lang, rateToPercent(rate)),
    rate: formatExactDecimal(lang, rate),
  });
}

/** Date and time of a signature: "1. marts 2026 kl. 12.00" / "1 March 2026 at 12:00". */
export function formatDateTime(lang: 'da' | 'en', iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(instant);
}
