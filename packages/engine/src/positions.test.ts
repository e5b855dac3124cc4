import { describe, expect, it } from 'vitest';
import type { TranchePosition, TranchePositionInput } from './positions.js';
import { fundPosition, sumPositions, tranchePosition } from './positions.js';
import { kr } from './testing/values.js';

const base: TranchePositionInput = {
  kind: 'INVESTMENT',
  committed: kr('3,000,000.00'),
  disbursed: kr('2,000,000.00'),
  principalRepaid: kr('500,000.00'),
  premiumReceived: kr('10,000.00'),
  partnershipOpen: true,
  writtenOff: false,
};

describe('tranchePosition', () => {
  it.each<[string, Partial<TranchePositionInput>, Partial<TranchePosition>]>([
    [
      'open investment',
      {},
      {
        outstanding: kr('1,500,000.00'),
        undrawn: kr('1,000,000.00'),
        atRisk: kr('2,500,000.00'),
        writtenOff: 0n,
      },
    ],
    [
      'closed, not written off (fully repaid)',
      { partnershipOpen: false, principalRepaid: kr('2,000,000.00') },
      {
        outstanding: 0n,
        undrawn: 0n,
        atRisk: 0n,
        writtenOff: 0n,
      },
    ],
    [
      'closed and written off',
      { partnershipOpen: false, writtenOff: true },
      { outstanding: 0n, undrawn: 0n, atRisk: 0n, writtenOff: kr('1,500,000.00') },
    ],
    [
      'open grant: nothing outstanding, undrawn still at risk',
      { kind: 'GRANT' },
      { outstanding: 0n, undrawn: kr('1,000,000.00'), atRisk: kr('1,000,000.00'), writtenOff: 0n },
    ],
    [
      'closed grant is never written off',
      { kind: 'GRANT', partnershipOpen: false, writtenOff: true },
      { outstanding: 0n, undrawn: 0n, atRisk: 0n, writtenOff: 0n },
    ],
    [
      'commitment lowered below disbursed leaves nothing undrawn',
      { committed: kr('1,000,000.00') },
      { undrawn: 0n, atRisk: kr('1,500,000.00') },
    ],
  ])('%s', (_name, overrides, expected) => {
    const position = tranchePosition({ ...base, ...overrides });
    expect(position).toMatchObject(expected);
    expect(position.atRisk).toBe(position.outstanding + position.undrawn);
  });

  it('passes the recorded amounts through', () => {
    expect(tranchePosition(base)).toMatchObject({
      committed: base.committed,
      disbursed: base.disbursed,
      principalRepaid: base.principalRepaid,
      premiumReceived: base.premiumReceived,
    });
  });

  it.each<[string, Partial<TranchePositionInput>, string, string]>([
    ['negative committed', { committed: -1n }, 'committed', 'NEGATIVE'],
    ['negative premium', { premiumReceived: -1n }, 'premiumReceived', 'NEGATIVE'],
    [
      'repaid more than disbursed',
      { principalRepaid: kr('2,000,000.01') },
      'principalRepaid',
      'INCONSISTENT',
    ],
    ['written off while open', { writtenOff: true }, 'writtenOff', 'INCONSISTENT'],
  ])('rejects %s', (_name, overrides, field, code) => {
    expect(() => tranchePosition({ ...base, ...overrides })).toThrow(
      expect.objectContaining({ field, code }),
    );
  });
});

describe('sumPositions', () => {
  it('sums every field', () => {
    const a = tranchePosition(base);
    const b = tranchePosition({ ...base, kind: 'GRANT', partnershipOpen: false });
    const total = sumPositions([a, b]);
    for (const key of Object.keys(a) as (keyof TranchePosition)[]) {
      expect(total[key]).toBe(a[key] + b[key]);
    }
  });

  it('gives zeros for no positions', () => {
    expect(Object.values(sumPositions([]))).toEqual([0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n]);
  });
});

describe('fundPosition', () => {
  it('revolves: received comes back, undrawn commitments of open partnerships are reserved', () => {
    const open = tranchePosition(base);
    const closed = tranchePosition({ ...base, partnershipOpen: false, writtenOff: true });
    expect(fundPosition({ capital: kr('40,000,000.00'), tranches: [open, closed] })).toEqual({
      capital: kr('40,000,000.00'),
      committed: kr('6,000,000.00'),
      disbursed: kr('4,000,000.00'),
      received: kr('1,020,000.00'),
      writtenOff: kr('1,500,000.00'),
      // 40,000,000 − 4,000,000 − 1,000,000 (open undrawn only) + 1,020,000
      available: kr('36,020,000.00'),
    });
  });

  it('has all capital available with no tranches', () => {
    expect(fundPosition({ capital: kr('10.00'), tranches: [] }).available).toBe(kr('10.00'));
  });

  it('may go negative when over-committed', () => {
    const big = tranchePosition({
      ...base,
      committed: kr('50,000,000.00'),
      disbursed: 0n,
      principalRepaid: 0n,
      premiumReceived: 0n,
    });
    expect(fundPosition({ capital: kr('40,000,000.00'), tranches: [big] }).available).toBe(
      kr('-10,000,000.00'),
    );
  });

  it('rejects negative capital', () => {
    expect(() => fundPosition({ capital: -1n, tranches: [] })).toThrow(
      expect.objectContaining({ field: 'capital' }),
    );
  });
});
