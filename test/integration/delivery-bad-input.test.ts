import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AARHUS_MEMBERS,
  APPROVE,
  agreedPartnership,
  CALCULATE,
  CLOSE,
  type DeliveryPartnership,
  deliveryRowCounts,
  disburse,
  disburseRequest,
  monthReport,
  organisationId,
  PAY,
  type PaymentView,
  POSITION_FIELDS,
  REJECT,
  type ReportInput,
  type ReportView,
  settle,
  shiftDays,
  submit,
  submitRequest,
  submitVerified,
  today,
  VERIFY,
} from '../support/delivery.js';
import {
  errorCode,
  errorField,
  type GraphQLClient,
  type GraphQLResponse,
} from '../support/graphql-client.js';
import { lookUpIds, PROPOSE, workedExampleTerms } from '../support/terms.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let aarhus: GraphQLClient;
let askov: GraphQLClient;
let kapitalfond: GraphQLClient;
let evaluering: GraphQLClient;

beforeAll(async () => {
  api = await startTestApi();
  [aarhus, askov, kapitalfond, evaluering] = await Promise.all([
    api.as('aarhus'),
    api.as('askov'),
    api.as('kapitalfond'),
    api.as('evaluering'),
  ]);
});
afterAll(() => api.close());

/**
 * The call is BAD_USER_INPUT naming `field` (in the message too), and no delivery table gained or
 * lost a row. A field that fails the GraphQL scalar itself is named with its input path
 * (`input.amount`), one the API checks with its own name (`amount`): both name the field.
 */
async function expectRefused(
  field: string,
  call: () => Promise<GraphQLResponse<unknown>>,
  { scalar = false }: { scalar?: boolean } = {},
): Promise<void> {
  const before = await deliveryRowCounts(api);
  const result = await call();
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(errorField(result)).toBe(scalar ? `input.${field}` : field);
  expect(result.errors?.[0]?.message).toContain(field);
  expect(result.data ?? null).toBeNull();
  expect(await deliveryRowCounts(api)).toEqual(before);
}

async function expectConflict(call: () => Promise<GraphQLResponse<unknown>>): Promise<void> {
  const before = await deliveryRowCounts(api);
  const result = await call();
  expect(errorCode(result)).toBe('CONFLICT');
  expect(await deliveryRowCounts(api)).toEqual(before);
}

async function positionOf(partnershipId: string, organisation: string): Promise<Record<string, string>> {
  const data = await aarhus.data<{
    partnership: {
      terms: { tranches: { organisation: { name: string }; position: Record<string, string> }[] };
    };
  }>(
    `query P($id: ID!) { partnership(id: $id) { terms { tranches { organisation { name } position { ${POSITION_FIELDS} } } } } }`,
    { id: partnershipId },
  );
  const tranche = data.partnership.terms.tranches.find(
    (candidate) => candidate.organisation.name === organisation,
  );
  if (!tranche) throw new Error(`no tranche of ${organisation}`);
  return tranche.position;
}

async function reportsOf(partnershipId: string): Promise<ReportView[]> {
  const data = await aarhus.data<{ partnership: { reports: ReportView[] } }>(
    `query R($id: ID!) { partnership(id: $id) { reports { id status periodStart periodEnd value note reviewNote metric { key } payment { id } } } }`,
    { id: partnershipId },
  );
  return data.partnership.reports;
}

