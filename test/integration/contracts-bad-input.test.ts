import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newPartnership,
  orgId,
  type PartnershipTerms,
  partnershipTerms,
  propose,
  proposeRequest,
  type Role,
  termsRowCounts,
  type Version,
} from '../support/contracts.js';
import {
  errorCode,
  errorField,
  type GraphQLClient,
  type GraphQLResponse,
} from '../support/graphql-client.js';
import { type Ids, lookUpIds, workedExampleTerms } from '../support/terms.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

type Terms = ReturnType<typeof workedExampleTerms>;
type MetricTerms = Terms['metrics'][number] & Record<string, unknown>;
type TrancheTerms = Terms['tranches'][number] & Record<string, unknown>;

interface Context {
  readonly ids: Ids;
  readonly vestbyFundId: string;
}

let api: TestApi;
let aarhus: GraphQLClient;
let context: Context;
/** Every member of Stop vold i familien, with a proposal pending that bad input must not withdraw. */
let partnershipId: string;
let pending: Version;
/** Commissioner, provider, investor and foundation: no evaluator. */
let withoutEvaluatorId: string;

beforeAll(async () => {
  api = await startTestApi();
  aarhus = await api.as('aarhus');
  const ids = await lookUpIds(aarhus);
  const vestbyFunds = await (await api.as('vestby')).data<{ funds: { id: string }[] }>('{ funds { id } }');
  const vestbyFundId = vestbyFunds.funds[0]?.id;
  if (!vestbyFundId) throw new Error('Vestby has no fund');
  context = { ids, vestbyFundId };
  partnershipId = await newPartnership(aarhus, ids);
  pending = await propose(aarhus, partnershipId, workedExampleTerms(ids));
  const members: [string, Role][] = [
    ['AskovFonden', 'PROVIDER'],
    ['Den Sociale Kapitalfond', 'INVESTOR'],
    ['Trivselsfonden', 'FOUNDATION'],
  ];
  withoutEvaluatorId = await newPartnership(aarhus, ids, members);
});
afterAll(() => api.close());

/** The worked example with one metric changed. */
function withMetric(ctx: Context, index: number, patch: Record<string, unknown>): Terms {
  const terms = workedExampleTerms(ctx.ids);
  const metrics: MetricTerms[] = terms.metrics.map((metric) => ({ ...metric }));
  metrics[index] = { ...metrics[index], ...patch } as MetricTerms;
  return { ...terms, metrics };
}

/** The worked example with one tranche changed. */
function withTranche(ctx: Context, index: number, patch: Record<string, unknown>): Terms {
  const terms = workedExampleTerms(ctx.ids);
  const tranches: TrancheTerms[] = terms.tranches.map((tranche) => ({ ...tranche }));
  tranches[index] = { ...tranches[index], ...patch } as TrancheTerms;
  return { ...terms, tranches };
}

function withExtraTranche(ctx: Context, tranche: Record<string, unknown>): Terms {
  const terms = workedExampleTerms(ctx.ids);
  return { ...terms, tranches: [...terms.tranches, tranche as TrancheTerms] };
}

/** A THRESHOLD second metric: threshold 0.5, amount 250,000.00. */
function thresholdMetric(ctx: Context, patch: Record<string, unknown>): Terms {
  return withMetric(ctx, 1, {
    rule: 'THRESHOLD',
    threshold: '0.5',
    target: null,
    amount: '250000.00',
    ...patch,
  });
}

const kapitalfond = (ctx: Context) => orgId(ctx.ids, 'Den Sociale Kapitalfond');

