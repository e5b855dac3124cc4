import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  buildPartnership,
  countRows,
  getPartnership,
  idOf,
  listPartnerships,
  type OrganisationKind,
  organisationIds,
  type PartnershipRole,
  partnershipIdsByTitle,
  STOP_VOLD,
  signInAll,
  sql,
} from '../support/factories.js';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let orgs: Map<string, string>;
let stopVoldId: string;

const org = (name: string) => idOf(orgs, name);

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  orgs = await organisationIds(clients.aarhus);
  const id = (await partnershipIdsByTitle(api)).get(STOP_VOLD);
  if (!id) throw new Error('demo partnership missing');
  stopVoldId = id;
});
afterAll(() => api.close());

describe('who may add members', () => {
  it('lets the commissioner add a member and answers with the updated partnership', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    const result = await addMember(clients.aarhus, partnership.id, org('AskovFonden'), 'PROVIDER');
    expect(result.errors).toBeUndefined();
    const updated = result.data?.addMember;
    expect(updated?.id).toBe(partnership.id);
    expect(updated?.viewerRole).toBe('COMMISSIONER');
    expect(updated?.members.map((member) => `${member.role}:${member.organisation.name}`)).toEqual([
      'COMMISSIONER:Aarhus Kommune',
      'PROVIDER:AskovFonden',
    ]);
  });

  it.each(['askov', 'kapitalfond', 'trivsel', 'evaluering'] as const)(
    'is FORBIDDEN for %s, a member of Stop vold i familien but not its commissioner',
    async (user) => {
      const before = await countRows(api, 'partnership_member');
      const result = await addMember(clients[user], stopVoldId, org('Jobvejen'), 'INVESTOR');
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await countRows(api, 'partnership_member')).toBe(before);
    },
  );

  it.each(['vestby', 'jobvejen', 'nordisk'] as const)(
    'is NOT_FOUND for %s, not a member of Stop vold i familien, whatever it sends',
    async (user) => {
      const foreign = await addMember(
        clients[user],
        stopVoldId,
        org(user === 'nordisk' ? 'Jobvejen' : 'Nordisk Impact Invest'),
        'INVESTOR',
      );
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      // The same answer with arguments that would be bad input for a member: the id is checked first.
      const withBadInput = await addMember(clients[user], stopVoldId, 'not-a-uuid', 'COMMISSIONER');
      expect(errorCode(withBadInput)).toBe('NOT_FOUND');
      const missing = await addMember(clients[user], randomUUID(), org('Jobvejen'), 'INVESTOR');
      expect(foreign).toEqual(missing);
    },
  );

  it('is NOT_FOUND for an unknown and a malformed partnership id', async () => {
    const unknown = await addMember(clients.aarhus, randomUUID(), org('Jobvejen'), 'PROVIDER');
    const malformed = await addMember(clients.aarhus, 'x', org('Jobvejen'), 'PROVIDER');
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(malformed).toEqual(unknown);
  });

  it('is UNAUTHENTICATED without a token', async () => {
    const result = await addMember(api.anonymous(), stopVoldId, org('Jobvejen'), 'PROVIDER');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });

  it('offers no addMember ability to a member that is not the commissioner, and refuses it', async () => {
    const partnership = await buildPartnership(clients.vestby);
    await addMember(clients.vestby, partnership.id, org('Nordisk Impact Invest'), 'INVESTOR');
    const seen = await getPartnership(clients.nordisk, partnership.id);
    expect(seen.data?.partnership?.abilities.addMember).toBe(false);
    const result = await addMember(clients.nordisk, partnership.id, org('Jobvejen'), 'PROVIDER');
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});

