import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  contractVersionRequest,
  newPartnership,
  orgId,
  partnershipTerms,
  propose,
  SIGNERS,
  sign,
  sql,
  type Version,
} from '../support/contracts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Ids, lookUpIds, workedExampleTerms } from '../support/terms.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let ids: Ids;

beforeAll(async () => {
  api = await startTestApi();
  const users: DemoUser[] = [...SIGNERS, 'evaluering', 'nordisk'];
  const signedIn = await Promise.all(users.map(async (user) => [user, await api.as(user)] as const));
  clients = Object.fromEntries(signedIn) as Record<DemoUser, GraphQLClient>;
  ids = await lookUpIds(clients.aarhus);
});
afterAll(() => api.close());

async function agreed(terms = workedExampleTerms(ids)): Promise<{ partnershipId: string; version: Version }> {
  const partnershipId = await newPartnership(clients.aarhus, ids);
  const proposed = await propose(clients.aarhus, partnershipId, terms);
  let version = proposed;
  for (const user of SIGNERS) version = await sign(clients[user], proposed);
  expect(version.status).toBe('AGREED');
  return { partnershipId, version };
}

async function read(versionId: string): Promise<Version> {
  const result = await contractVersionRequest(clients.aarhus, versionId);
  if (!result.data?.contractVersion) throw new Error(JSON.stringify(result.errors));
  return result.data.contractVersion;
}

