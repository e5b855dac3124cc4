import { randomUUID } from 'node:crypto';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';
import { type Ids, lookUpIds, PROPOSE, SIGN, workedExampleTerms } from './terms.js';
import type { DemoUser, TestApi } from './test-api.js';

/** A fresh, ACTIVE partnership: who is in it and the ids delivery needs. */
export interface DeliveryPartnership {
  readonly id: string;
  readonly title: string;
  readonly ids: Ids;
  readonly versionId: string;
  /** Tranche ids by the holding organisation's name. */
  readonly tranches: Readonly<Record<string, string>>;
}

type Role = 'COMMISSIONER' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';

export interface PartnershipSetup {
  readonly commissioner: DemoUser;
  readonly members: readonly (readonly [string, Role])[];
  readonly signers: readonly DemoUser[];
  readonly terms: (ids: Ids) => Record<string, unknown>;
  readonly title?: string;
}

export function organisationId(ids: Ids, name: string): string {
  const id = ids.organisations[name];
  if (!id) throw new Error(`no organisation ${name}`);
  return id;
}

/** Creates, staffs, proposes and has every signatory sign: the partnership is ACTIVE. */
export async function setUpPartnership(api: TestApi, setup: PartnershipSetup): Promise<DeliveryPartnership> {
  const commissioner = await api.as(setup.commissioner);
  const ids = await lookUpIds(commissioner);
  const title = setup.title ?? `Levering ${randomUUID().slice(0, 8)}`;
  const created = await commissioner.data<{ createPartnership: { id: string } }>(
    'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    { input: { title, challenge: 'Udsatte familier og unge' } },
  );
  const id = created.createPartnership.id;
  for (const [name, role] of setup.members) {
    await commissioner.data(
      'mutation Add($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
      { p: id, o: organisationId(ids, name), r: role },
    );
  }
  const proposed = await commissioner.data<{
    proposeTerms: {
      id: string;
      contentHash: string;
      tranches: { id: string; organisation: { name: string } }[];
    };
  }>(PROPOSE, { partnershipId: id, terms: setup.terms(ids) });
  const version = proposed.proposeTerms;
  for (const signer of setup.signers) {
    await (await api.as(signer)).data(SIGN, { versionId: version.id, contentHash: version.contentHash });
  }
  return {
    id,
    title,
    ids,
    versionId: version.id,
    tranches: Object.fromEntries(version.tranches.map((tranche) => [tranche.organisation.name, tranche.id])),
  };
}

export const AARHUS_MEMBERS = [
  ['AskovFonden', 'PROVIDER'],
  ['Den Sociale Kapitalfond', 'INVESTOR'],
  ['Trivselsfonden', 'FOUNDATION'],
  ['Evalueringsinstituttet', 'EVALUATOR'],
] as const satisfies readonly (readonly [string, Role])[];

/**
 * As Aarhus: AskovFonden PROVIDER, Den Sociale Kapitalfond INVESTOR, Trivselsfonden FOUNDATION,
 * Evalueringsinstituttet EVALUATOR; `workedExampleTerms` (with overrides) signed by all four.
 */
export function agreedPartnership(
  api: TestApi,
  overrides: (ids: Ids) => Record<string, unknown> = () => ({}),
  title?: string,
): Promise<DeliveryPartnership> {
  return setUpPartnership(api, {
    commissioner: 'aarhus',
    members: AARHUS_MEMBERS,
    signers: ['aarhus', 'askov', 'kapitalfond', 'trivsel'],
    terms: (ids) => workedExampleTerms(ids, overrides(ids)),
    ...(title ? { title } : {}),
  });
}

