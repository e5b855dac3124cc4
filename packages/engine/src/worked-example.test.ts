import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate.js';
import { formatMoney } from './money.js';
import { calculatePayment } from './payment.js';
import type { MetricTerms } from './rules.js';
import { dec, kr } from './testing/values.js';
import type { TrancheClaim } from './waterfall.js';
import { distributePayment, trancheEntitlement } from './waterfall.js';

/** DOMAIN.md "Worked example" (the demo partnership "Stop vold i familien"), to the øre. */
describe('DOMAIN.md worked example', () => {
  const metrics: MetricTerms[] = [
    { key: 'families-completed', rule: 'PER_OUTCOME', price: kr('40,000.00') },
    {
      key: 'child-wellbeing',
      rule: 'LINEAR',
      threshold: dec('0.30'),
      target: dec('0.60'),
      amount: kr('500,000.00'),
    },
  ];
  const investment = { kind: 'INVESTMENT', principalBefore: 0n, premiumBefore: 0n } as const;
  const tranches: TrancheClaim[] = [
    {
      ...investment,
      id: 'aarhus-fund',
      seniority: 1,
      rank: 1,
      disbursed: kr('3,000,000.00'),
      premiumRate: dec('0.05'),
    },
    {
      ...investment,
      id: 'kapitalfond',
      seniority: 1,
      rank: 2,
      disbursed: kr('2,000,000.00'),
      premiumRate: dec('0.05'),
    },
    {
      ...investment,
      id: 'trivselsfonden',
      seniority: 2,
      rank: 3,
      disbursed: kr('1,000,000.00'),
      premiumRate: dec('0'),
    },
  ];

  const payment = calculatePayment({
    metrics,
    reports: [
      { id: 'r1', metricKey: 'families-completed', value: dec('12') },
      { id: 'r2', metricKey: 'families-completed', value: dec('15') },
      { id: 'r3', metricKey: 'child-wellbeing', value: dec('0.42') },
    ],
    metricAmountsBefore: new Map(),
    paymentCap: kr('10,000,000.00'),
    totalBefore: 0n,
  });

  it('computes the lines and the total', () => {
    expect(
      payment.lines.map((line) => [line.metricKey, formatMoney(line.gross), formatMoney(line.amount)]),
    ).toEqual([
      ['families-completed', '1080000.00', '1080000.00'],
      ['child-wellbeing', '200000.00', '200000.00'],
    ]);
    expect(payment.lines.map((line) => line.reportIds)).toEqual([['r1', 'r2'], ['r3']]);
    expect(formatMoney(payment.total)).toBe('1280000.00');
    expect(payment.capReduction).toBe(0n);
  });

  it('has level 1 entitlements 3,150,000.00 and 2,100,000.00', () => {
    expect(trancheEntitlement(kr('3,000,000.00'), dec('0.05'))).toBe(kr('3,150,000.00'));
    expect(trancheEntitlement(kr('2,000,000.00'), dec('0.05'))).toBe(kr('2,100,000.00'));
  });

  it('shares the total pro rata in level 1, leaving Trivselsfonden and the provider nothing', () => {
    const result = distributePayment(payment.total, tranches);
    expect(
      result.distributions.map((d) => [d.trancheId, formatMoney(d.principal), formatMoney(d.premium)]),
    ).toEqual([
      ['aarhus-fund', '768000.00', '0.00'],
      ['kapitalfond', '512000.00', '0.00'],
      ['trivselsfonden', '0.00', '0.00'],
    ]);
    expect(result.providerSurplus).toBe(0n);
  });

  it('rounds 1,000,000.01 shared 60/40 to 600,000.01 and 400,000.00', () => {
    expect(allocateLargestRemainder(kr('1,000,000.01'), [60n, 40n]).map(formatMoney)).toEqual([
      '600000.01',
      '400000.00',
    ]);
    const sixtyForty: TrancheClaim[] = [
      {
        ...investment,
        id: 'sixty',
        seniority: 1,
        rank: 1,
        disbursed: kr('600,000.01'),
        premiumRate: dec('0'),
      },
      {
        ...investment,
        id: 'forty',
        seniority: 1,
        rank: 2,
        disbursed: kr('400,000.00'),
        premiumRate: dec('0'),
      },
    ];
    const shared = distributePayment(kr('1,000,000.01'), sixtyForty);
    expect(shared.distributions.map((d) => formatMoney(d.principal))).toEqual(['600000.01', '400000.00']);
  });
});
