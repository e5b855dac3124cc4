import { randomUUID } from 'node:crypto';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';
import type { Ids } from './terms.js';
import { DEMO_USERS, type DemoUser, type TestApi } from './test-api.js';

export type Role = 'COMMISSIONER' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';
export type VersionStatus = 'PROPOSED' | 'AGREED' | 'SUPERSEDED' | 'WITHDRAWN';

/** A ContractVersion as VERSION_FIELDS selects it. */
export interface Version {
  id: string;
  number: number;
  status: VersionStatus;
  contentHash: string;
  startDate: string;
  endDate: string;
  paymentCap: string;
  agreedAt: string | null;
  viewerCanSign: boolean;
  metrics: {
    id: string;
    key: string;
    name: string;
    price: string | null;
    threshold: string | null;
    target: string | null;
    amount: string | null;
  }[];
  tranches: {
    id: string;
    kind: string;
    seniority: number;
    commitment: string;
    premiumRate: string;
    organisation: { name: string };
    fund: { name: string } | null;
  }[];
  signatures: { organisation: { name: string }; signedBy: { email: string } }[];
  pendingSignatories: { name: string }[];
}

/**
 * The version fields these tests read. Tranche positions are left out: they come from the money
 * module, and contracts-access.test.ts asks for them where visibility is the point.
 */
export const VERSION_FIELDS = `
  id number status contentHash startDate endDate paymentCap proposedAt agreedAt viewerCanSign
  metrics { id key name price threshold target amount }
  tranches { id kind seniority commitment premiumRate organisation { name } fund { name } }
  signatures { organisation { name } signedBy { email } }
  pendingSignatories { name }
`;

export const PROPOSE = `mutation Propose($partnershipId: ID!, $terms: TermsInput!) {
  proposeTerms(partnershipId: $partnershipId, terms: $terms) { ${VERSION_FIELDS} }
}`;

export const SIGN = `mutation Sign($versionId: ID!, $contentHash: String!) {
  signTerms(versionId: $versionId, contentHash: $contentHash) { ${VERSION_FIELDS} }
}`;

export interface PartnershipTerms {
  id: string;
  status: string;
  terms: Version | null;
  proposal: Version | null;
  versions: Version[];
  abilities: { proposeTerms: boolean };
}

export const PARTNERSHIP_TERMS = `query PartnershipTerms($id: ID!) {
  partnership(id: $id) {
    id status abilities { proposeTerms }
    terms { ${VERSION_FIELDS} } proposal { ${VERSION_FIELDS} } versions { ${VERSION_FIELDS} }
  }
}`;

export const CONTRACT_VERSION = `query ContractVersion($id: ID!) { contractVersion(id: $id) { ${VERSION_FIELDS} } }`;

/** The members of "Stop vold i familien" besides its commissioner. */
export const STOP_VOLD_MEMBERS: readonly (readonly [string, Role])[] = [
  ['AskovFonden', 'PROVIDER'],
  ['Den Sociale Kapitalfond', 'INVESTOR'],
  ['Trivselsfonden', 'FOUNDATION'],
  ['Evalueringsinstituttet', 'EVALUATOR'],
];

/** The demo users whose organisations sign worked-example terms in a STOP_VOLD_MEMBERS partnership. */
export const SIGNERS = ['aarhus', 'askov', 'kapitalfond', 'trivsel'] as const satisfies readonly DemoUser[];

export function orgId(ids: Ids, name: string): string {
  const id = ids.organisations[name];
  if (!id) throw new Error(`no organisation ${name}`);
  return id;
}

/** A fresh DRAFT partnership created by Aarhus, with the given members added in order. */
export async function newPartnership(
  aarhus: GraphQLClient,
  ids: Ids,
  members: readonly (readonly [string, Role])[] = STOP_VOLD_MEMBERS,
): Promise<string> {
  const created = await aarhus.data<{ createPartnership: { id: string } }>(
    'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
    { input: { title: `Kontrakt ${randomUUID().slice(0, 8)}`, challenge: 'Familier med vold' } },
  );
  const id = created.createPartnership.id;
  for (const [name, role] of members) await addMember(aarhus, ids, id, name, role);
  return id;
}