describe('what may be added', () => {
  it('refuses the role COMMISSIONER, even for a municipality', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    const result = await addMember(clients.aarhus, partnership.id, org('Vestby Kommune'), 'COMMISSIONER');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('role');
  });

  /** One demo organisation of each kind that is not already in a fresh Aarhus partnership. */
  const ORGANISATION_OF_KIND: Record<OrganisationKind, string> = {
    MUNICIPALITY: 'Vestby Kommune',
    PROVIDER: 'Jobvejen',
    INVESTOR: 'Nordisk Impact Invest',
    FOUNDATION: 'Trivselsfonden',
    EVALUATOR: 'Evalueringsinstituttet',
  };
  const FITS: Record<Exclude<PartnershipRole, 'COMMISSIONER'>, readonly OrganisationKind[]> = {
    PROVIDER: ['PROVIDER'],
    EVALUATOR: ['EVALUATOR'],
    FOUNDATION: ['FOUNDATION'],
    INVESTOR: ['INVESTOR', 'FOUNDATION', 'MUNICIPALITY'],
  };
  const KIND_CASES = Object.entries(FITS).flatMap(([role, kinds]) =>
    (Object.keys(ORGANISATION_OF_KIND) as OrganisationKind[]).map((kind) => ({
      role: role as PartnershipRole,
      kind,
      fits: kinds.includes(kind),
    })),
  );

  it.each(KIND_CASES)(
    'role $role for a $kind organisation: allowed = $fits',
    async ({ role, kind, fits }) => {
      const partnership = await buildPartnership(clients.aarhus);
      const before = await countRows(api, 'partnership_member');
      const result = await addMember(clients.aarhus, partnership.id, org(ORGANISATION_OF_KIND[kind]), role);
      if (fits) {
        expect(result.errors).toBeUndefined();
        const added = result.data?.addMember.members.find(
          (member) => member.organisation.name === ORGANISATION_OF_KIND[kind],
        );
        expect(added?.role).toBe(role);
        expect(await countRows(api, 'partnership_member')).toBe(before + 1);
      } else {
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorField(result)).toBe('role');
        expect(result.data).toBeNull();
        expect(await countRows(api, 'partnership_member')).toBe(before);
      }
    },
  );

  it.each([
    { case: 'an unknown', organisationId: randomUUID() },
    { case: 'a malformed', organisationId: 'not-a-uuid' },
    { case: 'an empty', organisationId: '' },
  ])('refuses $case organisationId as BAD_USER_INPUT on organisationId', async ({ organisationId }) => {
    const partnership = await buildPartnership(clients.aarhus);
    const before = await countRows(api, 'partnership_member');
    const result = await addMember(clients.aarhus, partnership.id, organisationId, 'INVESTOR');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('organisationId');
    expect(await countRows(api, 'partnership_member')).toBe(before);
  });

  it('refuses a role outside the enum as GraphQL bad input', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    const result = await addMember(clients.aarhus, partnership.id, org('Jobvejen'), 'OWNER');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.status).toBe(400);
  });
});

