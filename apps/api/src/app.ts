import type { MikroORM } from '@mikro-orm/postgresql';
import type { EffektConfig } from './config.js';
import { migrate, openDatabase } from './database/database.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { loadDemoDataIfEmpty } from './demo/demo-data.js';
import { createEffektServer, type EffektServer } from './http/server.js';
import type { Logger } from './logger.js';
import { resolveSecret } from './modules/auth/secret.js';
import { TokenService } from './modules/auth/tokens.js';

export interface RunningEffekt {
  readonly port: number;
  readonly orm: MikroORM;
  readonly server: EffektServer;
  stop(): Promise<void>;
}

/** A database ready to serve: started (if embedded), migrated, demo data loaded when asked. */
export interface PreparedDatabase {
  readonly url: string;
  /** The token secret every API process on this database shares. */
  readonly secret: string;
  readonly embedded: EmbeddedDatabase | undefined;
  /** The ORM that migrated it, still open: the caller serves with it or closes it. */
  readonly orm: MikroORM;
}

/** Database (embedded unless DATABASE_URL), migrations, demo data and the token secret. */
export async function prepareDatabase(config: EffektConfig, logger: Logger): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, logger });
  const url = config.databaseUrl ?? embedded?.url;
  try {
    if (!url) throw new Error('no database: set DATABASE_URL or leave it unset for the embedded one');
    const orm = await openDatabase(url);
    try {
      await migrate(orm, logger);
      if (config.loadDemoData) await loadDemoDataIfEmpty(orm, logger);
      return { url, secret: await resolveSecret(config), embedded, orm };
    } catch (error) {
      await orm.close(true);
      throw error;
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * One API process over a prepared database, through the ORM that prepared it or, in a process
 * the primary forked, a new one. Stopping it closes the ORM and leaves the database running.
 */
export async function serveEffekt(
  config: EffektConfig,
  database: Pick<PreparedDatabase, 'url' | 'secret'> & { readonly orm?: MikroORM },
  logger: Logger,
): Promise<RunningEffekt> {
  const orm = database.orm ?? (await openDatabase(database.url));
  try {
    const tokens = new TokenService(database.secret, config.tokenTtl);
    const server = await createEffektServer({ orm, tokens, logger, webDir: config.webDir });
    const port = await server.listen(config.port, config.host);
    return {
      port,
      orm,
      server,
      stop: async () => {
        await server.close();
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

/** Effekt in this one process: prepare the database, then serve. */
export async function startEffekt(config: EffektConfig, logger: Logger): Promise<RunningEffekt> {
  const database = await prepareDatabase(config, logger);
  try {
    const effekt = await serveEffekt(config, database, logger);
    logger.info(
      { port: effekt.port, embedded: database.embedded !== undefined },
      `Effekt is listening on http://localhost:${effekt.port}`,
    );
    return {
      ...effekt,
      stop: async () => {
        await effekt.stop();
        await database.embedded?.stop();
      },
    };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}
