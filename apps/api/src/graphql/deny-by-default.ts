import type { MiddlewareFn } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import type { Context } from './context.js';

/**
 * Every root query, mutation and subscription needs a signed-in viewer unless it is marked
 * @Public(); a new resolver is therefore guarded without anyone remembering to guard it.
 */
export const denyByDefault: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.path.prev === undefined && context.viewer === null) {
    const field = info.parentType.getFields()[info.fieldName];
    if (field?.extensions?.public !== true) throw AppError.unauthenticated();
  }
  return next();
};
