import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyOreFloor } from './decimal.js';
import type { Ore } from './money.js';
import { calculatePayment } from './payment.js';
import { parseTerms } from './terms.js';
import { arbTermsDraft, arbValue, buildPropertyContext } from './testing/arbitraries.js';
import type { TrancheClaim } from './waterfall.js';
import { distributePayment } from './waterfall.js';

const arbOutcomes = fc.array(fc.array(fc.tuple(fc.nat(), arbValue), { maxLength: 5 }), {
  minLength: 1,
  maxLength: 5,
});

/** Random agreed terms, random verified outcomes, payment after payment: the whole engine at once. */
describe('terms → payments → waterfall (properties)', () => {
  it('pays out exactly what is settled, within the payment cap, never beyond any entitlement', () => {
    fc.assert(
      fc.property(arbTermsDraft, arbOutcomes, (draft, outcomes) => {
        const terms = parseTerms(draft, buildPropertyContext());
        let tranches: TrancheClaim[] = terms.tranches.map((t, index) => ({
          id: `t${index}`,
          kind: t.kind,
          seniority: t.seniority,
          rank: index,
          disbursed: t.commitment,
          premiumRate: t.premiumRate,
          principalBefore: 0n,
          premiumBefore: 0n,
        }));
        const amountsBefore = new Map<string, Ore>();
        let totalBefore = 0n;
        let paidOut = 0n;
        outcomes.forEach((batch, paymentIndex) => {
          const reports = batch.map(([metricIndex, value], i) => ({
            id: `p${paymentIndex}-r${i}`,
            metricKey: terms.metrics[metricIndex % terms.metrics.length]?.key ?? '',
            value,
          }));
          const payment = calculatePayment({
            metrics: terms.metrics,
            reports,
            metricAmountsBefore: amountsBefore,
            paymentCap: terms.paymentCap,
            totalBefore,
          });
          for (const line of payment.lines) {
            amountsBefore.set(line.metricKey, (amountsBefore.get(line.metricKey) ?? 0n) + line.amount);
          }
          totalBefore += payment.total;
          const waterfall = distributePayment(payment.total, tranches);
          paidOut += waterfall.providerSurplus;
          tranches = tranches.map((t) => {
            const row = waterfall.distributions.find((d) => d.trancheId === t.id);
            paidOut += (row?.principal ?? 0n) + (row?.premium ?? 0n);
            return {
              ...t,
              principalBefore: t.principalBefore + (row?.principal ?? 0n),
              premiumBefore: t.premiumBefore + (row?.premium ?? 0n),
            };
          });
        });
        expect(paidOut).toBe(totalBefore);
        expect(totalBefore <= terms.paymentCap).toBe(true);
        for (const t of tranches) {
          expect(t.principalBefore <= t.disbursed).toBe(true);
          expect(t.premiumBefore <= multiplyOreFloor(t.disbursed, t.premiumRate)).toBe(true);
        }
      }),
    );
  });
});
