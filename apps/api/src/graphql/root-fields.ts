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
 * Runs a signed-in mutation and its `after` hooks in one transaction on the request's entity
 * manager: the services' own transactions nest inside it as savepoints, so the mutation and its
 * audit entry are committed together or not at all.
 */
async function inOneTransaction<T>(context: Context, work: () => Promise<T>): Promise<T> {
  await context.em.begin();
  try {
    const result = await work();
    await context.em.commit();
    return result;
  } catch (error) {
    await context.em.rollback();
    throw error;
  }
}

/**
 * Wraps every root query, mutation and subscription field once, at start-up: anonymous calls
 * are refused unless the field is marked @Public(), and `after` hooks (the audit trail) run on
 * success. Only root fields are wrapped, so the thousands of plain fields of a large answer
 * pay nothing for it.
 */
export function guardRootFields(schema: GraphQLSchema, after: RootAfterHook[]): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of [schema.getQueryType(), mutationType, schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const isPublic = field.extensions?.public === true;
      // Public mutations (sign-in) keep their own commits: a failed attempt is recorded, then refused.
      const transactional = type === mutationType && !isPublic;
      const requireViewer = (context: Context) => {
        if (!isPublic && context.viewer === null) throw AppError.unauthenticated();
      };
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const resolveAndAfter = async (
        source: unknown,
        args: Record<string, unknown>,
        context: Context,
        info: GraphQLResolveInfo,
      ) => {
        const result: unknown = await resolve(source, args, context, info);
        for (const hook of after) await hook(result, args, context, info);
        return result;
      };
      field.resolve = async (source, args: Record<string, unknown>, context: Context, info) => {
        requireViewer(context);
        if (!transactional) return resolveAndAfter(source, args, context, info);
        return inOneTransaction(context, () => resolveAndAfter(source, args, context, info));
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
