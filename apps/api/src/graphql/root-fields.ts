import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../errors/app-error.js';
import type { Context } from './context.js';

export type RootAfterHook = (
  result: unknown,
  args: Record<string, unknown>,
  context: Context,
  info: GraphQLResolveInfo,
) => Promise<void>;

/**
 * Wraps every root query, mutation and subscription field once, at start-up: anonymous calls
 * are refused unless the field is marked @Public(), and `after` hooks (the audit trail) run on
 * success. Only root fields are wrapped, so the thousands of plain fields of a large answer
 * pay nothing for it.
 */
export function guardRootFields(schema: GraphQLSchema, after: RootAfterHook[]): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const isPublic = field.extensions?.public === true;
      const requireViewer = (context: Context) => {
        if (!isPublic && context.viewer === null) throw AppError.unauthenticated();
      };
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args: Record<string, unknown>, context: Context, info) => {
        requireViewer(context);
        const result: unknown = await resolve(source, args, context, info);
        for (const hook of after) await hook(result, args, context, info);
        return result;
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args: Record<string, unknown>, context: Context, info) => {
          requireViewer(context);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
