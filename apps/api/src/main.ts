import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { serveEffekt, startEffekt } from './app.js';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';
import { preparedByPrimary, startEffektProcesses } from './processes.js';

const config = readConfig();
const logger = createLogger(config.logLevel);
const webDir = config.webDir ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const prepared = preparedByPrimary();

/** One process (the default), the primary of several (EFFEKT_PROCESSES), or one of those several. */
function start() {
  const settings = { ...config, webDir };
  if (prepared) return serveEffekt(settings, prepared, logger);
  if (config.processes > 1) return startEffektProcesses(settings, logger);
  return startEffekt(settings, logger);
}

try {
  const effekt = await start();
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
  if (prepared) {
    // Ctrl-C reaches every process of the group; an API process waits for its primary's SIGTERM,
    // so the primary is never surprised by one that stopped on its own.
    process.on('SIGINT', () => {});
  } else {
    process.on('SIGINT', () => void stop('SIGINT'));
  }
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'Effekt could not start');
  process.exit(1);
}
