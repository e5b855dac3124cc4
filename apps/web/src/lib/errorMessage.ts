import type { MessageKey } from '../i18n/messages';
import type { ProblemCode } from './errors';

/** The interface text for each kind of problem. Exhaustive: a new code fails the type check here. */
export const problemMessageKeys: { readonly [C in ProblemCode]: MessageKey } = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  CONFLICT: 'errors.CONFLICT',
  TOO_MANY_REQUESTS: 'errors.TOO_MANY_REQUESTS',
  NETWORK: 'errors.NETWORK',
  UNKNOWN: 'errors.UNKNOWN',
};
