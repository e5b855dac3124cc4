import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { ormConfig } from './orm-config.js';

export async function openDatabase(url: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url));
}

/** Applies every pending checked-in migration; a failure rolls back all of them. */
export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
}
