import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPROVE,
  agreedPartnership,
  CALCULATE,
  CLOSE,
  type DeliveryPartnership,
  deliveryRowCounts,
  disburse,
  lines,
  monthReport,
  PAY,
  type PaymentView,
  POSITION_FIELDS,
  REJECT,
  type ReportInput,
  type ReportView,
  settle,
  shares,
  submit,
  submitRequest,
  submitVerified,
  today,
  tranche,
  VERIFY,
} from '../support/delivery.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Ids, PROPOSE, SIGN, workedExampleTerms } from '../support/terms.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let aarhus: GraphQLClient;
let askov: GraphQLClient;
let kapitalfond: GraphQLClient;
let trivsel: GraphQLClient;
let evaluering: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  [aarhus, askov, kapitalfond, trivsel, evaluering] = await Promise.all([
    api.as('aarhus'),
    api.as('askov'),
    api.as('kapitalfond'),
    api.as('trivsel'),
    api.as('evaluering'),
  ]);
});
afterAll(() => api.close());

const AARHUS = 'Aarhus Kommune';
const KAPITALFOND = 'Den Sociale Kapitalfond';
const TRIVSEL = 'Trivselsfonden';

const FAMILIES = {
  key: 'families-completed',
  name: 'Familier der har gennemført forløbet',
  definition: 'Antal familier, hvor volden er stoppet og ikke genopstået efter 12 måneder.',
  unit: 'familier',
  verifier: 'EVALUATOR',
  rule: 'PER_OUTCOME',
  price: '40000.00',
};

/** Reports as the commissioner sees them, by id. */
async function reportsById(partnershipId: string): Promise<Record<string, ReportView>> {
  const data = await aarhus.data<{ partnership: { reports: ReportView[] } }>(
    `query R($id: ID!) { partnership(id: $id) { reports { id status periodStart periodEnd value note reviewNote metric { key } payment { id } } } }`,
    { id: partnershipId },
  );
  return Object.fromEntries(data.partnership.reports.map((report) => [report.id, report]));
}

interface MoneyView {
  partnership: {
    paidToDate: string;
    payments: (PaymentView & { number: number })[];
    terms: { tranches: { organisation: { name: string }; position: Record<string, string> }[] };
  };
}

async function moneyOf(partnershipId: string): Promise<MoneyView['partnership']> {
  const data = await aarhus.data<MoneyView>(
    `query M($id: ID!) { partnership(id: $id) { paidToDate
      payments { id number status total capReduction providerSurplus lines { metric { key } gross amount reports { id } }
        distributions { tranche { id organisation { name } } principal premium } }
      terms { tranches { organisation { name } position { ${POSITION_FIELDS} } } } } }`,
    { id: partnershipId },
  );
  // Newest first as served; oldest first here, in the order they were calculated.
  return {
    ...data.partnership,
    payments: [...data.partnership.payments].sort((a, b) => a.number - b.number),
  };
}

async function positionOf(partnershipId: string, organisation: string): Promise<Record<string, string>> {
  const money = await moneyOf(partnershipId);
  const found = money.terms.tranches.find((candidate) => candidate.organisation.name === organisation);
  if (!found) throw new Error(`no tranche of ${organisation}`);
  return found.position;
}

function verified(partnershipId: string, report: ReportInput): Promise<string> {
  return submitVerified(askov, evaluering, partnershipId, report);
}

async function calculated(partnershipId: string): Promise<PaymentView> {
  return (await aarhus.data<{ calculatePayment: PaymentView }>(CALCULATE, { partnershipId }))
    .calculatePayment;
}

