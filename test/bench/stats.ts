/** What one measured run gives, GraphQL or SQL alike. */
export interface RunStats {
  readonly label: string;
  /** Wall-clock seconds the run lasted. */
  readonly seconds: number;
  /** Answers received (successes and failures). */
  readonly completed: number;
  readonly ok: number;
  readonly failed: number;
  /** Successes per second. */
  readonly rps: number;
  /** Latency of every completed request, in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** True when a run ran out of work (calculatePayment) before its time was up. */
  readonly exhausted: boolean;
  readonly firstFailure: string | null;
}

export class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private count = 0;

  record(milliseconds: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = milliseconds;
  }

  get size(): number {
    return this.count;
  }

  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const sorted = this.values.slice(0, this.count).sort();
    const index = Math.min(this.count - 1, Math.max(0, Math.ceil((p / 100) * this.count) - 1));
    return sorted[index] ?? Number.NaN;
  }
}

export function summarise(
  label: string,
  seconds: number,
  latencies: LatencyRecorder,
  ok: number,
  failed: number,
  exhausted: boolean,
  firstFailure: string | null,
): RunStats {
  return {
    label,
    seconds,
    completed: ok + failed,
    ok,
    failed,
    rps: seconds > 0 ? ok / seconds : 0,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    exhausted,
    firstFailure,
  };
}
