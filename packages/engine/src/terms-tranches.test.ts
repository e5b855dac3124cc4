import { describe, it } from 'vitest';
import type { TermsDraft } from './terms-types.js';
import { expectIssue, withTranche } from './testing/terms.js';

describe('validateTerms: tranche rules name their field', () => {
  it.each<[string, TermsDraft, string, string]>([
    [
      'premium rate above 1',
      withTranche({ premiumRate: '1.01' }),
      'terms.tranches[1].premiumRate',
      'OUT_OF_RANGE',
    ],
    [
      'negative premium rate',
      withTranche({ premiumRate: '-0.01' }),
      'terms.tranches[1].premiumRate',
      'NEGATIVE',
    ],
    ['premium rate missing', withTranche({ premiumRate: '' }), 'terms.tranches[1].premiumRate', 'REQUIRED'],
    [
      'premium rate garbage',
      withTranche({ premiumRate: '5%' }),
      'terms.tranches[1].premiumRate',
      'INVALID_FORMAT',
    ],
    [
      'GRANT with a premium',
      withTranche({ kind: 'GRANT', premiumRate: '0.01' }),
      'terms.tranches[1].premiumRate',
      'GRANT_WITH_PREMIUM',
    ],
    ['unknown kind', withTranche({ kind: 'LOAN' }), 'terms.tranches[1].kind', 'INVALID_OPTION'],
    ['seniority 0', withTranche({ seniority: 0 }), 'terms.tranches[1].seniority', 'OUT_OF_RANGE'],
    ['negative seniority', withTranche({ seniority: -1 }), 'terms.tranches[1].seniority', 'OUT_OF_RANGE'],
    [
      'fractional seniority',
      withTranche({ seniority: 1.5 }),
      'terms.tranches[1].seniority',
      'INVALID_FORMAT',
    ],
    [
      'NaN seniority',
      withTranche({ seniority: Number.NaN }),
      'terms.tranches[1].seniority',
      'INVALID_FORMAT',
    ],
    ['negative commitment', withTranche({ commitment: '-1' }), 'terms.tranches[1].commitment', 'NEGATIVE'],
    ['commitment missing', withTranche({ commitment: '' }), 'terms.tranches[1].commitment', 'REQUIRED'],
    [
      'non-member organisation',
      withTranche({ organisationId: 'stranger' }),
      'terms.tranches[1].organisationId',
      'NOT_A_MEMBER',
    ],
    ['foreign fund', withTranche({ fundId: 'vestby-fund' }, 0), 'terms.tranches[0].fundId', 'INVALID_FUND'],
    [
      'the commissioner fund on an investor tranche',
      withTranche({ fundId: 'aarhus-fund' }),
      'terms.tranches[1].fundId',
      'FUND_NOT_COMMISSIONER',
    ],
    [
      'two tranches with the same organisation and fund',
      withTranche({ organisationId: 'kapitalfond' }, 2),
      'terms.tranches[2].organisationId',
      'DUPLICATE_TRANCHE',
    ],
  ])('rejects %s', (_name, draft, field, code) => {
    expectIssue(draft, field, code);
  });
});
