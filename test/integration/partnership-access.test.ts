import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATIONS,
  getPartnership,
  listPartnerships,
  type PartnershipRole,
  partnershipIdsByTitle,
  STOP_VOLD,
  signInAll,
  UNGE_I_JOB,
} from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

/** The demo data's role matrix: each user's organisation is in exactly one partnership. */
const MATRIX: readonly { user: DemoUser; title: string; role: PartnershipRole }[] = [
  { user: 'aarhus', title: STOP_VOLD, role: 'COMMISSIONER' },
  { user: 'askov', title: STOP_VOLD, role: 'PROVIDER' },
  { user: 'kapitalfond', title: STOP_VOLD, role: 'INVESTOR' },
  { user: 'trivsel', title: STOP_VOLD, role: 'FOUNDATION' },
  { user: 'evaluering', title: STOP_VOLD, role: 'EVALUATOR' },
  { user: 'vestby', title: UNGE_I_JOB, role: 'COMMISSIONER' },
  { user: 'jobvejen', title: UNGE_I_JOB, role: 'PROVIDER' },
  { user: 'nordisk', title: UNGE_I_JOB, role: 'INVESTOR' },
];

const ALL_TITLES = [STOP_VOLD, UNGE_I_JOB];

const STOP_VOLD_MEMBERS = [
  { name: 'Aarhus Kommune', kind: 'MUNICIPALITY', role: 'COMMISSIONER' },
  { name: 'AskovFonden', kind: 'PROVIDER', role: 'PROVIDER' },
  { name: 'Den Sociale Kapitalfond', kind: 'INVESTOR', role: 'INVESTOR' },
  { name: 'Evalueringsinstituttet', kind: 'EVALUATOR', role: 'EVALUATOR' },
  { name: 'Trivselsfonden', kind: 'FOUNDATION', role: 'FOUNDATION' },
];

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let idByTitle: Map<string, string>;

function partnershipId(title: string): string {
  const id = idByTitle.get(title);
  if (!id) throw new Error(`demo partnership ${title} missing`);
  return id;
}

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  idByTitle = await partnershipIdsByTitle(api);
});
afterAll(() => api.close());

describe('partnerships list', () => {
  it('holds exactly the two demo partnerships', () => {
    expect([...idByTitle.keys()].sort()).toEqual([...ALL_TITLES].sort());
  });

  it.each(MATRIX)('lists only $title for $user, as $role', async ({ user, title, role }) => {
    const list = await listPartnerships(clients[user]);
    expect(list.map((partnership) => partnership.title)).toEqual([title]);
    expect(list[0]?.viewerRole).toBe(role);
    expect(list[0]?.id).toBe(partnershipId(title));
    expect(list[0]?.status).toBe('ACTIVE');
  });

  it.each(MATRIX)('lists nothing in DRAFT for $user', async ({ user }) => {
    expect(await listPartnerships(clients[user], 'DRAFT')).toEqual([]);
  });

  it.each(MATRIX)('filters by status ACTIVE and CLOSED for $user', async ({ user, title }) => {
    expect((await listPartnerships(clients[user], 'ACTIVE')).map((p) => p.title)).toEqual([title]);
    expect(await listPartnerships(clients[user], 'CLOSED')).toEqual([]);
  });

  it.each(MATRIX)('offers addMember to $user only as commissioner ($role)', async ({ user, role }) => {
    const [partnership] = await listPartnerships(clients[user]);
    expect(partnership?.abilities.addMember).toBe(role === 'COMMISSIONER');
  });
});

describe('partnership(id)', () => {
  it.each(MATRIX)('answers $user with $title as $role', async ({ user, title, role }) => {
    const result = await getPartnership(clients[user], partnershipId(title));
    expect(result.errors).toBeUndefined();
    expect(result.data?.partnership).toMatchObject({ id: partnershipId(title), title, viewerRole: role });
  });

  it.each(MATRIX)(
    'answers $user for a partnership it is not in exactly like a missing or malformed id',
    async ({ user, title }) => {
      const client = clients[user];
      const others = ALL_TITLES.filter((other) => other !== title);
      expect(others.length).toBeGreaterThan(0);
      const missing = await getPartnership(client, randomUUID());
      const malformed = await getPartnership(client, 'not-a-uuid');
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(missing.data).toEqual({ partnership: null });
      expect(malformed).toEqual(missing);
      for (const other of others) {
        const foreign = await getPartnership(client, partnershipId(other));
        expect(errorCode(foreign), other).toBe('NOT_FOUND');
        expect(foreign.data, other).toEqual({ partnership: null });
        // Same status, same errors, same data: nothing tells a foreign id from a missing one.
        expect(foreign, other).toEqual(missing);
      }
    },
  );

  it('answers an uppercase id of a foreign partnership like a missing one too', async () => {
    const foreign = await getPartnership(clients.vestby, partnershipId(STOP_VOLD).toUpperCase());
    const missing = await getPartnership(clients.vestby, randomUUID().toUpperCase());
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign).toEqual(missing);
  });
});

describe('members', () => {
  const stopVoldMembers = MATRIX.filter((entry) => entry.title === STOP_VOLD);

  it.each(stopVoldMembers)('shows all five members of Stop vold i familien to $user', async ({ user }) => {
    const result = await getPartnership(clients[user], partnershipId(STOP_VOLD));
    const members = result.data?.partnership?.members ?? [];
    expect(members).toHaveLength(5);
    const seen = members
      .map((member) => ({
        name: member.organisation.name,
        kind: member.organisation.kind,
        role: member.role,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(seen).toEqual(STOP_VOLD_MEMBERS);
    for (const member of members) {
      expect(Number.isNaN(Date.parse(member.joinedAt)), member.organisation.name).toBe(false);
    }
    expect(result.data?.partnership?.municipality).toMatchObject({
      name: 'Aarhus Kommune',
      kind: 'MUNICIPALITY',
    });
  });

  it.each(MATRIX.filter((entry) => entry.title === UNGE_I_JOB))(
    'shows the three members of Unge i job to $user',
    async ({ user }) => {
      const result = await getPartnership(clients[user], partnershipId(UNGE_I_JOB));
      const roles = (result.data?.partnership?.members ?? [])
        .map((member) => `${member.role}:${member.organisation.name}`)
        .sort();
      expect(roles).toEqual([
        'COMMISSIONER:Vestby Kommune',
        'INVESTOR:Nordisk Impact Invest',
        'PROVIDER:Jobvejen',
      ]);
    },
  );

  it.each(MATRIX)(
    "lists $user's own organisation among the members with its role",
    async ({ user, title, role }) => {
      const result = await getPartnership(clients[user], partnershipId(title));
      const own = result.data?.partnership?.members.find(
        (member) => member.organisation.name === DEMO_ORGANISATIONS[user].name,
      );
      expect(own?.role).toBe(role);
    },
  );
});
