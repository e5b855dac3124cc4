import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { startEffekt } from './app.js';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';

const config = readConfig();
const logger = createLogger(config.logLevel);
const webDir = config.webDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));

try {
  const effekt = await startEffekt({ ...config, webDir }, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping Effekt');
    try {
      await effekt.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean stop');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'Effekt could not start');
  process.exit(1);
}
