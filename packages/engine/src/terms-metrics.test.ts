import { describe, it } from 'vitest';
import type { TermsDraft } from './terms-types.js';
import { expectIssue, linearDraft, thresholdDraft, withMetric } from './testing/terms.js';

describe('validateTerms: metric rules name their field', () => {
  it.each<[string, TermsDraft, string, string]>([
    ['PER_OUTCOME without price', withMetric({ price: null }), 'terms.metrics[0].price', 'REQUIRED'],
    ['PER_OUTCOME with price 0', withMetric({ price: '0.00' }), 'terms.metrics[0].price', 'NOT_POSITIVE'],
    ['negative price', withMetric({ price: '-5' }), 'terms.metrics[0].price', 'NEGATIVE'],
    ['price with 3 decimals', withMetric({ price: '1.234' }), 'terms.metrics[0].price', 'TOO_MANY_DECIMALS'],
    [
      'THRESHOLD without threshold',
      withMetric({ ...thresholdDraft, threshold: null }),
      'terms.metrics[0].threshold',
      'REQUIRED',
    ],
    [
      'THRESHOLD without amount',
      withMetric({ ...thresholdDraft, amount: '' }),
      'terms.metrics[0].amount',
      'REQUIRED',
    ],
    [
      'LINEAR without target',
      withMetric({ ...linearDraft, target: null }),
      'terms.metrics[0].target',
      'REQUIRED',
    ],
    [
      'LINEAR without threshold',
      withMetric({ ...linearDraft, threshold: null }),
      'terms.metrics[0].threshold',
      'REQUIRED',
    ],
    [
      'LINEAR without amount',
      withMetric({ ...linearDraft, amount: null }),
      'terms.metrics[0].amount',
      'REQUIRED',
    ],
    [
      'LINEAR with threshold = target',
      withMetric({ ...linearDraft, target: '0.30' }),
      'terms.metrics[0].target',
      'THRESHOLD_NOT_BELOW_TARGET',
    ],
    [
      'LINEAR with threshold > target',
      withMetric({ ...linearDraft, target: '0.1' }),
      'terms.metrics[0].target',
      'THRESHOLD_NOT_BELOW_TARGET',
    ],
    [
      'negative threshold',
      withMetric({ ...thresholdDraft, threshold: '-0.1' }),
      'terms.metrics[0].threshold',
      'NEGATIVE',
    ],
    [
      'threshold with 13 decimals',
      withMetric({ ...thresholdDraft, threshold: '0.1234567890123' }),
      'terms.metrics[0].threshold',
      'TOO_MANY_DECIMALS',
    ],
    [
      'threshold in exponent form',
      withMetric({ ...thresholdDraft, threshold: '1e-1' }),
      'terms.metrics[0].threshold',
      'INVALID_FORMAT',
    ],
    [
      'price on a LINEAR metric',
      withMetric({ ...linearDraft, price: '1.00' }),
      'terms.metrics[0].price',
      'NOT_APPLICABLE',
    ],
    [
      'target on a THRESHOLD metric',
      withMetric({ ...thresholdDraft, target: '1' }),
      'terms.metrics[0].target',
      'NOT_APPLICABLE',
    ],
    [
      'amount on a PER_OUTCOME metric',
      withMetric({ amount: '1.00' }),
      'terms.metrics[0].amount',
      'NOT_APPLICABLE',
    ],
    ['negative cap', withMetric({ cap: '-1' }), 'terms.metrics[0].cap', 'NEGATIVE'],
    [
      'unitSaving with 3 decimals',
      withMetric({ unitSaving: '0.001' }),
      'terms.metrics[0].unitSaving',
      'TOO_MANY_DECIMALS',
    ],
    ['unknown rule', withMetric({ rule: 'BONUS' }), 'terms.metrics[0].rule', 'INVALID_OPTION'],
    [
      'duplicate metric key',
      withMetric({ key: 'families-completed' }, 1),
      'terms.metrics[1].key',
      'DUPLICATE_KEY',
    ],
    ['key with capitals', withMetric({ key: 'Families' }), 'terms.metrics[0].key', 'INVALID_KEY'],
    ['key with a space', withMetric({ key: 'a b' }), 'terms.metrics[0].key', 'INVALID_KEY'],
    ['empty key', withMetric({ key: '' }), 'terms.metrics[0].key', 'INVALID_KEY'],
    ['key of 41 characters', withMetric({ key: 'a'.repeat(41) }), 'terms.metrics[0].key', 'INVALID_KEY'],
    [
      'verifier PROVIDER',
      withMetric({ verifier: 'PROVIDER' }),
      'terms.metrics[0].verifier',
      'INVALID_OPTION',
    ],
    ['name too long', withMetric({ name: 'x'.repeat(201) }), 'terms.metrics[0].name', 'TOO_LONG'],
    ['blank name', withMetric({ name: '  ' }), 'terms.metrics[0].name', 'REQUIRED'],
    [
      'definition too long',
      withMetric({ definition: 'x'.repeat(4001) }),
      'terms.metrics[0].definition',
      'TOO_LONG',
    ],
    ['empty definition', withMetric({ definition: '' }), 'terms.metrics[0].definition', 'REQUIRED'],
    ['unit too long', withMetric({ unit: 'x'.repeat(51) }), 'terms.metrics[0].unit', 'TOO_LONG'],
  ])('rejects %s', (_name, draft, field, code) => {
    expectIssue(draft, field, code);
  });
});
