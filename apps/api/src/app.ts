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

/** Database (embedded unless DATABASE_URL), migrations, demo data, then the HTTP server. */
export async function startEffekt(config: EffektConfig, logger: Logger): Promise<RunningEffekt> {
  const embedded: EmbeddedDatabase | undefined = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, logger });
  const url = config.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('no database: set DATABASE_URL or leave it unset for the embedded one');
  const orm = await openDatabase(url);
  try {
    await migrate(orm, logger);
    if (config.loadDemoData) await loadDemoDataIfEmpty(orm, logger);
    const tokens = new TokenService(await resolveSecret(config), config.tokenTtl);
    const server = await createEffektServer({ orm, tokens, logger, webDir: config.webDir });
    const port = await server.listen(config.port, config.host);
    logger.info(
      { port, embedded: embedded !== undefined },
      `Effekt is listening on http://localhost:${port}`,
    );
    return {
      port,
      orm,
      server,
      stop: async () => {
        await server.close();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
}
