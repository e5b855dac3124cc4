import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyOreFloor } from './decimal.js';
import type { Ore } from './money.js';
import { arbOre, arbPermutation, arbTranches } from './testing/arbitraries.js';
import type { TrancheClaim } from './waterfall.js';
import { distributePayment } from './waterfall.js';

const dueOf = (t: TrancheClaim): Ore =>
  t.disbursed - t.principalBefore + multiplyOreFloor(t.disbursed, t.premiumRate) - t.premiumBefore;

describe('distributePayment (properties)', () => {
  it('distributions plus surplus equal the total; one sorted row per investment tranche', () => {
    fc.assert(
      fc.property(arbOre(), arbTranches, (total, tranches) => {
        const result = distributePayment(total, tranches);
        const distributed = result.distributions.reduce((sum, d) => sum + d.principal + d.premium, 0n);
        expect(distributed + result.providerSurplus).toBe(total);
        const investments = tranches
          .filter((t) => t.kind === 'INVESTMENT')
          .sort((a, b) => a.seniority - b.seniority || a.rank - b.rank);
        expect(result.distributions.map((d) => d.trancheId)).toEqual(investments.map((t) => t.id));
        for (const d of result.distributions) expect(d.principal >= 0n && d.premium >= 0n).toBe(true);
      }),
    );
  });

  it('does not depend on the order the tranches are listed in', () => {
    const arbCase = arbTranches.chain((tranches) =>
      fc.tuple(fc.constant(tranches), arbPermutation(tranches)),
    );
    fc.assert(
      fc.property(arbOre(), arbCase, (total, [tranches, shuffled]) => {
        expect(distributePayment(total, shuffled)).toEqual(distributePayment(total, tranches));
      }),
    );
  });

  it('serves seniority levels in order and pays surplus only once everybody is repaid', () => {
    fc.assert(
      fc.property(arbOre(), arbTranches, (total, tranches) => {
        const result = distributePayment(total, tranches);
        const byId = new Map(tranches.map((t) => [t.id, t]));
        const paid = (id: string) => {
          const d = result.distributions.find((row) => row.trancheId === id);
          return (d?.principal ?? 0n) + (d?.premium ?? 0n);
        };
        for (const d of result.distributions) {
          const tranche = byId.get(d.trancheId);
          if (tranche === undefined || paid(d.trancheId) === 0n) continue;
          // Anyone more senior who is owed something got all of it.
          for (const senior of tranches) {
            if (senior.kind === 'INVESTMENT' && senior.seniority < tranche.seniority) {
              expect(paid(senior.id)).toBe(dueOf(senior));
            }
          }
        }
        if (result.providerSurplus > 0n) {
          for (const t of tranches) if (t.kind === 'INVESTMENT') expect(paid(t.id)).toBe(dueOf(t));
        }
      }),
    );
  });

  it('never pays a tranche beyond principal + premium, and premium only after principal, over any sequence', () => {
    const arbSteps = fc.array(
      fc.record({ total: arbOre(), extra: fc.array(arbOre(500_000_000n), { minLength: 6, maxLength: 6 }) }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(arbTranches, arbSteps, (initial, steps) => {
        let tranches = initial;
        for (const step of steps) {
          // Investors may disburse more between payments; premium entitlement grows with it.
          tranches = tranches.map((t, i) => ({ ...t, disbursed: t.disbursed + (step.extra[i] ?? 0n) }));
          const result = distributePayment(step.total, tranches);
          tranches = tranches.map((t) => {
            const d = result.distributions.find((row) => row.trancheId === t.id);
            // Principal before premium: premium only once this tranche's principal is all repaid.
            if ((d?.premium ?? 0n) > 0n) expect(t.principalBefore + (d?.principal ?? 0n)).toBe(t.disbursed);
            return {
              ...t,
              principalBefore: t.principalBefore + (d?.principal ?? 0n),
              premiumBefore: t.premiumBefore + (d?.premium ?? 0n),
            };
          });
          for (const t of tranches) {
            expect(t.principalBefore <= t.disbursed).toBe(true);
            expect(t.premiumBefore <= multiplyOreFloor(t.disbursed, t.premiumRate)).toBe(true);
            if (t.kind === 'GRANT') expect(t.principalBefore + t.premiumBefore).toBe(0n);
          }
        }
      }),
    );
  });
});
