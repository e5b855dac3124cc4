import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  contractVersionRequest,
  createNonAdmin,
  newPartnership,
  orgId,
  PROPOSE,
  partnershipIdByTitle,
  partnershipTerms,
  propose,
  proposeRequest,
  type Role,
  SIGN,
  sign,
  signRequest,
  termsRowCounts,
  type Version,
} from '../support/contracts.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Ids, lookUpIds, workedExampleTerms } from '../support/terms.js';
import { DEMO_USERS, type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

type Caller = DemoUser | 'aarhusStaff' | 'kapitalfondStaff';

let api: TestApi;
let clients: Record<Caller, GraphQLClient>;
let ids: Ids;
let stopVoldId: string;
let stopVoldTerms: Version;

/**
 * Aarhus commissions; AskovFonden provides; Den Sociale Kapitalfond and Vestby Kommune invest;
 * Trivselsfonden gives a grant; Evalueringsinstituttet evaluates. Every role and a second
 * municipality that is not the commissioner.
 */
const MATRIX_MEMBERS: [string, Role][] = [
  ['AskovFonden', 'PROVIDER'],
  ['Den Sociale Kapitalfond', 'INVESTOR'],
  ['Vestby Kommune', 'INVESTOR'],
  ['Trivselsfonden', 'FOUNDATION'],
  ['Evalueringsinstituttet', 'EVALUATOR'],
];
const MATRIX_SIGNERS = ['aarhus', 'askov', 'kapitalfond', 'vestby', 'trivsel'] as const;

function matrixTerms() {
  const base = workedExampleTerms(ids);
  const tranche = (name: string, kind: string, seniority: number, premiumRate: string) => ({
    organisationId: orgId(ids, name),
    kind,
    seniority,
    commitment: '100000.00',
    premiumRate,
  });
  return {
    ...base,
    tranches: [
      ...base.tranches.slice(0, 2),
      tranche('Vestby Kommune', 'INVESTMENT', 1, '0.03'),
      tranche('AskovFonden', 'INVESTMENT', 3, '0'),
      tranche('Trivselsfonden', 'GRANT', 2, '0'),
    ],
  };
}

async function newMatrixPartnership(): Promise<string> {
  return newPartnership(clients.aarhus, ids, MATRIX_MEMBERS);
}

const ABILITIES = 'query A($id: ID!) { partnership(id: $id) { abilities { proposeTerms } } }';

async function canPropose(caller: Caller, partnershipId: string): Promise<boolean> {
  const data = await clients[caller].data<{ partnership: { abilities: { proposeTerms: boolean } } }>(
    ABILITIES,
    {
      id: partnershipId,
    },
  );
  return data.partnership.abilities.proposeTerms;
}

async function canSign(caller: Caller, versionId: string): Promise<boolean> {
  const result = await contractVersionRequest(clients[caller], versionId);
  if (!result.data?.contractVersion) throw new Error(`${caller} cannot read ${versionId}`);
  return result.data.contractVersion.viewerCanSign;
}

beforeAll(async () => {
  api = await startTestApi();
  const demo = await Promise.all(
    (Object.keys(DEMO_USERS) as DemoUser[]).map(async (user) => [user, await api.as(user)] as const),
  );
  const [aarhusStaff, kapitalfondStaff] = await Promise.all([
    createNonAdmin(api, 'aarhus'),
    createNonAdmin(api, 'kapitalfond'),
  ]);
  clients = { ...Object.fromEntries(demo), aarhusStaff, kapitalfondStaff } as Record<Caller, GraphQLClient>;
  ids = await lookUpIds(clients.aarhus);
  stopVoldId = await partnershipIdByTitle(api, 'Stop vold i familien');
  const stopVold = await partnershipTerms(clients.aarhus, stopVoldId);
  if (!stopVold.terms) throw new Error('Stop vold i familien has no agreed terms');
  stopVoldTerms = stopVold.terms;
});
afterAll(() => api.close());

describe('proposeTerms: the commissioner only', () => {
  it.each(['askov', 'kapitalfond', 'trivsel', 'evaluering', 'kapitalfondStaff'] as const)(
    'is FORBIDDEN for %s, a member who is not the commissioner, writing nothing',
    async (caller) => {
      const before = await termsRowCounts(api);
      const result = await proposeRequest(clients[caller], stopVoldId, workedExampleTerms(ids));
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await termsRowCounts(api)).toEqual(before);
    },
  );

  it('is FORBIDDEN for a municipality that is an investor, not the commissioner', async () => {
    const id = await newMatrixPartnership();
    const result = await proposeRequest(clients.vestby, id, matrixTerms());
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect((await partnershipTerms(clients.aarhus, id)).versions).toEqual([]);
  });

  it('answers FORBIDDEN before looking at the terms', async () => {
    const result = await proposeRequest(
      clients.askov,
      stopVoldId,
      workedExampleTerms(ids, { paymentCap: '-1' }),
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it.each(['vestby', 'jobvejen', 'nordisk'] as const)(
    'is NOT_FOUND for %s, not a member, exactly as for an unknown id',
    async (caller) => {
      const before = await termsRowCounts(api);
      const foreign = await proposeRequest(clients[caller], stopVoldId, workedExampleTerms(ids));
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      const missing = await proposeRequest(clients[caller], randomUUID(), workedExampleTerms(ids));
      expect(foreign).toEqual(missing);
      // Bad terms do not turn NOT_FOUND into BAD_USER_INPUT: that would reveal the partnership.
      const badTerms = await proposeRequest(
        clients[caller],
        stopVoldId,
        workedExampleTerms(ids, { metrics: [] }),
      );
      expect(badTerms).toEqual(missing);
      expect(await termsRowCounts(api)).toEqual(before);
    },
  );

  it('is NOT_FOUND for a malformed partnership id', async () => {
    expect(errorCode(await proposeRequest(clients.aarhus, 'not-a-uuid', workedExampleTerms(ids)))).toBe(
      'NOT_FOUND',
    );
  });

  it('is UNAUTHENTICATED without a token, writing nothing', async () => {
    const before = await termsRowCounts(api);
    const result = await api
      .anonymous()
      .request(PROPOSE, { partnershipId: stopVoldId, terms: workedExampleTerms(ids) });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(await termsRowCounts(api)).toEqual(before);
  });

  it('lets the commissioner propose, also through a user who is not an org admin', async () => {
    const id = await newMatrixPartnership();
    const version = await propose(clients.aarhusStaff, id, matrixTerms());
    expect(version.status).toBe('PROPOSED');
    // Proposing is not signing: the proposer's organisation still has to sign through an admin.
    expect(version.viewerCanSign).toBe(false);
    expect(version.signatures).toEqual([]);
    const amended = await propose(clients.aarhus, id, matrixTerms());
    expect([amended.number, amended.viewerCanSign]).toEqual([2, true]);
  });

  it('shows abilities.proposeTerms to the commissioner alone', async () => {
    const id = await newMatrixPartnership();
    for (const partnershipId of [stopVoldId, id]) {
      const abilities: Record<string, boolean> = {};
      for (const caller of [
        'aarhus',
        'aarhusStaff',
        'askov',
        'kapitalfond',
        'kapitalfondStaff',
        'trivsel',
        'evaluering',
      ] as const) {
        abilities[caller] = await canPropose(caller, partnershipId);
      }
      if (partnershipId === id) abilities.vestby = await canPropose('vestby', id);
      expect(abilities).toEqual({
        aarhus: true,
        aarhusStaff: true,
        askov: false,
        kapitalfond: false,
        kapitalfondStaff: false,
        trivsel: false,
        evaluering: false,
        ...(partnershipId === id ? { vestby: false } : {}),
      });
    }
  });
});

describe('signTerms: an org admin of each signatory', () => {
  let partnershipId: string;
  let version: Version;

  beforeAll(async () => {
    partnershipId = await newMatrixPartnership();
    version = await propose(clients.aarhus, partnershipId, matrixTerms());
  });

  it('shows viewerCanSign to org admins of COMMISSIONER, PROVIDER, INVESTOR and FOUNDATION members only', async () => {
    const seen: Record<string, boolean> = {};
    for (const caller of [...MATRIX_SIGNERS, 'evaluering', 'aarhusStaff', 'kapitalfondStaff'] as const) {
      seen[caller] = await canSign(caller, version.id);
    }
    expect(seen).toEqual({
      aarhus: true,
      askov: true,
      kapitalfond: true,
      vestby: true,
      trivsel: true,
      evaluering: false,
      aarhusStaff: false,
      kapitalfondStaff: false,
    });
    expect(version.pendingSignatories.map((organisation) => organisation.name).sort()).toEqual(
      ['Aarhus Kommune', 'AskovFonden', 'Den Sociale Kapitalfond', 'Trivselsfonden', 'Vestby Kommune'].sort(),
    );
  });

  it.each([
    ['a user of a signatory who is not an org admin', 'kapitalfondStaff'],
    ['a user of the commissioner who is not an org admin', 'aarhusStaff'],
    ['the evaluator', 'evaluering'],
  ] as const)('is FORBIDDEN for %s, writing nothing', async (_case, caller) => {
    const before = await termsRowCounts(api);
    const result = await signRequest(clients[caller], version);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await termsRowCounts(api)).toEqual(before);
  });

  it.each(['jobvejen', 'nordisk'] as const)(
    'is NOT_FOUND for %s, not a member, exactly as for an unknown version',
    async (caller) => {
      const before = await termsRowCounts(api);
      const foreign = await signRequest(clients[caller], version);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      const missing = await signRequest(clients[caller], {
        id: randomUUID(),
        contentHash: version.contentHash,
      });
      expect(foreign).toEqual(missing);
      const wrongHash = await signRequest(clients[caller], { id: version.id, contentHash: 'f'.repeat(64) });
      expect(wrongHash).toEqual(missing);
      expect(await termsRowCounts(api)).toEqual(before);
    },
  );

  it('is NOT_FOUND for a malformed version id and UNAUTHENTICATED without a token', async () => {
    expect(errorCode(await signRequest(clients.aarhus, { id: 'v1', contentHash: version.contentHash }))).toBe(
      'NOT_FOUND',
    );
    const anonymous = await api
      .anonymous()
      .request(SIGN, { versionId: version.id, contentHash: version.contentHash });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('turns viewerCanSign off for every user of an organisation once it has signed, and for no one else', async () => {
    const signed = await sign(clients.kapitalfond, version);
    expect(signed.viewerCanSign).toBe(false);
    expect(
      signed.signatures.map((signature) => [signature.organisation.name, signature.signedBy.email]),
    ).toEqual([['Den Sociale Kapitalfond', DEMO_USERS.kapitalfond]]);
    expect(await canSign('kapitalfond', version.id)).toBe(false);
    expect(await canSign('kapitalfondStaff', version.id)).toBe(false);
    for (const caller of ['aarhus', 'askov', 'vestby', 'trivsel'] as const) {
      expect(await canSign(caller, version.id)).toBe(true);
    }
  });

  it('is a CONFLICT for an AGREED version, even from a signatory that has not signed it', async () => {
    for (const caller of ['aarhus', 'askov', 'vestby', 'trivsel'] as const)
      await sign(clients[caller], version);
    const agreed = await partnershipTerms(clients.aarhus, partnershipId);
    expect(agreed.terms?.id).toBe(version.id);
    // Nordisk joins while an amendment is prepared: a signatory of later versions, not of this one.
    await propose(clients.aarhus, partnershipId, matrixTerms());
    await addMember(clients.aarhus, ids, partnershipId, 'Nordisk Impact Invest', 'INVESTOR');
    const before = await termsRowCounts(api);
    for (const caller of ['nordisk', 'askov'] as const) {
      expect(errorCode(await signRequest(clients[caller], version))).toBe('CONFLICT');
      expect(await canSign(caller, version.id)).toBe(false);
    }
    expect(await termsRowCounts(api)).toEqual(before);
  });

  it("is a CONFLICT for the demo partnership's agreed terms", async () => {
    expect(stopVoldTerms.status).toBe('AGREED');
    expect(stopVoldTerms.viewerCanSign).toBe(false);
    expect(errorCode(await signRequest(clients.trivsel, stopVoldTerms))).toBe('CONFLICT');
  });

  it('is a CONFLICT for a WITHDRAWN version, and viewerCanSign is false there', async () => {
    const id = await newMatrixPartnership();
    const first = await propose(clients.aarhus, id, matrixTerms());
    await sign(clients.askov, first);
    const second = await propose(clients.aarhus, id, workedExampleTerms(ids));
    const before = await termsRowCounts(api);
    for (const caller of ['aarhus', 'trivsel'] as const) {
      expect(errorCode(await signRequest(clients[caller], first))).toBe('CONFLICT');
      expect(await canSign(caller, first.id)).toBe(false);
      expect(await canSign(caller, second.id)).toBe(true);
    }
    expect(await termsRowCounts(api)).toEqual(before);
    // AskovFonden's signature stays on the withdrawn version and does not carry over.
    expect(await canSign('askov', second.id)).toBe(true);
  });
});

describe('contractVersion: members only', () => {
  it.each(['aarhus', 'askov', 'kapitalfond', 'trivsel', 'evaluering', 'kapitalfondStaff'] as const)(
    'shows a version of Stop vold i familien to %s',
    async (caller) => {
      const result = await contractVersionRequest(clients[caller], stopVoldTerms.id);
      expect(result.errors).toBeUndefined();
      expect(result.data?.contractVersion?.contentHash).toBe(stopVoldTerms.contentHash);
    },
  );

  it.each(['vestby', 'jobvejen', 'nordisk'] as const)(
    'is NOT_FOUND for %s, exactly as for a random or malformed id',
    async (caller) => {
      const foreign = await contractVersionRequest(clients[caller], stopVoldTerms.id);
      expect(errorCode(foreign)).toBe('NOT_FOUND');
      expect(foreign.data?.contractVersion ?? null).toBeNull();
      expect(foreign).toEqual(await contractVersionRequest(clients[caller], randomUUID()));
      expect(foreign).toEqual(await contractVersionRequest(clients[caller], 'not-a-uuid'));
    },
  );

  it('is NOT_FOUND for a random uuid, also for a member of every demo partnership', async () => {
    expect(errorCode(await contractVersionRequest(clients.aarhus, randomUUID()))).toBe('NOT_FOUND');
  });

  it('is UNAUTHENTICATED without a token', async () => {
    const result = await api
      .anonymous()
      .request('query V($id: ID!) { contractVersion(id: $id) { id } }', { id: stopVoldTerms.id });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});

describe("a tranche's position", () => {
  const POSITIONS = `query V($id: ID!) { contractVersion(id: $id) {
    tranches { organisation { name } position { committed undrawn atRisk } } } }`;
  let versionId: string;

  beforeAll(async () => {
    const id = await newMatrixPartnership();
    versionId = (await propose(clients.aarhus, id, matrixTerms())).id;
  });

  async function visible(caller: Caller): Promise<string[]> {
    const data = await clients[caller].data<{
      contractVersion: {
        tranches: { organisation: { name: string }; position: { committed: string } | null }[];
      };
    }>(POSITIONS, { id: versionId });
    return data.contractVersion.tranches
      .filter((tranche) => tranche.position !== null)
      .map((tranche) => tranche.organisation.name);
  }

  const ALL = [
    'Aarhus Kommune',
    'Den Sociale Kapitalfond',
    'Vestby Kommune',
    'AskovFonden',
    'Trivselsfonden',
  ];

  it.each([
    ['aarhus', 'the COMMISSIONER', ALL],
    ['aarhusStaff', 'a non-admin of the COMMISSIONER', ALL],
    ['askov', 'the PROVIDER, which also holds a tranche', ALL],
    ['kapitalfond', 'an INVESTOR', ['Den Sociale Kapitalfond']],
    ['kapitalfondStaff', 'a non-admin of an INVESTOR', ['Den Sociale Kapitalfond']],
    ['vestby', 'a municipality that is an INVESTOR here', ['Vestby Kommune']],
    ['trivsel', 'the FOUNDATION', ['Trivselsfonden']],
    ['evaluering', 'the EVALUATOR, which holds none', []],
  ] as const)(
    'is visible to %s (%s) for exactly its own tranches or all',
    async (caller, _role, expected) => {
      expect(await visible(caller)).toEqual(expected);
    },
  );

  it('shows the commitment as undrawn and at risk while nothing is disbursed', async () => {
    const data = await clients.aarhus.data<{
      contractVersion: { tranches: { position: { committed: string; undrawn: string; atRisk: string } }[] };
    }>(POSITIONS, { id: versionId });
    expect(data.contractVersion.tranches.map((tranche) => tranche.position)).toEqual([
      { committed: '3000000.00', undrawn: '3000000.00', atRisk: '3000000.00' },
      { committed: '2000000.00', undrawn: '2000000.00', atRisk: '2000000.00' },
      { committed: '100000.00', undrawn: '100000.00', atRisk: '100000.00' },
      { committed: '100000.00', undrawn: '100000.00', atRisk: '100000.00' },
      { committed: '100000.00', undrawn: '100000.00', atRisk: '100000.00' },
    ]);
  });

  it('follows the same rule in the demo partnership', async () => {
    const query = `query P($id: ID!) { partnership(id: $id) { terms {
      tranches { organisation { name } position { committed } } } } }`;
    const seen = async (caller: Caller) => {
      const data = await clients[caller].data<{
        partnership: { terms: { tranches: { organisation: { name: string }; position: unknown }[] } };
      }>(query, { id: stopVoldId });
      return data.partnership.terms.tranches
        .filter((tranche) => tranche.position !== null)
        .map((tranche) => tranche.organisation.name);
    };
    const all = ['Aarhus Kommune', 'Den Sociale Kapitalfond', 'Trivselsfonden'];
    expect(await seen('aarhus')).toEqual(all);
    expect(await seen('askov')).toEqual(all);
    expect(await seen('kapitalfondStaff')).toEqual(['Den Sociale Kapitalfond']);
    expect(await seen('trivsel')).toEqual(['Trivselsfonden']);
    expect(await seen('evaluering')).toEqual([]);
  });
});
