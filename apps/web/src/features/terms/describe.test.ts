import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../i18n/format';
import { translate } from '../../i18n/messages';
import { describePremium, describeRule } from './describe';
import { workedExampleVersion } from './fixtures.test-helpers';
import { serverTermsIssues } from './serverIssues';

const da = {
  lang: 'da' as const,
  t: (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
    translate('da', key, vars),
  money: (decimal: string) => formatMoney('da', decimal),
};

describe('rules in words', () => {
  it('describes each rule with its numbers in Danish', () => {
    const [families, wellbeing] = workedExampleVersion().metrics;
    if (!families || !wellbeing) throw new Error('fixture');
    expect(describeRule(families, da).replace(/\u00a0/g, ' ')).toBe('40.000,00 kr. pr. enhed (familier).');
    expect(describeRule(wellbeing, da).replace(/\u00a0/g, ' ')).toBe(
      'Intet ved en værdi på 0,3 eller derunder, 500.000,00 kr. ved 0,6 eller derover, lineært imellem (andel).',
    );
    const threshold = { ...wellbeing, rule: 'THRESHOLD' as const, target: null, cap: '1000000.00', unit: '' };
    expect(describeRule(threshold, da).replace(/\u00a0/g, ' ')).toBe(
      '500.000,00 kr., når værdien er mindst 0,3. Højst 1.000.000,00 kr. i alt.',
    );
  });

  it('shows a premium as a percentage and as the rate', () => {
    expect(describePremium('0.05', da)).toBe('5 % (sats 0,05)');
    expect(describePremium('0', da)).toBe('0 % (sats 0)');
  });
});

describe('serverTermsIssues', () => {
  it('reads every issue of a BAD_USER_INPUT, or the single field of an older answer', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'terms.metrics[0].price is required',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'terms.metrics[0].price',
            issues: [
              {
                field: 'terms.metrics[0].price',
                code: 'REQUIRED',
                message: 'terms.metrics[0].price is required',
              },
              { field: 'terms.tranches[1].organisationId', code: 'NOT_A_MEMBER', message: 'not a member' },
            ],
          },
        },
      ],
    });
    expect(serverTermsIssues(error).map((issue) => [issue.field, issue.code])).toEqual([
      ['terms.metrics[0].price', 'REQUIRED'],
      ['terms.tranches[1].organisationId', 'NOT_A_MEMBER'],
    ]);
    const single = new CombinedGraphQLErrors({
      errors: [
        { message: 'terms.endDate: bad', extensions: { code: 'BAD_USER_INPUT', field: 'terms.endDate' } },
      ],
    });
    expect(serverTermsIssues(single)).toEqual([
      { field: 'terms.endDate', code: 'INCONSISTENT', message: 'terms.endDate: bad' },
    ]);
    expect(serverTermsIssues(new Error('x'))).toEqual([]);
  });
});
