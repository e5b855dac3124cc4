import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newPartnership,
  partnershipTerms,
  propose,
  proposeRequest,
  SIGNERS,
  sign,
  signRequest,
  sql,
  type Version,
} from '../support/contracts.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Ids, lookUpIds, workedExampleTerms } from '../support/terms.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let clients: Record<(typeof SIGNERS)[number], GraphQLClient>;
let ids: Ids;

beforeAll(async () => {
  api = await startTestApi();
  const signedIn = await Promise.all(SIGNERS.map(async (user) => [user, await api.as(user)] as const));
  clients = Object.fromEntries(signedIn) as Record<(typeof SIGNERS)[number], GraphQLClient>;
  ids = await lookUpIds(clients.aarhus);
});
afterAll(() => api.close());

async function versionRows(partnershipId: string) {
  return sql<{ number: number; status: string; signatures: number }>(
    api,
    `select v.number, v.status, (select count(*)::int from signature s where s.version_id = v.id) as signatures
       from contract_version v where v.partnership_id = ? order by v.number`,
    [partnershipId],
  );
}

/** A fresh partnership with a proposal that every signatory but `last` has signed. */
async function awaitingLast(last: readonly DemoUser[], terms = workedExampleTerms(ids)) {
  const partnershipId = await newPartnership(clients.aarhus, ids);
  const version = await propose(clients.aarhus, partnershipId, terms);
  for (const user of SIGNERS) if (!last.includes(user)) await sign(clients[user], version);
  return { partnershipId, version };
}

describe('simultaneous last signatures', () => {
  it.each([1, 2, 3])('agree the version exactly once (round %i)', async () => {
    const { partnershipId, version } = await awaitingLast(['kapitalfond', 'trivsel']);
    const responses = await Promise.all([
      signRequest(clients.kapitalfond, version),
      signRequest(clients.trivsel, version),
    ]);
    for (const response of responses) expect(response.errors).toBeUndefined();
    const statuses = responses.map((response) => response.data?.signTerms.status);
    expect(statuses.filter((status) => status === 'AGREED')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'PROPOSED')).toHaveLength(1);

    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.status).toBe('ACTIVE');
    expect(partnership.terms?.id).toBe(version.id);
    expect(partnership.terms?.agreedAt).not.toBeNull();
    expect(partnership.proposal).toBeNull();
    expect(partnership.terms?.pendingSignatories).toEqual([]);
    expect(partnership.terms?.signatures.map((signature) => signature.organisation.name).sort()).toEqual(
      ['Aarhus Kommune', 'AskovFonden', 'Den Sociale Kapitalfond', 'Trivselsfonden'].sort(),
    );
    expect(await versionRows(partnershipId)).toEqual([{ number: 1, status: 'AGREED', signatures: 4 }]);
  });

  it('agree an amendment exactly once and supersede the earlier terms exactly once', async () => {
    const { partnershipId, version } = await awaitingLast([]);
    const amendment = await propose(
      clients.aarhus,
      partnershipId,
      workedExampleTerms(ids, { paymentCap: '9000000.00' }),
    );
    await sign(clients.aarhus, amendment);
    const responses = await Promise.all(
      (['askov', 'kapitalfond', 'trivsel'] as const).map((user) => signRequest(clients[user], amendment)),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(responses.filter((response) => response.data?.signTerms.status === 'AGREED')).toHaveLength(1);
    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.terms?.id).toBe(amendment.id);
    expect(partnership.terms?.paymentCap).toBe('9000000.00');
    expect(partnership.versions.map((v) => [v.id, v.status])).toEqual([
      [amendment.id, 'AGREED'],
      [version.id, 'SUPERSEDED'],
    ]);
  });
});

