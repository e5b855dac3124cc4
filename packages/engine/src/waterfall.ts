import { allocateLargestRemainder } from './allocate.js';
import type { ExactDecimal } from './decimal.js';
import { multiplyOreFloor } from './decimal.js';
import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';
import { assertNonNegative, maxOre, minOre } from './money.js';

export type TrancheKind = 'INVESTMENT' | 'GRANT';

export interface TrancheClaim {
  readonly id: string;
  readonly kind: TrancheKind;
  /** 1 is served first. */
  readonly seniority: number;
  /** Stable creation order: the "earlier tranche" tie-breaker. Unique per partnership. */
  readonly rank: number;
  readonly disbursed: Ore;
  readonly premiumRate: ExactDecimal;
  /** Principal that earlier payments (any status) distributed to this tranche. */
  readonly principalBefore: Ore;
  /** Premium that earlier payments (any status) distributed to this tranche. */
  readonly premiumBefore: Ore;
}

export interface Distribution {
  readonly trancheId: string;
  readonly principal: Ore;
  readonly premium: Ore;
}

export interface WaterfallResult {
  /** One row per INVESTMENT tranche (zeros included), sorted by (seniority, rank). */
  readonly distributions: Distribution[];
  /** What is left after every investment tranche has its entitlement: paid to the provider. */
  readonly providerSurplus: Ore;
}

interface Claim {
  readonly tranche: TrancheClaim;
  readonly principalDue: Ore;
  readonly premiumDue: Ore;
}

/**
 * Distributes a payment's total over the tranches (DOMAIN.md "Waterfall"). The result depends on
 * seniority and rank only, never on the order of `tranches`.
 *
 * Entitlement per investment tranche is split in principal due (disbursed − principalBefore) and
 * premium due (floor(premiumRate × disbursed) − premiumBefore, at least 0). Keeping them apart
 * equals DOMAIN.md's single formula whenever earlier payments stayed within the entitlement, and
 * stops premium paid under an earlier, higher rate from eating into principal after an amendment.
 */
export function distributePayment(total: Ore, tranches: readonly TrancheClaim[]): WaterfallResult {
  assertNonNegative(total, 'total');
  assertTranches(tranches);

  const claims = tranches
    .filter((tranche) => tranche.kind === 'INVESTMENT')
    .sort((a, b) => a.seniority - b.seniority || a.rank - b.rank)
    .map(toClaim);

  const paid = new Map<string, Ore>();
  let remaining = total;
  for (const level of groupBySeniority(claims)) {
    const dues = level.map((claim) => claim.principalDue + claim.premiumDue);
    const levelDue = dues.reduce((sum, due) => sum + due, 0n);
    // A level that fits is paid in full; otherwise it takes everything left, pro rata to what
    // each tranche is still due (claims are in rank order, so ties go to the earlier tranche).
    const shares = levelDue <= remaining ? dues : allocateLargestRemainder(remaining, dues);
    level.forEach((claim, index) => {
      paid.set(claim.tranche.id, shares[index] ?? 0n);
    });
    remaining -= minOre(levelDue, remaining);
  }

  const distributions = claims.map((claim) => {
    const share = paid.get(claim.tranche.id) ?? 0n;
    const principal = minOre(share, claim.principalDue);
    return { trancheId: claim.tranche.id, principal, premium: share - principal };
  });
  return { distributions, providerSurplus: remaining };
}

/** A tranche's whole entitlement over the partnership: disbursed + floor(premiumRate × disbursed). */
export function trancheEntitlement(disbursed: Ore, premiumRate: ExactDecimal): Ore {
  return disbursed + multiplyOreFloor(disbursed, premiumRate);
}

function toClaim(tranche: TrancheClaim): Claim {
  const premiumEntitled = multiplyOreFloor(tranche.disbursed, tranche.premiumRate);
  return {
    tranche,
    principalDue: tranche.disbursed - tranche.principalBefore,
    premiumDue: maxOre(premiumEntitled - tranche.premiumBefore, 0n),
  };
}

function groupBySeniority(claims: readonly Claim[]): Claim[][] {
  const levels: Claim[][] = [];
  for (const claim of claims) {
    const last = levels.at(-1);
    if (last?.[0]?.tranche.seniority === claim.tranche.seniority) last.push(claim);
    else levels.push([claim]);
  }
  return levels;
}

/** Unique ids and ranks: without them the tie-break, and so the result, would depend on array order. */
function assertTranches(tranches: readonly TrancheClaim[]): void {
  const ids = new Set<string>();
  const ranks = new Set<number>();
  tranches.forEach((tranche, index) => {
    const path = `tranches[${index}]`;
    if (!Number.isSafeInteger(tranche.seniority) || tranche.seniority < 1) {
      throw new EngineInputError(
        `${path}.seniority`,
        'OUT_OF_RANGE',
        `${path}.seniority must be an integer ≥ 1`,
      );
    }
    if (!Number.isSafeInteger(tranche.rank)) {
      throw new EngineInputError(`${path}.rank`, 'INVALID_FORMAT', `${path}.rank must be an integer`);
    }
    if (ids.has(tranche.id)) {
      throw new EngineInputError(`${path}.id`, 'DUPLICATE_ID', `tranche ${tranche.id} is listed twice`);
    }
    if (ranks.has(tranche.rank)) {
      throw new EngineInputError(`${path}.rank`, 'DUPLICATE_ID', `rank ${tranche.rank} is used twice`);
    }
    ids.add(tranche.id);
    ranks.add(tranche.rank);
    assertMoney(tranche, path);
  });
}

function assertMoney(tranche: TrancheClaim, path: string): void {
  assertNonNegative(tranche.disbursed, `${path}.disbursed`);
  assertNonNegative(tranche.principalBefore, `${path}.principalBefore`);
  assertNonNegative(tranche.premiumBefore, `${path}.premiumBefore`);
  if (tranche.premiumRate.units < 0n) {
    throw new EngineInputError(`${path}.premiumRate`, 'NEGATIVE', `${path}.premiumRate must not be negative`);
  }
  if (tranche.principalBefore > tranche.disbursed) {
    throw new EngineInputError(
      `${path}.principalBefore`,
      'INCONSISTENT',
      `tranche ${tranche.id} has more principal repaid than disbursed`,
    );
  }
}
