import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from '../support/graphql-client.js';
import { type Ids, lookUpIds, PROPOSE, SIGN, VERSION_FIELDS, workedExampleTerms } from '../support/terms.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

interface Version {
  id: string;
  number: number;
  status: string;
  contentHash: string;
  paymentCap: string;
  viewerCanSign: boolean;
  metrics: {
    key: string;
    price: string | null;
    threshold: string | null;
    target: string | null;
    amount: string | null;
  }[];
  tranches: {
    id: string;
    commitment: string;
    premiumRate: string;
    organisation: { name: string };
    fund: { name: string } | null;
    position: { undrawn: string } | null;
  }[];
  signatures: { organisation: { name: string } }[];
  pendingSignatories: { name: string }[];
}

let api: TestApi;
let aarhus: GraphQLClient;
let ids: Ids;
let partnershipId: string;

async function newDraftPartnership(): Promise<string> {
  const created = await aarhus.data<{ createPartnership: { id: string } }>(
    'mutation { createPartnership(input: { title: "Tryg start", challenge: "Familier med vold" }) { id } }',
  );
  const id = created.createPartnership.id;
  for (const [name, role] of [
    ['AskovFonden', 'PROVIDER'],
    ['Den Sociale Kapitalfond', 'INVESTOR'],
    ['Trivselsfonden', 'FOUNDATION'],
    ['Evalueringsinstituttet', 'EVALUATOR'],
  ] as const) {
    await aarhus.data(
      'mutation Add($p: ID!, $o: ID!, $r: PartnershipRole!) { addMember(partnershipId: $p, organisationId: $o, role: $r) { id } }',
      {
        p: id,
        o: ids.organisations[name],
        r: role,
      },
    );
  }
  return id;
}

beforeAll(async () => {
  api = await startTestApi();
  aarhus = await api.as('aarhus');
  ids = await lookUpIds(aarhus);
  partnershipId = await newDraftPartnership();
});
afterAll(() => api.close());

