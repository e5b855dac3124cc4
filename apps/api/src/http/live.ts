import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { NO_ORGANISATION } from '../database/member-scope-sql.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import type { Logger } from '../logger.js';
import type { ActivityBus } from '../modules/activity/activity-bus.js';
import type { TokenService } from '../modules/auth/tokens.js';
import { MEMBER_SCOPE_FILTER } from '../modules/partnerships/partnership.entity.js';
import { viewerFromAuthorization } from './viewer.js';

interface LiveDeps {
  readonly httpServer: Server;
  readonly schema: GraphQLSchema;
  readonly orm: MikroORM;
  readonly tokens: TokenService;
  readonly bus: ActivityBus;
  readonly logger: Logger;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * GraphQL subscriptions over graphql-ws at /graphql. A connection must present a valid bearer
 * token in its connection parameters; each operation gets its own member-scoped context.
 */
export function serveSubscriptions(deps: LiveDeps): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const formatError = createErrorFormatter(deps.logger);
  const disposable = useServer(
    {
      schema: deps.schema,
      // Errors leave through the same table as over HTTP: codes kept, internals hidden.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
      onConnect: async (ctx) => {
        const viewer = await viewerFromAuthorization(
          authorizationOf(ctx.connectionParams),
          deps.tokens,
          deps.orm.em.fork(),
        );
        return viewer !== null;
      },
      context: async (ctx): Promise<Context> => {
        const em = deps.orm.em.fork();
        const viewer = await viewerFromAuthorization(authorizationOf(ctx.connectionParams), deps.tokens, em);
        em.setFilterParams(MEMBER_SCOPE_FILTER, {
          organisationId: viewer?.organisation.id ?? NO_ORGANISATION,
        });
        return {
          em,
          viewer,
          address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          tokens: deps.tokens,
          loaders: createLoaders(em, viewer),
          response: null,
          activityBus: deps.bus,
        };
      },
    },
    wsServer,
  );
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
