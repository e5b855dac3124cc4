import 'reflect-metadata';

export { type RunningEffekt, startEffekt } from './app.js';
export { type EffektConfig, readConfig } from './config.js';
export { migrate, openDatabase } from './database/database.js';
export { freePort, startEmbeddedPostgres } from './database/embedded-postgres.js';
export { runSql } from './database/run-sql.js';
export { DEMO_PASSWORD, loadDemoDataIfEmpty } from './demo/demo-data.js';
export { AppError } from './errors/app-error.js';
export { buildEffektSchema, printEffektSchema } from './graphql/schema.js';
export { createEffektServer } from './http/server.js';
export { createLogger } from './logger.js';
export { ACTIVITY_CHANNEL } from './modules/activity/activity.service.js';
export { argumentsDigest, chainHash, GENESIS_HASH } from './modules/audit/audit-chain.js';
export { TokenService } from './modules/auth/tokens.js';