describe('a new report supersedes open ones and conflicts with verified ones', () => {
  let partnership: DeliveryPartnership;
  const ids = { first: '', second: '', third: '', wellbeing: '', march: '' };

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
  });

  const families = (periodStart: string, periodEnd: string, value: string): ReportInput => ({
    metricKey: 'families-completed',
    periodStart,
    periodEnd,
    value,
  });

  it('supersedes a SUBMITTED report of the same metric whose period overlaps', async () => {
    ids.first = await submit(askov, partnership.id, families('2026-01-01', '2026-01-31', '3'));
    ids.second = await submit(askov, partnership.id, families('2026-01-31', '2026-02-15', '4'));
    const reports = await reportsById(partnership.id);
    expect(reports[ids.first]?.status).toBe('SUPERSEDED');
    expect(reports[ids.second]?.status).toBe('SUBMITTED');
  });

  it('supersedes a REJECTED one', async () => {
    await evaluering.data(REJECT, { id: ids.second, reason: 'Periode forkert afgrænset' });
    ids.third = await submit(askov, partnership.id, families('2026-02-01', '2026-02-28', '5'));
    const reports = await reportsById(partnership.id);
    expect(reports[ids.second]).toMatchObject({
      status: 'SUPERSEDED',
      reviewNote: 'Periode forkert afgrænset',
    });
    expect(reports[ids.third]?.status).toBe('SUBMITTED');
  });

  it('leaves other metrics alone, and reports that merely touch end to end', async () => {
    ids.wellbeing = await submit(askov, partnership.id, {
      metricKey: 'child-wellbeing',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      value: '0.35',
    });
    ids.march = await submit(askov, partnership.id, families('2026-03-01', '2026-03-31', '2'));
    const reports = await reportsById(partnership.id);
    expect([reports[ids.third]?.status, reports[ids.wellbeing]?.status, reports[ids.march]?.status]).toEqual([
      'SUBMITTED',
      'SUBMITTED',
      'SUBMITTED',
    ]);
  });

  it.each([
    ['the same period', '2026-02-01', '2026-02-28'],
    ['one shared day at its end', '2026-02-28', '2026-02-28'],
    ['one shared day at its start', '2026-01-15', '2026-02-01'],
    ['a period around it', '2026-01-01', '2026-12-31'],
  ])(
    'a report overlapping a VERIFIED one (%s) is a CONFLICT and changes nothing',
    async (_case, start, end) => {
      if ((await reportsById(partnership.id))[ids.third]?.status === 'SUBMITTED') {
        await evaluering.data(VERIFY, { id: ids.third });
      }
      const before = await deliveryRowCounts(api);
      const statuses = Object.fromEntries(
        Object.values(await reportsById(partnership.id)).map((report) => [report.id, report.status]),
      );
      const result = await submitRequest(askov, partnership.id, families(start, end, '9'));
      expect(errorCode(result)).toBe('CONFLICT');
      expect(await deliveryRowCounts(api)).toEqual(before);
      // Nothing half-done: a SUBMITTED report the new one overlaps too (March) was not superseded.
      expect(
        Object.fromEntries(
          Object.values(await reportsById(partnership.id)).map((report) => [report.id, report.status]),
        ),
      ).toEqual(statuses);
    },
  );

  it('reviews a report once: a second review, or a review of a superseded one, is a CONFLICT', async () => {
    const attempts = [
      evaluering.request(VERIFY, { id: ids.third }),
      evaluering.request(REJECT, { id: ids.third, reason: 'Alligevel ikke' }),
      evaluering.request(VERIFY, { id: ids.first }),
      evaluering.request(REJECT, { id: ids.second, reason: 'Igen' }),
    ];
    expect((await Promise.all(attempts)).map(errorCode)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);
    const reports = await reportsById(partnership.id);
    expect(reports[ids.third]).toMatchObject({ status: 'VERIFIED', reviewNote: null });
  });

  it('a rejected report can be reviewed no more either', async () => {
    await evaluering.data(REJECT, { id: ids.wellbeing, reason: 'Ikke SDQ' });
    expect(errorCode(await evaluering.request(VERIFY, { id: ids.wellbeing }))).toBe('CONFLICT');
  });

  it('settles only the VERIFIED report; superseded, rejected and open ones stay out', async () => {
    const payment = await calculated(partnership.id);
    expect(payment.lines.map((line) => [line.metric.key, line.reports.map((report) => report.id)])).toEqual([
      ['families-completed', [ids.third]],
    ]);
    expect(payment.total).toBe('200000.00');
    const reports = await reportsById(partnership.id);
    expect(reports[ids.third]?.payment?.id).toBe(payment.id);
    for (const key of ['first', 'second', 'wellbeing', 'march'] as const)
      expect(reports[ids[key]]?.payment).toBeNull();
  });
});