describe('propose, sign, agree', () => {
  let version: Version;

  it('freezes the proposed terms as version 1 with a content hash', async () => {
    const result = await aarhus.data<{ proposeTerms: Version }>(PROPOSE, {
      partnershipId,
      terms: workedExampleTerms(ids),
    });
    version = result.proposeTerms;
    expect(version.number).toBe(1);
    expect(version.status).toBe('PROPOSED');
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(version.paymentCap).toBe('8000000.00');
    expect(
      version.metrics.map((metric) => [
        metric.key,
        metric.price,
        metric.threshold,
        metric.target,
        metric.amount,
      ]),
    ).toEqual([
      ['families-completed', '40000.00', null, null, null],
      ['child-wellbeing', null, '0.3', '0.6', '500000.00'],
    ]);
    expect(
      version.tranches.map((tranche) => [
        tranche.organisation.name,
        tranche.fund?.name ?? null,
        tranche.commitment,
        tranche.premiumRate,
      ]),
    ).toEqual([
      ['Aarhus Kommune', 'Den sociale Investeringsfond', '3000000.00', '0.05'],
      ['Den Sociale Kapitalfond', null, '2000000.00', '0.05'],
      ['Trivselsfonden', null, '1000000.00', '0'],
    ]);
    expect(version.pendingSignatories.map((organisation) => organisation.name).sort()).toEqual(
      ['Aarhus Kommune', 'AskovFonden', 'Den Sociale Kapitalfond', 'Trivselsfonden'].sort(),
    );
    expect(version.viewerCanSign).toBe(true);
  });

  it('hashes the same terms the same way', async () => {
    const again = await aarhus.data<{ proposeTerms: Version }>(PROPOSE, {
      partnershipId,
      terms: workedExampleTerms(ids),
    });
    expect(again.proposeTerms.contentHash).toBe(version.contentHash);
    expect(again.proposeTerms.number).toBe(2);
    const withdrawn = await aarhus.data<{ contractVersion: { status: string } }>(
      'query V($id: ID!) { contractVersion(id: $id) { status } }',
      { id: version.id },
    );
    expect(withdrawn.contractVersion.status).toBe('WITHDRAWN');
    version = again.proposeTerms;
  });

  it('refuses a signature with another hash, from a non-signatory, or twice', async () => {
    const wrongHash = await aarhus.request(SIGN, { versionId: version.id, contentHash: '0'.repeat(64) });
    expect(errorCode(wrongHash)).toBe('CONFLICT');
    const evaluator = await api.as('evaluering');
    expect(
      errorCode(await evaluator.request(SIGN, { versionId: version.id, contentHash: version.contentHash })),
    ).toBe('FORBIDDEN');
    const vestby = await api.as('vestby');
    expect(
      errorCode(await vestby.request(SIGN, { versionId: version.id, contentHash: version.contentHash })),
    ).toBe('NOT_FOUND');
    await aarhus.data(SIGN, { versionId: version.id, contentHash: version.contentHash });
    expect(
      errorCode(await aarhus.request(SIGN, { versionId: version.id, contentHash: version.contentHash })),
    ).toBe('CONFLICT');
  });

  it('agrees the version and activates the partnership when the last signature lands', async () => {
    for (const user of ['askov', 'kapitalfond'] as const) {
      const signed = await (await api.as(user)).data<{ signTerms: Version }>(SIGN, {
        versionId: version.id,
        contentHash: version.contentHash,
      });
      expect(signed.signTerms.status).toBe('PROPOSED');
    }
    const last = await (await api.as('trivsel')).data<{ signTerms: Version }>(SIGN, {
      versionId: version.id,
      contentHash: version.contentHash,
    });
    expect(last.signTerms.status).toBe('AGREED');
    expect(last.signTerms.pendingSignatories).toEqual([]);
    const partnership = await aarhus.data<{
      partnership: {
        status: string;
        terms: { id: string } | null;
        proposal: unknown;
        versions: { number: number; status: string }[];
      };
    }>(
      'query P($id: ID!) { partnership(id: $id) { status terms { id } proposal { id } versions { number status } } }',
      { id: partnershipId },
    );
    expect(partnership.partnership.status).toBe('ACTIVE');
    expect(partnership.partnership.terms?.id).toBe(version.id);
    expect(partnership.partnership.proposal).toBeNull();
    expect(partnership.partnership.versions).toEqual([
      { number: 2, status: 'AGREED' },
      { number: 1, status: 'WITHDRAWN' },
    ]);
  });

  it('keeps the terms in force until an amendment is agreed, and tranches keep their identity', async () => {
    const amended = await aarhus.data<{ proposeTerms: Version }>(PROPOSE, {
      partnershipId,
      terms: workedExampleTerms(ids, { paymentCap: '9000000.00' }),
    });
    expect(amended.proposeTerms.tranches.map((tranche) => tranche.id)).toEqual(
      version.tranches.map((tranche) => tranche.id),
    );
    const before = await aarhus.data<{ partnership: { terms: { id: string; paymentCap: string } } }>(
      'query P($id: ID!) { partnership(id: $id) { terms { id paymentCap } } }',
      { id: partnershipId },
    );
    expect(before.partnership.terms).toEqual({ id: version.id, paymentCap: '8000000.00' });
    for (const user of ['aarhus', 'askov', 'kapitalfond', 'trivsel'] as const) {
      await (await api.as(user)).data(SIGN, {
        versionId: amended.proposeTerms.id,
        contentHash: amended.proposeTerms.contentHash,
      });
    }
    const after = await aarhus.data<{
      partnership: {
        terms: { id: string; paymentCap: string };
        versions: { number: number; status: string }[];
      };
    }>('query P($id: ID!) { partnership(id: $id) { terms { id paymentCap } versions { number status } } }', {
      id: partnershipId,
    });
    expect(after.partnership.terms).toEqual({ id: amended.proposeTerms.id, paymentCap: '9000000.00' });
    expect(after.partnership.versions.map((v) => v.status)).toEqual(['AGREED', 'SUPERSEDED', 'WITHDRAWN']);
  });

  it('shows a tranche position to its holder, the commissioner and the provider only', async () => {
    const query = `query P($id: ID!) { partnership(id: $id) { terms { ${VERSION_FIELDS} } } }`;
    const seen = async (user: 'aarhus' | 'askov' | 'kapitalfond' | 'trivsel' | 'evaluering') => {
      const data = await (await api.as(user)).data<{ partnership: { terms: Version } }>(query, {
        id: partnershipId,
      });
      return data.partnership.terms.tranches.map((tranche) => [
        tranche.organisation.name,
        tranche.position !== null,
      ]);
    };
    expect(await seen('aarhus')).toEqual([
      ['Aarhus Kommune', true],
      ['Den Sociale Kapitalfond', true],
      ['Trivselsfonden', true],
    ]);
    expect(await seen('askov')).toEqual([
      ['Aarhus Kommune', true],
      ['Den Sociale Kapitalfond', true],
      ['Trivselsfonden', true],
    ]);
    expect(await seen('kapitalfond')).toEqual([
      ['Aarhus Kommune', false],
      ['Den Sociale Kapitalfond', true],
      ['Trivselsfonden', false],
    ]);
    expect(await seen('trivsel')).toEqual([
      ['Aarhus Kommune', false],
      ['Den Sociale Kapitalfond', false],
      ['Trivselsfonden', true],
    ]);
    expect(await seen('evaluering')).toEqual([
      ['Aarhus Kommune', false],
      ['Den Sociale Kapitalfond', false],
      ['Trivselsfonden', false],
    ]);
  });
});

describe('bad terms', () => {
  it.each([
    ['end before start', { endDate: '2025-12-31' }, 'terms.endDate'],
    ['a three-decimal cap', { paymentCap: '10.005' }, 'terms.paymentCap'],
  ])('refuses %s naming the field, writing nothing', async (_case, overrides, field) => {
    const before = await api.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from contract_version');
    const result = await aarhus.request(PROPOSE, {
      partnershipId,
      terms: workedExampleTerms(ids, overrides),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(String(errorField(result))).toContain(field.replace('terms.', ''));
    const after = await api.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from contract_version');
    expect(after).toEqual(before);
  });

  it('lets only the commissioner propose', async () => {
    const provider = await api.as('askov');
    expect(
      errorCode(await provider.request(PROPOSE, { partnershipId, terms: workedExampleTerms(ids) })),
    ).toBe('FORBIDDEN');
  });
});