export async function addMember(
  aarhus: GraphQLClient,
  ids: Ids,
  partnershipId: string,
  name: string,
  role: Role,
): Promise<void> {
  await aarhus.data(
    'mutation Add($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
    { p: partnershipId, o: orgId(ids, name), r: role },
  );
}

export async function propose(
  client: GraphQLClient,
  partnershipId: string,
  terms: unknown,
): Promise<Version> {
  return (await client.data<{ proposeTerms: Version }>(PROPOSE, { partnershipId, terms })).proposeTerms;
}

export function proposeRequest(
  client: GraphQLClient,
  partnershipId: string,
  terms: unknown,
): Promise<GraphQLResponse<{ proposeTerms: Version }>> {
  return client.request<{ proposeTerms: Version }>(PROPOSE, { partnershipId, terms });
}

export function signRequest(
  client: GraphQLClient,
  version: Pick<Version, 'id' | 'contentHash'>,
): Promise<GraphQLResponse<{ signTerms: Version }>> {
  return client.request<{ signTerms: Version }>(SIGN, {
    versionId: version.id,
    contentHash: version.contentHash,
  });
}

export async function sign(
  client: GraphQLClient,
  version: Pick<Version, 'id' | 'contentHash'>,
): Promise<Version> {
  return (
    await client.data<{ signTerms: Version }>(SIGN, {
      versionId: version.id,
      contentHash: version.contentHash,
    })
  ).signTerms;
}

export async function partnershipTerms(client: GraphQLClient, id: string): Promise<PartnershipTerms> {
  return (await client.data<{ partnership: PartnershipTerms }>(PARTNERSHIP_TERMS, { id })).partnership;
}

export function contractVersionRequest(
  client: GraphQLClient,
  id: string,
): Promise<GraphQLResponse<{ contractVersion: Version | null }>> {
  return client.request<{ contractVersion: Version | null }>(CONTRACT_VERSION, { id });
}

/** Runs SQL outside any request, so no member scope applies. */
export function sql<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return api.orm.em.fork().getConnection().execute<T[]>(query, params);
}

export const TERMS_TABLES = ['contract_version', 'metric', 'tranche', 'tranche_terms', 'signature'] as const;

/** Row counts of every table proposing or signing terms writes to. */
export async function termsRowCounts(api: TestApi): Promise<Record<(typeof TERMS_TABLES)[number], number>> {
  const entries = await Promise.all(
    TERMS_TABLES.map(async (table) => {
      const [row] = await sql<{ n: number }>(api, `select count(*)::int as n from ${table}`);
      return [table, row?.n ?? Number.NaN] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof TERMS_TABLES)[number], number>;
}

/** Every partnership's id by title, whoever is a member. */
export async function partnershipIdByTitle(api: TestApi, title: string): Promise<string> {
  const [row] = await sql<{ id: string }>(api, 'select id from partnership where title = ?', [title]);
  if (!row) throw new Error(`no partnership ${title}`);
  return row.id;
}

/**
 * A user of the same organisation as `colleague` who is not an org admin; signs in with the demo
 * password (its hash is copied from the colleague).
 */
export async function createNonAdmin(api: TestApi, colleague: DemoUser): Promise<GraphQLClient> {
  const email = `medarbejder-${randomUUID().slice(0, 8)}@${DEMO_USERS[colleague].split('@')[1]}`;
  await sql(
    api,
    `insert into app_user (id, email, name, password_hash, organisation_id, is_org_admin)
     select ?, ?, 'Medarbejder', password_hash, organisation_id, false from app_user where email = ?`,
    [randomUUID(), email, DEMO_USERS[colleague]],
  );
  return api.as(email);
}