describe("a metric's cap across payments", () => {
  let partnership: DeliveryPartnership;

  beforeAll(async () => {
    partnership = await agreedPartnership(api, () => ({
      metrics: [
        { ...FAMILIES, cap: '600000.00' },
        {
          key: 'child-wellbeing',
          name: 'Børnenes trivsel',
          definition: 'Andel af børn med forbedret trivselsscore.',
          unit: 'andel',
          verifier: 'EVALUATOR',
          rule: 'LINEAR',
          threshold: '0.30',
          target: '0.60',
          amount: '500000.00',
        },
      ],
    }));
  });

  it('gives the first payment the whole gross while under the cap', async () => {
    await verified(partnership.id, monthReport('families-completed', 1, '10'));
    const first = await calculated(partnership.id);
    expect(lines(first)).toEqual([['families-completed', '400000.00', '400000.00']]);
    expect(first.total).toBe('400000.00');
  });

  it('gives the second only what is left of the cap, counting a first payment not even approved', async () => {
    await verified(partnership.id, monthReport('families-completed', 2, '8'));
    await verified(partnership.id, monthReport('child-wellbeing', 2, '0.60'));
    const money = await moneyOf(partnership.id);
    expect(money.payments.map((payment) => payment.status)).toEqual(['CALCULATED']);
    const second = await calculated(partnership.id);
    expect(lines(second).sort()).toEqual([
      ['child-wellbeing', '500000.00', '500000.00'],
      ['families-completed', '320000.00', '200000.00'],
    ]);
    expect(second.total).toBe('700000.00');
    expect(second.capReduction).toBe('0.00');
  });

  it('gives nothing more once the cap is used up', async () => {
    await verified(partnership.id, monthReport('families-completed', 3, '1'));
    const third = await calculated(partnership.id);
    expect(lines(third)).toEqual([['families-completed', '40000.00', '0.00']]);
    expect(third.total).toBe('0.00');
    expect(third.distributions.every((row) => row.principal === '0.00' && row.premium === '0.00')).toBe(true);
  });
});

describe("the contract's paymentCap reached in the middle of a payment", () => {
  let partnership: DeliveryPartnership;

  beforeAll(async () => {
    partnership = await agreedPartnership(api, () => ({ paymentCap: '1000000.00' }));
  });

  it('pays in full while under the cap', async () => {
    await verified(partnership.id, monthReport('families-completed', 1, '20'));
    const first = await calculated(partnership.id);
    await aarhus.data(APPROVE, { id: first.id });
    expect([first.total, first.capReduction]).toEqual(['800000.00', '0.00']);
  });

  it('cuts the payment to what is left and reports the cut as capReduction; lines keep their amounts', async () => {
    await verified(partnership.id, monthReport('families-completed', 2, '5'));
    await verified(partnership.id, monthReport('child-wellbeing', 2, '0.45'));
    const second = await calculated(partnership.id);
    expect(lines(second).sort()).toEqual([
      ['child-wellbeing', '250000.00', '250000.00'],
      ['families-completed', '200000.00', '200000.00'],
    ]);
    expect([second.total, second.capReduction]).toEqual(['200000.00', '250000.00']);
  });

  it('pays nothing once the cap is reached: everything is capReduction', async () => {
    await verified(partnership.id, monthReport('families-completed', 3, '1'));
    const third = await calculated(partnership.id);
    expect([third.total, third.capReduction]).toEqual(['0.00', '40000.00']);
    const money = await moneyOf(partnership.id);
    expect(money.payments.map((payment) => payment.total)).toEqual(['800000.00', '200000.00', '0.00']);
  });
});