describe('conflicts', () => {
  it('answers CONFLICT for an organisation that is already a member, in any role', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    expect(
      (await addMember(clients.aarhus, partnership.id, org('Trivselsfonden'), 'FOUNDATION')).errors,
    ).toBeUndefined();
    const before = await countRows(api, 'partnership_member');
    const again = await addMember(clients.aarhus, partnership.id, org('Trivselsfonden'), 'FOUNDATION');
    expect(errorCode(again)).toBe('CONFLICT');
    const otherRole = await addMember(clients.aarhus, partnership.id, org('Trivselsfonden'), 'INVESTOR');
    expect(errorCode(otherRole)).toBe('CONFLICT');
    const commissioner = await addMember(clients.aarhus, partnership.id, org('Aarhus Kommune'), 'INVESTOR');
    expect(errorCode(commissioner)).toBe('CONFLICT');
    expect(await countRows(api, 'partnership_member')).toBe(before);
  });

  it('answers CONFLICT for a second provider', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    expect(
      (await addMember(clients.aarhus, partnership.id, org('AskovFonden'), 'PROVIDER')).errors,
    ).toBeUndefined();
    const second = await addMember(clients.aarhus, partnership.id, org('Jobvejen'), 'PROVIDER');
    expect(errorCode(second)).toBe('CONFLICT');
    const seen = await getPartnership(clients.aarhus, partnership.id);
    expect(seen.data?.partnership?.members.filter((member) => member.role === 'PROVIDER')).toHaveLength(1);
  });

  it('answers CONFLICT for a second provider in the demo partnership', async () => {
    const second = await addMember(clients.aarhus, stopVoldId, org('Jobvejen'), 'PROVIDER');
    expect(errorCode(second)).toBe('CONFLICT');
  });

  it('lets exactly one of two parallel calls with two different providers win, every time', async () => {
    for (let round = 0; round < 5; round++) {
      const partnership = await buildPartnership(clients.aarhus);
      const results = await Promise.all([
        addMember(clients.aarhus, partnership.id, org('AskovFonden'), 'PROVIDER'),
        addMember(clients.aarhus, partnership.id, org('Jobvejen'), 'PROVIDER'),
      ]);
      const codes = results.map((result) => errorCode(result) ?? 'OK').sort();
      expect(codes, `round ${round}`).toEqual(['CONFLICT', 'OK']);
      const [row] = await sql<{ count: number }>(
        api,
        "select count(*)::int as count from partnership_member where partnership_id = ? and role = 'PROVIDER'",
        [partnership.id],
      );
      expect(row?.count, `round ${round}`).toBe(1);
    }
  });

  it('lets exactly one of two parallel calls adding the same organisation win', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    const results = await Promise.all([
      addMember(clients.aarhus, partnership.id, org('Trivselsfonden'), 'FOUNDATION'),
      addMember(clients.aarhus, partnership.id, org('Trivselsfonden'), 'INVESTOR'),
    ]);
    expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const seen = await getPartnership(clients.aarhus, partnership.id);
    expect(
      seen.data?.partnership?.members.filter((m) => m.organisation.name === 'Trivselsfonden'),
    ).toHaveLength(1);
  });

  it('answers CONFLICT on a closed partnership and offers no addMember there', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    await sql(api, "update partnership set status = 'CLOSED', closure = 'TERMINATED' where id = ?", [
      partnership.id,
    ]);
    const result = await addMember(clients.aarhus, partnership.id, org('Jobvejen'), 'PROVIDER');
    expect(errorCode(result)).toBe('CONFLICT');
    const seen = await getPartnership(clients.aarhus, partnership.id);
    expect(seen.data?.partnership?.abilities.addMember).toBe(false);
  });
});

describe('after being added', () => {
  it.each([
    { user: 'askov', name: 'AskovFonden', role: 'PROVIDER' },
    { user: 'kapitalfond', name: 'Den Sociale Kapitalfond', role: 'INVESTOR' },
    { user: 'trivsel', name: 'Trivselsfonden', role: 'FOUNDATION' },
    { user: 'evaluering', name: 'Evalueringsinstituttet', role: 'EVALUATOR' },
    { user: 'vestby', name: 'Vestby Kommune', role: 'INVESTOR' },
  ] as const)('$user sees the partnership in its list as $role', async ({ user, name, role }) => {
    const partnership = await buildPartnership(clients.aarhus);
    expect((await listPartnerships(clients[user])).map((p) => p.id)).not.toContain(partnership.id);
    const added = await addMember(clients.aarhus, partnership.id, org(name), role);
    expect(added.errors).toBeUndefined();
    const list = await listPartnerships(clients[user]);
    const listed = list.find((p) => p.id === partnership.id);
    expect(listed).toMatchObject({ title: partnership.title, status: 'DRAFT', viewerRole: role });
    expect(listed?.abilities.addMember).toBe(false);
    expect(listed?.members.map((member) => `${member.role}:${member.organisation.name}`).sort()).toEqual(
      ['COMMISSIONER:Aarhus Kommune', `${role}:${name}`].sort(),
    );
    const drafts = await listPartnerships(clients[user], 'DRAFT');
    expect(drafts.map((p) => p.id)).toContain(partnership.id);
    const byId = await getPartnership(clients[user], partnership.id);
    expect(byId.data?.partnership?.viewerRole).toBe(role);
  });

  it('still hides the partnership from organisations that were not added', async () => {
    const partnership = await buildPartnership(clients.aarhus);
    await addMember(clients.aarhus, partnership.id, org('AskovFonden'), 'PROVIDER');
    for (const user of ['kapitalfond', 'vestby', 'jobvejen', 'nordisk'] as const) {
      expect(errorCode(await getPartnership(clients[user], partnership.id)), user).toBe('NOT_FOUND');
    }
  });
});
