import { describe, expect, it } from 'vitest';
import type { Ore } from './money.js';
import type { PaymentInput, PaymentReport } from './payment.js';
import { calculatePayment } from './payment.js';
import type { MetricTerms } from './rules.js';
import { dec, kr } from './testing/values.js';

const families: MetricTerms = { key: 'families', rule: 'PER_OUTCOME', price: kr('100.00') };
const wellbeing: MetricTerms = {
  key: 'wellbeing',
  rule: 'THRESHOLD',
  threshold: dec('0.5'),
  amount: kr('50.00'),
};

function report(id: string, metricKey: string, value: string): PaymentReport {
  return { id, metricKey, value: dec(value) };
}

function input(overrides: Partial<PaymentInput>): PaymentInput {
  return {
    metrics: [families, wellbeing],
    reports: [],
    metricAmountsBefore: new Map<string, Ore>(),
    paymentCap: kr('1,000,000.00'),
    totalBefore: 0n,
    ...overrides,
  };
}

describe('calculatePayment: edge cases', () => {
  it.each([
    {
      name: 'zero values give zero lines',
      input: input({ reports: [report('r1', 'families', '0'), report('r2', 'wellbeing', '0.1')] }),
      lines: [
        ['families', '0.00', '0.00'],
        ['wellbeing', '0.00', '0.00'],
      ],
      total: '0.00',
      capReduction: '0.00',
    },
    {
      name: 'metric cap hit exactly',
      input: input({
        metrics: [{ ...families, cap: kr('300.00') }],
        reports: [report('r1', 'families', '3')],
      }),
      lines: [['families', '300.00', '300.00']],
      total: '300.00',
      capReduction: '0.00',
    },
    {
      name: 'metric cap reached mid-payment',
      input: input({
        metrics: [{ ...families, cap: kr('1,000.00') }],
        reports: [report('r1', 'families', '3')],
        metricAmountsBefore: new Map([['families', kr('800.00')]]),
      }),
      lines: [['families', '300.00', '200.00']],
      total: '200.00',
      capReduction: '0.00',
    },
    {
      name: 'metric cap already used up (never negative)',
      input: input({
        metrics: [{ ...families, cap: kr('1,000.00') }],
        reports: [report('r1', 'families', '3')],
        metricAmountsBefore: new Map([['families', kr('1,200.00')]]),
      }),
      lines: [['families', '300.00', '0.00']],
      total: '0.00',
      capReduction: '0.00',
    },
    {
      name: 'payment cap hit exactly',
      input: input({
        reports: [report('r1', 'families', '5')],
        paymentCap: kr('700.00'),
        totalBefore: kr('200.00'),
      }),
      lines: [['families', '500.00', '500.00']],
      total: '500.00',
      capReduction: '0.00',
    },
    {
      name: 'payment cap reached mid-payment',
      input: input({
        reports: [report('r1', 'families', '5'), report('r2', 'wellbeing', '0.5')],
        paymentCap: kr('700.00'),
        totalBefore: kr('300.00'),
      }),
      lines: [
        ['families', '500.00', '500.00'],
        ['wellbeing', '50.00', '50.00'],
      ],
      total: '400.00',
      capReduction: '150.00',
    },
    {
      name: 'payment cap already exceeded by earlier payments',
      input: input({
        reports: [report('r1', 'families', '1')],
        paymentCap: kr('700.00'),
        totalBefore: kr('900.00'),
      }),
      lines: [['families', '100.00', '100.00']],
      total: '0.00',
      capReduction: '100.00',
    },
    {
      name: 'each report rounds down on its own (0.5 øre twice is 0, not 1)',
      input: input({
        metrics: [{ key: 'tiny', rule: 'PER_OUTCOME', price: kr('0.01') }],
        reports: [report('r1', 'tiny', '0.5'), report('r2', 'tiny', '0.5')],
      }),
      lines: [['tiny', '0.00', '0.00']],
      total: '0.00',
      capReduction: '0.00',
    },
    {
      name: 'one-øre remainder when the payment cap leaves one øre',
      input: input({
        reports: [report('r1', 'families', '1')],
        paymentCap: kr('1,000.00'),
        totalBefore: kr('999.99'),
      }),
      lines: [['families', '100.00', '100.00']],
      total: '0.01',
      capReduction: '99.99',
    },
  ])('$name', ({ input: payment, lines, total, capReduction }) => {
    const result = calculatePayment(payment);
    expect(result.lines.map((line) => [line.metricKey, line.gross, line.amount])).toEqual(
      lines.map(([key, gross, amount]) => [key, kr(gross ?? ''), kr(amount ?? '')]),
    );
    expect(result.total).toBe(kr(total));
    expect(result.capReduction).toBe(kr(capReduction));
    expect(result.subtotal).toBe(result.total + result.capReduction);
  });
});

describe('calculatePayment: lines', () => {
  it('orders lines like the metrics and keeps report order, skipping metrics without reports', () => {
    const result = calculatePayment(
      input({
        metrics: [wellbeing, { key: 'unused', rule: 'PER_OUTCOME', price: 1n }, families],
        reports: [report('a', 'families', '1'), report('b', 'wellbeing', '1'), report('c', 'families', '2')],
      }),
    );
    expect(result.lines).toEqual([
      { metricKey: 'wellbeing', reportIds: ['b'], gross: kr('50.00'), amount: kr('50.00') },
      { metricKey: 'families', reportIds: ['a', 'c'], gross: kr('300.00'), amount: kr('300.00') },
    ]);
  });

  it('gives no lines and zero totals for no reports', () => {
    expect(calculatePayment(input({}))).toEqual({ lines: [], subtotal: 0n, total: 0n, capReduction: 0n });
  });
});

describe('calculatePayment: bad input', () => {
  it.each([
    [
      'unknown metric key',
      input({ reports: [report('r1', 'nope', '1')] }),
      'reports[0].metricKey',
      'UNKNOWN_METRIC',
    ],
    [
      'report listed twice',
      input({ reports: [report('r1', 'families', '1'), report('r1', 'families', '1')] }),
      'reports[1].id',
      'DUPLICATE_ID',
    ],
    ['negative value', input({ reports: [report('r1', 'families', '-1')] }), 'reports[0].value', 'NEGATIVE'],
    ['duplicate metric key', input({ metrics: [families, families] }), 'metrics[1].key', 'DUPLICATE_KEY'],
    [
      'metric missing its price',
      input({ metrics: [{ key: 'families', rule: 'PER_OUTCOME' }] }),
      'metrics[0].price',
      'REQUIRED',
    ],
    ['negative payment cap', input({ paymentCap: -1n }), 'paymentCap', 'NEGATIVE'],
    ['negative totalBefore', input({ totalBefore: -1n }), 'totalBefore', 'NEGATIVE'],
    [
      'negative metric amount before',
      input({ reports: [report('r1', 'families', '1')], metricAmountsBefore: new Map([['families', -1n]]) }),
      'metricAmountsBefore.families',
      'NEGATIVE',
    ],
  ])('rejects %s', (_name, payment, field, code) => {
    expect(() => calculatePayment(payment)).toThrow(expect.objectContaining({ field, code }));
  });
});
