import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyRecorder, type RunStats, summarise } from './stats.js';

export interface PacedOptions {
  readonly label: string;
  /** Requests per second, arriving evenly whether or not earlier ones have been answered. */
  readonly rate: number;
  readonly seconds: number;
  /** Requests in flight at most (the connections); a due request beyond them waits its turn. */
  readonly concurrency: number;
  /** Sends request number `index`; true for a good answer. A throw is a failure with its message. */
  send(index: number): Promise<boolean | string>;
}

/**
 * An open-loop run: request k is due at k/rate seconds, and its latency counts from then, not
 * from when a free connection sent it. A closed loop (each connection sending its next request
 * when the last is answered) never sends faster than the server answers, so its percentiles hide
 * the queueing a user would meet; autocannon's own rate limit sends each second's budget at the
 * start of the second, in a burst. When the server falls behind, due requests wait and their
 * latency shows it. Requests still unsent a whole run length after the run's end are given up as
 * failures, so a saturated server cannot keep the bench waiting.
 */
export async function runPaced(options: PacedOptions): Promise<RunStats> {
  const interval = 1000 / options.rate;
  const latencies = new LatencyRecorder();
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const giveUp = end + options.seconds * 1000;
  let next = 0;
  let ok = 0;
  let failed = 0;
  let abandoned = 0;
  let firstFailure: string | null = null;
  const fail = (reason: string) => {
    failed++;
    firstFailure ??= reason;
  };
  const worker = async () => {
    for (;;) {
      const index = next++;
      const due = started + index * interval;
      if (due >= end) return;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      else if (performance.now() >= giveUp) {
        abandoned++;
        continue;
      }
      try {
        const answer = await options.send(index);
        if (answer === true) ok++;
        else fail(answer === false ? 'a wrong answer' : answer);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
      latencies.record(performance.now() - due);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (abandoned > 0) {
    failed += abandoned;
    firstFailure ??= `${abandoned} requests were still unsent ${options.seconds} s after the run's end`;
  }
  // Answers per second over the whole run, the wait for the last answers included: a server that
  // falls behind answers fewer than offered.
  const seconds = Math.max(options.seconds, (performance.now() - started) / 1000);
  return summarise(options.label, seconds, latencies, ok, failed, false, firstFailure);
}
