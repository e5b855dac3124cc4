import type { MessageKey } from '../../i18n/messages';
import { fieldOf } from './issues';

const topLabels: Readonly<Record<string, MessageKey>> = {
  'terms.startDate': 'terms.editor.startDate',
  'terms.endDate': 'terms.editor.endDate',
  'terms.paymentCap': 'terms.editor.paymentCap',
  'terms.metrics': 'terms.editor.metrics',
  'terms.tranches': 'terms.editor.tranches',
};

export const metricLabels = {
  key: 'terms.editor.key',
  name: 'terms.editor.name',
  definition: 'terms.editor.definition',
  unit: 'terms.editor.unit',
  verifier: 'terms.editor.verifier',
  rule: 'terms.editor.rule',
  price: 'terms.editor.price',
  threshold: 'terms.editor.threshold',
  target: 'terms.editor.target',
  amount: 'terms.editor.amount',
  cap: 'terms.editor.cap',
  unitSaving: 'terms.editor.unitSaving',
} as const satisfies Record<string, MessageKey>;

export const trancheLabels = {
  organisationId: 'terms.editor.organisation',
  fundId: 'terms.editor.fund',
  kind: 'terms.editor.kind',
  seniority: 'terms.editor.seniority',
  commitment: 'terms.editor.commitment',
  premiumRate: 'terms.editor.premium',
} as const satisfies Record<string, MessageKey>;

export type FieldLabel =
  | { readonly key: MessageKey }
  | { readonly key: MessageKey; readonly list: 'metric' | 'tranche'; readonly number: number };

/** What to call the field an issue path names, for the error summary. */
export function labelOf(path: string): FieldLabel {
  const top = topLabels[path];
  if (top) return { key: top };
  const match = /^terms\.(metrics|tranches)\[(\d+)\]\./.exec(path);
  const field = fieldOf(path);
  if (match?.[1] === 'metrics' && field in metricLabels) {
    return {
      key: metricLabels[field as keyof typeof metricLabels],
      list: 'metric',
      number: Number(match[2]) + 1,
    };
  }
  if (match?.[1] === 'tranches' && field in trancheLabels) {
    return {
      key: trancheLabels[field as keyof typeof trancheLabels],
      list: 'tranche',
      number: Number(match[2]) + 1,
    };
  }
  return { key: 'terms.section.title' };
}
