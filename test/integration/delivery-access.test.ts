import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AARHUS_MEMBERS,
  APPROVE,
  agreedPartnership,
  agreedVestbyPartnership,
  CALCULATE,
  CLOSE,
  type DeliveryPartnership,
  DISBURSE,
  deliveryRowCounts,
  disburse,
  monthReport,
  organisationId,
  PAY,
  type PaymentView,
  POSITION_FIELDS,
  partnershipIdByTitle,
  REJECT,
  SUBMIT,
  submit,
  submitVerified,
  today,
  VERIFY,
} from '../support/delivery.js';
import { DEMO_ORGANISATIONS, signInAll } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResponse } from '../support/graphql-client.js';
import { lookUpIds, PROPOSE, workedExampleTerms } from '../support/terms.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND';
type Matrix = Record<DemoUser, Outcome>;

const USERS: DemoUser[] = [
  'aarhus',
  'askov',
  'kapitalfond',
  'trivsel',
  'evaluering',
  'vestby',
  'jobvejen',
  'nordisk',
];
const STOP_VOLD = 'Stop vold i familien';
const UNGE_I_JOB = 'Unge i job';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
});
afterAll(() => api.close());

/** The table's rows, refusals first: the one allowed call may change what the others act on. */
function rows(matrix: Matrix): [DemoUser, Outcome][] {
  const entries = Object.entries(matrix) as [DemoUser, Outcome][];
  return [
    ...entries.filter(([, outcome]) => outcome !== 'OK'),
    ...entries.filter(([, outcome]) => outcome === 'OK'),
  ];
}

/** Calls the mutation and checks the outcome; a refused call must leave every delivery table as it was. */
async function expectOutcome(
  outcome: Outcome,
  call: () => Promise<GraphQLResponse<unknown>>,
): Promise<unknown> {
  const before = await deliveryRowCounts(api);
  const result = await call();
  if (outcome === 'OK') {
    expect(result.errors).toBeUndefined();
    return result.data;
  }
  expect(errorCode(result)).toBe(outcome);
  expect(result.data ?? null).toBeNull();
  expect(await deliveryRowCounts(api)).toEqual(before);
  return undefined;
}

/** In an Aarhus worked-example partnership: only `allowed` may, other members are FORBIDDEN, Vestby's side NOT_FOUND. */
function onAarhusSide(allowed: readonly DemoUser[]): Matrix {
  const member = (user: DemoUser): Outcome => (allowed.includes(user) ? 'OK' : 'FORBIDDEN');
  return {
    aarhus: member('aarhus'),
    askov: member('askov'),
    kapitalfond: member('kapitalfond'),
    trivsel: member('trivsel'),
    evaluering: member('evaluering'),
    vestby: 'NOT_FOUND',
    jobvejen: 'NOT_FOUND',
    nordisk: 'NOT_FOUND',
  };
}

/** In a Vestby partnership (Jobvejen PROVIDER, Nordisk INVESTOR): the Aarhus side is NOT_FOUND. */
function onVestbySide(allowed: readonly DemoUser[]): Matrix {
  const member = (user: DemoUser): Outcome => (allowed.includes(user) ? 'OK' : 'FORBIDDEN');
  return {
    aarhus: 'NOT_FOUND',
    askov: 'NOT_FOUND',
    kapitalfond: 'NOT_FOUND',
    trivsel: 'NOT_FOUND',
    evaluering: 'NOT_FOUND',
    vestby: member('vestby'),
    jobvejen: member('jobvejen'),
    nordisk: member('nordisk'),
  };
}

interface PortfolioView {
  portfolio: {
    organisation: { name: string };
    totals: Record<string, string>;
    lines: { partnership: { title: string }; tranche: { organisation: { name: string } } }[];
  };
}
const PORTFOLIO = `{ portfolio { organisation { name } totals { ${POSITION_FIELDS} }
  lines { partnership { title } tranche { organisation { name } } } } }`;