describe('payment lines', () => {
  it("follow the order of the terms' metrics, whatever the order of the reports' periods", async () => {
    const partnership = await agreedPartnership(api);
    // child-wellbeing's report starts first; the terms list families-completed first.
    await verified(partnership.id, monthReport('child-wellbeing', 1, '0.40'));
    await verified(partnership.id, monthReport('families-completed', 2, '1'));
    const payment = await calculated(partnership.id);
    expect(lines(payment)).toEqual([
      ['families-completed', '40000.00', '40000.00'],
      ['child-wellbeing', '166666.66', '166666.66'],
    ]);
  });
});

describe('an amendment agreed before a payment', () => {
  it('prices every report by the terms in force; a metric the amendment dropped keeps its own rule', async () => {
    const partnership = await agreedPartnership(api);
    await verified(partnership.id, monthReport('child-wellbeing', 1, '0.45'));
    await verified(partnership.id, monthReport('families-completed', 2, '3'));
    // The amendment raises the price per family and drops the wellbeing metric.
    const amendment = workedExampleTerms(partnership.ids);
    const amended = await aarhus.data<{ proposeTerms: { id: string; contentHash: string } }>(PROPOSE, {
      partnershipId: partnership.id,
      terms: { ...amendment, metrics: [{ ...amendment.metrics[0], price: '50000.00' }] },
    });
    for (const signer of [aarhus, askov, kapitalfond, trivsel]) {
      await signer.data(SIGN, {
        versionId: amended.proposeTerms.id,
        contentHash: amended.proposeTerms.contentHash,
      });
    }
    const payment = await calculated(partnership.id);
    expect(lines(payment)).toEqual([
      ['families-completed', '150000.00', '150000.00'],
      ['child-wellbeing', '250000.00', '250000.00'],
    ]);
    expect(payment.total).toBe('400000.00');
  });
});

describe('the THRESHOLD rule', () => {
  it('pays the amount for each report at or above the threshold, nothing below', async () => {
    const partnership = await agreedPartnership(api, () => ({
      metrics: [
        FAMILIES,
        {
          key: 'completion-rate',
          name: 'Gennemførelse af forløbet',
          definition: 'Andelen af familierne, der gennemfører hele forløbet.',
          unit: 'andel',
          verifier: 'EVALUATOR',
          rule: 'THRESHOLD',
          threshold: '0.70',
          amount: '250000.00',
        },
      ],
    }));
    const values = ['0.69', '0.70', '0.95', '0', '0.6999'];
    const reportIds = [];
    for (const [index, value] of values.entries()) {
      reportIds.push(await verified(partnership.id, monthReport('completion-rate', index + 1, value)));
    }
    const payment = await calculated(partnership.id);
    expect(lines(payment)).toEqual([['completion-rate', '500000.00', '500000.00']]);
    expect(payment.lines[0]?.reports.map((report) => report.id)).toEqual(reportIds);
    expect(payment.total).toBe('500000.00');
  });
});