/** Vestby's own kind of partnership: Jobvejen PROVIDER, Nordisk Impact Invest INVESTOR, commissioner-verified metrics. */
export function agreedVestbyPartnership(api: TestApi): Promise<DeliveryPartnership> {
  return setUpPartnership(api, {
    commissioner: 'vestby',
    members: [
      ['Jobvejen', 'PROVIDER'],
      ['Nordisk Impact Invest', 'INVESTOR'],
    ],
    signers: ['vestby', 'jobvejen', 'nordisk'],
    terms: (ids) => ({
      startDate: '2026-03-01',
      endDate: '2029-02-28',
      paymentCap: '4000000.00',
      metrics: [
        {
          key: 'job-6-months',
          name: 'Unge i job i mindst 6 måneder',
          definition: 'Antal unge i ordinær beskæftigelse eller uddannelse i 6 sammenhængende måneder.',
          unit: 'unge',
          verifier: 'COMMISSIONER',
          rule: 'PER_OUTCOME',
          price: '30000.00',
          cap: '3000000.00',
        },
      ],
      tranches: [
        {
          organisationId: organisationId(ids, 'Vestby Kommune'),
          fundId: ids.aarhusFundId,
          kind: 'INVESTMENT',
          seniority: 1,
          commitment: '1500000.00',
          premiumRate: '0.03',
        },
        {
          organisationId: organisationId(ids, 'Nordisk Impact Invest'),
          kind: 'INVESTMENT',
          seniority: 1,
          commitment: '1500000.00',
          premiumRate: '0.06',
        },
      ],
    }),
  });
}

/** Tranche definitions for terms overrides; `organisation` is a directory name. */
export function tranche(
  ids: Ids,
  organisation: string,
  fields: { kind?: 'INVESTMENT' | 'GRANT'; seniority: number; commitment: string; premiumRate: string },
) {
  return {
    organisationId: organisationId(ids, organisation),
    ...(organisation === 'Aarhus Kommune' ? { fundId: ids.aarhusFundId } : {}),
    kind: fields.kind ?? 'INVESTMENT',
    seniority: fields.seniority,
    commitment: fields.commitment,
    premiumRate: fields.premiumRate,
  };
}

export const POSITION_FIELDS =
  'committed disbursed principalRepaid premiumReceived outstanding undrawn atRisk writtenOff';

export const PAYMENT_FIELDS = `id status total capReduction providerSurplus calculatedAt approvedAt paidOn
  lines { metric { key } gross amount reports { id } }
  distributions { tranche { id organisation { name } } principal premium }`;

export interface PaymentView {
  id: string;
  status: 'CALCULATED' | 'APPROVED' | 'PAID';
  total: string;
  capReduction: string;
  providerSurplus: string;
  calculatedAt: string;
  approvedAt: string | null;
  paidOn: string | null;
  lines: { metric: { key: string }; gross: string; amount: string; reports: { id: string }[] }[];
  distributions: {
    tranche: { id: string; organisation: { name: string } };
    principal: string;
    premium: string;
  }[];
}

export interface ReportView {
  id: string;
  status: 'SUBMITTED' | 'VERIFIED' | 'REJECTED' | 'SUPERSEDED';
  periodStart: string;
  periodEnd: string;
  value: string;
  note: string | null;
  reviewNote: string | null;
  metric: { key: string };
  payment: { id: string } | null;
}

export const REPORT_FIELDS =
  'id status periodStart periodEnd value note reviewNote metric { key } payment { id }';

