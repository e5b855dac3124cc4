import { describe, expect, it } from 'vitest';
import { type DistributionLike, waterfallChartData, waterfallColumns, waterfallRows } from './waterfall';

function distribution(
  name: string,
  seniority: number,
  principal: string,
  premium = '0.00',
  kind: 'GRANT' | 'INVESTMENT' = 'INVESTMENT',
  fund?: string,
): DistributionLike {
  return {
    principal,
    premium,
    tranche: { id: name, kind, seniority, organisation: { name }, fund: fund ? { name: fund } : null },
  };
}

describe('waterfallRows', () => {
  const rows = waterfallRows([
    distribution('Trivselsfonden', 2, '0.00'),
    distribution('Aarhus Kommune', 1, '768000.00', '0.01', 'INVESTMENT', 'Den sociale Investeringsfond'),
    distribution('Den Sociale Kapitalfond', 1, '512000.00'),
    distribution('Et tilskud', 1, '0.00', '0.00', 'GRANT'),
  ]);

  it('orders by seniority, keeps the order of the terms within a level and leaves grants out', () => {
    expect(rows.map((row) => row.name)).toEqual([
      'Aarhus Kommune (Den sociale Investeringsfond)',
      'Den Sociale Kapitalfond',
      'Trivselsfonden',
    ]);
  });

  it('adds principal and premium to the øre', () => {
    expect(rows[0]?.total).toBe('768000.01');
  });

  it('shapes stacked bars and shows a surplus only when there is one', () => {
    expect(waterfallChartData(rows, { label: 'Overskud', amount: '0.00' })).toHaveLength(3);
    const bars = waterfallChartData(rows, { label: 'Overskud', amount: '10.50' });
    expect(bars.at(-1)).toEqual({ name: 'Overskud', principal: 0, premium: 0, surplus: 10.5 });
    expect(bars[0]).toEqual({
      name: 'Aarhus Kommune (Den sociale Investeringsfond)',
      principal: 768000,
      premium: 0.01,
      surplus: 0,
    });
  });
});

describe('waterfallChartData', () => {
  const rows = waterfallRows([distribution('Den Sociale Kapitalfond', 1, '512000.00', '25.50')]);

  it('gives a grant no bar', () => {
    const grant = {
      trancheId: 'grant',
      name: 'Et tilskud',
      kind: 'GRANT',
      seniority: 1,
      principal: '0.00',
      premium: '0.00',
      total: '0.00',
    } as const;
    const bars = waterfallChartData([...rows, grant], { label: 'Overskud', amount: '0.00' });
    expect(bars.map((bar) => bar.name)).toEqual(['Den Sociale Kapitalfond']);
  });

  it('can name an empty surplus, so a zero reads as an outcome', () => {
    const bars = waterfallChartData(rows, { label: 'Overskud', amount: '0.00' }, { keepEmptySurplus: true });
    expect(bars.at(-1)).toEqual({ name: 'Overskud', principal: 0, premium: 0, surplus: 0 });
  });
});

describe('waterfallColumns', () => {
  it('gives the payment page seniority and a sum, and the narrow preview panel only the amounts', () => {
    expect(waterfallColumns('page')).toEqual(['seniority', 'principal', 'premium', 'total']);
    expect(waterfallColumns('panel')).toEqual(['principal', 'premium']);
  });
});
