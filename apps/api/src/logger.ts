import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'effekt-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}