/** [case, terms, the exact extensions.field]: every rule of DOMAIN.md "Bad input" the engine checks. */
const ENGINE_CASES: [string, (ctx: Context) => unknown, string][] = [
  // Dates
  [
    'a start date equal to the end date',
    (ctx) => workedExampleTerms(ctx.ids, { startDate: '2027-06-01', endDate: '2027-06-01' }),
    'terms.endDate',
  ],
  [
    'a start date after the end date',
    (ctx) => workedExampleTerms(ctx.ids, { startDate: '2029-01-01', endDate: '2028-12-31' }),
    'terms.endDate',
  ],
  // Money
  [
    'a negative payment cap',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: '-0.01' }),
    'terms.paymentCap',
  ],
  [
    'a payment cap with 3 decimals',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: '10.005' }),
    'terms.paymentCap',
  ],
  [
    'a payment cap beyond numeric(14,2)',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: '10000000000000.00' }),
    'terms.paymentCap',
  ],
  [
    'a payment cap of 1,000,000,000,000.00 (one øre beyond the range)',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: '1000000000000.00' }),
    'terms.paymentCap',
  ],
  ['a negative price', (ctx) => withMetric(ctx, 0, { price: '-40000.00' }), 'terms.metrics[0].price'],
  ['a price with 3 decimals', (ctx) => withMetric(ctx, 0, { price: '40000.001' }), 'terms.metrics[0].price'],
  ['a negative metric cap', (ctx) => withMetric(ctx, 1, { cap: '-1' }), 'terms.metrics[1].cap'],
  [
    'a metric cap beyond numeric(14,2)',
    (ctx) => withMetric(ctx, 1, { cap: '99999999999999999999' }),
    'terms.metrics[1].cap',
  ],
  [
    'a negative unit saving',
    (ctx) => withMetric(ctx, 0, { unitSaving: '-5.00' }),
    'terms.metrics[0].unitSaving',
  ],
  [
    'a LINEAR amount with 3 decimals',
    (ctx) => withMetric(ctx, 1, { amount: '1.999' }),
    'terms.metrics[1].amount',
  ],
  [
    'a negative commitment',
    (ctx) => withTranche(ctx, 1, { commitment: '-1.00' }),
    'terms.tranches[1].commitment',
  ],
  [
    'a commitment with 3 decimals',
    (ctx) => withTranche(ctx, 2, { commitment: '1000000.005' }),
    'terms.tranches[2].commitment',
  ],
  [
    'a commitment beyond numeric(14,2)',
    (ctx) => withTranche(ctx, 0, { commitment: '10000000000000.00' }),
    'terms.tranches[0].commitment',
  ],
  // Rule parameters
  ['PER_OUTCOME without a price', (ctx) => withMetric(ctx, 0, { price: null }), 'terms.metrics[0].price'],
  ['PER_OUTCOME with price 0', (ctx) => withMetric(ctx, 0, { price: '0' }), 'terms.metrics[0].price'],
  ['PER_OUTCOME with price 0.00', (ctx) => withMetric(ctx, 0, { price: '0.00' }), 'terms.metrics[0].price'],
  [
    'PER_OUTCOME with a threshold it does not use',
    (ctx) => withMetric(ctx, 0, { threshold: '1' }),
    'terms.metrics[0].threshold',
  ],
  [
    'THRESHOLD without a threshold',
    (ctx) => thresholdMetric(ctx, { threshold: null }),
    'terms.metrics[1].threshold',
  ],
  ['THRESHOLD without an amount', (ctx) => thresholdMetric(ctx, { amount: null }), 'terms.metrics[1].amount'],
  ['THRESHOLD with a price', (ctx) => thresholdMetric(ctx, { price: '10.00' }), 'terms.metrics[1].price'],
  ['THRESHOLD with a target', (ctx) => thresholdMetric(ctx, { target: '0.9' }), 'terms.metrics[1].target'],
  [
    'a negative threshold',
    (ctx) => thresholdMetric(ctx, { threshold: '-0.1' }),
    'terms.metrics[1].threshold',
  ],
  [
    'LINEAR with threshold equal to target',
    (ctx) => withMetric(ctx, 1, { threshold: '0.6', target: '0.60' }),
    'terms.metrics[1].target',
  ],
  [
    'LINEAR with threshold above target',
    (ctx) => withMetric(ctx, 1, { threshold: '0.7', target: '0.6' }),
    'terms.metrics[1].target',
  ],
  ['LINEAR without an amount', (ctx) => withMetric(ctx, 1, { amount: null }), 'terms.metrics[1].amount'],
  ['LINEAR without a target', (ctx) => withMetric(ctx, 1, { target: null }), 'terms.metrics[1].target'],
  [
    'LINEAR without a threshold',
    (ctx) => withMetric(ctx, 1, { threshold: null }),
    'terms.metrics[1].threshold',
  ],
  ['LINEAR with a price', (ctx) => withMetric(ctx, 1, { price: '1.00' }), 'terms.metrics[1].price'],
  // Tranches
  [
    'a premium rate above 1',
    (ctx) => withTranche(ctx, 0, { premiumRate: '1.01' }),
    'terms.tranches[0].premiumRate',
  ],
  [
    'a negative premium rate',
    (ctx) => withTranche(ctx, 1, { premiumRate: '-0.01' }),
    'terms.tranches[1].premiumRate',
  ],
  [
    'a GRANT with a premium',
    (ctx) => withTranche(ctx, 2, { kind: 'GRANT', premiumRate: '0.01' }),
    'terms.tranches[2].premiumRate',
  ],
  ['seniority 0', (ctx) => withTranche(ctx, 1, { seniority: 0 }), 'terms.tranches[1].seniority'],
  ['a negative seniority', (ctx) => withTranche(ctx, 2, { seniority: -1 }), 'terms.tranches[2].seniority'],
  [
    'a tranche held by a non-member (Vestby Kommune)',
    (ctx) =>
      withExtraTranche(ctx, {
        organisationId: orgId(ctx.ids, 'Vestby Kommune'),
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '1.00',
        premiumRate: '0',
      }),
    'terms.tranches[3].organisationId',
  ],
  [
    'a tranche held by an unknown organisation id',
    (ctx) => withTranche(ctx, 1, { organisationId: randomUUID() }),
    'terms.tranches[1].organisationId',
  ],
  [
    "a fund of Vestby Kommune, not the commissioner's",
    (ctx) => withTranche(ctx, 0, { fundId: ctx.vestbyFundId }),
    'terms.tranches[0].fundId',
  ],
  ['an unknown fund id', (ctx) => withTranche(ctx, 0, { fundId: randomUUID() }), 'terms.tranches[0].fundId'],
  [
    "the commissioner's fund on an investor's tranche",
    (ctx) => withTranche(ctx, 1, { fundId: ctx.ids.aarhusFundId }),
    'terms.tranches[1].fundId',
  ],
  [
    'two tranches of the same organisation without a fund',
    (ctx) =>
      withExtraTranche(ctx, {
        organisationId: kapitalfond(ctx),
        kind: 'GRANT',
        seniority: 3,
        commitment: '5.00',
        premiumRate: '0',
      }),
    'terms.tranches[3].organisationId',
  ],
  [
    'two tranches of the same organisation and fund',
    (ctx) =>
      withExtraTranche(ctx, {
        organisationId: orgId(ctx.ids, 'Aarhus Kommune'),
        fundId: ctx.ids.aarhusFundId,
        kind: 'INVESTMENT',
        seniority: 2,
        commitment: '5.00',
        premiumRate: '0',
      }),
    'terms.tranches[3].organisationId',
  ],
  ['no tranches', (ctx) => workedExampleTerms(ctx.ids, { tranches: [] }), 'terms.tranches'],
  // Metrics
  ['no metrics', (ctx) => workedExampleTerms(ctx.ids, { metrics: [] }), 'terms.metrics'],
  [
    '51 metrics',
    (ctx) => {
      const [template] = workedExampleTerms(ctx.ids).metrics;
      return workedExampleTerms(ctx.ids, {
        metrics: Array.from({ length: 51 }, (_, i) => ({ ...template, key: `metric-${i}` })),
      });
    },
    'terms.metrics',
  ],
  [
    'a duplicate metric key',
    (ctx) => withMetric(ctx, 1, { key: 'families-completed' }),
    'terms.metrics[1].key',
  ],
  [
    'a key with an uppercase letter',
    (ctx) => withMetric(ctx, 0, { key: 'Families-completed' }),
    'terms.metrics[0].key',
  ],
  ['a key with a space', (ctx) => withMetric(ctx, 0, { key: 'families completed' }), 'terms.metrics[0].key'],
  ['a key of 41 characters', (ctx) => withMetric(ctx, 1, { key: 'k'.repeat(41) }), 'terms.metrics[1].key'],
  ['an empty key', (ctx) => withMetric(ctx, 0, { key: '' }), 'terms.metrics[0].key'],
  [
    'a key with an underscore',
    (ctx) => withMetric(ctx, 0, { key: 'families_completed' }),
    'terms.metrics[0].key',
  ],
  ['a PROVIDER verifier', (ctx) => withMetric(ctx, 0, { verifier: 'PROVIDER' }), 'terms.metrics[0].verifier'],
  [
    'an INVESTOR verifier',
    (ctx) => withMetric(ctx, 1, { verifier: 'INVESTOR' }),
    'terms.metrics[1].verifier',
  ],
  [
    'a name of 201 characters',
    (ctx) => withMetric(ctx, 0, { name: 'n'.repeat(201) }),
    'terms.metrics[0].name',
  ],
  [
    'a name of 201 emoji (counted as characters, not UTF-16 units)',
    (ctx) => withMetric(ctx, 0, { name: '👪'.repeat(201) }),
    'terms.metrics[0].name',
  ],
  ['a blank name', (ctx) => withMetric(ctx, 1, { name: '   ' }), 'terms.metrics[1].name'],
  [
    'a definition of 4001 characters',
    (ctx) => withMetric(ctx, 1, { definition: 'd'.repeat(4001) }),
    'terms.metrics[1].definition',
  ],
  ['an empty definition', (ctx) => withMetric(ctx, 0, { definition: '' }), 'terms.metrics[0].definition'],
  ['a unit of 51 characters', (ctx) => withMetric(ctx, 0, { unit: 'u'.repeat(51) }), 'terms.metrics[0].unit'],
  [
    'a key with a trailing newline',
    (ctx) => withMetric(ctx, 0, { key: 'families\n' }),
    'terms.metrics[0].key',
  ],
  // PostgreSQL text cannot hold U+0000: it is bad input, not an internal error after the insert fails.
  [
    'a name containing U+0000',
    (ctx) => withMetric(ctx, 0, { name: 'Familier\u0000' }),
    'terms.metrics[0].name',
  ],
  [
    'a definition containing U+0000',
    (ctx) => withMetric(ctx, 1, { definition: 'Andel\u0000' }),
    'terms.metrics[1].definition',
  ],
  ['a unit containing U+0000', (ctx) => withMetric(ctx, 1, { unit: '\u0000' }), 'terms.metrics[1].unit'],
];

