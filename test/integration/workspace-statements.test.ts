import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../bench/counter.js';
import { PORTFOLIO, WORKSPACE } from '../bench/operations.js';
import {
  agreedPartnership,
  CALCULATE,
  monthReport,
  partnershipIdByTitle,
  submitVerified,
} from '../support/delivery.js';
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

const SETTLED_REPORTS = `query Settled($id: ID!) {
  partnership(id: $id) {
    reports { id }
    payments { lines { reports { id } } }
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
        counter.take().filter((text) => / from metric m join contract_version v /.test(text)),
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

  it("reads the commissioner's whole workspace in one statement per relation", async () => {
    const aarhus = await api.as('aarhus');
    const counter = countStatements(api.orm);
    try {
      const result = await aarhus.request(WORKSPACE, { id: partnershipId });
      expect(result.errors).toBeUndefined();
      const statements = counter.take();
      const reading = (pattern: RegExp) => statements.filter((text) => pattern.test(text));
      // The viewer's role comes with the partnership's row, not from a membership read.
      expect(reading(/^select p\.id as partnership_id, .*scope\.role as viewer_role/)).toHaveLength(1);
      expect(reading(/^select m\.partnership_id, m\.role, p\.status/)).toEqual([]);
      // Each tranche's fund, money and disbursements come with the terms' tranches.
      expect(reading(/^select tt\.version_id, t\.id, /)).toHaveLength(1);
      expect(reading(/^select f\.id as id, .* from fund f where /)).toEqual([]);
      expect(reading(/ from unnest\(\$1::uuid\[\]\) as t\(id\)/)).toEqual([]);
      expect(reading(/^select d\.id as id, .* from disbursement d join tranche t /)).toEqual([]);
      // The terms', the reports' and the payment lines' metrics are one read of the partnership's.
      expect(reading(/ from metric m join contract_version v /)).toHaveLength(1);
      // Signatories come with the signatures; the reports' authors are one read of users.
      expect(reading(/^select s\.version_id, .*json_build_object/)).toHaveLength(1);
      expect(reading(/ from app_user u where /).length).toBeLessThanOrEqual(1);
      // The workspace of the demo partnership, whatever its size: the viewer, 12 reads, no more.
      expect(statements.length).toBeLessThanOrEqual(13);
    } finally {
      counter.uninstall();
    }
  });

  it.each([
    ['as the bench asks it', PORTFOLIO],
    [
      'with more of each line',
      `{ portfolio { lines { partnership { title viewerRole municipality { name } }
                            tranche { position { outstanding } } } } }`,
    ],
  ])(
    "reads an investor's portfolio in one statement for its lines and one for its history, %s",
    async (_, query) => {
      const kapitalfond = await api.as('kapitalfond');
      const counter = countStatements(api.orm);
      try {
        const result = await kapitalfond.data<{ portfolio: { lines: unknown[] } }>(query);
        expect(result.portfolio.lines.length).toBeGreaterThan(0);
        const statements = counter.take();
        const reading = (pattern: RegExp) => statements.filter((text) => pattern.test(text));
        // Each line's money and partnership come with the holdings.
        expect(reading(/ from tranche t join partnership p /)).toHaveLength(1);
        expect(reading(/ from unnest\(\$1::uuid\[\]\) as t\(id\)/)).toEqual([]);
        expect(reading(/ from partnership p join partnership_member scope /)).toEqual([]);
        expect(reading(/ from partnership_member m join partnership p /)).toEqual([]);
        expect(reading(/ from organisation o where /)).toEqual([]);
        // The viewer, the holdings, the history (when asked).
        expect(statements.length).toBeLessThanOrEqual(3);
      } finally {
        counter.uninstall();
      }
    },
  );

  it("takes a payment's reports from its partnership's when they are read anyway, even when those come last", async () => {
    // Holding back the partnership's reports makes the payment lines ask for theirs first.
    const counter = countStatements(api.orm, {
      delayResult: (text) => (/ from outcome_report r where r\.partnership_id /.test(text) ? 100 : 0),
    });
    try {
      const result = await askov.data<{
        partnership: { reports: { id: string }[]; payments: { lines: { reports: { id: string }[] }[] }[] };
      }>(SETTLED_REPORTS, { id: partnershipId });
      const settled = result.partnership.payments.flatMap((payment) =>
        payment.lines.flatMap((line) => line.reports.map((report) => report.id)),
      );
      expect(settled.length).toBeGreaterThan(0);
      const all = new Set(result.partnership.reports.map((report) => report.id));
      expect(settled.every((id) => all.has(id))).toBe(true);
      const statements = counter.take();
      expect(
        statements.filter((text) => / from outcome_report r where r\.partnership_id /.test(text)),
      ).toHaveLength(1);
      expect(statements.filter((text) => / from outcome_report r where r\.payment_id /.test(text))).toEqual(
        [],
      );
    } finally {
      counter.uninstall();
    }
  });

  it('answers a payment just calculated with the metrics it priced, not with another read of them', async () => {
    const partnership = await agreedPartnership(api);
    const [aarhus, evaluering] = await Promise.all([api.as('aarhus'), api.as('evaluering')]);
    await submitVerified(askov, evaluering, partnership.id, monthReport('families-completed', 2, '3'));
    const counter = countStatements(api.orm);
    try {
      const result = await aarhus.data<{ calculatePayment: { lines: { metric: { key: string } }[] } }>(
        CALCULATE,
        { partnershipId: partnership.id },
      );
      expect(result.calculatePayment.lines.map((line) => line.metric.key)).toEqual(['families-completed']);
      expect(counter.take().filter((text) => / from metric m join contract_version v /.test(text))).toEqual(
        [],
      );
    } finally {
      counter.uninstall();
    }
  });
});
