import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExactDecimal } from './decimal.js';
import type { Ore } from './money.js';
import { calculatePayment } from './payment.js';
import { arbMetrics, arbOre, arbValue } from './testing/arbitraries.js';

/** Batches of (metric index, value); indices are taken modulo the number of metrics. */
const arbBatches = fc.array(fc.array(fc.tuple(fc.nat(), arbValue), { maxLength: 6 }), {
  minLength: 1,
  maxLength: 6,
});

describe('calculatePayment over a sequence of payments (properties)', () => {
  it('never exceeds a metric cap or the payment cap, and caps take no more than needed', () => {
    fc.assert(
      fc.property(arbMetrics, arbOre(), arbBatches, (metrics, paymentCap, batches) => {
        const amountsBefore = new Map<string, Ore>();
        let totalBefore = 0n;
        let nextId = 0;
        for (const batch of batches) {
          const reports = batch.map(([index, value]: [number, ExactDecimal]) => {
            nextId += 1;
            return { id: `r${nextId}`, metricKey: metrics[index % metrics.length]?.key ?? '', value };
          });
          const payment = calculatePayment({
            metrics,
            reports,
            metricAmountsBefore: amountsBefore,
            paymentCap,
            totalBefore,
          });

          expect(payment.subtotal).toBe(payment.lines.reduce((sum, line) => sum + line.amount, 0n));
          expect(payment.capReduction).toBe(payment.subtotal - payment.total);
          expect(payment.total >= 0n && payment.capReduction >= 0n).toBe(true);
          expect(payment.lines.flatMap((line) => line.reportIds).sort()).toEqual(
            reports.map((r) => r.id).sort(),
          );

          for (const line of payment.lines) {
            const metric = metrics.find((m) => m.key === line.metricKey);
            const before = amountsBefore.get(line.metricKey) ?? 0n;
            const after = before + line.amount;
            expect(line.amount >= 0n && line.amount <= line.gross).toBe(true);
            if (metric?.cap !== null && metric?.cap !== undefined) {
              expect(after <= metric.cap || line.amount === 0n).toBe(true);
              if (line.amount < line.gross) expect(after === metric.cap || line.amount === 0n).toBe(true);
            } else {
              expect(line.amount).toBe(line.gross);
            }
            amountsBefore.set(line.metricKey, after);
          }

          expect(totalBefore + payment.total <= paymentCap || payment.total === 0n).toBe(true);
          if (payment.capReduction > 0n) expect(totalBefore + payment.total >= paymentCap).toBe(true);
          totalBefore += payment.total;
        }
        // Summed over the whole sequence, every limit holds.
        expect(totalBefore <= paymentCap).toBe(true);
        for (const metric of metrics) {
          if (metric.cap !== null && metric.cap !== undefined) {
            expect((amountsBefore.get(metric.key) ?? 0n) <= metric.cap).toBe(true);
          }
        }
      }),
    );
  });
});
