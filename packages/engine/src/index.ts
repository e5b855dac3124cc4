export { allocateLargestRemainder } from './allocate.js';
export type { CanonicalValue } from './canonical.js';
export { CANONICAL_TERMS_FORMAT, canonicalJson, canonicalTerms } from './canonical.js';
export type { ExactDecimal } from './decimal.js';
export {
  addDecimal,
  alignDecimals,
  compareDecimal,
  decimalEquals,
  decimalFromInteger,
  floorDiv,
  formatDecimal,
  MAX_DECIMAL_INTEGER_DIGITS,
  MAX_DECIMAL_SCALE,
  multiplyOreByRatioFloor,
  multiplyOreFloor,
  normalizeDecimal,
  ONE_DECIMAL,
  parseDecimal,
  subtractDecimal,
  ZERO_DECIMAL,
} from './decimal.js';
export type { EngineInputCode } from './errors.js';
export { EngineInputError } from './errors.js';
export type { Ore } from './money.js';
export {
  assertNonNegative,
  formatMoney,
  isMoneyInRange,
  MAX_MONEY_ORE,
  maxOre,
  minOre,
  parseMoney,
  sumOre,
} from './money.js';
export type { PaymentCalculation, PaymentInput, PaymentLine, PaymentReport } from './payment.js';
export { calculatePayment } from './payment.js';
export type { FundPosition, FundPositionInput, TranchePosition, TranchePositionInput } from './positions.js';
export { fundPosition, sumPositions, tranchePosition } from './positions.js';
export type { CheckedRule, MetricTerms, PaymentRule } from './rules.js';
export { checkedRuleAmount, checkMetricTerms, PAYMENT_RULES, ruleAmount } from './rules.js';
export { MAX_METRICS, MAX_TRANCHES, parseTerms, validateTerms } from './terms.js';
export {
  MAX_DEFINITION_LENGTH,
  MAX_NAME_LENGTH,
  MAX_UNIT_LENGTH,
  METRIC_KEY_PATTERN,
} from './terms-metrics.js';
export type {
  MetricDraft,
  ParsedMetric,
  ParsedTerms,
  ParsedTranche,
  PartnershipRole,
  TermsContext,
  TermsDraft,
  TermsIssue,
  TrancheDraft,
  VerifierRole,
} from './terms-types.js';
export type { Distribution, TrancheClaim, TrancheKind, WaterfallResult } from './waterfall.js';
export { distributePayment, trancheEntitlement } from './waterfall.js';
