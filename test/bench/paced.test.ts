import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type PacedOptions, runPaced } from './paced.js';

const paced = (
  schedule: Pick<PacedOptions, 'rate' | 'seconds' | 'concurrency'>,
  send: PacedOptions['send'],
) => runPaced({ label: 'test', ...schedule, send });

describe('runPaced', () => {
  it('sends each due request once, in order, at the rate asked', async () => {
    const sent: number[] = [];
    const stats = await paced({ rate: 100, seconds: 0.3, concurrency: 4 }, async (index) => {
      sent.push(index);
      return true;
    });
    expect(sent).toEqual(Array.from({ length: 30 }, (_, index) => index));
    expect(stats.ok).toBe(30);
    expect(stats.failed).toBe(0);
    expect(stats.seconds).toBeGreaterThanOrEqual(0.3);
  });

  it('counts the time a due request waited for a connection', async () => {
    // One connection, a request due every 20 ms, each answered in 30 ms: request k starts at
    // 30k ms and its latency is 30 + 10k ms. A closed loop would report 30 ms for every one.
    const stats = await paced({ rate: 50, seconds: 0.2, concurrency: 1 }, async () => {
      await sleep(30);
      return true;
    });
    expect(stats.ok).toBe(10);
    // Timers may fire a fraction of a millisecond early; the closed loop's 30 ms is far below.
    expect(stats.p50).toBeGreaterThanOrEqual(65);
    expect(stats.p99).toBeGreaterThanOrEqual(115);
  });

  it('gives up requests still unsent a run length after the end, as failures', async () => {
    // Due every 10 ms for 100 ms on one connection; the first answer takes 300 ms, past the
    // 200 ms mark, so the nine behind it are never sent.
    const sent: number[] = [];
    const stats = await paced({ rate: 100, seconds: 0.1, concurrency: 1 }, async (index) => {
      sent.push(index);
      await sleep(300);
      return true;
    });
    expect(sent).toEqual([0]);
    expect(stats.ok).toBe(1);
    expect(stats.failed).toBe(9);
    expect(stats.firstFailure).toBe("9 requests were still unsent 0.1 s after the run's end");
  });

  it('counts wrong answers and errors as failures, keeping the first reason', async () => {
    const stats = await paced({ rate: 100, seconds: 0.05, concurrency: 2 }, async (index) => {
      if (index === 1) return '500 internal error';
      if (index === 2) throw new Error('connection reset');
      return index !== 3;
    });
    expect(stats.ok).toBe(2);
    expect(stats.failed).toBe(3);
    expect(stats.firstFailure).toBe('500 internal error');
  });
});