/** Values the GraphQL scalars refuse before any resolver runs; the message names the path. */
const SCALAR_CASES: [string, (ctx: Context) => unknown, string][] = [
  [
    'an impossible date (2026-02-30)',
    (ctx) => workedExampleTerms(ctx.ids, { startDate: '2026-02-30' }),
    'terms.startDate',
  ],
  ['month 13', (ctx) => workedExampleTerms(ctx.ids, { endDate: '2028-13-01' }), 'terms.endDate'],
  [
    'a date with a time',
    (ctx) => workedExampleTerms(ctx.ids, { endDate: '2028-12-31T00:00:00Z' }),
    'terms.endDate',
  ],
  [
    'garbage money',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: 'otte millioner' }),
    'terms.paymentCap',
  ],
  [
    'money with a decimal comma',
    (ctx) => workedExampleTerms(ctx.ids, { paymentCap: '8000000,00' }),
    'terms.paymentCap',
  ],
  ['money in exponent notation', (ctx) => withMetric(ctx, 0, { price: '4e4' }), 'terms.metrics[0].price'],
  [
    'an empty price (blank is null, not "")',
    (ctx) => withMetric(ctx, 0, { price: '' }),
    'terms.metrics[0].price',
  ],
  ['an empty commitment', (ctx) => withTranche(ctx, 1, { commitment: '' }), 'terms.tranches[1].commitment'],
  [
    'money as a JSON number',
    (ctx) => withTranche(ctx, 1, { commitment: 2000000 }),
    'terms.tranches[1].commitment',
  ],
  [
    'a verifier that is no role',
    (ctx) => withMetric(ctx, 0, { verifier: 'NOBODY' }),
    'terms.metrics[0].verifier',
  ],
  ['a rule that does not exist', (ctx) => withMetric(ctx, 1, { rule: 'STEP' }), 'terms.metrics[1].rule'],
  ['a fractional seniority', (ctx) => withTranche(ctx, 0, { seniority: 1.5 }), 'terms.tranches[0].seniority'],
  [
    'a seniority beyond Int',
    (ctx) => withTranche(ctx, 0, { seniority: 2 ** 31 }),
    'terms.tranches[0].seniority',
  ],
];

