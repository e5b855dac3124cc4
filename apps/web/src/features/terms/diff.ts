import { formatDecimal, parseDecimal } from '@effekt/engine';
import type { VersionTermsFragment } from '../../gql/graphql';

type Version = Pick<VersionTermsFragment, 'startDate' | 'endDate' | 'paymentCap' | 'metrics' | 'tranches'>;
type Tranche = Version['tranches'][number];

export type TermField = 'startDate' | 'endDate' | 'paymentCap';
export const metricFields = [
  'name',
  'definition',
  'unit',
  'verifier',
  'rule',
  'price',
  'threshold',
  'target',
  'amount',
  'cap',
  'unitSaving',
] as const;
export type MetricField = (typeof metricFields)[number];
export const trancheFields = ['kind', 'seniority', 'commitment', 'premiumRate'] as const;
export type TrancheField = (typeof trancheFields)[number];

export interface FieldChange<F extends string> {
  readonly field: F;
  /** Raw values as the API gives them; null where the version has none. */
  readonly a: string | null;
  readonly b: string | null;
  readonly changed: boolean;
}

/** added: only in B; removed: only in A. */
export type RowStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface MetricDiff {
  readonly key: string;
  readonly nameA: string | null;
  readonly nameB: string | null;
  readonly status: RowStatus;
  readonly fields: readonly FieldChange<MetricField>[];
}

export interface TrancheDiff {
  /** (organisation, fund): a tranche's identity across versions. */
  readonly identity: string;
  readonly organisation: string;
  readonly fund: string | null;
  readonly status: RowStatus;
  readonly fields: readonly FieldChange<TrancheField>[];
}

export interface VersionDiff {
  readonly terms: readonly FieldChange<TermField>[];
  readonly metrics: readonly MetricDiff[];
  readonly tranches: readonly TrancheDiff[];
  readonly changeCount: number;
}

/** "0.30" and "0.3" are the same number; text is compared as it is. */
function same(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  try {
    return formatDecimal(parseDecimal(a)) === formatDecimal(parseDecimal(b));
  } catch {
    return false;
  }
}

function compare<F extends string>(
  fields: readonly F[],
  a: Readonly<Record<F, unknown>> | undefined,
  b: Readonly<Record<F, unknown>> | undefined,
): FieldChange<F>[] {
  const text = (value: unknown): string | null =>
    value === null || value === undefined ? null : String(value);
  return fields.map((field) => {
    const before = a ? text(a[field]) : null;
    const after = b ? text(b[field]) : null;
    return { field, a: before, b: after, changed: Boolean(a && b) && !same(before, after) };
  });
}

function statusOf(a: unknown, b: unknown, fields: readonly FieldChange<string>[]): RowStatus {
  if (!a) return 'added';
  if (!b) return 'removed';
  return fields.some((field) => field.changed) ? 'changed' : 'unchanged';
}

export function trancheIdentity(tranche: Pick<Tranche, 'organisation' | 'fund'>): string {
  return `${tranche.organisation.id}|${tranche.fund?.id ?? ''}`;
}

/** Keys in A's order, then those only B has, in B's order. */
function unionKeys<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): string[] {
  const keys = a.map(key);
  for (const item of b) if (!keys.includes(key(item))) keys.push(key(item));
  return keys;
}

/**
 * What changed from version A to version B: the dates and cap, each metric matched by key, each
 * tranche matched by (organisation, fund).
 */
export function diffVersions(a: Version, b: Version): VersionDiff {
  const terms = compare<TermField>(['startDate', 'endDate', 'paymentCap'], a, b);

  const metrics = unionKeys(a.metrics, b.metrics, (metric) => metric.key).map((key): MetricDiff => {
    const before = a.metrics.find((metric) => metric.key === key);
    const after = b.metrics.find((metric) => metric.key === key);
    const fields = compare<MetricField>(
      metricFields,
      before as Record<MetricField, unknown> | undefined,
      after as Record<MetricField, unknown> | undefined,
    );
    return {
      key,
      nameA: before?.name ?? null,
      nameB: after?.name ?? null,
      status: statusOf(before, after, fields),
      fields,
    };
  });

  const tranches = unionKeys(a.tranches, b.tranches, trancheIdentity).map((identity): TrancheDiff => {
    const before = a.tranches.find((tranche) => trancheIdentity(tranche) === identity);
    const after = b.tranches.find((tranche) => trancheIdentity(tranche) === identity);
    const either = (after ?? before) as Tranche;
    const fields = compare<TrancheField>(trancheFields, before, after);
    return {
      identity,
      organisation: either.organisation.name,
      fund: either.fund?.name ?? null,
      status: statusOf(before, after, fields),
      fields,
    };
  });

  const changeCount =
    terms.filter((field) => field.changed).length +
    metrics.filter((metric) => metric.status !== 'unchanged').length +
    tranches.filter((tranche) => tranche.status !== 'unchanged').length;
  return { terms, metrics, tranches, changeCount };
}
