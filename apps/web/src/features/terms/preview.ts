import {
  calculatePayment,
  distributePayment,
  type ExactDecimal,
  formatMoney,
  type MetricTerms,
  type Ore,
  parseDecimal,
  parseMoney,
  type TermsDraft,
  type TermsIssue,
  type TrancheClaim,
} from '@effekt/engine';
import type { WaterfallRow } from '../payments/waterfall';
import { normalizeNumber } from './numbers';

/** What the user enters per metric to try the terms out. */
export interface MetricExample {
  /** One value per report, separated by "+" or ";", e.g. "12 + 15". */
  readonly values: string;
  /** What earlier payments already gave this metric (counts against its cap and the payment cap). */
  readonly paidBefore: string;
}

export interface PreviewRow {
  /** The editor row (uid) the preview row belongs to. */
  readonly uid: string;
  readonly index: number;
}

export interface PreviewLine extends PreviewRow {
  readonly reportCount: number;
  readonly gross: Ore;
  /** After the metric's own cap. */
  readonly amount: Ore;
}

export interface PreviewShare extends PreviewRow {
  readonly kind: 'INVESTMENT' | 'GRANT';
  readonly seniority: number;
  readonly principal: Ore;
  readonly premium: Ore;
}

export type ExampleProblem = 'values' | 'paidBefore';

export type Preview =
  | { readonly ok: false; readonly reason: 'paymentCap' }
  | {
      readonly ok: true;
      readonly lines: readonly PreviewLine[];
      /** Metrics whose payment rule is not complete or valid yet: left out of the calculation. */
      readonly skippedMetrics: readonly PreviewRow[];
      /** Example inputs that could not be read, per metric uid. */
      readonly exampleProblems: ReadonlyMap<string, readonly ExampleProblem[]>;
      readonly subtotal: Ore;
      readonly total: Ore;
      readonly capReduction: Ore;
      /** What earlier payments took, limited by the payment cap. */
      readonly totalBefore: Ore;
      readonly shares: readonly PreviewShare[];
      readonly skippedTranches: readonly PreviewRow[];
      readonly providerSurplus: Ore;
    };

const METRIC_PAYMENT_FIELDS = ['rule', 'price', 'threshold', 'target', 'amount', 'cap'];
const TRANCHE_PAYMENT_FIELDS = ['kind', 'seniority', 'commitment', 'premiumRate'];

function hasIssue(issues: readonly TermsIssue[], prefix: string, fields: readonly string[]): boolean {
  return issues.some((issue) => fields.some((field) => issue.field === `${prefix}.${field}`));
}

function money(text: string | null | undefined): Ore | null {
  return text === null || text === undefined || text === '' ? null : parseMoney(text);
}

function decimal(text: string | null | undefined): ExactDecimal | null {
  return text === null || text === undefined || text === '' ? null : parseDecimal(text);
}

/** Example values as typed ("12 + 15", "0,42") → exact decimals ≥ 0; null when one cannot be read. */
export function parseExampleValues(text: string): ExactDecimal[] | null {
  const parts = text
    .split(/[+;]/)
    .map((part) => normalizeNumber(part))
    .filter((part) => part !== '');
  const values: ExactDecimal[] = [];
  for (const part of parts) {
    try {
      const value = parseDecimal(part);
      if (value.units < 0n) return null;
      values.push(value);
    } catch {
      return null;
    }
  }
  return values;
}

function parsePaidBefore(text: string): Ore | null {
  const value = normalizeNumber(text);
  if (value === '') return 0n;
  try {
    const ore = parseMoney(value);
    return ore < 0n ? null : ore;
  } catch {
    return null;
  }
}

/**
 * "What would be paid": the engine's own calculatePayment and distributePayment over the terms
 * being edited and the user's example reports. Metrics and tranches whose payment-relevant fields
 * still have issues are left out (and listed), so the preview keeps working while the user types.
 *
 * Assumptions, stated in the interface: every tranche has disbursed its full commitment, and
 * earlier payments (the sum of `paidBefore`) were shared by the same waterfall.
 */