describe('recordDisbursement refuses bad input, naming the field and writing nothing', () => {
  let partnership: DeliveryPartnership;
  let trancheId: string;

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    trancheId = partnership.tranches['Den Sociale Kapitalfond'] ?? '';
  });

  const tomorrow = shiftDays(today(), 1);
  const CASES: [string, string, string, string, boolean][] = [
    ['a zero amount', '0', '2026-02-01', 'amount', false],
    ['0.00', '0.00', '2026-02-01', 'amount', false],
    ['a negative amount', '-100.00', '2026-02-01', 'amount', false],
    ['three decimals', '100.001', '2026-02-01', 'amount', false],
    ['an amount beyond numeric range', '99999999999999999999', '2026-02-01', 'amount', false],
    ['more than the commitment', '2000000.01', '2026-02-01', 'amount', false],
    ['an amount that is not a number', 'mange penge', '2026-02-01', 'amount', true],
    ['an amount in exponent notation', '1e5', '2026-02-01', 'amount', true],
    ['a date that does not exist', '100.00', '2026-02-30', 'date', true],
    ['a date in another format', '100.00', '01-02-2026', 'date', true],
    ['a date tomorrow', '100.00', tomorrow, 'date', false],
    ['a date far in the future', '100.00', '2999-01-01', 'date', false],
  ];

  it.each(CASES)('refuses %s (%s on %s) as field %s', async (_case, amount, date, field, scalar) => {
    await expectRefused(field, () => disburseRequest(kapitalfond, trancheId, amount, date), { scalar });
  });

  it('refuses what is left of the commitment plus one øre, and takes exactly what is left', async () => {
    await disburse(kapitalfond, trancheId, '1500000.00');
    await expectRefused('amount', () => disburseRequest(kapitalfond, trancheId, '500000.01'));
    const result = await disburseRequest(kapitalfond, trancheId, '500000.00', today());
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDisbursement.position).toMatchObject({
      committed: '2000000.00',
      disbursed: '2000000.00',
      undrawn: '0.00',
    });
    await expectRefused('amount', () => disburseRequest(kapitalfond, trancheId, '0.01'));
  });

  it('left the position as only the accepted disbursements made it', async () => {
    expect(await positionOf(partnership.id, 'Den Sociale Kapitalfond')).toMatchObject({
      disbursed: '2000000.00',
      outstanding: '2000000.00',
    });
    expect(await positionOf(partnership.id, 'Aarhus Kommune')).toMatchObject({ disbursed: '0.00' });
  });
});

describe('submitOutcomeReport refuses bad input, naming the field and writing nothing', () => {
  let partnership: DeliveryPartnership;
  let standing: string;
  const valid: ReportInput = {
    metricKey: 'families-completed',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
    value: '7',
  };

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    // A SUBMITTED report every case below overlaps: a refused submission must not supersede it.
    standing = await submit(askov, partnership.id, valid);
  });

  const CASES: [string, Partial<ReportInput>, string, boolean][] = [
    ['an unknown metric', { metricKey: 'families-happy' }, 'metricKey', false],
    ['an empty metric key', { metricKey: '' }, 'metricKey', false],
    ["another partnership's metric", { metricKey: 'job-6-months' }, 'metricKey', false],
    ['a negative value', { value: '-1' }, 'value', false],
    ['a slightly negative value', { value: '-0.01' }, 'value', false],
    ['a value that is not a number', { value: 'tolv' }, 'value', true],
    [
      'a period ending before it starts',
      { periodStart: '2026-03-31', periodEnd: '2026-03-01' },
      'periodEnd',
      false,
    ],
    ['a period starting before the terms', { periodStart: '2025-12-31' }, 'periodStart', false],
    ['a period ending after the terms', { periodEnd: '2029-01-01' }, 'periodEnd', false],
    ['a start date that does not exist', { periodStart: '2026-02-29' }, 'periodStart', true],
    ['an end date that does not exist', { periodEnd: '2026-03-32' }, 'periodEnd', true],
    ['a note of 2001 characters', { note: 'x'.repeat(2001) }, 'note', false],
  ];

  it.each(CASES)('refuses %s as field %s', async (_case, change, field, scalar) => {
    await expectRefused(field, () => submitRequest(askov, partnership.id, { ...valid, ...change }), {
      scalar,
    });
    const standingNow = (await reportsOf(partnership.id)).find((report) => report.id === standing);
    expect(standingNow?.status).toBe('SUBMITTED');
  });

  it('accepts the edges: value 0, a one-day period, the whole term, a note of 2000 characters', async () => {
    const accepted = [
      {
        ...valid,
        metricKey: 'child-wellbeing',
        value: '0',
        periodStart: '2026-01-01',
        periodEnd: '2026-01-01',
      },
      {
        ...valid,
        metricKey: 'child-wellbeing',
        periodStart: '2026-01-02',
        periodEnd: '2028-12-31',
        value: '0.5',
      },
      { ...valid, periodStart: '2026-04-01', periodEnd: '2026-04-30', note: 'x'.repeat(2000) },
    ];
    for (const report of accepted) {
      const result = await submitRequest(askov, partnership.id, report);
      expect(result.errors).toBeUndefined();
      expect(result.data?.submitOutcomeReport).toMatchObject({
        status: 'SUBMITTED',
        periodEnd: report.periodEnd,
      });
    }
  });
});

