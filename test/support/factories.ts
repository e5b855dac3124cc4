import { randomUUID } from 'node:crypto';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';
import { DEMO_USERS, type DemoUser, type TestApi } from './test-api.js';

export type OrganisationKind = 'MUNICIPALITY' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';
export type PartnershipRole = 'COMMISSIONER' | 'PROVIDER' | 'INVESTOR' | 'FOUNDATION' | 'EVALUATOR';
export type PartnershipStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

export const DEMO_USER_KEYS = Object.keys(DEMO_USERS) as DemoUser[];

/** The organisation each demo user acts for. */
export const DEMO_ORGANISATIONS: Readonly<Record<DemoUser, { name: string; kind: OrganisationKind }>> = {
  aarhus: { name: 'Aarhus Kommune', kind: 'MUNICIPALITY' },
  askov: { name: 'AskovFonden', kind: 'PROVIDER' },
  kapitalfond: { name: 'Den Sociale Kapitalfond', kind: 'INVESTOR' },
  trivsel: { name: 'Trivselsfonden', kind: 'FOUNDATION' },
  evaluering: { name: 'Evalueringsinstituttet', kind: 'EVALUATOR' },
  vestby: { name: 'Vestby Kommune', kind: 'MUNICIPALITY' },
  jobvejen: { name: 'Jobvejen', kind: 'PROVIDER' },
  nordisk: { name: 'Nordisk Impact Invest', kind: 'INVESTOR' },
};

export const STOP_VOLD = 'Stop vold i familien';
export const UNGE_I_JOB = 'Unge i job';

export interface OrganisationView {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface MemberView {
  readonly role: PartnershipRole;
  readonly joinedAt: string;
  readonly organisation: OrganisationView;
}

export interface PartnershipView {
  readonly id: string;
  readonly title: string;
  readonly challenge: string;
  readonly status: PartnershipStatus;
  readonly closure: string | null;
  readonly viewerRole: PartnershipRole;
  readonly municipality: OrganisationView;
  readonly members: readonly MemberView[];
  readonly abilities: { readonly addMember: boolean };
}

export const PARTNERSHIP_FIELDS =
  'id title challenge status closure viewerRole municipality { id name kind } members { role joinedAt organisation { id name kind } } abilities { addMember }';

export const CREATE_PARTNERSHIP = `mutation CreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
export const ADD_MEMBER = `mutation AddMember($partnershipId: ID!, $organisationId: ID!, $role: PartnershipRole!) { addMember(partnershipId: $partnershipId, organisationId: $organisationId, role: $role) { ${PARTNERSHIP_FIELDS} } }`;
export const PARTNERSHIP = `query Partnership($id: ID!) { partnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`;
export const PARTNERSHIPS = `query Partnerships($status: PartnershipStatus) { partnerships(status: $status) { ${PARTNERSHIP_FIELDS} } }`;

/** A title no other test uses, so assertions on lists stay independent of test order. */
export function uniqueTitle(prefix = 'Partnerskab'): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

/** Creates a DRAFT partnership through the API as the given (municipality) client. */
export async function buildPartnership(
  client: GraphQLClient,
  overrides: Partial<{ title: string; challenge: string }> = {},
): Promise<PartnershipView> {
  const input = {
    title: overrides.title ?? uniqueTitle(),
    challenge: overrides.challenge ?? 'Flere unge skal i uddannelse eller job.',
  };
  const result = await client.data<{ createPartnership: PartnershipView }>(CREATE_PARTNERSHIP, { input });
  return result.createPartnership;
}

export function addMember(
  client: GraphQLClient,
  partnershipId: string,
  organisationId: string,
  role: PartnershipRole | string,
): Promise<GraphQLResponse<{ addMember: PartnershipView }>> {
  return client.request<{ addMember: PartnershipView }>(ADD_MEMBER, { partnershipId, organisationId, role });
}

export async function listPartnerships(
  client: GraphQLClient,
  status?: PartnershipStatus,
): Promise<PartnershipView[]> {
  const result = await client.data<{ partnerships: PartnershipView[] }>(
    PARTNERSHIPS,
    status ? { status } : {},
  );
  return result.partnerships;
}

export function getPartnership(
  client: GraphQLClient,
  id: string,
): Promise<GraphQLResponse<{ partnership: PartnershipView | null }>> {
  return client.request<{ partnership: PartnershipView | null }>(PARTNERSHIP, { id });
}

/** Organisation ids by name, read from the directory. */
export async function organisationIds(client: GraphQLClient): Promise<Map<string, string>> {
  const result = await client.data<{ organisations: OrganisationView[] }>(
    '{ organisations { id name kind } }',
  );
  return new Map(result.organisations.map((organisation) => [organisation.name, organisation.id]));
}

export function idOf(ids: ReadonlyMap<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`No organisation named ${name}`);
  return id;
}

/** Signs in every demo user (in parallel: sign-in hashes passwords slowly). */
export async function signInAll(api: TestApi): Promise<Record<DemoUser, GraphQLClient>> {
  const clients = await Promise.all(DEMO_USER_KEYS.map(async (user) => [user, await api.as(user)] as const));
  return Object.fromEntries(clients) as Record<DemoUser, GraphQLClient>;
}

/** Runs SQL outside any request, so the member scope filter does not apply. */
export async function sql<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return api.orm.em.fork().getConnection().execute<T[]>(query, params);
}

export async function countRows(api: TestApi, table: 'partnership' | 'partnership_member'): Promise<number> {
  const [row] = await sql<{ count: number }>(api, `select count(*)::int as count from ${table}`);
  return row?.count ?? Number.NaN;
}

/** Every partnership's id by title, whoever is a member. */
export async function partnershipIdsByTitle(api: TestApi): Promise<Map<string, string>> {
  const rows = await sql<{ id: string; title: string }>(api, 'select id, title from partnership');
  return new Map(rows.map((row) => [row.title, row.id]));
}

export interface RawResponse {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
}

/** A request whose body is sent exactly as given, for what GraphQLClient cannot express. */
export async function rawRequest(
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  let body: RawResponse['body'] = null;
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}