describe('one organisation signing twice at once', () => {
  it('succeeds once and is a CONFLICT once, leaving one signature', async () => {
    const { partnershipId, version } = await awaitingLast(['askov', 'kapitalfond', 'trivsel']);
    const responses = await Promise.all([
      signRequest(clients.askov, version),
      signRequest(clients.askov, version),
    ]);
    const codes = responses.map((response) => (response.errors ? errorCode(response) : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await versionRows(partnershipId)).toEqual([{ number: 1, status: 'PROPOSED', signatures: 2 }]);
  });

  it('as the last signatory: agrees once and answers the second with a CONFLICT', async () => {
    const { partnershipId, version } = await awaitingLast(['trivsel']);
    const responses = await Promise.all([1, 2, 3].map(() => signRequest(clients.trivsel, version)));
    const successes = responses.filter((response) => !response.errors);
    expect(successes).toHaveLength(1);
    expect(successes[0]?.data?.signTerms.status).toBe('AGREED');
    expect(responses.filter((response) => errorCode(response) === 'CONFLICT')).toHaveLength(2);
    expect(await versionRows(partnershipId)).toEqual([{ number: 1, status: 'AGREED', signatures: 4 }]);
  });
});

describe('simultaneous proposals', () => {
  it('give distinct numbers, one PROPOSED and the rest WITHDRAWN, sharing the tranches', async () => {
    const partnershipId = await newPartnership(clients.aarhus, ids);
    const caps = ['8000000.00', '8100000.00', '8200000.00'];
    const responses = await Promise.all(
      caps.map((paymentCap) =>
        proposeRequest(clients.aarhus, partnershipId, workedExampleTerms(ids, { paymentCap })),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const versions = responses.map((response) => response.data?.proposeTerms as Version);
    expect(versions.map((version) => version.number).sort()).toEqual([1, 2, 3]);

    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.versions.map((version) => [version.number, version.status])).toEqual([
      [3, 'PROPOSED'],
      [2, 'WITHDRAWN'],
      [1, 'WITHDRAWN'],
    ]);
    // The survivor is the proposal that came last, whichever that was.
    const last = versions.find((version) => version.number === 3);
    expect(partnership.proposal?.id).toBe(last?.id);
    expect(partnership.proposal?.paymentCap).toBe(last?.paymentCap);
    // Tranches keep one identity per (organisation, fund), also when created at the same time.
    const trancheIds = versions.map((version) => version.tranches.map((tranche) => tranche.id));
    expect(new Set(trancheIds.map((list) => list.join()))).toHaveProperty('size', 1);
    const [tranches] = await sql<{ n: number }>(
      api,
      'select count(*)::int as n from tranche where partnership_id = ?',
      [partnershipId],
    );
    expect(tranches?.n).toBe(3);
  });

  it('while terms are agreed, leave the agreed terms in force', async () => {
    const { partnershipId, version } = await awaitingLast([]);
    const responses = await Promise.all(
      ['9000000.00', '9100000.00'].map((paymentCap) =>
        proposeRequest(clients.aarhus, partnershipId, workedExampleTerms(ids, { paymentCap })),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.terms?.id).toBe(version.id);
    expect(partnership.versions.map((v) => [v.number, v.status])).toEqual([
      [3, 'PROPOSED'],
      [2, 'WITHDRAWN'],
      [1, 'AGREED'],
    ]);
  });
});

describe('a proposal withdrawn by a newer one', () => {
  it('cannot be signed any more: CONFLICT, and the newer one is untouched', async () => {
    const partnershipId = await newPartnership(clients.aarhus, ids);
    const old = await propose(clients.aarhus, partnershipId, workedExampleTerms(ids));
    await sign(clients.askov, old);
    const newer = await propose(
      clients.aarhus,
      partnershipId,
      workedExampleTerms(ids, { paymentCap: '7000000.00' }),
    );
    expect(errorCode(await signRequest(clients.kapitalfond, old))).toBe('CONFLICT');
    expect(await versionRows(partnershipId)).toEqual([
      { number: 1, status: 'WITHDRAWN', signatures: 1 },
      { number: 2, status: 'PROPOSED', signatures: 0 },
    ]);
    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.proposal?.id).toBe(newer.id);
    expect(partnership.status).toBe('DRAFT');
  });

  it('even when its last signature races the newer proposal: never agreed after being withdrawn', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { partnershipId, version } = await awaitingLast(['trivsel']);
      const [signed, proposed] = await Promise.all([
        signRequest(clients.trivsel, version),
        proposeRequest(clients.aarhus, partnershipId, workedExampleTerms(ids, { paymentCap: '7000000.00' })),
      ]);
      expect(proposed.errors).toBeUndefined();
      const rows = await versionRows(partnershipId);
      if (signed.errors) {
        // The proposal came first: the old version was withdrawn before the signature.
        expect(errorCode(signed)).toBe('CONFLICT');
        expect(rows).toEqual([
          { number: 1, status: 'WITHDRAWN', signatures: 3 },
          { number: 2, status: 'PROPOSED', signatures: 0 },
        ]);
      } else {
        // The signature came first: version 1 is agreed and version 2 is an amendment.
        expect(signed.data?.signTerms.status).toBe('AGREED');
        expect(rows).toEqual([
          { number: 1, status: 'AGREED', signatures: 4 },
          { number: 2, status: 'PROPOSED', signatures: 0 },
        ]);
      }
    }
  });
});