describe('a second payment shares level 1 pro rata to what each tranche is still due', () => {
  let partnership: DeliveryPartnership;

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    await disburse(aarhus, partnership.tranches[AARHUS] ?? '', '3000000.00');
    await disburse(kapitalfond, partnership.tranches[KAPITALFOND] ?? '', '1000000.00');
    await disburse(trivsel, partnership.tranches[TRIVSEL] ?? '', '1000000.00');
  });

  it('first payment: 840,000.00 shared 3,150,000 : 1,050,000', async () => {
    await verified(partnership.id, monthReport('families-completed', 1, '21'));
    const first = await settle(aarhus, partnership.id);
    expect(first.total).toBe('840000.00');
    expect(shares(first)).toEqual([
      [AARHUS, '630000.00', '0.00'],
      [KAPITALFOND, '210000.00', '0.00'],
      [TRIVSEL, '0.00', '0.00'],
    ]);
  });

  it('second payment, after Kapitalfond disbursed more: 1,000,000.00 shared 2,520,000 : 1,890,000, the odd øre by largest remainder', async () => {
    await disburse(kapitalfond, partnership.tranches[KAPITALFOND] ?? '', '1000000.00', '2026-06-01');
    await verified(partnership.id, monthReport('families-completed', 2, '25'));
    const second = await settle(aarhus, partnership.id);
    expect(second.total).toBe('1000000.00');
    // By disbursement alone it would be 600,000 / 400,000; what is still due is 4 : 3.
    expect(shares(second)).toEqual([
      [AARHUS, '571428.57', '0.00'],
      [KAPITALFOND, '428571.43', '0.00'],
      [TRIVSEL, '0.00', '0.00'],
    ]);
    expect(second.providerSurplus).toBe('0.00');
  });

  it('positions add both payments up', async () => {
    expect(await positionOf(partnership.id, AARHUS)).toMatchObject({
      disbursed: '3000000.00',
      principalRepaid: '1201428.57',
      outstanding: '1798571.43',
    });
    expect(await positionOf(partnership.id, KAPITALFOND)).toMatchObject({
      disbursed: '2000000.00',
      principalRepaid: '638571.43',
      outstanding: '1361428.57',
      undrawn: '0.00',
    });
  });
});

describe('principal before premium, junior levels after senior ones, then the provider', () => {
  let partnership: DeliveryPartnership;

  beforeAll(async () => {
    partnership = await agreedPartnership(api, (ids: Ids) => ({
      tranches: [
        tranche(ids, AARHUS, { seniority: 1, commitment: '100000.00', premiumRate: '0.05' }),
        tranche(ids, KAPITALFOND, { seniority: 1, commitment: '100000.00', premiumRate: '0.05' }),
        tranche(ids, TRIVSEL, { seniority: 2, commitment: '100000.00', premiumRate: '0' }),
      ],
    }));
    await disburse(aarhus, partnership.tranches[AARHUS] ?? '', '100000.00');
    await disburse(kapitalfond, partnership.tranches[KAPITALFOND] ?? '', '100000.00');
    await disburse(trivsel, partnership.tranches[TRIVSEL] ?? '', '100000.00');
  });

  it('160,000.00: level 1 (due 210,000) shares it as principal; level 2 gets nothing', async () => {
    await verified(partnership.id, monthReport('families-completed', 1, '4'));
    const payment = await settle(aarhus, partnership.id);
    expect(shares(payment)).toEqual([
      [AARHUS, '80000.00', '0.00'],
      [KAPITALFOND, '80000.00', '0.00'],
      [TRIVSEL, '0.00', '0.00'],
    ]);
    expect(payment.providerSurplus).toBe('0.00');
  });

  it('80,000.00: level 1 gets the rest of its principal, then its premium; level 2 the remainder', async () => {
    await verified(partnership.id, monthReport('families-completed', 2, '2'));
    const payment = await settle(aarhus, partnership.id);
    expect(shares(payment)).toEqual([
      [AARHUS, '20000.00', '5000.00'],
      [KAPITALFOND, '20000.00', '5000.00'],
      [TRIVSEL, '30000.00', '0.00'],
    ]);
    expect(payment.providerSurplus).toBe('0.00');
  });

  it('120,000.00: level 2 is repaid in full and the provider gets what is left', async () => {
    await verified(partnership.id, monthReport('families-completed', 3, '3'));
    const payment = await settle(aarhus, partnership.id);
    expect(shares(payment)).toEqual([
      [AARHUS, '0.00', '0.00'],
      [KAPITALFOND, '0.00', '0.00'],
      [TRIVSEL, '70000.00', '0.00'],
    ]);
    expect(payment.providerSurplus).toBe('50000.00');
  });

  it('once everyone is repaid with premium, a payment goes to the provider whole', async () => {
    await verified(partnership.id, monthReport('families-completed', 4, '1'));
    const payment = await settle(aarhus, partnership.id);
    expect(payment.total).toBe('40000.00');
    expect(payment.providerSurplus).toBe('40000.00');
    expect(payment.distributions.every((row) => row.principal === '0.00' && row.premium === '0.00')).toBe(
      true,
    );
  });

  it('leaves every investment tranche repaid, with premium, and nothing outstanding', async () => {
    expect(await positionOf(partnership.id, AARHUS)).toEqual({
      committed: '100000.00',
      disbursed: '100000.00',
      principalRepaid: '100000.00',
      premiumReceived: '5000.00',
      outstanding: '0.00',
      undrawn: '0.00',
      atRisk: '0.00',
      writtenOff: '0.00',
    });
    expect(await positionOf(partnership.id, TRIVSEL)).toMatchObject({
      principalRepaid: '100000.00',
      premiumReceived: '0.00',
      outstanding: '0.00',
    });
  });
});

