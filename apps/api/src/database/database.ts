import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { ormConfig } from './orm-config.js';
import { connectionsOf } from './run-sql.js';

export async function openDatabase(url: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url));
}

/** Any constant of our own; `pg_advisory_lock` takes a bigint. */
const MIGRATION_LOCK = 4_242_001;

/**
 * Applies every pending checked-in migration; a failure rolls back all of them. Several
 * processes may start on one database at once (machines behind a load balancer, or a deploy that
 * replaces them all): a session lock on a connection of its own lets one migrate while the others
 * wait, and then find nothing left to do.
 */
export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  const client = connectionsOf(orm.em);
  const connection = await client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}
