import type { VersionTermsFragment } from '../../gql/graphql';

/** DOMAIN.md's worked example as the API returns a version of it. */
export function workedExampleVersion(overrides: Partial<VersionTermsFragment> = {}): VersionTermsFragment {
  return {
    id: 'v1',
    number: 1,
    status: 'AGREED',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    paymentCap: '8000000.00',
    proposedAt: '2026-01-02T10:00:00.000Z',
    agreedAt: '2026-01-05T10:00:00.000Z',
    metrics: [
      {
        id: 'm1',
        key: 'families-completed',
        name: 'Familier der har gennemført forløbet',
        definition: 'Antal familier, hvor volden er stoppet.',
        unit: 'familier',
        verifier: 'EVALUATOR',
        rule: 'PER_OUTCOME',
        price: '40000.00',
        threshold: null,
        target: null,
        amount: null,
        cap: null,
        unitSaving: '120000.00',
      },
      {
        id: 'm2',
        key: 'child-wellbeing',
        name: 'Børnenes trivsel',
        definition: 'Andel af børn med forbedret trivselsscore.',
        unit: 'andel',
        verifier: 'EVALUATOR',
        rule: 'LINEAR',
        price: null,
        threshold: '0.3',
        target: '0.6',
        amount: '500000.00',
        cap: null,
        unitSaving: null,
      },
    ],
    tranches: [
      {
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '3000000.00',
        premiumRate: '0.05',
        organisation: { id: 'aarhus', name: 'Aarhus Kommune' },
        fund: { id: 'fund', name: 'Den sociale Investeringsfond' },
      },
      {
        kind: 'INVESTMENT',
        seniority: 1,
        commitment: '2000000.00',
        premiumRate: '0.05',
        organisation: { id: 'kapital', name: 'Den Sociale Kapitalfond' },
        fund: null,
      },
      {
        kind: 'INVESTMENT',
        seniority: 2,
        commitment: '1000000.00',
        premiumRate: '0',
        organisation: { id: 'trivsel', name: 'Trivselsfonden' },
        fund: null,
      },
    ],
    ...overrides,
  };
}

export const workedExampleContext = {
  members: new Map([
    ['aarhus', 'COMMISSIONER' as const],
    ['askov', 'PROVIDER' as const],
    ['kapital', 'INVESTOR' as const],
    ['trivsel', 'FOUNDATION' as const],
    ['eval', 'EVALUATOR' as const],
  ]),
  commissionerFundIds: new Set(['fund']),
};
