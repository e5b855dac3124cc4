import { createServer, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { NO_ORGANISATION } from '../database/member-scope-sql.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { compiledExecutor } from '../graphql/compiled-executor.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { buildEffektSchema } from '../graphql/schema.js';
import type { Logger } from '../logger.js';
import { ActivityBus } from '../modules/activity/activity-bus.js';
import type { TokenService } from '../modules/auth/tokens.js';
import { MEMBER_SCOPE_FILTER } from '../modules/partnerships/partnership.entity.js';
import { appPrototypes } from './app-prototypes.js';
import { compressAnswers } from './compress-answers.js';
import { mountDocumentRoutes } from './documents-routes.js';
import { serveSubscriptions } from './live.js';
import { requestLog } from './request-log.js';
import { viewerFromAuthorization } from './viewer.js';
import { serveWebClient } from './web-client.js';

export interface ServerDependencies {
  readonly orm: MikroORM;
  readonly tokens: TokenService;
  readonly logger: Logger;
  readonly webDir?: string | undefined;
}

export interface EffektServer {
  readonly httpServer: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Matches no partnership: anonymous requests still run with the member scope switched on. */
const MAX_BODY = '256kb';

/** Hands the resolved operation name to the request log, also when the body does not name it. */
const operationNameForLog: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, contextValue }) {
        if (operationName && contextValue.response)
          contextValue.response.locals.operationName = operationName;
      },
    };
  },
};

function requestErrors(error: unknown, _request: Request, response: Response, next: NextFunction) {
  const type = error && typeof error === 'object' && 'type' in error ? error.type : undefined;
  if (type === 'entity.too.large') {
    response.status(413).json({
      errors: [{ message: `Request body exceeds ${MAX_BODY}`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
  } else if (type === 'entity.parse.failed') {
    response.status(400).json({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  } else {
    next(error);
  }
}

export async function createEffektServer(deps: ServerDependencies): Promise<EffektServer> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every GraphQL answer for an ETag no client revalidates against (answers
  // are POSTed and private); static files and downloads set their own caching headers.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(appPrototypes(app), app);
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    // Apollo's own parser limit (parseOptions below) answers 400; armor's would answer 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const schema = await buildEffektSchema(deps.logger);
  const bus = new ActivityBus(deps.orm.config.get('clientUrl') ?? '', deps.logger);
  await bus.start();
  const stopSubscriptions = serveSubscriptions({
    httpServer,
    schema,
    orm: deps.orm,
    tokens: deps.tokens,
    bus,
    logger: deps.logger,
  });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutor(schema),
    formatError: createErrorFormatter(deps.logger),
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; disabled, Apollo stops wrapping every field resolver for them.
      ApolloServerPluginCacheControlDisabled(),
      operationNameForLog,
    ],
    includeStacktraceInErrorResponses: false,
    // The schema is the published contract partners build on; keep it introspectable in production too.
    introspection: true,
    parseOptions: { maxTokens: 5000 },
    // main.ts owns signal handling: it stops the server, the ORM and the embedded database in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(requestLog(deps.logger));
  app.get('/healthz', async (_request, response) => {
    try {
      await deps.orm.em.getConnection().execute('select 1');
      // The process id tells apart the API processes behind one port (EFFEKT_PROCESSES).
      response.json({ status: 'ok', process: process.pid });
    } catch {
      response.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    compressAnswers(),
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = deps.orm.em.fork();
        const viewer = await viewerFromAuthorization(req.headers.authorization, deps.tokens, em);
        em.setFilterParams(MEMBER_SCOPE_FILTER, {
          organisationId: viewer?.organisation.id ?? NO_ORGANISATION,
        });
        res.locals.userId = viewer?.user.id;
        return {
          em,
          viewer,
          address: req.ip ?? 'unknown',
          tokens: deps.tokens,
          loaders: createLoaders(em, viewer),
          response: res,
          activityBus: bus,
        };
      },
    }),
  );
  mountDocumentRoutes(app, deps);
  app.use(requestErrors);
  serveWebClient(app, deps.webDir);

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(address && typeof address === 'object' ? address.port : port);
        });
      }),
    close: async () => {
      await stopSubscriptions();
      await apollo.stop();
      await bus.stop();
    },
  };
}
