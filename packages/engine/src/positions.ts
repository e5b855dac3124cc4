import { EngineInputError } from './errors.js';
import type { Ore } from './money.js';
import { assertNonNegative, maxOre } from './money.js';
import type { TrancheKind } from './waterfall.js';

export interface TranchePositionInput {
  readonly kind: TrancheKind;
  readonly committed: Ore;
  readonly disbursed: Ore;
  /** From PAID payments only. */
  readonly principalRepaid: Ore;
  /** From PAID payments only. */
  readonly premiumReceived: Ore;
  readonly partnershipOpen: boolean;
  /** The partnership was closed and this tranche's outstanding principal written off. */
  readonly writtenOff: boolean;
}

export interface TranchePosition {
  readonly committed: Ore;
  readonly disbursed: Ore;
  readonly principalRepaid: Ore;
  readonly premiumReceived: Ore;
  readonly outstanding: Ore;
  readonly undrawn: Ore;
  readonly atRisk: Ore;
  readonly writtenOff: Ore;
}

/**
 * A tranche's money position (DOMAIN.md "Money positions"). A grant is given, not lent, so a
 * GRANT's outstanding and writtenOff are always 0; its undrawn commitment still counts as at risk.
 */
export function tranchePosition(input: TranchePositionInput): TranchePosition {
  for (const field of ['committed', 'disbursed', 'principalRepaid', 'premiumReceived'] as const) {
    assertNonNegative(input[field], field);
  }
  if (input.principalRepaid > input.disbursed) {
    throw new EngineInputError('principalRepaid', 'INCONSISTENT', 'principalRepaid exceeds disbursed');
  }
  if (input.partnershipOpen && input.writtenOff) {
    throw new EngineInputError('writtenOff', 'INCONSISTENT', 'an open partnership has nothing written off');
  }
  const unpaidPrincipal = input.kind === 'INVESTMENT' ? input.disbursed - input.principalRepaid : 0n;
  const outstanding = input.writtenOff ? 0n : unpaidPrincipal;
  // An amendment may lower a commitment below what was already drawn; nothing is then undrawn.
  const undrawn = input.partnershipOpen ? maxOre(input.committed - input.disbursed, 0n) : 0n;
  return {
    committed: input.committed,
    disbursed: input.disbursed,
    principalRepaid: input.principalRepaid,
    premiumReceived: input.premiumReceived,
    outstanding,
    undrawn,
    atRisk: outstanding + undrawn,
    writtenOff: input.writtenOff ? unpaidPrincipal : 0n,
  };
}

const ZERO_POSITION: TranchePosition = {
  committed: 0n,
  disbursed: 0n,
  principalRepaid: 0n,
  premiumReceived: 0n,
  outstanding: 0n,
  undrawn: 0n,
  atRisk: 0n,
  writtenOff: 0n,
};

/** Field-by-field sum: an organisation's portfolio totals. Empty input gives all zeros. */
export function sumPositions(positions: Iterable<TranchePosition>): TranchePosition {
  let total = ZERO_POSITION;
  for (const p of positions) {
    total = {
      committed: total.committed + p.committed,
      disbursed: total.disbursed + p.disbursed,
      principalRepaid: total.principalRepaid + p.principalRepaid,
      premiumReceived: total.premiumReceived + p.premiumReceived,
      outstanding: total.outstanding + p.outstanding,
      undrawn: total.undrawn + p.undrawn,
      atRisk: total.atRisk + p.atRisk,
      writtenOff: total.writtenOff + p.writtenOff,
    };
  }
  return total;
}

export interface FundPositionInput {
  readonly capital: Ore;
  /** Positions of the tranches the fund finances; `undrawn` is already 0 for closed partnerships. */
  readonly tranches: readonly Pick<
    TranchePosition,
    'committed' | 'disbursed' | 'principalRepaid' | 'premiumReceived' | 'writtenOff' | 'undrawn'
  >[];
}

export interface FundPosition {
  readonly capital: Ore;
  readonly committed: Ore;
  readonly disbursed: Ore;
  /** Principal plus premium received back. */
  readonly received: Ore;
  readonly writtenOff: Ore;
  /** capital − disbursed − undrawn of open partnerships + received; negative when over-committed. */
  readonly available: Ore;
}

/** A municipal fund's position. It revolves: what comes back is available again. */
export function fundPosition(input: FundPositionInput): FundPosition {
  assertNonNegative(input.capital, 'capital');
  let committed = 0n;
  let disbursed = 0n;
  let received = 0n;
  let writtenOff = 0n;
  let undrawn = 0n;
  for (const tranche of input.tranches) {
    committed += tranche.committed;
    disbursed += tranche.disbursed;
    received += tranche.principalRepaid + tranche.premiumReceived;
    writtenOff += tranche.writtenOff;
    undrawn += tranche.undrawn;
  }
  return {
    capital: input.capital,
    committed,
    disbursed,
    received,
    writtenOff,
    available: input.capital - disbursed - undrawn + received,
  };
}