describe('a GRANT tranche never receives anything', () => {
  let partnership: DeliveryPartnership;
  let grantId: string;

  beforeAll(async () => {
    partnership = await agreedPartnership(api, (ids: Ids) => ({
      tranches: [
        tranche(ids, AARHUS, { seniority: 1, commitment: '100000.00', premiumRate: '0.05' }),
        tranche(ids, KAPITALFOND, { seniority: 1, commitment: '100000.00', premiumRate: '0.05' }),
        tranche(ids, TRIVSEL, { kind: 'GRANT', seniority: 1, commitment: '500000.00', premiumRate: '0' }),
      ],
    }));
    grantId = partnership.tranches[TRIVSEL] ?? '';
    await disburse(aarhus, partnership.tranches[AARHUS] ?? '', '100000.00');
    await disburse(kapitalfond, partnership.tranches[KAPITALFOND] ?? '', '100000.00');
    await disburse(trivsel, grantId, '500000.00');
  });

  const grantRows = (payment: PaymentView) =>
    payment.distributions
      .filter((row) => row.tranche.id === grantId)
      .map((row) => [row.principal, row.premium]);

  it('is left out of the pro-rata share of its level', async () => {
    await verified(partnership.id, monthReport('families-completed', 1, '4'));
    const payment = await settle(aarhus, partnership.id);
    expect(shares(payment).filter(([name]) => name !== TRIVSEL)).toEqual([
      [AARHUS, '80000.00', '0.00'],
      [KAPITALFOND, '80000.00', '0.00'],
    ]);
    for (const row of grantRows(payment)) expect(row).toEqual(['0.00', '0.00']);
  });

  it('is passed over on the way to the provider surplus', async () => {
    await verified(partnership.id, monthReport('families-completed', 2, '3'));
    const payment = await settle(aarhus, partnership.id);
    expect(shares(payment).filter(([name]) => name !== TRIVSEL)).toEqual([
      [AARHUS, '20000.00', '5000.00'],
      [KAPITALFOND, '20000.00', '5000.00'],
    ]);
    for (const row of grantRows(payment)) expect(row).toEqual(['0.00', '0.00']);
    expect(payment.providerSurplus).toBe('70000.00');
  });

  it('has nothing outstanding, at risk or written off, before or after closing', async () => {
    const grant = {
      committed: '500000.00',
      disbursed: '500000.00',
      principalRepaid: '0.00',
      premiumReceived: '0.00',
      outstanding: '0.00',
      undrawn: '0.00',
      atRisk: '0.00',
      writtenOff: '0.00',
    };
    expect(await positionOf(partnership.id, TRIVSEL)).toEqual(grant);
    await aarhus.data(CLOSE, { id: partnership.id, outcome: 'SUCCEEDED' });
    expect(await positionOf(partnership.id, TRIVSEL)).toEqual(grant);
  });
});

