import type { ExactDecimal } from './decimal.js';
import { formatDecimal } from './decimal.js';
import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';
import { formatMoney } from './money.js';
import type { ParsedTerms } from './terms-types.js';

/** Bumped whenever the canonical form changes, so old and new hashes can never collide. */
export const CANONICAL_TERMS_FORMAT = 'effekt-terms/1';

export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

/**
 * The canonical text of a set of terms; the API stores SHA-256 of it as the version's contentHash
 * and signers send that hash back. The same terms always give the same string: keys sorted,
 * money with exactly two decimals, decimals in their shortest form ("0.3" for "0.30"), absent
 * values as explicit nulls, metrics and tranches in the order given (order is meaningful: it is
 * the tranches' rank).
 */
export function canonicalTerms(terms: ParsedTerms): string {
  return canonicalJson({
    format: CANONICAL_TERMS_FORMAT,
    startDate: terms.startDate,
    endDate: terms.endDate,
    paymentCap: formatMoney(terms.paymentCap),
    metrics: terms.metrics.map((metric) => ({
      key: metric.key,
      name: metric.name,
      definition: metric.definition,
      unit: metric.unit,
      verifier: metric.verifier,
      rule: metric.rule,
      price: money(metric.price),
      threshold: decimal(metric.threshold),
      target: decimal(metric.target),
      amount: money(metric.amount),
      cap: money(metric.cap),
      unitSaving: money(metric.unitSaving),
    })),
    tranches: terms.tranches.map((tranche) => ({
      organisationId: tranche.organisationId,
      fundId: tranche.fundId,
      kind: tranche.kind,
      seniority: tranche.seniority,
      commitment: formatMoney(tranche.commitment),
      premiumRate: formatDecimal(tranche.premiumRate),
    })),
  });
}

function money(value: Ore | null): string | null {
  return value === null ? null : formatMoney(value);
}

function decimal(value: ExactDecimal | null): string | null {
  return value === null ? null : formatDecimal(value);
}

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace. For strings, safe
 * integers, booleans and null this is the same text RFC 8785 (JCS) gives.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    // Only integers: a float's text is not something two implementations reliably agree on.
    if (!Number.isSafeInteger(value)) {
      throw new EngineInputError('value', 'INVALID_FORMAT', `${value} has no canonical form`);
    }
    return JSON.stringify(value);
  }
  if (isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
}

function isArray(value: CanonicalValue): value is readonly CanonicalValue[] {
  return Array.isArray(value);
}
