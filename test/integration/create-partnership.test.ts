import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPartnership,
  CREATE_PARTNERSHIP,
  countRows,
  DEMO_ORGANISATIONS,
  DEMO_USER_KEYS,
  getPartnership,
  listPartnerships,
  type PartnershipView,
  signInAll,
  uniqueTitle,
} from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;

const NON_MUNICIPALITY_USERS = DEMO_USER_KEYS.filter(
  (user) => DEMO_ORGANISATIONS[user].kind !== 'MUNICIPALITY',
);

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
});
afterAll(() => api.close());

describe('createPartnership', () => {
  it('creates a DRAFT partnership with the municipality as its only member, the commissioner', async () => {
    const before = Date.now();
    const title = uniqueTitle('Tidlig indsats');
    const created = await buildPartnership(clients.aarhus, {
      title,
      challenge: 'Færre børn anbringes uden for hjemmet.',
    });
    expect(created).toMatchObject({
      title,
      challenge: 'Færre børn anbringes uden for hjemmet.',
      status: 'DRAFT',
      closure: null,
      viewerRole: 'COMMISSIONER',
      municipality: { name: 'Aarhus Kommune', kind: 'MUNICIPALITY' },
      abilities: { addMember: true },
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(created.members).toHaveLength(1);
    expect(created.members[0]).toMatchObject({
      role: 'COMMISSIONER',
      organisation: { id: created.municipality.id, name: 'Aarhus Kommune', kind: 'MUNICIPALITY' },
    });
    const joinedAt = Date.parse(created.members[0]?.joinedAt ?? '');
    expect(joinedAt).toBeGreaterThanOrEqual(before - 60_000);
    expect(joinedAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('trims title and challenge', async () => {
    const title = uniqueTitle('Trimmet');
    const created = await buildPartnership(clients.vestby, {
      title: `  ${title}\n`,
      challenge: '\t Udfordring  ',
    });
    expect(created.title).toBe(title);
    expect(created.challenge).toBe('Udfordring');
    expect(created.municipality.name).toBe('Vestby Kommune');
  });

  it('accepts a title of exactly 200 and a challenge of exactly 4000 characters', async () => {
    const created = await buildPartnership(clients.aarhus, {
      title: 't'.repeat(200),
      challenge: 'c'.repeat(4000),
    });
    expect(created.title).toHaveLength(200);
    expect(created.challenge).toHaveLength(4000);
  });

  it("shows the new partnership in the creator's list, also filtered as DRAFT, and by id", async () => {
    const created = await buildPartnership(clients.aarhus);
    const all = await listPartnerships(clients.aarhus);
    expect(all.find((partnership) => partnership.id === created.id)).toMatchObject({
      title: created.title,
      viewerRole: 'COMMISSIONER',
      status: 'DRAFT',
    });
    const drafts = await listPartnerships(clients.aarhus, 'DRAFT');
    expect(drafts.map((partnership) => partnership.id)).toContain(created.id);
    expect(drafts.every((partnership) => partnership.status === 'DRAFT')).toBe(true);
    const active = await listPartnerships(clients.aarhus, 'ACTIVE');
    expect(active.map((partnership) => partnership.id)).not.toContain(created.id);
    const byId = await getPartnership(clients.aarhus, created.id);
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.partnership).toEqual(created);
  });

  it('is NOT_FOUND for another municipality and for every organisation not yet added', async () => {
    const created = await buildPartnership(clients.aarhus);
    for (const user of DEMO_USER_KEYS.filter((other) => other !== 'aarhus')) {
      const result = await getPartnership(clients[user], created.id);
      expect(errorCode(result), user).toBe('NOT_FOUND');
      expect(result.data, user).toEqual({ partnership: null });
      const list = await listPartnerships(clients[user]);
      expect(
        list.map((partnership) => partnership.id),
        user,
      ).not.toContain(created.id);
    }
  });

  it('becomes visible to AskovFonden once it is added', async () => {
    const created = await buildPartnership(clients.aarhus);
    expect(errorCode(await getPartnership(clients.askov, created.id))).toBe('NOT_FOUND');
    const askovId = (
      await clients.askov.data<{ me: { organisation: { id: string } } }>('{ me { organisation { id } } }')
    ).me.organisation.id;
    await clients.aarhus.data(
      'mutation Add($p: ID!, $o: ID!) { addMember(partnershipId: $p, organisationId: $o, role: PROVIDER) { id } }',
      { p: created.id, o: askovId },
    );
    const seen = await getPartnership(clients.askov, created.id);
    expect(seen.data?.partnership).toMatchObject({ id: created.id, viewerRole: 'PROVIDER' });
  });

  it.each(DEMO_USER_KEYS)('tells %s on `me` whether it may create partnerships', async (user) => {
    const result = await clients[user].data<{ me: { canCreatePartnership: boolean } }>(
      '{ me { canCreatePartnership } }',
    );
    expect(result.me.canCreatePartnership).toBe(DEMO_ORGANISATIONS[user].kind === 'MUNICIPALITY');
  });
});

describe('createPartnership refused', () => {
  it.each(NON_MUNICIPALITY_USERS)('is FORBIDDEN for %s and writes nothing', async (user) => {
    const before = await countRows(api, 'partnership');
    const result = await clients[user].request(CREATE_PARTNERSHIP, {
      input: { title: uniqueTitle('Forbudt'), challenge: 'Udfordring' },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await countRows(api, 'partnership')).toBe(before);
  });

  it.each(NON_MUNICIPALITY_USERS)(
    'is FORBIDDEN for %s even with bad input, before validation',
    async (user) => {
      const result = await clients[user].request(CREATE_PARTNERSHIP, { input: { title: '', challenge: '' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
    },
  );

  it('is UNAUTHENTICATED without a token', async () => {
    const result = await api
      .anonymous()
      .request(CREATE_PARTNERSHIP, { input: { title: 'T', challenge: 'C' } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  const BAD_INPUT: readonly { case: string; input: { title: string; challenge: string }; field: string }[] = [
    { case: 'empty title', input: { title: '', challenge: 'Udfordring' }, field: 'input.title' },
    {
      case: 'whitespace-only title',
      input: { title: ' \t\n ', challenge: 'Udfordring' },
      field: 'input.title',
    },
    {
      case: '201-char title',
      input: { title: 't'.repeat(201), challenge: 'Udfordring' },
      field: 'input.title',
    },
    {
      case: '201 chars after trimming',
      input: { title: ` ${'t'.repeat(201)} `, challenge: 'Udfordring' },
      field: 'input.title',
    },
    { case: 'empty challenge', input: { title: 'Titel', challenge: '' }, field: 'input.challenge' },
    {
      case: 'whitespace-only challenge',
      input: { title: 'Titel', challenge: '   ' },
      field: 'input.challenge',
    },
    {
      case: '4001-char challenge',
      input: { title: 'Titel', challenge: 'c'.repeat(4001) },
      field: 'input.challenge',
    },
    // PostgreSQL text cannot hold U+0000: refuse it as input instead of failing in the database.
    {
      case: 'a NUL character in the title',
      input: { title: 'Stop\u0000vold', challenge: 'Udfordring' },
      field: 'input.title',
    },
    {
      case: 'a NUL character in the challenge',
      input: { title: 'Titel', challenge: 'Ud\u0000fordring' },
      field: 'input.challenge',
    },
  ];

  it.each(BAD_INPUT)(
    'answers $case with BAD_USER_INPUT on $field and writes nothing',
    async ({ input, field }) => {
      const partnerships = await countRows(api, 'partnership');
      const members = await countRows(api, 'partnership_member');
      const result = await clients.aarhus.request<{ createPartnership: PartnershipView }>(
        CREATE_PARTNERSHIP,
        { input },
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(result.data).toBeNull();
      expect(await countRows(api, 'partnership')).toBe(partnerships);
      expect(await countRows(api, 'partnership_member')).toBe(members);
    },
  );

  const MALFORMED: readonly { case: string; query: string; variables?: Record<string, unknown> }[] = [
    {
      case: 'a missing field in an inline input',
      query: 'mutation { createPartnership(input: { title: "T" }) { id } }',
    },
    { case: 'a missing input argument', query: 'mutation { createPartnership { id } }' },
    {
      case: 'a missing field in a variable',
      query: 'mutation M($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      variables: { input: { title: 'T' } },
    },
    {
      case: 'a null field in a variable',
      query: 'mutation M($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      variables: { input: { title: null, challenge: 'C' } },
    },
    {
      case: 'a title of the wrong type',
      query: 'mutation M($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      variables: { input: { title: 42, challenge: 'C' } },
    },
    {
      case: 'an unknown input field',
      query: 'mutation { createPartnership(input: { title: "T", challenge: "C", status: ACTIVE }) { id } }',
    },
  ];

  it.each(MALFORMED)(
    'refuses $case as BAD_USER_INPUT (GraphQL validation) and writes nothing',
    async ({ query, variables }) => {
      const before = await countRows(api, 'partnership');
      const result = await clients.aarhus.request(query, variables);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(await countRows(api, 'partnership')).toBe(before);
    },
  );
});
