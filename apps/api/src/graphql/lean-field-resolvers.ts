import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Param = 'root' | 'context' | 'info';
type Method = (...params: unknown[]) => unknown;

interface FieldResolverDefinition {
  readonly kind: 'internal' | 'external';
  readonly target: Function;
  readonly methodName: string;
  readonly schemaName: string;
  readonly getObjectType?: () => Function;
  readonly params?: readonly { kind: string; index: number; propertyName?: string }[];
  readonly middlewares?: readonly unknown[];
  readonly roles?: readonly unknown[];
}

/** The parameters in order, when each is the plain root, context or info; otherwise null. */
function plainParams(definition: FieldResolverDefinition): Param[] | null {
  const params = [...(definition.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((param, position) => param.index !== position)) return null;
  const kinds: Param[] = [];
  for (const param of params) {
    if (param.kind !== 'root' && param.kind !== 'context' && param.kind !== 'info') return null;
    if (param.propertyName) return null;
    kinds.push(param.kind);
  }
  return kinds;
}

function leanResolver(
  instance: object,
  method: Method,
  params: readonly Param[],
): GraphQLFieldResolver<unknown, unknown> {
  // The shapes our resolvers have, without building an array per call.
  if (params.length === 1 && params[0] === 'root') return (root) => method.call(instance, root);
  if (params.length === 2 && params[0] === 'root' && params[1] === 'context') {
    return (root, _args, context) => method.call(instance, root, context);
  }
  return (root, _args, context, info) =>
    method.apply(
      instance,
      params.map((param) => (param === 'root' ? root : param === 'context' ? context : info)),
    );
}

/**
 * type-graphql calls every field resolver through one generic handler: per call it looks up the
 * resolver's instance, sorts and maps the parameter metadata, converts the root to the declared
 * class and runs the middleware chain, empty here. That doubled the cost of each call, and a
 * partnership workspace makes some 600. A field resolver that takes only its root, the context
 * and the info, with no middleware and no roles, is called directly instead. The roots are the
 * views the parent resolvers return, read by property only, so they are passed as they come.
 *
 * Call after `buildSchema`, whose metadata this reads. Returns how many fields it rewired.
 */
export function leanFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as {
    fieldResolvers: readonly FieldResolverDefinition[];
    objectTypes: readonly { name: string; target: Function }[];
  };
  const typeNames = new Map(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<Function, object>();
  let rewired = 0;
  for (const definition of storage.fieldResolvers) {
    const params = plainParams(definition);
    const objectClass = definition.getObjectType?.();
    const typeName = objectClass && typeNames.get(objectClass);
    const type = typeName ? schema.getType(typeName) : undefined;
    if (
      definition.kind !== 'external' ||
      !params ||
      definition.middlewares?.length ||
      definition.roles ||
      !isObjectType(type)
    ) {
      continue;
    }
    const field = type.getFields()[definition.schemaName];
    if (!field) continue;
    let instance = instances.get(definition.target);
    if (!instance) {
      // Resolver classes take no constructor arguments, as type-graphql's default container requires.
      instance = new (definition.target as new () => object)();
      instances.set(definition.target, instance);
    }
    const method = (instance as Record<string, unknown>)[definition.methodName];
    if (typeof method !== 'function') continue;
    field.resolve = leanResolver(instance, method as Method, params);
    rewired++;
  }
  return rewired;
}