async function portfolioOf(user: DemoUser): Promise<PortfolioView['portfolio']> {
  return (await clients[user].data<PortfolioView>(PORTFOLIO)).portfolio;
}

describe('portfolio and funds of each demo user (the demo data as loaded)', () => {
  const DEMO_PORTFOLIOS: Record<DemoUser, string[]> = {
    aarhus: [STOP_VOLD],
    askov: [],
    kapitalfond: [STOP_VOLD],
    trivsel: [STOP_VOLD],
    evaluering: [],
    vestby: [UNGE_I_JOB],
    jobvejen: [],
    nordisk: [UNGE_I_JOB],
  };

  it.each(USERS)('%s sees its own portfolio: only tranches its organisation holds', async (user) => {
    const portfolio = await portfolioOf(user);
    const own = DEMO_ORGANISATIONS[user].name;
    expect(portfolio.organisation.name).toBe(own);
    expect(portfolio.lines.map((line) => line.partnership.title)).toEqual(DEMO_PORTFOLIOS[user]);
    for (const line of portfolio.lines) expect(line.tranche.organisation.name).toBe(own);
  });

  it('sums the investors’ positions', async () => {
    expect((await portfolioOf('trivsel')).totals).toEqual({
      committed: '1000000.00',
      disbursed: '1000000.00',
      principalRepaid: '0.00',
      premiumReceived: '0.00',
      outstanding: '1000000.00',
      undrawn: '0.00',
      atRisk: '1000000.00',
      writtenOff: '0.00',
    });
    expect((await portfolioOf('nordisk')).totals).toEqual({
      committed: '1500000.00',
      disbursed: '0.00',
      principalRepaid: '0.00',
      premiumReceived: '0.00',
      outstanding: '0.00',
      undrawn: '1500000.00',
      atRisk: '1500000.00',
      writtenOff: '0.00',
    });
    expect((await portfolioOf('askov')).totals).toEqual({
      committed: '0.00',
      disbursed: '0.00',
      principalRepaid: '0.00',
      premiumReceived: '0.00',
      outstanding: '0.00',
      undrawn: '0.00',
      atRisk: '0.00',
      writtenOff: '0.00',
    });
  });

  const FUNDS: Record<DemoUser, string[]> = {
    aarhus: ['Den sociale Investeringsfond'],
    askov: [],
    kapitalfond: [],
    trivsel: [],
    evaluering: [],
    vestby: ['Vestby Sociale Investeringspulje'],
    jobvejen: [],
    nordisk: [],
  };

  it.each(USERS)('%s sees only the funds of its own municipality', async (user) => {
    const data = await clients[user].data<{ funds: { name: string; municipality: { name: string } }[] }>(
      '{ funds { name municipality { name } } }',
    );
    expect(data.funds.map((fund) => fund.name)).toEqual(FUNDS[user]);
    for (const fund of data.funds) expect(fund.municipality.name).toBe(DEMO_ORGANISATIONS[user].name);
  });

  it("gives Vestby its fund's position: the undrawn commitment is not available", async () => {
    const data = await clients.vestby.data<{ funds: Record<string, string>[] }>(
      '{ funds { capital committed disbursed received writtenOff available } }',
    );
    expect(data.funds).toEqual([
      {
        capital: '10000000.00',
        committed: '1500000.00',
        disbursed: '0.00',
        received: '0.00',
        writtenOff: '0.00',
        available: '8500000.00',
      },
    ]);
  });

  it('adds a new partnership to the portfolios of its tranche holders only, once its terms are agreed', async () => {
    const aarhus = clients.aarhus;
    const ids = await lookUpIds(aarhus);
    const title = `Kun foreslået ${randomUUID().slice(0, 8)}`;
    const created = await aarhus.data<{ createPartnership: { id: string } }>(
      'mutation C($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      { input: { title, challenge: 'Vold i familien' } },
    );
    for (const [name, role] of AARHUS_MEMBERS) {
      await aarhus.data(
        'mutation A($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
        { p: created.createPartnership.id, o: organisationId(ids, name), r: role },
      );
    }
    await aarhus.data(PROPOSE, {
      partnershipId: created.createPartnership.id,
      terms: workedExampleTerms(ids),
    });
    const agreed = await agreedPartnership(api);
    for (const user of USERS) {
      const titles = (await portfolioOf(user)).lines.map((line) => line.partnership.title);
      expect(titles).not.toContain(title);
      expect(titles.includes(agreed.title)).toBe(['aarhus', 'kapitalfond', 'trivsel'].includes(user));
    }
  });
});

