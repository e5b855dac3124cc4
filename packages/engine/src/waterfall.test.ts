import { describe, expect, it } from 'vitest';
import type { Ore } from './money.js';
import { dec, kr } from './testing/values.js';
import type { TrancheClaim } from './waterfall.js';
import { distributePayment, trancheEntitlement } from './waterfall.js';

let nextRank = 0;
function tranche(id: string, overrides: Partial<TrancheClaim> = {}): TrancheClaim {
  nextRank += 1;
  return {
    id,
    kind: 'INVESTMENT',
    seniority: 1,
    rank: nextRank,
    disbursed: kr('1,000.00'),
    premiumRate: dec('0'),
    principalBefore: 0n,
    premiumBefore: 0n,
    ...overrides,
  };
}

type Row = [id: string, principal: string, premium: string];

function rows(total: Ore, tranches: readonly TrancheClaim[]): { rows: Row[]; surplus: string } {
  const result = distributePayment(total, tranches);
  const fmt = (ore: Ore) =>
    (ore / 100n).toString() + (ore % 100n === 0n ? '' : `.${(ore % 100n).toString().padStart(2, '0')}`);
  return {
    rows: result.distributions.map((d) => [d.trancheId, fmt(d.principal), fmt(d.premium)]),
    surplus: fmt(result.providerSurplus),
  };
}

describe('distributePayment: edge cases', () => {
  it.each<{ name: string; total: string; tranches: TrancheClaim[]; rows: Row[]; surplus: string }>([
    {
      name: 'zero total gives zero rows for every investment tranche',
      total: '0',
      tranches: [tranche('a'), tranche('b', { seniority: 2 })],
      rows: [
        ['a', '0', '0'],
        ['b', '0', '0'],
      ],
      surplus: '0',
    },
    {
      name: 'several seniority levels: senior first, junior gets the rest',
      total: '1500',
      tranches: [tranche('junior', { seniority: 2 }), tranche('senior', { seniority: 1 })],
      rows: [
        ['senior', '1000', '0'],
        ['junior', '500', '0'],
      ],
      surplus: '0',
    },
    {
      name: 'a level exactly filled leaves nothing for the next',
      total: '2000',
      tranches: [tranche('a'), tranche('b'), tranche('c', { seniority: 2 })],
      rows: [
        ['a', '1000', '0'],
        ['b', '1000', '0'],
        ['c', '0', '0'],
      ],
      surplus: '0',
    },
    {
      name: 'premium is paid only after principal',
      total: '1050',
      tranches: [tranche('a', { premiumRate: dec('0.10') })],
      rows: [['a', '1000', '50']],
      surplus: '0',
    },
    {
      name: 'tranche already partly repaid by earlier payments',
      total: '600',
      tranches: [tranche('a', { principalBefore: kr('700.00'), premiumRate: dec('0.1') })],
      rows: [['a', '300', '100']],
      surplus: '200',
    },
    {
      name: 'tranche already fully repaid gets nothing more',
      total: '100',
      tranches: [
        tranche('a', {
          principalBefore: kr('1,000.00'),
          premiumBefore: kr('100.00'),
          premiumRate: dec('0.1'),
        }),
      ],
      rows: [['a', '0', '0']],
      surplus: '100',
    },
    {
      name: 'premium before principal is never taken back from a later disbursement',
      total: '300',
      tranches: [
        tranche('a', {
          disbursed: kr('2,000.00'),
          principalBefore: kr('1,000.00'),
          premiumBefore: kr('50.00'),
          premiumRate: dec('0.05'),
        }),
      ],
      rows: [['a', '300', '0']],
      surplus: '0',
    },
    {
      name: 'GRANT tranches receive nothing and have no row',
      total: '5000',
      tranches: [tranche('grant', { kind: 'GRANT', seniority: 1 }), tranche('loan', { seniority: 2 })],
      rows: [['loan', '1000', '0']],
      surplus: '4000',
    },
    {
      name: 'provider surplus after everybody is repaid with premium',
      total: '3000',
      tranches: [
        tranche('a', { premiumRate: dec('0.05') }),
        tranche('b', { seniority: 2, premiumRate: dec('0.1') }),
      ],
      rows: [
        ['a', '1000', '50'],
        ['b', '1000', '100'],
      ],
      surplus: '850',
    },
    {
      name: 'pro rata shares with a one-øre remainder to the later tranche when its remainder is larger',
      total: '0.04',
      tranches: [tranche('a', { disbursed: kr('1.00') }), tranche('b', { disbursed: kr('2.00') })],
      rows: [
        ['a', '0.01', '0'],
        ['b', '0.03', '0'],
      ],
      surplus: '0',
    },
    {
      name: 'one-øre tie goes to the earlier tranche (lower rank)',
      total: '0.01',
      tranches: [tranche('late', { rank: 20 }), tranche('early', { rank: 10 })],
      rows: [
        ['early', '0.01', '0'],
        ['late', '0', '0'],
      ],
      surplus: '0',
    },
    {
      name: 'pro rata is by remaining entitlement, and splits into principal then premium',
      total: '1100',
      tranches: [
        tranche('a', { disbursed: kr('1,000.00'), premiumRate: dec('0.2') }),
        tranche('b', { disbursed: kr('1,000.00'), principalBefore: kr('800.00'), premiumRate: dec('0.2') }),
      ],
      // remaining: a 1200, b 400 → 1100 × 3/4 = 825, 1100 × 1/4 = 275
      rows: [
        ['a', '825', '0'],
        ['b', '200', '75'],
      ],
      surplus: '0',
    },
    {
      name: 'premium rounds down to the øre',
      total: '10',
      tranches: [tranche('a', { disbursed: kr('0.99'), premiumRate: dec('0.5') })],
      rows: [['a', '0.99', '0.49']],
      surplus: '8.52',
    },
  ])('$name', ({ total, tranches, rows: expected, surplus }) => {
    expect(rows(kr(total), tranches)).toEqual({ rows: expected, surplus });
  });
});

