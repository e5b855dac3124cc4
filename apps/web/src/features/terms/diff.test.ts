import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff';
import { workedExampleVersion } from './fixtures.test-helpers';

describe('diffVersions', () => {
  it('finds nothing between equal terms, also when decimals are written differently', () => {
    const a = workedExampleVersion();
    const b = workedExampleVersion({
      metrics: a.metrics.map((metric) => (metric.threshold ? { ...metric, threshold: '0.30' } : metric)),
    });
    const diff = diffVersions(a, b);
    expect(diff.changeCount).toBe(0);
    expect(diff.metrics.map((metric) => metric.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('marks changed dates, cap, metric fields and tranches matched by organisation and fund', () => {
    const a = workedExampleVersion();
    const [families, wellbeing] = a.metrics;
    const [aarhus, kapital, trivsel] = a.tranches;
    if (!families || !wellbeing || !aarhus || !kapital || !trivsel) throw new Error('fixture');
    const b = workedExampleVersion({
      endDate: '2029-06-30',
      paymentCap: '9000000.00',
      metrics: [
        { ...families, price: '45000.00' },
        {
          ...wellbeing,
          id: 'm3',
          key: 'school-attendance',
          name: 'Skolegang',
          rule: 'THRESHOLD',
          target: null,
          threshold: '0.9',
        },
      ],
      // Reordered: identity is (organisation, fund), not position.
      tranches: [{ ...kapital, commitment: '2500000.00' }, aarhus, { ...trivsel, kind: 'GRANT' }],
    });
    const diff = diffVersions(a, b);

    expect(diff.terms.filter((field) => field.changed).map((field) => field.field)).toEqual([
      'endDate',
      'paymentCap',
    ]);
    expect(diff.metrics.map((metric) => [metric.key, metric.status])).toEqual([
      ['families-completed', 'changed'],
      ['child-wellbeing', 'removed'],
      ['school-attendance', 'added'],
    ]);
    const price = diff.metrics[0]?.fields.find((field) => field.field === 'price');
    expect(price).toEqual({ field: 'price', a: '40000.00', b: '45000.00', changed: true });
    expect(diff.metrics[1]?.fields.every((field) => !field.changed && field.b === null)).toBe(true);

    expect(diff.tranches.map((tranche) => [tranche.organisation, tranche.fund, tranche.status])).toEqual([
      ['Aarhus Kommune', 'Den sociale Investeringsfond', 'unchanged'],
      ['Den Sociale Kapitalfond', null, 'changed'],
      ['Trivselsfonden', null, 'changed'],
    ]);
    expect(diff.tranches[1]?.fields.find((field) => field.changed)).toMatchObject({
      field: 'commitment',
      a: '2000000.00',
      b: '2500000.00',
    });
    expect(diff.changeCount).toBe(2 + 3 + 2);
  });

  it('treats the same organisation with another fund as another tranche', () => {
    const a = workedExampleVersion();
    const b = workedExampleVersion({
      tranches: a.tranches.map((tranche) =>
        tranche.fund ? { ...tranche, fund: { id: 'fund2', name: 'Ny fond' } } : tranche,
      ),
    });
    const statuses = diffVersions(a, b).tranches.map((tranche) => [tranche.fund, tranche.status]);
    expect(statuses).toContainEqual(['Den sociale Investeringsfond', 'removed']);
    expect(statuses).toContainEqual(['Ny fond', 'added']);
  });
});