/** What a refused proposal must leave exactly as it was. */
async function snapshot(id: string) {
  const partnership: PartnershipTerms = await partnershipTerms(aarhus, id);
  return {
    rows: await termsRowCounts(api),
    versions: partnership.versions.map((version) => [version.id, version.status]),
  };
}

async function expectRefused(
  id: string,
  terms: unknown,
): Promise<GraphQLResponse<{ proposeTerms: Version }>> {
  const before = await snapshot(id);
  const result = await proposeRequest(aarhus, id, terms);
  expect(result.data?.proposeTerms ?? null).toBeNull();
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(await snapshot(id)).toEqual(before);
  return result;
}

describe('proposeTerms refuses bad input, naming the field and writing nothing', () => {
  it('starts from a partnership with a pending proposal', async () => {
    const partnership = await partnershipTerms(aarhus, partnershipId);
    expect(partnership.proposal?.id).toBe(pending.id);
  });

  it.each(ENGINE_CASES)('refuses %s', async (_case, build, field) => {
    const result = await expectRefused(partnershipId, build(context));
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toContain(field);
    const issues = result.errors?.[0]?.extensions?.issues as {
      field: string;
      code: string;
      message: string;
    }[];
    expect(issues[0]?.field).toBe(field);
  });

  it.each(SCALAR_CASES)('refuses %s in the scalar, naming the path', async (_case, build, path) => {
    const result = await expectRefused(partnershipId, build(context));
    expect(result.errors?.[0]?.message).toContain(`"${path}"`);
  });

  it('refuses an EVALUATOR verifier in a partnership without an evaluator member', async () => {
    const result = await expectRefused(withoutEvaluatorId, workedExampleTerms(context.ids));
    expect(errorField(result)).toBe('terms.metrics[0].verifier');
    const issues = result.errors?.[0]?.extensions?.issues as { field: string; code: string }[];
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['terms.metrics[0].verifier', 'EVALUATOR_MISSING'],
      ['terms.metrics[1].verifier', 'EVALUATOR_MISSING'],
    ]);
  });

  it('accepts the same terms there once every metric is verified by the commissioner', async () => {
    const terms = workedExampleTerms(context.ids);
    const version = await propose(aarhus, withoutEvaluatorId, {
      ...terms,
      metrics: terms.metrics.map((metric) => ({ ...metric, verifier: 'COMMISSIONER' })),
    });
    expect(version.status).toBe('PROPOSED');
  });

  it('lists every issue in extensions.issues, one per field in form order, and names the first', async () => {
    const terms = workedExampleTerms(context.ids, { endDate: '2025-01-01', paymentCap: '-1' });
    const metrics = terms.metrics.map((metric) => ({ ...metric }) as MetricTerms);
    metrics[0] = { ...metrics[0], price: '0', key: 'Bad Key' } as MetricTerms;
    metrics[1] = { ...metrics[1], threshold: '0.9', name: 'x'.repeat(201) } as MetricTerms;
    const tranches = terms.tranches.map((tranche) => ({ ...tranche }) as TrancheTerms);
    tranches[2] = { ...tranches[2], kind: 'GRANT', premiumRate: '2', seniority: 0 } as TrancheTerms;
    const result = await expectRefused(partnershipId, { ...terms, metrics, tranches });
    expect(errorField(result)).toBe('terms.endDate');
    const issues = result.errors?.[0]?.extensions?.issues as {
      field: string;
      code: string;
      message: string;
    }[];
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['terms.endDate', 'START_NOT_BEFORE_END'],
      ['terms.paymentCap', 'NEGATIVE'],
      ['terms.metrics[0].key', 'INVALID_KEY'],
      ['terms.metrics[0].price', 'NOT_POSITIVE'],
      ['terms.metrics[1].name', 'TOO_LONG'],
      ['terms.metrics[1].target', 'THRESHOLD_NOT_BELOW_TARGET'],
      ['terms.tranches[2].seniority', 'OUT_OF_RANGE'],
      ['terms.tranches[2].premiumRate', 'OUT_OF_RANGE'],
    ]);
    for (const issue of issues) expect(issue.message).toContain(issue.field);
  });

  it('leaves the pending proposal pending after every refusal', async () => {
    const partnership = await partnershipTerms(aarhus, partnershipId);
    expect(partnership.proposal?.id).toBe(pending.id);
    expect(partnership.versions.map((version) => [version.number, version.status])).toEqual([
      [1, 'PROPOSED'],
    ]);
  });
});