describe('distributePayment: bad input', () => {
  it.each<[string, Ore, TrancheClaim[], string, string]>([
    ['negative total', -1n, [tranche('a')], 'total', 'NEGATIVE'],
    ['duplicate id', 1n, [tranche('a'), tranche('a')], 'tranches[1].id', 'DUPLICATE_ID'],
    [
      'duplicate rank',
      1n,
      [tranche('a', { rank: 1 }), tranche('b', { rank: 1 })],
      'tranches[1].rank',
      'DUPLICATE_ID',
    ],
    ['seniority 0', 1n, [tranche('a', { seniority: 0 })], 'tranches[0].seniority', 'OUT_OF_RANGE'],
    ['fractional rank', 1n, [tranche('a', { rank: 1.5 })], 'tranches[0].rank', 'INVALID_FORMAT'],
    ['negative disbursed', 1n, [tranche('a', { disbursed: -1n })], 'tranches[0].disbursed', 'NEGATIVE'],
    [
      'negative premium rate',
      1n,
      [tranche('a', { premiumRate: dec('-0.1') })],
      'tranches[0].premiumRate',
      'NEGATIVE',
    ],
    [
      'more principal repaid than disbursed',
      1n,
      [tranche('a', { principalBefore: kr('1,000.01') })],
      'tranches[0].principalBefore',
      'INCONSISTENT',
    ],
  ])('rejects %s', (_name, total, tranches, field, code) => {
    expect(() => distributePayment(total, tranches)).toThrow(expect.objectContaining({ field, code }));
  });
});

describe('trancheEntitlement', () => {
  it('is principal plus the premium rounded down', () => {
    expect(trancheEntitlement(kr('3,000,000.00'), dec('0.05'))).toBe(kr('3,150,000.00'));
    expect(trancheEntitlement(3n, dec('0.5'))).toBe(4n);
  });
});
