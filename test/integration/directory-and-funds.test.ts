import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATIONS,
  DEMO_USER_KEYS,
  type OrganisationKind,
  type OrganisationView,
  signInAll,
} from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

const DIRECTORY: readonly { name: string; kind: OrganisationKind }[] = [
  { name: 'Aarhus Kommune', kind: 'MUNICIPALITY' },
  { name: 'AskovFonden', kind: 'PROVIDER' },
  { name: 'Den Sociale Kapitalfond', kind: 'INVESTOR' },
  { name: 'Evalueringsinstituttet', kind: 'EVALUATOR' },
  { name: 'Jobvejen', kind: 'PROVIDER' },
  { name: 'Nordisk Impact Invest', kind: 'INVESTOR' },
  { name: 'Trivselsfonden', kind: 'FOUNDATION' },
  { name: 'Vestby Kommune', kind: 'MUNICIPALITY' },
];
const KINDS: readonly OrganisationKind[] = [
  'MUNICIPALITY',
  'PROVIDER',
  'INVESTOR',
  'FOUNDATION',
  'EVALUATOR',
];

const ORGANISATIONS =
  'query Directory($kind: OrganisationKind) { organisations(kind: $kind) { id name kind } }';
const FUNDS = 'query Funds { funds { id name capital municipality { id name kind } } }';

interface FundView {
  readonly id: string;
  readonly name: string;
  readonly capital: string;
  readonly municipality: OrganisationView;
}

/** Each user's expected funds; organisations that are not municipalities hold none. */
const FUNDS_OF: Record<DemoUser, readonly { name: string; capital: string; municipality: string }[]> = {
  aarhus: [{ name: 'Den sociale Investeringsfond', capital: '40000000.00', municipality: 'Aarhus Kommune' }],
  vestby: [
    { name: 'Vestby Sociale Investeringspulje', capital: '10000000.00', municipality: 'Vestby Kommune' },
  ],
  askov: [],
  kapitalfond: [],
  trivsel: [],
  evaluering: [],
  jobvejen: [],
  nordisk: [],
};

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
});
afterAll(() => api.close());

async function directory(client: GraphQLClient, kind?: OrganisationKind): Promise<OrganisationView[]> {
  const result = await client.data<{ organisations: OrganisationView[] }>(
    ORGANISATIONS,
    kind ? { kind } : {},
  );
  return result.organisations;
}

describe('organisations', () => {
  it.each(DEMO_USER_KEYS)('lists the whole directory, sorted by name, for %s', async (user) => {
    const list = await directory(clients[user]);
    expect(list.map(({ name, kind }) => ({ name, kind }))).toEqual(DIRECTORY);
    for (const organisation of list) expect(organisation.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(list.map((organisation) => organisation.id)).size).toBe(list.length);
  });

  it.each(KINDS)('filters the directory by kind %s', async (kind) => {
    const list = await directory(clients.aarhus, kind);
    expect(list.map((organisation) => organisation.name)).toEqual(
      DIRECTORY.filter((entry) => entry.kind === kind).map((entry) => entry.name),
    );
    expect(list.every((organisation) => organisation.kind === kind)).toBe(true);
  });

  it('gives the same ids to every viewer', async () => {
    const fromAarhus = await directory(clients.aarhus);
    const fromNordisk = await directory(clients.nordisk);
    expect(fromNordisk).toEqual(fromAarhus);
  });

  it('refuses an unknown kind as BAD_USER_INPUT', async () => {
    const result = await clients.aarhus.request(ORGANISATIONS, { kind: 'BANK' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('is UNAUTHENTICATED without a token', async () => {
    const result = await api.anonymous().request(ORGANISATIONS);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it.each(DEMO_USER_KEYS)("describes %s's own organisation on `me`", async (user) => {
    const result = await clients[user].data<{ me: { organisation: { name: string; kind: string } } }>(
      '{ me { organisation { name kind } } }',
    );
    expect(result.me.organisation).toEqual(DEMO_ORGANISATIONS[user]);
  });
});

describe('funds', () => {
  it.each(DEMO_USER_KEYS)('shows %s only the funds of its own municipality', async (user) => {
    const result = await clients[user].data<{ funds: FundView[] }>(FUNDS);
    expect(
      result.funds.map((fund) => ({
        name: fund.name,
        capital: fund.capital,
        municipality: fund.municipality.name,
      })),
    ).toEqual(FUNDS_OF[user]);
    for (const fund of result.funds) {
      expect(fund.municipality).toMatchObject(DEMO_ORGANISATIONS[user]);
      expect(fund.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('returns money as a string with exactly two decimals', async () => {
    const result = await clients.aarhus.data<{ funds: FundView[] }>(FUNDS);
    expect(result.funds[0]?.capital).toBe('40000000.00');
    expect(typeof result.funds[0]?.capital).toBe('string');
  });

  it('is UNAUTHENTICATED without a token', async () => {
    const result = await api.anonymous().request(FUNDS);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });
});