describe('the limits themselves are accepted', () => {
  it('takes every value exactly at a bound', async () => {
    const id = await newPartnership(aarhus, context.ids);
    const terms = workedExampleTerms(context.ids, {
      startDate: '2028-02-28',
      endDate: '2028-02-29',
      paymentCap: '999999999999.99',
    });
    const metrics = terms.metrics.map((metric) => ({ ...metric }) as MetricTerms);
    metrics[0] = {
      ...metrics[0],
      key: `k-${'0'.repeat(38)}`,
      name: '👪'.repeat(200),
      definition: 'd'.repeat(4000),
      unit: 'u'.repeat(50),
      price: '0.01',
      cap: '0',
      unitSaving: '0.00',
    } as MetricTerms;
    metrics[1] = {
      ...metrics[1],
      key: 'a',
      threshold: '0',
      target: '0.000000000001',
      amount: '0',
    } as MetricTerms;
    const tranches = terms.tranches.map((tranche) => ({ ...tranche }) as TrancheTerms);
    tranches[0] = { ...tranches[0], premiumRate: '1', commitment: '999999999999.99' } as TrancheTerms;
    tranches[1] = {
      ...tranches[1],
      fundId: '',
      premiumRate: '0.000000000001',
      commitment: '0',
    } as TrancheTerms;
    tranches[2] = {
      ...tranches[2],
      kind: 'GRANT',
      premiumRate: '0.00',
      seniority: 2147483647,
    } as TrancheTerms;
    const version = await propose(aarhus, id, { ...terms, metrics, tranches });
    expect(version.paymentCap).toBe('999999999999.99');
    expect([version.startDate, version.endDate]).toEqual(['2028-02-28', '2028-02-29']);
    expect(version.metrics.map((metric) => [metric.key, metric.price])).toEqual([
      [`k-${'0'.repeat(38)}`, '0.01'],
      ['a', null],
    ]);
    expect([...(version.metrics[0]?.name ?? '')]).toHaveLength(200);
    expect(version.metrics[1]?.target).toBe('0.000000000001');
    expect(
      version.tranches.map((tranche) => [
        tranche.kind,
        tranche.seniority,
        tranche.commitment,
        tranche.premiumRate,
        tranche.fund?.name ?? null,
      ]),
    ).toEqual([
      ['INVESTMENT', 1, '999999999999.99', '1', 'Den sociale Investeringsfond'],
      ['INVESTMENT', 1, '0.00', '0.000000000001', null],
      ['GRANT', 2147483647, '1000000.00', '0', null],
    ]);
  });
});