describe('payment steps in order, each once', () => {
  let partnership: DeliveryPartnership;
  let payment: PaymentView;

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    await verified(partnership.id, monthReport('families-completed', 1, '1'));
    payment = await calculated(partnership.id);
  });

  async function statusNow() {
    return (await moneyOf(partnership.id)).payments.find((candidate) => candidate.id === payment.id)?.status;
  }

  it('paying before approving is a CONFLICT', async () => {
    expect(errorCode(await aarhus.request(PAY, { id: payment.id, paidOn: today() }))).toBe('CONFLICT');
    expect(await statusNow()).toBe('CALCULATED');
  });

  it('approving twice is a CONFLICT', async () => {
    const approved = await aarhus.data<{ approvePayment: PaymentView }>(APPROVE, { id: payment.id });
    expect(approved.approvePayment.status).toBe('APPROVED');
    expect(errorCode(await aarhus.request(APPROVE, { id: payment.id }))).toBe('CONFLICT');
    expect(await statusNow()).toBe('APPROVED');
  });

  it('paying twice, or approving a paid payment, is a CONFLICT', async () => {
    const paid = await aarhus.data<{ markPaymentPaid: PaymentView }>(PAY, {
      id: payment.id,
      paidOn: today(),
    });
    expect(paid.markPaymentPaid).toMatchObject({ status: 'PAID', paidOn: today() });
    expect(errorCode(await aarhus.request(PAY, { id: payment.id, paidOn: today() }))).toBe('CONFLICT');
    expect(errorCode(await aarhus.request(APPROVE, { id: payment.id }))).toBe('CONFLICT');
    expect(await statusNow()).toBe('PAID');
  });
});

describe('paidToDate and positions count PAID payments only', () => {
  let partnership: DeliveryPartnership;
  const payments: string[] = [];

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    await disburse(aarhus, partnership.tranches[AARHUS] ?? '', '1000000.00');
    await verified(partnership.id, monthReport('families-completed', 1, '1'));
    payments.push((await settle(aarhus, partnership.id)).id);
    await verified(partnership.id, monthReport('families-completed', 2, '2'));
    const second = await calculated(partnership.id);
    await aarhus.data(APPROVE, { id: second.id });
    payments.push(second.id);
    await verified(partnership.id, monthReport('families-completed', 3, '3'));
    payments.push((await calculated(partnership.id)).id);
  });

  it('counts the PAID payment, not the APPROVED or CALCULATED ones', async () => {
    const money = await moneyOf(partnership.id);
    expect(money.payments.map((payment) => [payment.status, payment.total])).toEqual([
      ['PAID', '40000.00'],
      ['APPROVED', '80000.00'],
      ['CALCULATED', '120000.00'],
    ]);
    expect(money.paidToDate).toBe('40000.00');
    expect(await positionOf(partnership.id, AARHUS)).toMatchObject({
      principalRepaid: '40000.00',
      outstanding: '960000.00',
    });
  });

  it('but distributes each payment as if the earlier ones were already paid', async () => {
    const money = await moneyOf(partnership.id);
    expect(money.payments.map((payment) => shares(payment)[0])).toEqual([
      [AARHUS, '40000.00', '0.00'],
      [AARHUS, '80000.00', '0.00'],
      [AARHUS, '120000.00', '0.00'],
    ]);
  });

  it('adds each payment as it is paid', async () => {
    await aarhus.data(PAY, { id: payments[1], paidOn: today() });
    expect((await moneyOf(partnership.id)).paidToDate).toBe('120000.00');
    await aarhus.data(APPROVE, { id: payments[2] });
    await aarhus.data(PAY, { id: payments[2], paidOn: today() });
    const money = await moneyOf(partnership.id);
    expect(money.paidToDate).toBe('240000.00');
    expect(await positionOf(partnership.id, AARHUS)).toMatchObject({
      principalRepaid: '240000.00',
      outstanding: '760000.00',
    });
  });
});