describe('frozen terms in the database', () => {
  let partnershipId: string;
  let version: Version;

  beforeAll(async () => {
    partnershipId = await newPartnership(clients.aarhus, ids);
    version = await propose(clients.aarhus, partnershipId, workedExampleTerms(ids));
  });

  it.each([
    ['a metric name', "update metric set name = 'x' where version_id = ?"],
    ['a metric price', 'update metric set price = 1 where version_id = ?'],
    ['a metric key to itself', 'update metric set key = key where version_id = ?'],
    ['a tranche commitment', 'update tranche_terms set commitment = 1 where version_id = ?'],
    ['a tranche premium rate', 'update tranche_terms set premium_rate = 0 where version_id = ?'],
    ['the payment cap', 'update contract_version set payment_cap = 1 where id = ?'],
    ['the content hash', "update contract_version set content_hash = repeat('0', 64) where id = ?"],
    ['the end date', "update contract_version set end_date = '2030-01-01' where id = ?"],
    ['the version number', 'update contract_version set number = 99 where id = ?'],
  ])('refuses a direct SQL change of %s', async (_case, statement) => {
    await expect(sql(api, statement, [version.id])).rejects.toThrow(/immutable/);
  });

  it('leaves the version exactly as proposed', async () => {
    const now = await read(version.id);
    expect({ ...now, viewerCanSign: version.viewerCanSign }).toEqual(version);
  });

  it('lets the status change: the only column a version lifecycle moves', async () => {
    await expect(
      sql(api, 'update contract_version set status = status where id = ?', [version.id]),
    ).resolves.toEqual(expect.anything());
    await sql(api, 'update contract_version set agreed_at = agreed_at where id = ?', [version.id]);
    expect((await read(version.id)).status).toBe('PROPOSED');
  });

  it('still freezes a version after it is agreed and superseded', async () => {
    for (const user of SIGNERS) await sign(clients[user], version);
    const amendment = await propose(
      clients.aarhus,
      partnershipId,
      workedExampleTerms(ids, { paymentCap: '1.00' }),
    );
    for (const user of SIGNERS) await sign(clients[user], amendment);
    expect((await read(version.id)).status).toBe('SUPERSEDED');
    await expect(sql(api, "update metric set name = 'x' where version_id = ?", [version.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(
      sql(api, 'update contract_version set payment_cap = 1 where id = ?', [version.id]),
    ).rejects.toThrow(/immutable/);
  });
});

describe('an amendment', () => {
  it('leaves the agreed terms in force, unchanged, until its last signature', async () => {
    const { partnershipId, version } = await agreed();
    // As the commissioner sees them: a fund shows to its own municipality only.
    const inForce = (await partnershipTerms(clients.aarhus, partnershipId)).terms;
    expect(inForce).toMatchObject({ id: version.id, contentHash: version.contentHash });
    const amendedTerms = workedExampleTerms(ids, { paymentCap: '9500000.00', endDate: '2029-12-31' });
    amendedTerms.metrics[0] = {
      ...amendedTerms.metrics[0],
      price: '45000.00',
    } as (typeof amendedTerms.metrics)[0];
    const amendment = await propose(clients.aarhus, partnershipId, amendedTerms);
    expect(amendment.number).toBe(2);
    expect(amendment.contentHash).not.toBe(version.contentHash);

    for (const user of ['aarhus', 'askov', 'kapitalfond'] as const) {
      await sign(clients[user], amendment);
      const partnership = await partnershipTerms(clients.aarhus, partnershipId);
      expect(partnership.status).toBe('ACTIVE');
      expect(partnership.terms).toEqual(inForce);
      expect(partnership.proposal?.id).toBe(amendment.id);
    }
    const last = await sign(clients.trivsel, amendment);
    expect(last.status).toBe('AGREED');
    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.terms?.id).toBe(amendment.id);
    expect([partnership.terms?.paymentCap, partnership.terms?.endDate]).toEqual(['9500000.00', '2029-12-31']);
    expect(partnership.terms?.metrics[0]?.price).toBe('45000.00');
    expect(partnership.proposal).toBeNull();
    // The superseded version still reads exactly as it was agreed.
    const old = await read(version.id);
    expect({ ...old, status: inForce?.status, viewerCanSign: inForce?.viewerCanSign }).toEqual(inForce);
    expect(old.status).toBe('SUPERSEDED');
  });

  it('with a new investor tranche adds that tranche; existing tranches keep their ids', async () => {
    const { partnershipId, version } = await agreed();
    // Members join while an amendment is being prepared: a first draft is pending, then replaced.
    const draft = await propose(
      clients.aarhus,
      partnershipId,
      workedExampleTerms(ids, { paymentCap: '8500000.00' }),
    );
    await addMember(clients.aarhus, ids, partnershipId, 'Nordisk Impact Invest', 'INVESTOR');
    const base = workedExampleTerms(ids);
    const nordisk = {
      organisationId: orgId(ids, 'Nordisk Impact Invest'),
      kind: 'INVESTMENT',
      seniority: 1,
      commitment: '500000.00',
      premiumRate: '0.04',
    };
    // The new tranche first and the old ones reordered: identity follows (organisation, fund), not position.
    const [aarhusFund, kapitalfond, trivsel] = base.tranches;
    const amendment = await propose(clients.aarhus, partnershipId, {
      ...base,
      tranches: [nordisk, trivsel, { ...kapitalfond, commitment: '2500000.00' }, aarhusFund],
    });
    expect(amendment.number).toBe(draft.number + 1);
    const idOf = (v: Version, name: string) => v.tranches.find((t) => t.organisation.name === name)?.id;
    for (const name of ['Aarhus Kommune', 'Den Sociale Kapitalfond', 'Trivselsfonden']) {
      expect(idOf(amendment, name)).toBe(idOf(version, name));
    }
    const newId = idOf(amendment, 'Nordisk Impact Invest');
    expect(newId).toBeDefined();
    expect(version.tranches.map((t) => t.id)).not.toContain(newId);
    expect(amendment.tranches.map((t) => [t.organisation.name, t.commitment])).toEqual([
      ['Nordisk Impact Invest', '500000.00'],
      ['Trivselsfonden', '1000000.00'],
      ['Den Sociale Kapitalfond', '2500000.00'],
      ['Aarhus Kommune', '3000000.00'],
    ]);
    const [count] = await sql<{ n: number }>(
      api,
      'select count(*)::int as n from tranche where partnership_id = ?',
      [partnershipId],
    );
    expect(count?.n).toBe(4);
    // The new investor is a signatory; until everyone signs, the old three tranches are the terms.
    expect(amendment.pendingSignatories.map((o) => o.name)).toContain('Nordisk Impact Invest');
    for (const user of [...SIGNERS, 'nordisk'] as const) await sign(clients[user], amendment);
    const partnership = await partnershipTerms(clients.aarhus, partnershipId);
    expect(partnership.terms?.tranches.map((t) => t.id)).toEqual(amendment.tranches.map((t) => t.id));
    expect((await read(version.id)).tranches.map((t) => t.id)).toEqual(version.tranches.map((t) => t.id));
  });

  it('that drops a tranche and a later one that brings it back keep its id', async () => {
    const { partnershipId, version } = await agreed();
    const base = workedExampleTerms(ids);
    const withoutTrivsel = await propose(clients.aarhus, partnershipId, {
      ...base,
      tranches: base.tranches.slice(0, 2),
    });
    expect(withoutTrivsel.tranches.map((t) => t.organisation.name)).toEqual([
      'Aarhus Kommune',
      'Den Sociale Kapitalfond',
    ]);
    const back = await propose(clients.aarhus, partnershipId, base);
    expect(back.tranches.map((t) => t.id)).toEqual(version.tranches.map((t) => t.id));
  });
});

describe('a member added after a proposal', () => {
  it('appears in pendingSignatories and must sign before the version is agreed', async () => {
    const partnershipId = await newPartnership(clients.aarhus, ids);
    const version = await propose(clients.aarhus, partnershipId, workedExampleTerms(ids));
    for (const user of ['aarhus', 'askov', 'kapitalfond'] as const) await sign(clients[user], version);
    await addMember(clients.aarhus, ids, partnershipId, 'Nordisk Impact Invest', 'INVESTOR');
    const pending = await read(version.id);
    expect(pending.pendingSignatories.map((o) => o.name).sort()).toEqual([
      'Nordisk Impact Invest',
      'Trivselsfonden',
    ]);
    const nordiskView = await contractVersionRequest(clients.nordisk, version.id);
    expect(nordiskView.data?.contractVersion?.viewerCanSign).toBe(true);

    const afterTrivsel = await sign(clients.trivsel, version);
    expect(afterTrivsel.status).toBe('PROPOSED');
    expect(afterTrivsel.pendingSignatories.map((o) => o.name)).toEqual(['Nordisk Impact Invest']);
    expect((await partnershipTerms(clients.aarhus, partnershipId)).status).toBe('DRAFT');

    const last = await sign(clients.nordisk, version);
    expect(last.status).toBe('AGREED');
    expect(last.pendingSignatories).toEqual([]);
    expect((await partnershipTerms(clients.aarhus, partnershipId)).status).toBe('ACTIVE');
  });

  it('as EVALUATOR is not a signatory', async () => {
    const partnershipId = await newPartnership(clients.aarhus, ids, [
      ['AskovFonden', 'PROVIDER'],
      ['Den Sociale Kapitalfond', 'INVESTOR'],
      ['Trivselsfonden', 'FOUNDATION'],
    ]);
    const terms = workedExampleTerms(ids);
    const version = await propose(clients.aarhus, partnershipId, {
      ...terms,
      metrics: terms.metrics.map((metric) => ({ ...metric, verifier: 'COMMISSIONER' })),
    });
    await addMember(clients.aarhus, ids, partnershipId, 'Evalueringsinstituttet', 'EVALUATOR');
    expect((await read(version.id)).pendingSignatories.map((o) => o.name).sort()).toEqual(
      ['Aarhus Kommune', 'AskovFonden', 'Den Sociale Kapitalfond', 'Trivselsfonden'].sort(),
    );
    let last = version;
    for (const user of SIGNERS) last = await sign(clients[user], version);
    expect(last.status).toBe('AGREED');
  });
});
