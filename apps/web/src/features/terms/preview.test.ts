import { formatMoney, validateTerms } from '@effekt/engine';
import { describe, expect, it } from 'vitest';
import { workedExampleContext, workedExampleVersion } from './fixtures.test-helpers';
import { formFromVersion, type TermsForm, toDraft } from './form';
import { computePreview, type MetricExample, parseExampleValues, previewWaterfallRows } from './preview';

function run(form: TermsForm, examples: Record<number, Partial<MetricExample>>) {
  const draft = toDraft(form);
  const byUid: Record<string, MetricExample> = {};
  for (const [index, example] of Object.entries(examples)) {
    const uid = form.metrics[Number(index)]?.uid;
    if (uid) byUid[uid] = { values: '', paidBefore: '', ...example };
  }
  const preview = computePreview(
    draft,
    { metrics: form.metrics.map((m) => m.uid), tranches: form.tranches.map((t) => t.uid) },
    validateTerms(draft, workedExampleContext),
    byUid,
  );
  if (!preview.ok) throw new Error('no preview');
  return preview;
}

const kr = (ore: bigint) => formatMoney(ore);

describe('example values', () => {
  it('reads one value per report, with + or ; between and a decimal comma', () => {
    expect(parseExampleValues('12 + 15')?.map((v) => v.units)).toEqual([12n, 15n]);
    expect(parseExampleValues('0,42')).toEqual([{ units: 42n, scale: 2 }]);
    expect(parseExampleValues('')).toEqual([]);
    expect(parseExampleValues('12 + x')).toBeNull();
    expect(parseExampleValues('-1')).toBeNull();
  });
});

describe('computePreview', () => {
  it("reproduces DOMAIN.md's worked example", () => {
    const form = formFromVersion(workedExampleVersion(), 'da');
    const preview = run(form, { 0: { values: '12 + 15' }, 1: { values: '0,42' } });
    expect(
      preview.lines.map((line) => [line.index, line.reportCount, kr(line.gross), kr(line.amount)]),
    ).toEqual([
      [0, 2, '1080000.00', '1080000.00'],
      [1, 1, '200000.00', '200000.00'],
    ]);
    expect(kr(preview.total)).toBe('1280000.00');
    expect(preview.capReduction).toBe(0n);
    expect(preview.shares.map((share) => [kr(share.principal), kr(share.premium)])).toEqual([
      ['768000.00', '0.00'],
      ['512000.00', '0.00'],
      ['0.00', '0.00'],
    ]);
    expect(preview.providerSurplus).toBe(0n);
  });

  it('shows what the payment cap and a metric cap take', () => {
    const version = workedExampleVersion({ paymentCap: '1000000.00' });
    const form = formFromVersion(version, 'en');
    const capped = {
      ...form,
      metrics: form.metrics.map((metric, index) => (index === 0 ? { ...metric, cap: '1000000' } : metric)),
    };
    const preview = run(capped, { 0: { values: '12 + 15' }, 1: { values: '0.42' } });
    expect(kr(preview.lines[0]?.gross ?? 0n)).toBe('1080000.00');
    expect(kr(preview.lines[0]?.amount ?? 0n)).toBe('1000000.00');
    expect(kr(preview.subtotal)).toBe('1200000.00');
    expect(kr(preview.total)).toBe('1000000.00');
    expect(kr(preview.capReduction)).toBe('200000.00');
  });

  it('counts amounts already paid against the caps and the entitlements', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    // 5,250,000 paid before fills level 1 (3,150,000 + 2,100,000): the new payment goes to level 2.
    const preview = run(form, { 0: { values: '25', paidBefore: '5250000' } });
    expect(kr(preview.totalBefore)).toBe('5250000.00');
    expect(kr(preview.total)).toBe('1000000.00');
    expect(preview.shares.map((share) => kr(share.principal + share.premium))).toEqual([
      '0.00',
      '0.00',
      '1000000.00',
    ]);
  });

  it('pays a surplus to the provider once every investment is repaid, and nothing to a grant', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    const withGrant = {
      ...form,
      tranches: form.tranches.map((tranche, index) =>
        index === 2 ? { ...tranche, kind: 'GRANT' as const } : tranche,
      ),
    };
    const preview = run(withGrant, { 0: { values: '150' } });
    expect(kr(preview.total)).toBe('6000000.00');
    expect(preview.shares[2]).toMatchObject({ kind: 'GRANT', principal: 0n, premium: 0n });
    expect(kr(preview.shares[0]?.premium ?? 0n)).toBe('150000.00');
    expect(kr(preview.providerSurplus)).toBe('750000.00');
  });

  it('leaves out what is not complete yet and keeps computing the rest', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    const incomplete = {
      ...form,
      metrics: form.metrics.map((metric, index) =>
        index === 1 ? { ...metric, target: '' } : { ...metric, key: '' },
      ),
      tranches: form.tranches.map((tranche, index) =>
        index === 1 ? { ...tranche, commitment: 'x' } : tranche,
      ),
    };
    const preview = run(incomplete, { 0: { values: '12 + 15' }, 1: { values: '0.42' } });
    // A key still being typed does not matter for money.
    expect(preview.lines.map((line) => line.index)).toEqual([0]);
    expect(preview.skippedMetrics.map((row) => row.index)).toEqual([1]);
    expect(preview.skippedTranches.map((row) => row.index)).toEqual([1]);
    expect(kr(preview.shares[0]?.principal ?? 0n)).toBe('1080000.00');
  });

  it('flags unreadable example input per metric and says when no cap is set', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    const preview = run(form, { 0: { values: '12 + x', paidBefore: '1.5.0' } });
    expect(preview.exampleProblems.get(form.metrics[0]?.uid ?? '')).toEqual(['values', 'paidBefore']);
    const draft = toDraft({ ...form, paymentCap: '' });
    expect(
      computePreview(draft, { metrics: [], tranches: [] }, validateTerms(draft, workedExampleContext), {}),
    ).toEqual({
      ok: false,
      reason: 'paymentCap',
    });
  });
});

describe('previewWaterfallRows', () => {
  it('keeps the terms order and the grant, names each tranche and adds principal and premium exactly', () => {
    const form = formFromVersion(workedExampleVersion(), 'en');
    const withGrant = {
      ...form,
      tranches: form.tranches.map((tranche, index) =>
        index === 2 ? { ...tranche, kind: 'GRANT' as const } : tranche,
      ),
    };
    const preview = run(withGrant, { 0: { values: '150' } });
    const rows = previewWaterfallRows(preview.shares, (index) => `Tranche ${index + 1}`);
    expect(rows.map((row) => [row.name, row.kind, row.seniority])).toEqual([
      ['Tranche 1', 'INVESTMENT', 1],
      ['Tranche 2', 'INVESTMENT', 1],
      ['Tranche 3', 'GRANT', 2],
    ]);
    expect(rows[0]).toMatchObject({ trancheId: withGrant.tranches[0]?.uid, premium: '150000.00' });
    expect(rows[0]?.total).toBe(
      kr((preview.shares[0]?.principal ?? 0n) + (preview.shares[0]?.premium ?? 0n)),
    );
  });
});
