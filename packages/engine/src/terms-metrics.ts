import { compareDecimal } from './decimal.js';
import type { PaymentRule } from './rules.js';
import { PAYMENT_RULES } from './rules.js';
import type { IssueCollector } from './terms-fields.js';
import { isBlank, readDecimal, readMoney, readOption, readText, requireValue } from './terms-fields.js';
import type { MetricDraft, ParsedMetric, VerifierRole } from './terms-types.js';

export const METRIC_KEY_PATTERN = /^[a-z0-9-]{1,40}$/;
export const MAX_NAME_LENGTH = 200;
export const MAX_DEFINITION_LENGTH = 4000;
export const MAX_UNIT_LENGTH = 50;

const VERIFIERS: readonly VerifierRole[] = ['COMMISSIONER', 'EVALUATOR'];

/**
 * Rule parameters a rule does not use. Rejected rather than ignored: every party signs the terms
 * as written, and a price printed on a LINEAR metric would suggest money that is never paid.
 */
const UNUSED_PARAMETERS: Record<PaymentRule, readonly ('price' | 'threshold' | 'target' | 'amount')[]> = {
  PER_OUTCOME: ['threshold', 'target', 'amount'],
  THRESHOLD: ['price', 'target'],
  LINEAR: ['price'],
};

/** Validates one metric; returns the parsed metric, meaningful only when no issue was added. */
export function checkMetric(
  issues: IssueCollector,
  draft: MetricDraft,
  path: string,
  hasEvaluator: boolean,
): ParsedMetric | null {
  if (!METRIC_KEY_PATTERN.test(draft.key)) {
    issues.add(
      `${path}.key`,
      'INVALID_KEY',
      `${path}.key must be 1 to 40 lowercase letters, digits or hyphens`,
    );
  }
  const name = readText(issues, `${path}.name`, draft.name, MAX_NAME_LENGTH, true);
  const definition = readText(issues, `${path}.definition`, draft.definition, MAX_DEFINITION_LENGTH, true);
  const unit = readText(issues, `${path}.unit`, draft.unit, MAX_UNIT_LENGTH, false);

  const verifier = readOption(issues, `${path}.verifier`, draft.verifier, VERIFIERS);
  if (verifier === 'EVALUATOR' && !hasEvaluator) {
    issues.add(
      `${path}.verifier`,
      'EVALUATOR_MISSING',
      `${path}.verifier is EVALUATOR but the partnership has no EVALUATOR member`,
    );
  }
  const rule = readOption(issues, `${path}.rule`, draft.rule, PAYMENT_RULES);
  const price = readMoney(issues, `${path}.price`, draft.price);
  const threshold = readDecimal(issues, `${path}.threshold`, draft.threshold);
  const target = readDecimal(issues, `${path}.target`, draft.target);
  const amount = readMoney(issues, `${path}.amount`, draft.amount);
  const cap = readMoney(issues, `${path}.cap`, draft.cap);
  const unitSaving = readMoney(issues, `${path}.unitSaving`, draft.unitSaving);
  if (rule === null || verifier === null) return null;

  for (const parameter of UNUSED_PARAMETERS[rule]) {
    if (!isBlank(draft[parameter])) {
      issues.add(
        `${path}.${parameter}`,
        'NOT_APPLICABLE',
        `${path}.${parameter} does not apply to a ${rule} metric; leave it empty`,
      );
    }
  }
  const why = `for a ${rule} metric`;
  if (rule === 'PER_OUTCOME') {
    requireValue(issues, `${path}.price`, price, why);
    if (price !== null && price <= 0n) {
      issues.add(`${path}.price`, 'NOT_POSITIVE', `${path}.price must be above 0 ${why}`);
    }
  } else {
    requireValue(issues, `${path}.threshold`, threshold, why);
    requireValue(issues, `${path}.amount`, amount, why);
  }
  if (rule === 'LINEAR') {
    requireValue(issues, `${path}.target`, target, why);
    if (threshold !== null && target !== null && compareDecimal(threshold, target) >= 0) {
      issues.add(
        `${path}.target`,
        'THRESHOLD_NOT_BELOW_TARGET',
        `${path}.target must be above ${path}.threshold`,
      );
    }
  }
  return {
    key: draft.key,
    name,
    definition,
    unit,
    verifier,
    rule,
    price: rule === 'PER_OUTCOME' ? price : null,
    threshold: rule === 'PER_OUTCOME' ? null : threshold,
    target: rule === 'LINEAR' ? target : null,
    amount: rule === 'PER_OUTCOME' ? null : amount,
    cap,
    unitSaving,
  };
}
