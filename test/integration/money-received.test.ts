import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/contracts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  type AgreedPartnership,
  APPROVE,
  agreedWorkedExample,
  CALCULATE,
  DISBURSE,
  PAY,
  submitVerified,
  todayInDenmark,
} from '../support/lifecycle.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// A distribution is money received once its payment is PAID. PostgreSQL keeps `distribution.paid_on`
// from the payment, and every money read (positions, funds, portfolio history) sums by it.

let api: TestApi;
let aarhus: GraphQLClient;
let kapitalfond: GraphQLClient;
let partnership: AgreedPartnership;
let paymentId: string;

const KAPITALFOND_MONEY = `query Money($id: ID!) {
  partnership(id: $id) { terms { tranches { organisation { name } position { principalRepaid outstanding } } } }
  portfolio { history { date principalRepaid } }
}`;

interface KapitalfondMoney {
  partnership: {
    terms: {
      tranches: {
        organisation: { name: string };
        position: { principalRepaid: string; outstanding: string } | null;
      }[];
    };
  };
  portfolio: { history: { date: string; principalRepaid: string }[] };
}

async function kapitalfondMoney() {
  const money = await kapitalfond.data<KapitalfondMoney>(KAPITALFOND_MONEY, { id: partnership.id });
  const tranche = money.partnership.terms.tranches.find(
    (candidate) => candidate.organisation.name === 'Den Sociale Kapitalfond',
  );
  return { position: tranche?.position, latest: money.portfolio.history.at(-1) };
}

function paidOnOfDistributions(payment: string) {
  return sql<{ paid_on: string | null }>(
    api,
    'select paid_on::text as paid_on from distribution where payment_id = ? order by tranche_id',
    [payment],
  ).then((rows) => rows.map((row) => row.paid_on));
}

/** A verified report of families completed in one quarter, settled into a new payment: its id. */
async function settledQuarter(periodStart: string, periodEnd: string, value: string): Promise<string> {
  await submitVerified(await api.as('askov'), await api.as('evaluering'), partnership.id, {
    metricKey: 'families-completed',
    periodStart,
    periodEnd,
    value,
  });
  const calculated = await aarhus.data<{ calculatePayment: { id: string } }>(CALCULATE, {
    id: partnership.id,
  });
  return calculated.calculatePayment.id;
}

beforeAll(async () => {
  api = await startTestApi();
  aarhus = await api.as('aarhus');
  kapitalfond = await api.as('kapitalfond');
  partnership = await agreedWorkedExample(api, 'Modtagne penge');
  await kapitalfond.data(DISBURSE, {
    input: {
      trancheId: partnership.tranches['Den Sociale Kapitalfond'],
      amount: '2000000.00',
      date: '2026-02-01',
    },
  });
  paymentId = await settledQuarter('2026-01-01', '2026-03-31', '3');
});
afterAll(() => api.close());

describe('money received through a payment', () => {
  it('counts nothing while the payment is calculated or approved', async () => {
    expect(await paidOnOfDistributions(paymentId)).toEqual([null, null, null]);
    await aarhus.data(APPROVE, { id: paymentId });
    expect(await paidOnOfDistributions(paymentId)).toEqual([null, null, null]);
    const { position, latest } = await kapitalfondMoney();
    expect(position).toEqual({ principalRepaid: '0.00', outstanding: '2000000.00' });
    expect(latest?.principalRepaid).not.toBe('120000.00');
  });

  it('counts on the day the payment was paid, in positions and in the portfolio history', async () => {
    const before = await kapitalfondMoney();
    const paidOn = todayInDenmark();
    await aarhus.data(PAY, { id: paymentId, on: paidOn });
    expect(await paidOnOfDistributions(paymentId)).toEqual([paidOn, paidOn, paidOn]);
    const after = await kapitalfondMoney();
    // Only Kapitalfond disbursed at level 1, so all 120,000.00 is its principal.
    expect(after.position).toEqual({ principalRepaid: '120000.00', outstanding: '1880000.00' });
    expect(after.latest?.date).toBe(paidOn);
    const repaidBefore = Number(before.latest?.principalRepaid ?? '0');
    expect(Number(after.latest?.principalRepaid)).toBe(repaidBefore + 120000);
  });
});

describe('distribution.paid_on in the database', () => {
  let paidOn: string | undefined;
  let unpaidId: string;

  beforeAll(async () => {
    [paidOn] = (
      await sql<{ paid_on: string }>(
        api,
        'select paid_on::text as paid_on from outcome_payment where id = ?',
        [paymentId],
      )
    ).map((row) => row.paid_on);
    unpaidId = await settledQuarter('2026-04-01', '2026-06-30', '2');
  });

  it('follows the payment whatever an update sends', async () => {
    await sql(api, "update distribution set paid_on = '2001-01-01' where payment_id in (?, ?)", [
      paymentId,
      unpaidId,
    ]);
    expect(await paidOnOfDistributions(paymentId)).toEqual([paidOn, paidOn, paidOn]);
    expect(await paidOnOfDistributions(unpaidId)).toEqual([null, null, null]);
    await sql(api, 'update distribution set paid_on = null where payment_id = ?', [paymentId]);
    expect(await paidOnOfDistributions(paymentId)).toEqual([paidOn, paidOn, paidOn]);
  });

  it.each<[string, () => string, string | null, () => string | null | undefined]>([
    ['a paid payment', () => paymentId, null, () => paidOn],
    ['an unpaid payment', () => unpaidId, '2001-01-01', () => null],
  ])('follows the payment whatever an insert sends, for %s', async (_, payment, sent, expected) => {
    const [row] = await sql<{ id: string }>(
      api,
      `delete from distribution
        where id = (select id from distribution where payment_id = ? and principal = 0 limit 1) returning *`,
      [payment()],
    );
    expect(row).toBeDefined();
    const inserted = await sql<{ paid_on: string | null }>(
      api,
      `insert into distribution (id, payment_id, tranche_id, principal, premium, paid_on)
       select id, payment_id, tranche_id, principal, premium, ?::date
         from json_populate_record(null::distribution, ?::json)
       returning paid_on::text as paid_on`,
      [sent, JSON.stringify(row)],
    );
    expect(inserted).toEqual([{ paid_on: expected() }]);
  });
});
