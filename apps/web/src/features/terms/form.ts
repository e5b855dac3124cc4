import type { MetricDraft, TermsDraft, TermsIssue, TrancheDraft } from '@effekt/engine';
import type { PartnershipRole, PaymentRule, TrancheKind, VersionTermsFragment } from '../../gql/graphql';
import { localDecimal, normalizeNumber, percentToRate, rateToPercent } from './numbers';

export type VerifierRole = Extract<PartnershipRole, 'COMMISSIONER' | 'EVALUATOR'>;
export const verifierRoles: readonly VerifierRole[] = ['COMMISSIONER', 'EVALUATOR'];
export const paymentRules: readonly PaymentRule[] = ['PER_OUTCOME', 'THRESHOLD', 'LINEAR'];
export const trancheKinds: readonly TrancheKind[] = ['INVESTMENT', 'GRANT'];

/** The rule parameters each rule uses; the editor shows only these, the draft sends only these. */
export const ruleParameters: { readonly [R in PaymentRule]: readonly RuleParameter[] } = {
  PER_OUTCOME: ['price'],
  THRESHOLD: ['threshold', 'amount'],
  LINEAR: ['threshold', 'target', 'amount'],
};
export type RuleParameter = 'price' | 'threshold' | 'target' | 'amount';

/**
 * The editor's state: every value exactly as typed. `uid` identifies a row while it is edited
 * (keys, example values in the preview), independent of its position.
 */
export interface MetricForm {
  readonly uid: string;
  readonly key: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly verifier: VerifierRole;
  readonly rule: PaymentRule;
  readonly price: string;
  readonly threshold: string;
  readonly target: string;
  readonly amount: string;
  readonly cap: string;
  readonly unitSaving: string;
}

export interface TrancheForm {
  readonly uid: string;
  readonly organisationId: string;
  /** "" for no fund. Only the commissioner's own tranche may name one of its funds. */
  readonly fundId: string;
  readonly kind: TrancheKind;
  readonly seniority: string;
  readonly commitment: string;
  /** Per cent of the disbursed amount, e.g. "5" for a premium rate of 0.05. */
  readonly premiumPercent: string;
}

export interface TermsForm {
  readonly startDate: string;
  readonly endDate: string;
  readonly paymentCap: string;
  readonly metrics: readonly MetricForm[];
  readonly tranches: readonly TrancheForm[];
}

let uidCounter = 0;
export function newUid(prefix: string): string {
  uidCounter += 1;
  return `${prefix}${uidCounter}`;
}

export function emptyMetric(): MetricForm {
  return {
    uid: newUid('m'),
    key: '',
    name: '',
    definition: '',
    unit: '',
    verifier: 'COMMISSIONER',
    rule: 'PER_OUTCOME',
    price: '',
    threshold: '',
    target: '',
    amount: '',
    cap: '',
    unitSaving: '',
  };
}

export function emptyTranche(organisationId = '', fundId = ''): TrancheForm {
  return {
    uid: newUid('t'),
    organisationId,
    fundId,
    kind: 'INVESTMENT',
    seniority: '1',
    commitment: '',
    premiumPercent: '0',
  };
}

/** A new set of terms: one metric, and the commissioner's tranche from its first fund. */
export function emptyForm(commissionerId: string, fundId = ''): TermsForm {
  return {
    startDate: '',
    endDate: '',
    paymentCap: '',
    metrics: [emptyMetric()],
    tranches: [emptyTranche(commissionerId, fundId)],
  };
}

/** Pre-fills the editor from a version (the terms in force or the pending proposal). */
export function formFromVersion(version: VersionTermsFragment, lang: 'da' | 'en'): TermsForm {
  const decimal = (value: string | null) => (value === null ? '' : localDecimal(lang, value));
  return {
    startDate: version.startDate,
    endDate: version.endDate,
    paymentCap: decimal(version.paymentCap),
    metrics: version.metrics.map((metric) => ({
      uid: newUid('m'),
      key: metric.key,
      name: metric.name,
      definition: metric.definition,
      unit: metric.unit,
      verifier: metric.verifier === 'EVALUATOR' ? 'EVALUATOR' : 'COMMISSIONER',
      rule: metric.rule,
      price: decimal(metric.price),
      threshold: decimal(metric.threshold),
      target: decimal(metric.target),
      amount: decimal(metric.amount),
      cap: decimal(metric.cap),
      unitSaving: decimal(metric.unitSaving),
    })),
    tranches: version.tranches.map((tranche) => ({
      uid: newUid('t'),
      organisationId: tranche.organisation.id,
      fundId: tranche.fund?.id ?? '',
      kind: tranche.kind,
      seniority: String(tranche.seniority),
      commitment: decimal(tranche.commitment),
      premiumPercent: localDecimal(lang, rateToPercent(tranche.premiumRate)),
    })),
  };
}