export const DISBURSE = `mutation Disburse($input: DisbursementInput!) {
  recordDisbursement(input: $input) { id position { ${POSITION_FIELDS} } }
}`;
export const SUBMIT = `mutation Submit($input: OutcomeReportInput!) { submitOutcomeReport(input: $input) { ${REPORT_FIELDS} } }`;
export const VERIFY = `mutation Verify($id: ID!, $note: String) { verifyOutcomeReport(id: $id, note: $note) { ${REPORT_FIELDS} } }`;
export const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectOutcomeReport(id: $id, reason: $reason) { ${REPORT_FIELDS} } }`;
export const CALCULATE = `mutation Calculate($partnershipId: ID!) { calculatePayment(partnershipId: $partnershipId) { ${PAYMENT_FIELDS} } }`;
export const APPROVE = `mutation Approve($id: ID!) { approvePayment(id: $id) { ${PAYMENT_FIELDS} } }`;
export const PAY = `mutation Pay($id: ID!, $paidOn: Date!) { markPaymentPaid(id: $id, paidOn: $paidOn) { ${PAYMENT_FIELDS} } }`;
export const CLOSE =
  'mutation Close($id: ID!, $outcome: ClosureOutcome!) { closePartnership(id: $id, outcome: $outcome) { id status closure } }';

export interface ReportInput {
  readonly metricKey: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: string;
  readonly note?: string;
}

export function disburseRequest(
  client: GraphQLClient,
  trancheId: string,
  amount: string,
  date = '2026-02-01',
): Promise<GraphQLResponse<{ recordDisbursement: { id: string; position: Record<string, string> | null } }>> {
  return client.request(DISBURSE, { input: { trancheId, amount, date } });
}

export async function disburse(
  client: GraphQLClient,
  trancheId: string,
  amount: string,
  date = '2026-02-01',
): Promise<void> {
  await client.data(DISBURSE, { input: { trancheId, amount, date } });
}

export function submitRequest(
  client: GraphQLClient,
  partnershipId: string,
  report: ReportInput,
): Promise<GraphQLResponse<{ submitOutcomeReport: ReportView }>> {
  return client.request(SUBMIT, { input: { partnershipId, ...report } });
}

export async function submit(
  client: GraphQLClient,
  partnershipId: string,
  report: ReportInput,
): Promise<string> {
  const result = await client.data<{ submitOutcomeReport: ReportView }>(SUBMIT, {
    input: { partnershipId, ...report },
  });
  return result.submitOutcomeReport.id;
}

/** Submitted by the provider, verified by the verifier; returns the report id. */
export async function submitVerified(
  provider: GraphQLClient,
  verifier: GraphQLClient,
  partnershipId: string,
  report: ReportInput,
): Promise<string> {
  const id = await submit(provider, partnershipId, report);
  await verifier.data(VERIFY, { id, note: 'Kontrolleret' });
  return id;
}

/** A PER_OUTCOME / LINEAR / THRESHOLD report of one month of 2026, each month its own period. */
export function monthReport(metricKey: string, month: number, value: string): ReportInput {
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(2026, month, 0)).getUTCDate();
  return { metricKey, periodStart: `2026-${mm}-01`, periodEnd: `2026-${mm}-${last}`, value };
}

export async function calculate(commissioner: GraphQLClient, partnershipId: string): Promise<PaymentView> {
  return (await commissioner.data<{ calculatePayment: PaymentView }>(CALCULATE, { partnershipId }))
    .calculatePayment;
}

/** Calculates, approves and pays (today) every verified report not yet settled. */
export async function settle(commissioner: GraphQLClient, partnershipId: string): Promise<PaymentView> {
  const calculated = await calculate(commissioner, partnershipId);
  await commissioner.data(APPROVE, { id: calculated.id });
  return (
    await commissioner.data<{ markPaymentPaid: PaymentView }>(PAY, { id: calculated.id, paidOn: today() })
  ).markPaymentPaid;
}

/** Today's date in Denmark, where the API dates money. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

export function shiftDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Distribution rows as [organisation, principal, premium]. */
export function shares(payment: Pick<PaymentView, 'distributions'>): [string, string, string][] {
  return payment.distributions.map((row) => [row.tranche.organisation.name, row.principal, row.premium]);
}

export function lines(payment: Pick<PaymentView, 'lines'>): [string, string, string][] {
  return payment.lines.map((line) => [line.metric.key, line.gross, line.amount]);
}

export const DELIVERY_TABLES = [
  'disbursement',
  'outcome_report',
  'outcome_payment',
  'payment_line',
  'distribution',
] as const;

/** Row counts of every table delivery writes to, read outside any request. */
export async function deliveryRowCounts(
  api: TestApi,
): Promise<Record<(typeof DELIVERY_TABLES)[number], number>> {
  const connection = api.orm.em.fork().getConnection();
  const entries = await Promise.all(
    DELIVERY_TABLES.map(async (table) => {
      const [row] = await connection.execute<{ n: number }[]>(`select count(*)::int as n from ${table}`);
      return [table, row?.n ?? Number.NaN] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof DELIVERY_TABLES)[number], number>;
}

/** Every partnership's id by title, whoever is a member (no request scope). */
export async function partnershipIdByTitle(api: TestApi, title: string): Promise<string> {
  const [row] = await api.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>('select id from partnership where title = ?', [title]);
  if (!row) throw new Error(`no partnership ${title}`);
  return row.id;
}
