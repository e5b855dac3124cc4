import { describe, expect, it } from 'vitest';
import { type OperationResult, pacedRate, renderMarkdown } from './report.js';
import type { RunStats } from './stats.js';

function stats(rps: number, p50: number, p99: number, failed = 0): RunStats {
  return {
    label: 'run',
    seconds: 10,
    completed: rps * 10 + failed,
    ok: rps * 10,
    failed,
    rps,
    p50,
    p99,
    exhausted: false,
    firstFailure: null,
  };
}

const workspace: OperationResult = {
  operation: 'workspace',
  title: 'partnership workspace',
  graphql: stats(90, 350, 480),
  sql: stats(220, 139, 299),
  paced: { rate: 45, graphql: stats(45, 21, 38), sql: stats(45, 12, 24) },
};

const calculate: OperationResult = {
  operation: 'calculate',
  title: 'calculatePayment',
  graphql: stats(149, 207, 327),
  sql: stats(295, 103, 307),
  paced: null,
};

describe('the bench report', () => {
  it('paces a read at half what the API answered flat out, at least one request a second', () => {
    expect(pacedRate(stats(91.7, 300, 500))).toBe(45);
    expect(pacedRate(stats(1.2, 900, 2000))).toBe(1);
  });

  it('judges p99 flat out and at half load apart, and the mutation by its ratio only', () => {
    const markdown = renderMarkdown({
      environment: [],
      dataset: [],
      results: [workspace, calculate],
      counts: [],
    });
    expect(markdown).toContain(
      '| partnership workspace | **not met** (480.0 ms) | met at 45 req/s | **not met** (2.44×) |',
    );
    expect(markdown).toContain('| calculatePayment | n/a (mutation) | n/a (mutation) | met (1.98×) |');
    expect(markdown).toContain('| partnership workspace | 45 | 45 | 21.0 | 38.0 | 12.0 | 24.0 | 1.58× |');
  });

  it('does not call half load met when requests failed or were given up', () => {
    const failing = {
      ...workspace,
      paced: { rate: 45, graphql: stats(40, 20, 30, 5), sql: stats(45, 12, 24) },
    };
    const markdown = renderMarkdown({ environment: [], dataset: [], results: [failing], counts: [] });
    expect(markdown).toContain('**not met** (30.0 ms) at 45 req/s');
    expect(markdown).toContain('| partnership workspace | 45 | 40 (5 failed) |');
  });
});