function optional(text: string): string | null {
  const value = normalizeNumber(text);
  return value === '' ? null : value;
}

/** A whole number as typed, or NaN, which the engine reports as "must be a whole number". */
function wholeNumber(text: string): number {
  const value = text.trim();
  return /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
}

export function metricDraft(metric: MetricForm): MetricDraft {
  const uses = ruleParameters[metric.rule];
  const parameter = (name: RuleParameter) => (uses.includes(name) ? optional(metric[name]) : null);
  return {
    key: metric.key.trim(),
    name: metric.name.trim(),
    definition: metric.definition.trim(),
    unit: metric.unit.trim(),
    verifier: metric.verifier,
    rule: metric.rule,
    price: parameter('price'),
    threshold: parameter('threshold'),
    target: parameter('target'),
    amount: parameter('amount'),
    cap: optional(metric.cap),
    unitSaving: optional(metric.unitSaving),
  };
}

export function trancheDraft(tranche: TrancheForm): TrancheDraft {
  return {
    organisationId: tranche.organisationId,
    fundId: tranche.fundId === '' ? null : tranche.fundId,
    kind: tranche.kind,
    seniority: wholeNumber(tranche.seniority),
    commitment: normalizeNumber(tranche.commitment),
    // A grant earns nothing; the field is hidden for grants, so its rate is always 0.
    premiumRate: tranche.kind === 'GRANT' ? '0' : percentToRate(tranche.premiumPercent),
  };
}

/** The editor's state as the engine and the API's TermsInput take it. */
export function toDraft(form: TermsForm): TermsDraft {
  return {
    startDate: form.startDate.trim(),
    endDate: form.endDate.trim(),
    paymentCap: normalizeNumber(form.paymentCap),
    metrics: form.metrics.map(metricDraft),
    tranches: form.tranches.map(trancheDraft),
  };
}

/** TermsInput for the API: the draft with blanks left out and the tranche fund as fundId. */
export function toTermsInput(form: TermsForm) {
  const draft = toDraft(form);
  return {
    startDate: draft.startDate,
    endDate: draft.endDate,
    paymentCap: draft.paymentCap,
    metrics: draft.metrics.map((metric) => ({
      key: metric.key,
      name: metric.name,
      definition: metric.definition,
      unit: metric.unit,
      verifier: metric.verifier === 'EVALUATOR' ? ('EVALUATOR' as const) : ('COMMISSIONER' as const),
      rule: metric.rule as PaymentRule,
      price: metric.price ?? null,
      threshold: metric.threshold ?? null,
      target: metric.target ?? null,
      amount: metric.amount ?? null,
      cap: metric.cap ?? null,
      unitSaving: metric.unitSaving ?? null,
    })),
    tranches: draft.tranches.map((tranche) => ({
      organisationId: tranche.organisationId,
      fundId: tranche.fundId ?? null,
      kind: tranche.kind as TrancheKind,
      seniority: tranche.seniority,
      commitment: tranche.commitment,
      premiumRate: tranche.premiumRate,
    })),
  };
}

/** The element id of the control for an issue path: "terms.metrics[0].price" → "terms-metrics-0-price". */
export function fieldId(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-')
    .replace(/[^A-Za-z0-9-]/g, '');
}

/** Issues keyed by path; the first per path wins (the engine gives at most one anyway). */
export function issuesByPath(issues: readonly TermsIssue[]): ReadonlyMap<string, TermsIssue> {
  const byPath = new Map<string, TermsIssue>();
  for (const issue of issues) if (!byPath.has(issue.field)) byPath.set(issue.field, issue);
  return byPath;
}

/**
 * The path a control edits, as the engine names it. A list-level issue ("terms.metrics": none
 * given) has no control of its own and is shown beside the list's add button.
 */
export function metricPath(index: number, field: keyof Omit<MetricForm, 'uid'>): string {
  return `terms.metrics[${index}].${field}`;
}

export function tranchePath(
  index: number,
  field: keyof Omit<TrancheForm, 'uid' | 'premiumPercent'> | 'premiumRate',
) {
  return `terms.tranches[${index}].${field}`;
}

/** After a row is removed, issue paths of later rows move up by one, so their touched state follows. */
export function shiftPaths(
  paths: ReadonlySet<string>,
  list: 'metrics' | 'tranches',
  removed: number,
): Set<string> {
  const pattern = new RegExp(`^terms\\.${list}\\[(\\d+)\\]`);
  const shifted = new Set<string>();
  for (const path of paths) {
    const match = pattern.exec(path);
    if (!match) {
      shifted.add(path);
      continue;
    }
    const index = Number(match[1]);
    if (index === removed) continue;
    shifted.add(index > removed ? path.replace(pattern, `terms.${list}[${index - 1}]`) : path);
  }
  return shifted;
}
