import type { GraphQLClient } from './graphql-client.js';
import { type Ids, lookUpIds, PROPOSE, SIGN, workedExampleTerms } from './terms.js';
import type { TestApi } from './test-api.js';

export const PARTNERSHIP_MONEY = `query Money($id: ID!) {
  partnership(id: $id) {
    id status closure paidToDate
    terms { tranches { id organisation { name } position { committed disbursed principalRepaid premiumReceived outstanding undrawn atRisk writtenOff } } }
    payments { id number status total capReduction providerSurplus
      lines { metric { key } gross amount reports { id } }
      distributions { tranche { organisation { name } } principal premium } }
  }
}`;

export interface AgreedPartnership {
  readonly id: string;
  readonly ids: Ids;
  readonly tranches: Record<string, string>;
}

/** A fresh partnership as Aarhus with the worked example's members and terms, agreed by all. */
export async function agreedWorkedExample(api: TestApi, title = 'Tryg hverdag'): Promise<AgreedPartnership> {
  const aarhus = await api.as('aarhus');
  const ids = await lookUpIds(aarhus);
  const created = await aarhus.data<{ createPartnership: { id: string } }>(
    'mutation C($t: String!) { createPartnership(input: { title: $t, challenge: "Vold i familien" }) { id } }',
    { t: title },
  );
  const id = created.createPartnership.id;
  for (const [name, role] of [
    ['AskovFonden', 'PROVIDER'],
    ['Den Sociale Kapitalfond', 'INVESTOR'],
    ['Trivselsfonden', 'FOUNDATION'],
    ['Evalueringsinstituttet', 'EVALUATOR'],
  ] as const) {
    await aarhus.data(
      'mutation A($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
      { p: id, o: ids.organisations[name], r: role },
    );
  }
  const proposed = await aarhus.data<{
    proposeTerms: {
      id: string;
      contentHash: string;
      tranches: { id: string; organisation: { name: string } }[];
    };
  }>(PROPOSE, { partnershipId: id, terms: workedExampleTerms(ids) });
  for (const user of ['aarhus', 'askov', 'kapitalfond', 'trivsel'] as const) {
    await (await api.as(user)).data(SIGN, {
      versionId: proposed.proposeTerms.id,
      contentHash: proposed.proposeTerms.contentHash,
    });
  }
  const tranches = Object.fromEntries(
    proposed.proposeTerms.tranches.map((tranche) => [tranche.organisation.name, tranche.id]),
  );
  return { id, ids, tranches };
}

export const DISBURSE = `mutation D($input: DisbursementInput!) {
  recordDisbursement(input: $input) { id position { disbursed undrawn } }
}`;
export const SUBMIT = `mutation S($input: OutcomeReportInput!) { submitOutcomeReport(input: $input) { id status } }`;
export const VERIFY = 'mutation V($id: ID!) { verifyOutcomeReport(id: $id, note: "OK") { id status } }';
export const CALCULATE = 'mutation C($id: ID!) { calculatePayment(partnershipId: $id) { id total status } }';
export const APPROVE = 'mutation A($id: ID!) { approvePayment(id: $id) { id status } }';
export const PAY =
  'mutation P($id: ID!, $on: Date!) { markPaymentPaid(id: $id, paidOn: $on) { id status paidOn } }';

export async function submitVerified(
  provider: GraphQLClient,
  evaluator: GraphQLClient,
  partnershipId: string,
  report: { metricKey: string; periodStart: string; periodEnd: string; value: string },
): Promise<string> {
  const submitted = await provider.data<{ submitOutcomeReport: { id: string } }>(SUBMIT, {
    input: { partnershipId, ...report },
  });
  await evaluator.data(VERIFY, { id: submitted.submitOutcomeReport.id });
  return submitted.submitOutcomeReport.id;
}

export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
