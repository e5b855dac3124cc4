import type { ExactDecimal } from './decimal.js';
import type { EngineInputCode } from './errors.js';
import type { Ore } from './money.js';
import type { MetricTerms, PaymentRule } from './rules.js';
import type { TrancheKind } from './waterfall.js';

export type PartnershipRole = 'COMMISSIONER' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';
export type VerifierRole = 'COMMISSIONER' | 'EVALUATOR';

/**
 * Terms as typed by a user: GraphQL's MetricInput. Decimals are strings; an optional decimal may
 * be null, undefined or "" (an empty editor field). Enum fields are plain strings because an
 * editor's select can hold anything; validation names a bad one.
 */
export interface MetricDraft {
  readonly key: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly verifier: string;
  readonly rule: string;
  readonly price?: string | null;
  readonly threshold?: string | null;
  readonly target?: string | null;
  readonly amount?: string | null;
  readonly cap?: string | null;
  readonly unitSaving?: string | null;
}

/** GraphQL's TrancheInput. `fundId` null, undefined or "" means the tranche has no fund. */
export interface TrancheDraft {
  readonly organisationId: string;
  readonly fundId?: string | null;
  readonly kind: string;
  readonly seniority: number;
  readonly commitment: string;
  readonly premiumRate: string;
}

/** GraphQL's TermsInput. Dates are 'YYYY-MM-DD'. */
export interface TermsDraft {
  readonly startDate: string;
  readonly endDate: string;
  readonly paymentCap: string;
  readonly metrics: readonly MetricDraft[];
  readonly tranches: readonly TrancheDraft[];
}

/** What validation needs to know about the partnership the terms are proposed for. */
export interface TermsContext {
  /** Member organisation id → its role in the partnership. */
  readonly members: ReadonlyMap<string, PartnershipRole>;
  /** Funds of the commissioner's own municipality. */
  readonly commissionerFundIds: ReadonlySet<string>;
}

export interface TermsIssue {
  /** Path of the offending value, e.g. "terms.metrics[0].price". */
  readonly field: string;
  readonly code: EngineInputCode;
  /** English; names the field. */
  readonly message: string;
}

export interface ParsedMetric extends MetricTerms {
  readonly name: string;
  readonly definition: string;
  readonly unit: string;
  readonly verifier: VerifierRole;
  readonly rule: PaymentRule;
  readonly price: Ore | null;
  readonly threshold: ExactDecimal | null;
  readonly target: ExactDecimal | null;
  readonly amount: Ore | null;
  readonly cap: Ore | null;
  /** What one unit of outcome saves the municipality (the business case); not used for payment. */
  readonly unitSaving: Ore | null;
}

export interface ParsedTranche {
  readonly organisationId: string;
  readonly fundId: string | null;
  readonly kind: TrancheKind;
  readonly seniority: number;
  readonly commitment: Ore;
  readonly premiumRate: ExactDecimal;
}

/** Terms after validation: exact numbers, checked enums. The input of canonicalTerms. */
export interface ParsedTerms {
  readonly startDate: string;
  readonly endDate: string;
  readonly paymentCap: Ore;
  readonly metrics: readonly ParsedMetric[];
  readonly tranches: readonly ParsedTranche[];
}