describe('who may call each delivery mutation', () => {
  let aarhusSide: DeliveryPartnership;
  let vestbySide: DeliveryPartnership;

  beforeAll(async () => {
    [aarhusSide, vestbySide] = await Promise.all([agreedPartnership(api), agreedVestbyPartnership(api)]);
  });

  describe('recordDisbursement: the organisation holding the tranche', () => {
    const CASES: [string, 'aarhusSide' | 'vestbySide', string, Matrix][] = [
      ["Aarhus's fund tranche", 'aarhusSide', 'Aarhus Kommune', onAarhusSide(['aarhus'])],
      ["Kapitalfond's tranche", 'aarhusSide', 'Den Sociale Kapitalfond', onAarhusSide(['kapitalfond'])],
      ["Trivselsfonden's tranche", 'aarhusSide', 'Trivselsfonden', onAarhusSide(['trivsel'])],
      ["Vestby's fund tranche", 'vestbySide', 'Vestby Kommune', onVestbySide(['vestby'])],
      ["Nordisk's tranche", 'vestbySide', 'Nordisk Impact Invest', onVestbySide(['nordisk'])],
    ];
    describe.each(CASES)('%s', (_label, side, holder, matrix) => {
      it.each(rows(matrix))('%s → %s', async (user, outcome) => {
        const partnership = side === 'aarhusSide' ? aarhusSide : vestbySide;
        const trancheId = partnership.tranches[holder];
        const data = await expectOutcome(outcome, () =>
          clients[user].request(DISBURSE, { input: { trancheId, amount: '1000.00', date: '2026-03-01' } }),
        );
        if (outcome === 'OK') {
          expect(data).toMatchObject({
            recordDisbursement: { id: trancheId, position: { disbursed: '1000.00' } },
          });
        }
      });
    });
  });

  describe('submitOutcomeReport: the provider', () => {
    it.each(rows(onAarhusSide(['askov'])))('Aarhus side: %s → %s', async (user, outcome) => {
      await expectOutcome(outcome, () =>
        clients[user].request(SUBMIT, {
          input: { partnershipId: aarhusSide.id, ...monthReport('families-completed', 1, '3') },
        }),
      );
    });
    it.each(rows(onVestbySide(['jobvejen'])))('Vestby side: %s → %s', async (user, outcome) => {
      await expectOutcome(outcome, () =>
        clients[user].request(SUBMIT, {
          input: { partnershipId: vestbySide.id, ...monthReport('job-6-months', 4, '2') },
        }),
      );
    });
  });

  describe.each([
    ['verifyOutcomeReport', VERIFY, { note: 'Set' }, 'VERIFIED'],
    ['rejectOutcomeReport', REJECT, { reason: 'Mangler dokumentation' }, 'REJECTED'],
  ] as const)("%s: the metric's verifier role", (_name, mutation, extra, status) => {
    let aarhusReport: string;
    let vestbyReport: string;
    beforeAll(async () => {
      const month = status === 'VERIFIED' ? 5 : 6;
      aarhusReport = await submit(
        clients.askov,
        aarhusSide.id,
        monthReport('child-wellbeing', month, '0.40'),
      );
      vestbyReport = await submit(clients.jobvejen, vestbySide.id, monthReport('job-6-months', month, '1'));
    });

    it.each(rows(onAarhusSide(['evaluering'])))(
      'EVALUATOR-verified metric: %s → %s (the commissioner too is FORBIDDEN)',
      async (user, outcome) => {
        const data = await expectOutcome(outcome, () =>
          clients[user].request(mutation, { id: aarhusReport, ...extra }),
        );
        if (outcome === 'OK') expect(JSON.stringify(data)).toContain(`"status":"${status}"`);
      },
    );
    it.each(rows(onVestbySide(['vestby'])))(
      'COMMISSIONER-verified metric: %s → %s',
      async (user, outcome) => {
        const data = await expectOutcome(outcome, () =>
          clients[user].request(mutation, { id: vestbyReport, ...extra }),
        );
        if (outcome === 'OK') expect(JSON.stringify(data)).toContain(`"status":"${status}"`);
      },
    );
  });

  describe('calculatePayment, approvePayment, markPaymentPaid: the commissioner', () => {
    const payments: Record<'aarhusSide' | 'vestbySide', string> = { aarhusSide: '', vestbySide: '' };
    const STEPS = [
      ['calculatePayment', 'CALCULATED'],
      ['approvePayment', 'APPROVED'],
      ['markPaymentPaid', 'PAID'],
    ] as const;

    function step(user: DemoUser, name: (typeof STEPS)[number][0], side: 'aarhusSide' | 'vestbySide') {
      const partnership = side === 'aarhusSide' ? aarhusSide : vestbySide;
      if (name === 'calculatePayment')
        return clients[user].request(CALCULATE, { partnershipId: partnership.id });
      if (name === 'approvePayment') return clients[user].request(APPROVE, { id: payments[side] });
      return clients[user].request(PAY, { id: payments[side], paidOn: today() });
    }

    describe.each(STEPS)('%s', (name, status) => {
      it.each(rows(onAarhusSide(['aarhus'])))('Aarhus side: %s → %s', async (user, outcome) => {
        const data = (await expectOutcome(outcome, () => step(user, name, 'aarhusSide'))) as
          | Record<string, PaymentView>
          | undefined;
        const payment = data?.[name];
        if (payment) {
          expect(payment.status).toBe(status);
          payments.aarhusSide = payment.id;
        }
      });
      it.each(rows(onVestbySide(['vestby'])))('Vestby side: %s → %s', async (user, outcome) => {
        const data = (await expectOutcome(outcome, () => step(user, name, 'vestbySide'))) as
          | Record<string, PaymentView>
          | undefined;
        const payment = data?.[name];
        if (payment) {
          expect(payment.status).toBe(status);
          payments.vestbySide = payment.id;
        }
      });
    });
  });

  describe('closePartnership: the commissioner', () => {
    it.each(rows(onAarhusSide(['aarhus'])))('Aarhus side: %s → %s', async (user, outcome) => {
      const data = await expectOutcome(outcome, () =>
        clients[user].request(CLOSE, { id: aarhusSide.id, outcome: 'PARTIAL' }),
      );
      if (outcome === 'OK')
        expect(data).toEqual({
          closePartnership: { id: aarhusSide.id, status: 'CLOSED', closure: 'PARTIAL' },
        });
    });
    it.each(rows(onVestbySide(['vestby'])))('Vestby side: %s → %s', async (user, outcome) => {
      await expectOutcome(outcome, () =>
        clients[user].request(CLOSE, { id: vestbySide.id, outcome: 'FAILED' }),
      );
    });
  });
});