export function computePreview(
  draft: TermsDraft,
  uids: { readonly metrics: readonly string[]; readonly tranches: readonly string[] },
  issues: readonly TermsIssue[],
  examples: Readonly<Record<string, MetricExample | undefined>>,
): Preview {
  if (issues.some((issue) => issue.field === 'terms.paymentCap')) return { ok: false, reason: 'paymentCap' };
  const paymentCap = money(draft.paymentCap);
  if (paymentCap === null) return { ok: false, reason: 'paymentCap' };

  const metrics: MetricTerms[] = [];
  const rows = new Map<string, PreviewRow>();
  const skippedMetrics: PreviewRow[] = [];
  const exampleProblems = new Map<string, ExampleProblem[]>();
  const reports: { id: string; metricKey: string; value: ExactDecimal }[] = [];
  const metricAmountsBefore = new Map<string, Ore>();
  let paidBefore = 0n;

  draft.metrics.forEach((metric, index) => {
    const uid = uids.metrics[index] ?? `metric-${index}`;
    const row = { uid, index };
    const example = examples[uid];
    const problems: ExampleProblem[] = [];
    const values = parseExampleValues(example?.values ?? '');
    const before = parsePaidBefore(example?.paidBefore ?? '');
    if (values === null) problems.push('values');
    if (before === null) problems.push('paidBefore');
    if (problems.length > 0) exampleProblems.set(uid, problems);

    if (hasIssue(issues, `terms.metrics[${index}]`, METRIC_PAYMENT_FIELDS)) {
      skippedMetrics.push(row);
      return;
    }
    // The uid, not the typed key, names the metric here: a key still being typed must not hide it.
    metrics.push({
      key: uid,
      rule: metric.rule as MetricTerms['rule'],
      price: money(metric.price),
      threshold: decimal(metric.threshold),
      target: decimal(metric.target),
      amount: money(metric.amount),
      cap: money(metric.cap),
    });
    rows.set(uid, row);
    values?.forEach((value, report) => {
      reports.push({ id: `${uid}:${report}`, metricKey: uid, value });
    });
    if (before !== null && before > 0n) {
      metricAmountsBefore.set(uid, before);
      paidBefore += before;
    }
  });

  const totalBefore = paidBefore < paymentCap ? paidBefore : paymentCap;
  const payment = calculatePayment({ metrics, reports, metricAmountsBefore, paymentCap, totalBefore });
  const lines: PreviewLine[] = payment.lines.flatMap((line) => {
    const row = rows.get(line.metricKey);
    return row
      ? [{ ...row, reportCount: line.reportIds.length, gross: line.gross, amount: line.amount }]
      : [];
  });

  const claims: TrancheClaim[] = [];
  const trancheRows: (PreviewRow & { kind: 'INVESTMENT' | 'GRANT'; seniority: number })[] = [];
  const skippedTranches: PreviewRow[] = [];
  draft.tranches.forEach((tranche, index) => {
    const uid = uids.tranches[index] ?? `tranche-${index}`;
    if (hasIssue(issues, `terms.tranches[${index}]`, TRANCHE_PAYMENT_FIELDS)) {
      skippedTranches.push({ uid, index });
      return;
    }
    const kind = tranche.kind === 'GRANT' ? 'GRANT' : 'INVESTMENT';
    claims.push({
      id: uid,
      kind,
      seniority: tranche.seniority,
      rank: index,
      disbursed: parseMoney(tranche.commitment),
      premiumRate: parseDecimal(tranche.premiumRate),
      principalBefore: 0n,
      premiumBefore: 0n,
    });
    trancheRows.push({ uid, index, kind, seniority: tranche.seniority });
  });

  // Earlier payments went through the same waterfall; what they paid counts against entitlements.
  const earlier = distributePayment(totalBefore, claims);
  const earlierById = new Map(earlier.distributions.map((row) => [row.trancheId, row]));
  const claimsNow = claims.map((claim) => ({
    ...claim,
    principalBefore: earlierById.get(claim.id)?.principal ?? 0n,
    premiumBefore: earlierById.get(claim.id)?.premium ?? 0n,
  }));
  const waterfall = distributePayment(payment.total, claimsNow);
  const byId = new Map(waterfall.distributions.map((row) => [row.trancheId, row]));
  const shares: PreviewShare[] = trancheRows.map((row) => ({
    ...row,
    principal: byId.get(row.uid)?.principal ?? 0n,
    premium: byId.get(row.uid)?.premium ?? 0n,
  }));

  return {
    ok: true,
    lines,
    skippedMetrics,
    exampleProblems,
    subtotal: payment.subtotal,
    total: payment.total,
    capReduction: payment.capReduction,
    totalBefore,
    shares,
    skippedTranches,
    providerSurplus: waterfall.providerSurplus,
  };
}

/** The preview's shares as waterfall rows, in the terms' order, grants included. */
export function previewWaterfallRows(
  shares: readonly PreviewShare[],
  trancheName: (index: number) => string,
): WaterfallRow[] {
  return shares.map((share) => ({
    trancheId: share.uid,
    name: trancheName(share.index),
    kind: share.kind,
    seniority: share.seniority,
    principal: formatMoney(share.principal),
    premium: formatMoney(share.premium),
    total: formatMoney(share.principal + share.premium),
  }));
}
