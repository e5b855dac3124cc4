/**
 * The closed set of reasons the engine rejects input. The API maps every one of them to
 * BAD_USER_INPUT; the browser terms editor shows the message beside `field`.
 */
export type EngineInputCode =
  | 'REQUIRED'
  | 'INVALID_FORMAT'
  | 'TOO_MANY_DECIMALS'
  | 'OUT_OF_RANGE'
  | 'NEGATIVE'
  | 'NOT_POSITIVE'
  | 'NOT_APPLICABLE'
  | 'INVALID_OPTION'
  | 'INVALID_DATE'
  | 'START_NOT_BEFORE_END'
  | 'THRESHOLD_NOT_BELOW_TARGET'
  | 'GRANT_WITH_PREMIUM'
  | 'INVALID_KEY'
  | 'DUPLICATE_KEY'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_TRANCHE'
  | 'EVALUATOR_MISSING'
  | 'NOT_A_MEMBER'
  | 'INVALID_FUND'
  | 'FUND_NOT_COMMISSIONER'
  | 'TOO_LONG'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'UNKNOWN_METRIC'
  | 'NO_WEIGHT'
  | 'INCONSISTENT';

/**
 * Thrown for input the engine refuses. `field` is a path such as `terms.metrics[1].price` so the
 * caller can point at the offending value without parsing the message.
 */
export class EngineInputError extends Error {
  readonly field: string;
  readonly code: EngineInputCode;

  constructor(field: string, code: EngineInputCode, message: string) {
    super(message);
    this.name = 'EngineInputError';
    this.field = field;
    this.code = code;
  }
}