describe('ids that do not exist or are not ids answer NOT_FOUND', () => {
  const unknown = [randomUUID(), 'not-a-uuid', ''];
  it.each(unknown)('recordDisbursement into tranche %j', async (trancheId) => {
    const result = await clients.aarhus.request(DISBURSE, {
      input: { trancheId, amount: '1.00', date: '2026-02-01' },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
  it.each(unknown)('submitOutcomeReport to partnership %j', async (partnershipId) => {
    const result = await clients.askov.request(SUBMIT, {
      input: { partnershipId, ...monthReport('families-completed', 1, '1') },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
  it.each(unknown)('verifyOutcomeReport / rejectOutcomeReport of report %j', async (id) => {
    expect(errorCode(await clients.evaluering.request(VERIFY, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await clients.evaluering.request(REJECT, { id, reason: 'Nej' }))).toBe('NOT_FOUND');
  });
  it.each(unknown)('calculatePayment / closePartnership of partnership %j', async (id) => {
    expect(errorCode(await clients.aarhus.request(CALCULATE, { partnershipId: id }))).toBe('NOT_FOUND');
    expect(errorCode(await clients.aarhus.request(CLOSE, { id, outcome: 'FAILED' }))).toBe('NOT_FOUND');
  });
  it.each(unknown)('approvePayment / markPaymentPaid of payment %j', async (id) => {
    expect(errorCode(await clients.aarhus.request(APPROVE, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await clients.aarhus.request(PAY, { id, paidOn: today() }))).toBe('NOT_FOUND');
  });
  it("answers a foreign partnership's report and payment exactly like unknown ones", async () => {
    const stopVold = await partnershipIdByTitle(api, STOP_VOLD);
    const money = await clients.aarhus.data<{
      partnership: { reports: { id: string }[]; payments: { id: string }[] };
    }>('query Q($id: ID!) { partnership(id: $id) { reports { id } payments { id } } }', { id: stopVold });
    const [report] = money.partnership.reports;
    const [payment] = money.partnership.payments;
    for (const user of ['vestby', 'jobvejen', 'nordisk'] as const) {
      const verify = await clients[user].request(VERIFY, { id: report?.id });
      expect([errorCode(verify), verify.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Report not found']);
      const approve = await clients[user].request(APPROVE, { id: payment?.id });
      expect([errorCode(approve), approve.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Payment not found']);
    }
  });
});

interface TrancheSeen {
  organisation: { name: string };
  position: Record<string, string> | null;
  disbursements: { amount: string }[];
  viewerCanDisburse: boolean;
}
interface MoneySeen {
  partnership: {
    terms: { tranches: TrancheSeen[] };
    payments: {
      status: string;
      total: string;
      lines: { metric: { key: string }; amount: string }[];
      distributions: { tranche: { organisation: { name: string } }; principal: string; premium: string }[];
    }[];
  } | null;
}
const MONEY_SEEN = `query Money($id: ID!) { partnership(id: $id) {
  terms { tranches { organisation { name } position { ${POSITION_FIELDS} } disbursements { amount } viewerCanDisburse } }
  payments { status total lines { metric { key } amount } distributions { tranche { organisation { name } } principal premium } }
} }`;

describe("who sees the fund behind a tranche: its municipality's users only", () => {
  const FUND_SEEN = `query F($id: ID!) {
    partnership(id: $id) {
      terms { tranches { organisation { name } fund { name capital available exposure { lines { tranche { id } } } } } }
      payments { distributions { tranche { fund { name } } } }
    }
  }`;
  interface FundSeen {
    partnership: {
      terms: {
        tranches: { organisation: { name: string }; fund: { name: string; capital: string } | null }[];
      };
      payments: { distributions: { tranche: { fund: { name: string } | null } }[] }[];
    };
  }
  it.each(['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering'] as const)(
    '%s in "Stop vold i familien"',
    async (user) => {
      const { partnership } = await clients[user].data<FundSeen>(FUND_SEEN, {
        id: await partnershipIdByTitle(api, STOP_VOLD),
      });
      const funds = partnership.terms.tranches.map((tranche) => [tranche.organisation.name, tranche.fund]);
      const own = user === 'aarhus';
      expect(funds).toEqual([
        ['Aarhus Kommune', own ? expect.objectContaining({ name: 'Den sociale Investeringsfond' }) : null],
        ['Den Sociale Kapitalfond', null],
        ['Trivselsfonden', null],
      ]);
      if (own) expect(funds[0]?.[1]).toMatchObject({ capital: '40000000.00' });
      const viaPayments = partnership.payments.flatMap((payment) =>
        payment.distributions.flatMap((row) => (row.tranche.fund ? [row.tranche.fund.name] : [])),
      );
      // Only Aarhus sees distribution rows of the fund's tranche at all (positions rule); none name it to others.
      expect(viaPayments).toEqual(own ? ['Den sociale Investeringsfond'] : []);
    },
  );
});

describe('who sees positions and distributions in the demo partnership', () => {
  const ALL = ['Aarhus Kommune', 'Den Sociale Kapitalfond', 'Trivselsfonden'];
  const SEES: [DemoUser, string[]][] = [
    ['aarhus', ALL],
    ['askov', ALL],
    ['kapitalfond', ['Den Sociale Kapitalfond']],
    ['trivsel', ['Trivselsfonden']],
    ['evaluering', []],
  ];
  const ROWS: Record<string, [string, string, string]> = {
    'Aarhus Kommune': ['Aarhus Kommune', '768000.00', '0.00'],
    'Den Sociale Kapitalfond': ['Den Sociale Kapitalfond', '512000.00', '0.00'],
    Trivselsfonden: ['Trivselsfonden', '0.00', '0.00'],
  };
  const DISBURSED: Record<string, string> = {
    'Aarhus Kommune': '3000000.00',
    'Den Sociale Kapitalfond': '2000000.00',
    Trivselsfonden: '1000000.00',
  };
  let stopVold: string;
  beforeAll(async () => {
    stopVold = await partnershipIdByTitle(api, STOP_VOLD);
  });

  it.each(SEES)('%s sees the positions and distribution rows of %j', async (user, visible) => {
    const { partnership } = await clients[user].data<MoneySeen>(MONEY_SEEN, { id: stopVold });
    const tranches = partnership?.terms.tranches ?? [];
    expect(tranches.map((tranche) => tranche.organisation.name)).toEqual(ALL);
    for (const tranche of tranches) {
      const seen = visible.includes(tranche.organisation.name);
      expect(tranche.position === null).toBe(!seen);
      if (seen) expect(tranche.position?.disbursed).toBe(DISBURSED[tranche.organisation.name]);
      expect(tranche.disbursements.map((row) => row.amount)).toEqual(
        seen ? [DISBURSED[tranche.organisation.name]] : [],
      );
    }
    const [payment] = partnership?.payments ?? [];
    expect(payment?.status).toBe('PAID');
    expect(payment?.total).toBe('1280000.00');
    // Every member sees the lines (their order is delivery-rules.test.ts's concern).
    expect(payment?.lines.map((line) => [line.metric.key, line.amount]).sort()).toEqual([
      ['child-wellbeing', '200000.00'],
      ['families-completed', '1080000.00'],
    ]);
    expect(
      payment?.distributions.map((row) => [row.tranche.organisation.name, row.principal, row.premium]),
    ).toEqual(visible.map((name) => ROWS[name]));
  });

  it.each(SEES.map(([user]) => user))('%s may disburse into its own tranche only', async (user) => {
    const { partnership } = await clients[user].data<MoneySeen>(MONEY_SEEN, { id: stopVold });
    expect(
      partnership?.terms.tranches
        .filter((tranche) => tranche.viewerCanDisburse)
        .map((t) => t.organisation.name),
    ).toEqual(ALL.filter((name) => name === DEMO_ORGANISATIONS[user].name));
  });

  it.each(['vestby', 'jobvejen', 'nordisk'] as const)('%s gets NOT_FOUND for it', async (user) => {
    const result = await clients[user].request<MoneySeen>(MONEY_SEEN, { id: stopVold });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data?.partnership ?? null).toBeNull();
  });

  it.each([
    ['vestby', ['Vestby Kommune', 'Nordisk Impact Invest']],
    ['jobvejen', ['Vestby Kommune', 'Nordisk Impact Invest']],
    ['nordisk', ['Nordisk Impact Invest']],
  ] as const)('in "Unge i job" %s sees the positions of %j', async (user, visible) => {
    const id = await partnershipIdByTitle(api, UNGE_I_JOB);
    const { partnership } = await clients[user].data<MoneySeen>(MONEY_SEEN, { id });
    const seen = (partnership?.terms.tranches ?? [])
      .filter((tranche) => tranche.position !== null)
      .map((tranche) => tranche.organisation.name);
    expect(seen).toEqual(visible);
  });
});

interface ReviewItem {
  id: string;
  status: string;
  viewerCanReview: boolean;
  partnership: { id: string };
}
const INBOX = '{ reviewInbox { id status viewerCanReview partnership { id } } }';
const REPORTS = 'query R($id: ID!) { partnership(id: $id) { reports { id status viewerCanReview } } }';

describe('reviewInbox and viewerCanReview', () => {
  let aarhusSide: DeliveryPartnership;
  let vestbySide: DeliveryPartnership;
  const reports: Record<'open' | 'verified' | 'rejected' | 'vestbyOpen' | 'vestbyVerified', string> = {
    open: '',
    verified: '',
    rejected: '',
    vestbyOpen: '',
    vestbyVerified: '',
  };

  beforeAll(async () => {
    [aarhusSide, vestbySide] = await Promise.all([agreedPartnership(api), agreedVestbyPartnership(api)]);
    reports.open = await submit(clients.askov, aarhusSide.id, monthReport('families-completed', 1, '4'));
    reports.verified = await submitVerified(
      clients.askov,
      clients.evaluering,
      aarhusSide.id,
      monthReport('families-completed', 2, '5'),
    );
    reports.rejected = await submit(clients.askov, aarhusSide.id, monthReport('child-wellbeing', 3, '0.5'));
    await clients.evaluering.data(REJECT, { id: reports.rejected, reason: 'Forkert population' });
    reports.vestbyOpen = await submit(clients.jobvejen, vestbySide.id, monthReport('job-6-months', 4, '3'));
    reports.vestbyVerified = await submitVerified(
      clients.jobvejen,
      clients.vestby,
      vestbySide.id,
      monthReport('job-6-months', 5, '2'),
    );
  });

  const INBOX_EXPECTED: Record<DemoUser, ('open' | 'vestbyOpen')[]> = {
    aarhus: [],
    askov: [],
    kapitalfond: [],
    trivsel: [],
    evaluering: ['open'],
    vestby: ['vestbyOpen'],
    jobvejen: [],
    nordisk: [],
  };

  it.each(USERS)("%s's inbox holds exactly the SUBMITTED reports its role verifies", async (user) => {
    const { reviewInbox } = await clients[user].data<{ reviewInbox: ReviewItem[] }>(INBOX);
    const here = reviewInbox.filter((item) => [aarhusSide.id, vestbySide.id].includes(item.partnership.id));
    expect(here.map((item) => item.id)).toEqual(INBOX_EXPECTED[user].map((key) => reports[key]));
    // Everything in any inbox is SUBMITTED and reviewable now (closed partnerships' reports drop out).
    for (const item of reviewInbox) {
      expect(item.status).toBe('SUBMITTED');
      expect(item.viewerCanReview).toBe(true);
    }
    if (!['evaluering', 'vestby'].includes(user)) expect(reviewInbox).toEqual([]);
  });

  it.each(['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering'] as const)(
    'viewerCanReview for %s in the Aarhus partnership',
    async (user) => {
      const { partnership } = await clients[user].data<{ partnership: { reports: ReviewItem[] } }>(REPORTS, {
        id: aarhusSide.id,
      });
      const byId = Object.fromEntries(
        partnership.reports.map((report) => [report.id, report.viewerCanReview]),
      );
      expect(byId).toEqual({
        [reports.open]: user === 'evaluering',
        [reports.verified]: false,
        [reports.rejected]: false,
      });
    },
  );

  it.each(['vestby', 'jobvejen', 'nordisk'] as const)(
    'viewerCanReview for %s in the Vestby partnership',
    async (user) => {
      const { partnership } = await clients[user].data<{ partnership: { reports: ReviewItem[] } }>(REPORTS, {
        id: vestbySide.id,
      });
      const byId = Object.fromEntries(
        partnership.reports.map((report) => [report.id, report.viewerCanReview]),
      );
      expect(byId).toEqual({ [reports.vestbyOpen]: user === 'vestby', [reports.vestbyVerified]: false });
    },
  );

  it('takes a reviewed report out of the inbox', async () => {
    await clients.evaluering.data(VERIFY, { id: reports.open });
    const { reviewInbox } = await clients.evaluering.data<{ reviewInbox: ReviewItem[] }>(INBOX);
    expect(reviewInbox.map((item) => item.id)).not.toContain(reports.open);
  });

  it('offers nothing to review once the partnership is closed', async () => {
    await clients.vestby.data(CLOSE, { id: vestbySide.id, outcome: 'TERMINATED' });
    const { partnership } = await clients.vestby.data<{ partnership: { reports: ReviewItem[] } }>(REPORTS, {
      id: vestbySide.id,
    });
    expect(partnership.reports.find((report) => report.id === reports.vestbyOpen)?.viewerCanReview).toBe(
      false,
    );
    expect(errorCode(await clients.vestby.request(VERIFY, { id: reports.vestbyOpen }))).toBe('CONFLICT');
    const { reviewInbox } = await clients.vestby.data<{ reviewInbox: ReviewItem[] }>(INBOX);
    expect(reviewInbox.map((item) => item.id)).not.toContain(reports.vestbyOpen);
  });
});

describe('abilities and viewerCanDisburse follow the role and the partnership status', () => {
  const ABILITIES = `query A($id: ID!) { partnership(id: $id) {
    abilities { submitReport managePayments close }
    terms { tranches { organisation { name } viewerCanDisburse } }
  } }`;
  interface Seen {
    partnership: {
      abilities: { submitReport: boolean; managePayments: boolean; close: boolean };
      terms: { tranches: { organisation: { name: string }; viewerCanDisburse: boolean }[] };
    };
  }
  const EXPECTED: Record<string, { submitReport: boolean; managePayments: boolean; close: boolean }> = {
    aarhus: { submitReport: false, managePayments: true, close: true },
    askov: { submitReport: true, managePayments: false, close: false },
    kapitalfond: { submitReport: false, managePayments: false, close: false },
    trivsel: { submitReport: false, managePayments: false, close: false },
    evaluering: { submitReport: false, managePayments: false, close: false },
  };
  let partnership: DeliveryPartnership;
  beforeAll(async () => {
    partnership = await agreedPartnership(api);
  });

  it.each(Object.keys(EXPECTED) as DemoUser[])('%s while ACTIVE', async (user) => {
    const seen = await clients[user].data<Seen>(ABILITIES, { id: partnership.id });
    expect(seen.partnership.abilities).toEqual(EXPECTED[user]);
    expect(
      seen.partnership.terms.tranches.filter((t) => t.viewerCanDisburse).map((t) => t.organisation.name),
    ).toEqual(
      ['Aarhus Kommune', 'Den Sociale Kapitalfond', 'Trivselsfonden'].filter(
        (name) => name === DEMO_ORGANISATIONS[user].name,
      ),
    );
  });

  it('nobody may do anything once it is CLOSED', async () => {
    await disburse(clients.kapitalfond, partnership.tranches['Den Sociale Kapitalfond'] ?? '', '1000.00');
    await clients.aarhus.data(CLOSE, { id: partnership.id, outcome: 'TERMINATED' });
    for (const user of Object.keys(EXPECTED) as DemoUser[]) {
      const seen = await clients[user].data<Seen>(ABILITIES, { id: partnership.id });
      expect(seen.partnership.abilities).toEqual({
        submitReport: false,
        managePayments: false,
        close: false,
      });
      expect(seen.partnership.terms.tranches.some((t) => t.viewerCanDisburse)).toBe(false);
    }
  });
});
