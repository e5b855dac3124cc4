import type { GraphQLClient } from './graphql-client.js';

export interface Ids {
  readonly organisations: Readonly<Record<string, string>>;
  readonly aarhusFundId: string;
}

/** Organisation ids by name and the Aarhus fund id, as the directory and Aarhus's funds show them. */
export async function lookUpIds(aarhus: GraphQLClient): Promise<Ids> {
  const data = await aarhus.data<{ organisations: { id: string; name: string }[]; funds: { id: string }[] }>(
    '{ organisations { id name } funds { id } }',
  );
  const fund = data.funds[0];
  if (!fund) throw new Error('Aarhus has no fund');
  return {
    organisations: Object.fromEntries(
      data.organisations.map((organisation) => [organisation.name, organisation.id]),
    ),
    aarhusFundId: fund.id,
  };
}

function idOf(ids: Ids, name: string): string {
  const id = ids.organisations[name];
  if (!id) throw new Error(`no organisation ${name}`);
  return id;
}

/** DOMAIN.md's worked example as TermsInput, with overrides for the case at hand. */
export function workedExampleTerms(ids: Ids, overrides: Record<string, unknown> = {}) {
  return {
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    paymentCap: '8000000.00',
    metrics: [
      {
        key: 'families-completed',
        name: 'Familier der har gennemført forløbet',
        definition:
          'Antal familier, hvor volden er stoppet ved afslutning og ikke er genopstået efter 12 måneder.',
        unit: 'familier',
        verifier: 'EVALUATOR',
        rule: 'PER_OUTCOME',
        price: '40000.00',
        unitSaving: '120000.00',
      },
      {
        key: 'child-wellbeing',
        name: 'Børnenes trivsel',
        definition: 'Andel af børn med forbedret trivselsscore (SDQ) efter 12 måneder.',
        unit: 'andel',
        verifier: 'EVALUATOR',
        rule: 'LINEAR',
        threshold: '0.30',
        target: '0.60',
        amount: '500000.00',
      },
    ],
    tranches: [
      {
        organisationId: idOf(ids, 'Aarhus Kommune'),
        fundId: ids.aarhusFundId,
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '3000000.00',
        premiumRate: '0.05',
      },
      {
        organisationId: idOf(ids, 'Den Sociale Kapitalfond'),
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '2000000.00',
        premiumRate: '0.05',
      },
      {
        organisationId: idOf(ids, 'Trivselsfonden'),
        kind: 'INVESTMENT',
        seniority: 2,
        commitment: '1000000.00',
        premiumRate: '0',
      },
    ],
    ...overrides,
  };
}

export const VERSION_FIELDS = `
  id number status contentHash startDate endDate paymentCap proposedAt agreedAt viewerCanSign
  metrics { id key name definition unit verifier rule price threshold target amount cap unitSaving }
  tranches { id kind seniority commitment premiumRate organisation { name } fund { name }
    position { committed disbursed principalRepaid premiumReceived outstanding undrawn atRisk writtenOff } }
  signatures { organisation { name } signedBy { email } signedAt }
  pendingSignatories { name }
`;

export const PROPOSE = `mutation Propose($partnershipId: ID!, $terms: TermsInput!) {
  proposeTerms(partnershipId: $partnershipId, terms: $terms) { ${VERSION_FIELDS} }
}`;

export const SIGN = `mutation Sign($versionId: ID!, $contentHash: String!) {
  signTerms(versionId: $versionId, contentHash: $contentHash) { ${VERSION_FIELDS} }
}`;
