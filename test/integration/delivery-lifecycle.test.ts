import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import {
  type AgreedPartnership,
  APPROVE,
  agreedWorkedExample,
  CALCULATE,
  DISBURSE,
  PARTNERSHIP_MONEY,
  PAY,
  SUBMIT,
  submitVerified,
  todayInDenmark,
} from '../support/lifecycle.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Money {
  partnership: {
    id: string;
    status: string;
    closure: string | null;
    paidToDate: string;
    terms: {
      tranches: { id: string; organisation: { name: string }; position: Record<string, string> | null }[];
    };
    payments: {
      id: string;
      status: string;
      total: string;
      capReduction: string;
      providerSurplus: string;
      lines: { metric: { key: string }; gross: string; amount: string; reports: { id: string }[] }[];
      distributions: { tranche: { organisation: { name: string } }; principal: string; premium: string }[];
    }[];
  };
}

let api: TestApi;
let aarhus: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  aarhus = await api.as('aarhus');
});
afterAll(() => api.close());

describe("the demo partnership: DOMAIN.md's worked example to the øre", () => {
  it('paid 1,280,000.00 shared 768,000.00 / 512,000.00 / 0.00', async () => {
    const list = await aarhus.data<{ partnerships: { id: string; title: string }[] }>(
      '{ partnerships { id title } }',
    );
    const demo = list.partnerships.find((partnership) => partnership.title === 'Stop vold i familien');
    const money = await aarhus.data<Money>(PARTNERSHIP_MONEY, { id: demo?.id });
    const [payment] = money.partnership.payments;
    expect(money.partnership.payments).toHaveLength(1);
    expect(payment?.status).toBe('PAID');
    expect(
      payment?.lines.map((line) => [line.metric.key, line.gross, line.amount, line.reports.length]),
    ).toEqual([
      ['families-completed', '1080000.00', '1080000.00', 2],
      ['child-wellbeing', '200000.00', '200000.00', 1],
    ]);
    expect(payment?.total).toBe('1280000.00');
    expect(payment?.capReduction).toBe('0.00');
    expect(payment?.providerSurplus).toBe('0.00');
    expect(
      payment?.distributions.map((row) => [row.tranche.organisation.name, row.principal, row.premium]),
    ).toEqual([
      ['Aarhus Kommune', '768000.00', '0.00'],
      ['Den Sociale Kapitalfond', '512000.00', '0.00'],
      ['Trivselsfonden', '0.00', '0.00'],
    ]);
    expect(money.partnership.paidToDate).toBe('1280000.00');
    const aarhusTranche = money.partnership.terms.tranches.find(
      (t) => t.organisation.name === 'Aarhus Kommune',
    );
    expect(aarhusTranche?.position).toEqual({
      committed: '3000000.00',
      disbursed: '3000000.00',
      principalRepaid: '768000.00',
      premiumReceived: '0.00',
      outstanding: '2232000.00',
      undrawn: '0.00',
      atRisk: '2232000.00',
      writtenOff: '0.00',
    });
  });

  it('moves the Aarhus fund: 40,000,000.00 capital, 37,768,000.00 available', async () => {
    const funds = await aarhus.data<{ funds: Record<string, string>[] }>(
      '{ funds { capital committed disbursed received writtenOff available } }',
    );
    expect(funds.funds).toEqual([
      {
        capital: '40000000.00',
        committed: '3000000.00',
        disbursed: '3000000.00',
        received: '768000.00',
        writtenOff: '0.00',
        available: '37768000.00',
      },
    ]);
  });

  it("shows the fund manager the fund's line, and its history with the repayment on the day it was paid", async () => {
    const result = await aarhus.data<{
      funds: { exposure: { lines: unknown[]; history: unknown[] } }[];
      partnerships: { title: string; payments: { paidOn: string | null }[] }[];
    }>(
      `{ funds { exposure {
           lines { partnership { title } tranche { commitment } position { disbursed principalRepaid outstanding } }
           history { date disbursed principalRepaid premiumReceived outstanding } } }
         partnerships { title payments { paidOn } } }`,
    );
    const paidOn = result.partnerships.find((p) => p.title === 'Stop vold i familien')?.payments[0]?.paidOn;
    expect(paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [fund] = result.funds;
    expect(fund?.exposure.lines).toEqual([
      {
        partnership: { title: 'Stop vold i familien' },
        tranche: { commitment: '3000000.00' },
        position: { disbursed: '3000000.00', principalRepaid: '768000.00', outstanding: '2232000.00' },
      },
    ]);
    expect(fund?.exposure.history).toEqual([
      {
        date: '2026-01-15',
        disbursed: '3000000.00',
        principalRepaid: '0.00',
        premiumReceived: '0.00',
        outstanding: '3000000.00',
      },
      {
        date: paidOn,
        disbursed: '3000000.00',
        principalRepaid: '768000.00',
        premiumReceived: '0.00',
        outstanding: '2232000.00',
      },
    ]);
  });

  it('shows the investor its repayment in the portfolio', async () => {
    const investor = await api.as('kapitalfond');
    const portfolio = await investor.data<{
      portfolio: { totals: Record<string, string>; lines: { partnership: { title: string } }[] };
    }>(
      '{ portfolio { totals { committed disbursed principalRepaid premiumReceived outstanding undrawn atRisk writtenOff } lines { partnership { title } } } }',
    );
    expect(portfolio.portfolio.lines.map((line) => line.partnership.title)).toEqual(['Stop vold i familien']);
    expect(portfolio.portfolio.totals).toEqual({
      committed: '2000000.00',
      disbursed: '2000000.00',
      principalRepaid: '512000.00',
      premiumReceived: '0.00',
      outstanding: '1488000.00',
      undrawn: '0.00',
      atRisk: '1488000.00',
      writtenOff: '0.00',
    });
  });
});

describe('a whole lifecycle, ending in failure and write-off', () => {
  let partnership: AgreedPartnership;

  beforeAll(async () => {
    partnership = await agreedWorkedExample(api);
  });

  it('disburses, settles, pays, closes and writes off what is outstanding', async () => {
    const kapitalfond = await api.as('kapitalfond');
    const trivsel = await api.as('trivsel');
    await aarhus.data(DISBURSE, {
      input: { trancheId: partnership.tranches['Aarhus Kommune'], amount: '1000000.00', date: '2026-02-01' },
    });
    await kapitalfond.data(DISBURSE, {
      input: {
        trancheId: partnership.tranches['Den Sociale Kapitalfond'],
        amount: '2000000.00',
        date: '2026-02-01',
      },
    });
    await trivsel.data(DISBURSE, {
      input: { trancheId: partnership.tranches.Trivselsfonden, amount: '500000.00', date: '2026-02-01' },
    });
    await submitVerified(await api.as('askov'), await api.as('evaluering'), partnership.id, {
      metricKey: 'families-completed',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      value: '3',
    });
    const calculated = await aarhus.data<{ calculatePayment: { id: string; total: string } }>(CALCULATE, {
      id: partnership.id,
    });
    expect(calculated.calculatePayment.total).toBe('120000.00');
    const premature = await aarhus.request(PAY, { id: calculated.calculatePayment.id, on: todayInDenmark() });
    expect(errorCode(premature)).toBe('CONFLICT');
    expect(
      errorCode(
        await aarhus.request(
          'mutation C($id: ID!, $o: ClosureOutcome!) { closePartnership(id: $id, outcome: $o) { id } }',
          { id: partnership.id, o: 'FAILED' },
        ),
      ),
    ).toBe('CONFLICT');
    await aarhus.data(APPROVE, { id: calculated.calculatePayment.id });
    await aarhus.data(PAY, { id: calculated.calculatePayment.id, on: todayInDenmark() });

    const closed = await aarhus.data<{ closePartnership: { status: string; closure: string } }>(
      'mutation C($id: ID!, $o: ClosureOutcome!) { closePartnership(id: $id, outcome: $o) { status closure } }',
      { id: partnership.id, o: 'FAILED' },
    );
    expect(closed.closePartnership).toEqual({ status: 'CLOSED', closure: 'FAILED' });
    const money = await aarhus.data<Money>(PARTNERSHIP_MONEY, { id: partnership.id });
    const positions = Object.fromEntries(
      money.partnership.terms.tranches.map((t) => [t.organisation.name, t.position]),
    );
    // 120,000.00 at level 1 is shared 1,050,000 : 2,100,000 → 40,000.00 and 80,000.00.
    expect(positions['Aarhus Kommune']).toMatchObject({
      principalRepaid: '40000.00',
      outstanding: '0.00',
      undrawn: '0.00',
      writtenOff: '960000.00',
      atRisk: '0.00',
    });
    expect(positions['Den Sociale Kapitalfond']).toMatchObject({
      principalRepaid: '80000.00',
      writtenOff: '1920000.00',
    });
    expect(positions.Trivselsfonden).toMatchObject({
      principalRepaid: '0.00',
      writtenOff: '500000.00',
      undrawn: '0.00',
    });

    const afterClose = await Promise.all([
      aarhus.request(DISBURSE, {
        input: { trancheId: partnership.tranches['Aarhus Kommune'], amount: '1.00', date: '2026-03-01' },
      }),
      (await api.as('askov')).request(SUBMIT, {
        input: {
          partnershipId: partnership.id,
          metricKey: 'families-completed',
          periodStart: '2026-04-01',
          periodEnd: '2026-06-30',
          value: '1',
        },
      }),
      aarhus.request(CALCULATE, { id: partnership.id }),
    ]);
    expect(afterClose.map(errorCode)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
  });
});

describe('limits held by the database under concurrency', () => {
  let partnership: AgreedPartnership;

  beforeAll(async () => {
    partnership = await agreedWorkedExample(api, 'Samtidighed');
  });

  it('never lets parallel disbursements exceed a commitment', async () => {
    const kapitalfond = await api.as('kapitalfond');
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        kapitalfond.request(DISBURSE, {
          input: {
            trancheId: partnership.tranches['Den Sociale Kapitalfond'],
            amount: '250000.00',
            date: '2026-02-01',
          },
        }),
      ),
    );
    const succeeded = attempts.filter((attempt) => !attempt.errors);
    expect(succeeded).toHaveLength(8);
    expect(
      attempts
        .filter((attempt) => errorCode(attempt) === 'BAD_USER_INPUT')
        .every((a) => errorField(a) === 'amount'),
    ).toBe(true);
    const money = await kapitalfond.data<Money>(PARTNERSHIP_MONEY, { id: partnership.id });
    const own = money.partnership.terms.tranches.find(
      (t) => t.organisation.name === 'Den Sociale Kapitalfond',
    );
    expect(own?.position?.disbursed).toBe('2000000.00');
  });

  it('puts a report into at most one payment however many calculations race', async () => {
    const provider = await api.as('askov');
    const evaluator = await api.as('evaluering');
    await submitVerified(provider, evaluator, partnership.id, {
      metricKey: 'families-completed',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      value: '5',
    });
    await submitVerified(provider, evaluator, partnership.id, {
      metricKey: 'child-wellbeing',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      value: '0.5',
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => aarhus.request(CALCULATE, { id: partnership.id })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'BAD_USER_INPUT')).toHaveLength(7);
    const [row] = await api.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as payments from outcome_payment where partnership_id = ?', [
        partnership.id,
      ]);
    expect(row).toEqual({ payments: 1 });
  });

  it('approves and pays once however many parallel clicks', async () => {
    const money = await aarhus.data<Money>(PARTNERSHIP_MONEY, { id: partnership.id });
    const paymentId = money.partnership.payments[0]?.id;
    const approvals = await Promise.all(
      Array.from({ length: 6 }, () => aarhus.request(APPROVE, { id: paymentId })),
    );
    expect(approvals.filter((result) => !result.errors)).toHaveLength(1);
    expect(approvals.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(5);
    const payments = await Promise.all(
      Array.from({ length: 6 }, () => aarhus.request(PAY, { id: paymentId, on: todayInDenmark() })),
    );
    expect(payments.filter((result) => !result.errors)).toHaveLength(1);
    expect(payments.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(5);
  });
});