describe('a report value too large to pay out', () => {
  it('is refused as value, or settled without a bare 500; never leaves a report that cannot be settled', async () => {
    const partnership = await agreedPartnership(api);
    // 15 digits pass the value check; × 40,000.00 per family it is far beyond the money range.
    const submitted = await submitRequest(
      askov,
      partnership.id,
      monthReport('families-completed', 1, '999999999999999'),
    );
    if (submitted.errors) {
      expect(errorCode(submitted)).toBe('BAD_USER_INPUT');
      expect(errorField(submitted)).toBe('value');
      return;
    }
    await evaluering.data(VERIFY, { id: submitted.data?.submitOutcomeReport.id });
    const result = await aarhus.request(CALCULATE, { partnershipId: partnership.id });
    expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors).toBeUndefined();
  });
});

describe('verifying and rejecting refuse bad input and leave the report SUBMITTED', () => {
  let partnership: DeliveryPartnership;
  let report: string;

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
    report = await submit(askov, partnership.id, monthReport('families-completed', 2, '3'));
  });

  it.each([
    ['an empty reason', ''],
    ['a reason of blanks', '   \n\t '],
    ['a reason of 2001 characters', 'r'.repeat(2001)],
  ])('rejectOutcomeReport refuses %s (field reason)', async (_case, reason) => {
    await expectRefused('reason', () => evaluering.request(REJECT, { id: report, reason }));
  });

  it('rejectOutcomeReport without any reason is refused before it runs', async () => {
    const result = await evaluering.request(`mutation { rejectOutcomeReport(id: "${report}") { id } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('verifyOutcomeReport refuses a note of 2001 characters (field note)', async () => {
    await expectRefused('note', () => evaluering.request(VERIFY, { id: report, note: 'n'.repeat(2001) }));
  });

  it('left the report untouched, and a valid review still goes through', async () => {
    const [current] = await reportsOf(partnership.id);
    expect(current).toMatchObject({ id: report, status: 'SUBMITTED', reviewNote: null });
    const rejected = await evaluering.data<{ rejectOutcomeReport: ReportView }>(REJECT, {
      id: report,
      reason: '  Tallet er ikke dokumenteret.  ',
    });
    expect(rejected.rejectOutcomeReport).toMatchObject({
      status: 'REJECTED',
      reviewNote: 'Tallet er ikke dokumenteret.',
    });
  });
});

describe('calculatePayment with nothing to settle', () => {
  let partnership: DeliveryPartnership;

  beforeAll(async () => {
    partnership = await agreedPartnership(api);
  });

  it('is BAD_USER_INPUT on partnershipId without any report', async () => {
    await expectRefused('partnershipId', () => aarhus.request(CALCULATE, { partnershipId: partnership.id }));
  });

  it('is BAD_USER_INPUT while reports are only SUBMITTED, REJECTED or SUPERSEDED', async () => {
    await submit(askov, partnership.id, monthReport('families-completed', 1, '2'));
    await submit(askov, partnership.id, monthReport('families-completed', 1, '3'));
    const rejected = await submit(askov, partnership.id, monthReport('child-wellbeing', 1, '0.4'));
    await evaluering.data(REJECT, { id: rejected, reason: 'Nej' });
    await expectRefused('partnershipId', () => aarhus.request(CALCULATE, { partnershipId: partnership.id }));
  });

  it('is BAD_USER_INPUT once every verified report is settled', async () => {
    await submitVerified(askov, evaluering, partnership.id, monthReport('families-completed', 2, '1'));
    const payment = await settle(aarhus, partnership.id);
    expect(payment.total).toBe('40000.00');
    await expectRefused('partnershipId', () => aarhus.request(CALCULATE, { partnershipId: partnership.id }));
  });
});

describe('markPaymentPaid refuses a bad paidOn and leaves the payment APPROVED', () => {
  let payment: PaymentView;

  beforeAll(async () => {
    const partnership = await agreedPartnership(api);
    await submitVerified(askov, evaluering, partnership.id, monthReport('families-completed', 3, '2'));
    payment = (
      await aarhus.data<{ calculatePayment: PaymentView }>(CALCULATE, { partnershipId: partnership.id })
    ).calculatePayment;
    await aarhus.data(APPROVE, { id: payment.id });
  });

  it.each([
    ['the day before it was calculated', shiftDays(today(), -1), false],
    ['a date long before', '2026-01-01', false],
    ['tomorrow', shiftDays(today(), 1), false],
    ['a date that does not exist', '2026-02-29', true],
    ['a date in another format', '29/11/2026', true],
  ])('refuses %s (%s) as field paidOn', async (_case, paidOn, scalar) => {
    const before = await deliveryRowCounts(api);
    const result = await aarhus.request(PAY, { id: payment.id, paidOn });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    // A scalar failure on a plain argument names its variable, here `$paidOn`.
    expect(errorField(result)).toBe('paidOn');
    if (!scalar) expect(result.errors?.[0]?.message).toContain('paidOn');
    expect(await deliveryRowCounts(api)).toEqual(before);
  });

  it('left the payment APPROVED and unpaid; paying today works', async () => {
    const [row] = await api.orm.em
      .fork()
      .getConnection()
      .execute<{ status: string; paid_on: string | null }[]>(
        'select status, paid_on from outcome_payment where id = ?',
        [payment.id],
      );
    expect(row).toEqual({ status: 'APPROVED', paid_on: null });
    const paid = await aarhus.data<{ markPaymentPaid: PaymentView }>(PAY, {
      id: payment.id,
      paidOn: today(),
    });
    expect(paid.markPaymentPaid).toMatchObject({ status: 'PAID', paidOn: today() });
  });
});

describe('delivery before terms are agreed, or after closing, is a CONFLICT that writes nothing', () => {
  let proposedOnly: { id: string; trancheId: string };
  let closed: DeliveryPartnership;
  let closedReport: string;

  beforeAll(async () => {
    const ids = await lookUpIds(aarhus);
    const created = await aarhus.data<{ createPartnership: { id: string } }>(
      'mutation C($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      { input: { title: 'Endnu ikke aftalt', challenge: 'Vold i familien' } },
    );
    const id = created.createPartnership.id;
    for (const [name, role] of AARHUS_MEMBERS) {
      await aarhus.data(
        'mutation A($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
        { p: id, o: organisationId(ids, name), r: role },
      );
    }
    const proposed = await aarhus.data<{
      proposeTerms: { tranches: { id: string; organisation: { name: string } }[] };
    }>(PROPOSE, { partnershipId: id, terms: workedExampleTerms(ids) });
    const tranche = proposed.proposeTerms.tranches.find(
      (t) => t.organisation.name === 'Den Sociale Kapitalfond',
    );
    proposedOnly = { id, trancheId: tranche?.id ?? '' };

    closed = await agreedPartnership(api);
    closedReport = await submit(askov, closed.id, monthReport('families-completed', 1, '2'));
    await aarhus.data(CLOSE, { id: closed.id, outcome: 'TERMINATED' });
  });

  it('no disbursement into a tranche of terms that are only proposed', async () => {
    await expectConflict(() => disburseRequest(kapitalfond, proposedOnly.trancheId, '100.00'));
  });

  it('no report and no payment without agreed terms', async () => {
    await expectConflict(() =>
      submitRequest(askov, proposedOnly.id, monthReport('families-completed', 1, '1')),
    );
    await expectConflict(() => aarhus.request(CALCULATE, { partnershipId: proposedOnly.id }));
  });

  it('no review of a report left SUBMITTED when the partnership closed', async () => {
    await expectConflict(() => evaluering.request(VERIFY, { id: closedReport }));
    await expectConflict(() => evaluering.request(REJECT, { id: closedReport, reason: 'For sent' }));
    const [report] = await reportsOf(closed.id);
    expect(report?.status).toBe('SUBMITTED');
  });

  it('bad input is still named first, before the state is looked at', async () => {
    await expectRefused('amount', () =>
      disburseRequest(kapitalfond, closed.tranches['Den Sociale Kapitalfond'] ?? '', '-1'),
    );
    await expectRefused('value', () =>
      submitRequest(askov, closed.id, { ...monthReport('families-completed', 2, '1'), value: '-1' }),
    );
  });
});
