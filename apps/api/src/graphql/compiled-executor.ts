import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>>[0];

/**
 * graphql-jit's errors freeze their message, and Apollo's plugins (graphql-armor hides field
 * suggestions) rewrite messages. Handing Apollo graphql-js's own errors keeps every step after
 * execution exactly as it is without the compiler.
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  if (error.locations)
    Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}

/**
 * graphql-jit 0.8.9 refuses a required variable that is left out even when the operation gives it
 * a default (`$first: Int! = 50`); graphql-js, and the spec, use the default. The defaults are
 * filled in as the client would have sent them, so both agree.
 */
function withDefaults(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let filled = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && !Object.hasOwn(variables, name)) {
      filled = { ...filled, [name]: valueFromASTUntyped(definition.defaultValue) };
    }
  }
  return filled;
}

/**
 * Executes queries with graphql-jit: each document is compiled once into a function that
 * resolves and completes its fields, instead of graphql-js walking the document for every
 * answer. A workspace answer has some 3,000 fields and a portfolio 16,000; walking them, with
 * the promises and garbage the walk makes, was about a quarter of the API's CPU under load.
 *
 * Apollo Server 5 takes a custom executor only through its `gateway` option (its migration guide
 * names it as the place for one); this gateway serves our own schema and never changes it.
 * Apollo still parses, validates (with the armor rules), caches documents and formats errors.
 * graphql-js still checks variables and runs mutations, and anything graphql-jit cannot compile.
 * Each distinct document is compiled on first use, which graphql-armor's cost and depth limits
 * keep small; compiled queries are dropped with Apollo's cached document.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  // Apollo's document store hands the same DocumentNode to every request with the same text.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  /** The compiled query, or null when graphql-jit cannot compile it (graphql-js runs it then). */
  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    const known = byOperation.get(key);
    if (known !== undefined) return known;
    const result = compileQuery(schema, document, operationName ?? undefined);
    const usable = isCompiledQuery(result) ? result : null;
    byOperation.set(key, usable);
    return usable;
  }

  async function executor(request: GatewayRequest): Promise<ExecutionResult> {
    const args = {
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      // As the client asked: graphql-js names an operation that is not in the document.
      operationName: request.request.operationName,
    };
    // Mutations write little and answer small; they keep graphql-js, unchanged. So does a
    // document whose operation Apollo could not pick, for graphql-js's error.
    if (request.operation?.operation !== 'query') return execute(args);
    // Variables are checked by graphql-js, so a bad one is refused with its usual message and path.
    const variables = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (variables.errors) return { errors: variables.errors };
    const query = compiledFor(request.document, request.operationName);
    if (!query) return execute(args);
    const result = await query.query(
      undefined,
      request.context,
      withDefaults(request.operation, request.request.variables ?? {}),
    );
    // graphql-js's order: errors first, so an answer reads the same whichever executor gave it.
    return result.errors ? { errors: result.errors.map(asGraphqlError), data: result.data } : result;
  }

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
