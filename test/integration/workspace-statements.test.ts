import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../bench/counter.js';
import { partnershipIdByTitle } from '../support/delivery.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Who holds, signs and is paid: every organisation named here is a member of the partnership. */
const NAMED_ORGANISATIONS = `query Named($id: ID!) {
  partnership(id: $id) {
    municipality { id name }
    members { role organisation { id name } }
    terms {
      tranches { id organisation { id name } }
      signatures { organisation { id name } }
    }
    payments { distributions { tranche { organisation { name } } } }
  }
}`;

const METRICS = `query Metrics($id: ID!) {
  partnership(id: $id) {
    terms { metrics { id key } }
    payments { lines { amount metric { id name } } }
  }
}`;

let api: TestApi;
/** The provider: its own organisation is not the municipality, so that is not already known. */
let askov: GraphQLClient;
let partnershipId: string;

beforeAll(async () => {
  api = await startTestApi();
  askov = await api.as('askov');
  partnershipId = await partnershipIdByTitle(api, 'Stop vold i familien');
});
afterAll(() => api.close());

describe('statements of one answer', () => {
  it('reads the metrics of the terms once, also for the payment lines priced by them', async () => {
    const counter = countStatements(api.orm);
    try {
      const result = await askov.data<{
        partnership: {
          terms: { metrics: { id: string }[] };
          payments: { lines: { metric: { id: string } }[] }[];
        };
      }>(METRICS, { id: partnershipId });
      const lineMetrics = result.partnership.payments.flatMap((payment) =>
        payment.lines.map((line) => line.metric.id),
      );
      expect(lineMetrics.length).toBeGreaterThan(0);
      const termsMetrics = new Set(result.partnership.terms.metrics.map((metric) => metric.id));
      expect(lineMetrics.every((id) => termsMetrics.has(id))).toBe(true);
      expect(
        counter.take().filter((text) => text.startsWith('select m.id, m.version_id, m.position')),
      ).toHaveLength(1);
    } finally {
      counter.uninstall();
    }
  });

  it('names the municipality and the member organisations from rows already read', async () => {
    const counter = countStatements(api.orm);
    try {
      const result = await askov.request(NAMED_ORGANISATIONS, { id: partnershipId });
      expect(result.errors).toBeUndefined();
      const statements = counter.take();
      // The counter keeps the start of each statement: the members' read, and the organisations'.
      expect(
        statements.filter((text) => text.startsWith('select m.partnership_id, m.role, m.joined_at')),
      ).toHaveLength(1);
      expect(
        statements.filter((text) => /^select o\.id as organisation_id.* from organisation o\b/.test(text)),
      ).toEqual([]);
    } finally {
      counter.uninstall();
    }
  });
});
