import { expect } from 'vitest';
import { EngineInputError } from '../errors.js';
import { parseTerms, validateTerms } from '../terms.js';
import type { MetricDraft, PartnershipRole, TermsContext, TermsDraft, TrancheDraft } from '../terms-types.js';

/** The demo partnership's terms (DOMAIN.md worked example) as a user would type them. */
export function buildMetricDraft(overrides: Partial<MetricDraft> = {}): MetricDraft {
  return {
    key: 'families-completed',
    name: 'Families completing the programme',
    definition: 'Families who complete all sessions within the period.',
    unit: 'families',
    verifier: 'COMMISSIONER',
    rule: 'PER_OUTCOME',
    price: '40000.00',
    threshold: null,
    target: null,
    amount: null,
    cap: null,
    unitSaving: '120000.00',
    ...overrides,
  };
}

export function buildTrancheDraft(overrides: Partial<TrancheDraft> = {}): TrancheDraft {
  return {
    organisationId: 'kapitalfond',
    fundId: null,
    kind: 'INVESTMENT',
    seniority: 1,
    commitment: '2000000.00',
    premiumRate: '0.05',
    ...overrides,
  };
}

export function buildTermsDraft(overrides: Partial<TermsDraft> = {}): TermsDraft {
  return {
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    paymentCap: '4000000.00',
    metrics: [
      buildMetricDraft(),
      buildMetricDraft({
        key: 'child-wellbeing',
        name: 'Child wellbeing',
        definition: 'Share of children with an improved wellbeing score.',
        unit: 'share',
        verifier: 'EVALUATOR',
        rule: 'LINEAR',
        price: null,
        threshold: '0.30',
        target: '0.60',
        amount: '500000.00',
        cap: '500000.00',
        unitSaving: null,
      }),
    ],
    tranches: [
      buildTrancheDraft({ organisationId: 'aarhus', fundId: 'aarhus-fund', commitment: '3000000.00' }),
      buildTrancheDraft(),
      buildTrancheDraft({
        organisationId: 'trivselsfonden',
        seniority: 2,
        commitment: '1000000.00',
        premiumRate: '0',
      }),
    ],
    ...overrides,
  };
}

export function buildTermsContext(
  members: Record<string, PartnershipRole> = {
    aarhus: 'COMMISSIONER',
    askov: 'PROVIDER',
    kapitalfond: 'INVESTOR',
    trivselsfonden: 'FOUNDATION',
    evaluering: 'EVALUATOR',
  },
): TermsContext {
  return { members: new Map(Object.entries(members)), commissionerFundIds: new Set(['aarhus-fund']) };
}

export const thresholdDraft = {
  rule: 'THRESHOLD',
  price: null,
  threshold: '0.8',
  amount: '1000.00',
} as const;
export const linearDraft = {
  rule: 'LINEAR',
  price: null,
  threshold: '0.3',
  target: '0.6',
  amount: '1000.00',
} as const;

/** The demo terms with metric `index` changed. */
export function withMetric(overrides: Partial<MetricDraft>, index = 0): TermsDraft {
  const metrics = [...buildTermsDraft().metrics];
  metrics[index] = { ...(metrics[index] ?? buildMetricDraft()), ...overrides };
  return buildTermsDraft({ metrics });
}

/** The demo terms with tranche `index` changed (1 is Den Sociale Kapitalfond's). */
export function withTranche(overrides: Partial<TrancheDraft>, index = 1): TermsDraft {
  const tranches = [...buildTermsDraft().tranches];
  tranches[index] = { ...(tranches[index] ?? buildTrancheDraft()), ...overrides };
  return buildTermsDraft({ tranches });
}

/** validateTerms reports `code` on `field` with a message naming it, and parseTerms refuses. */
export function expectIssue(
  draft: TermsDraft,
  field: string,
  code: string,
  context = buildTermsContext(),
): void {
  const issues = validateTerms(draft, context);
  expect(issues).toContainEqual(expect.objectContaining({ field, code }));
  expect(issues.find((issue) => issue.field === field)?.message).toContain(field);
  expect(() => parseTerms(draft, context)).toThrow(EngineInputError);
}
