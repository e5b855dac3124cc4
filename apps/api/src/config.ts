import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['0', '1']).transform((flag) => flag === '1');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  EFFEKT_DATA_DIR: z.string().min(1).default('.data'),
  EFFEKT_DEMO: booleanFlag.optional(),
  EFFEKT_SECRET: z.string().min(32, 'EFFEKT_SECRET must be at least 32 characters').optional(),
  EFFEKT_TOKEN_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'EFFEKT_TOKEN_TTL looks like 12h or 30m')
    .default('12h'),
  EFFEKT_WEB_DIR: z.string().optional(),
  EFFEKT_PROCESSES: z.coerce
    .number({ message: 'EFFEKT_PROCESSES is a whole number of API processes, 1 to 64' })
    .int('EFFEKT_PROCESSES is a whole number of API processes, 1 to 64')
    .min(1, 'EFFEKT_PROCESSES is at least 1')
    .max(64, 'EFFEKT_PROCESSES is at most 64')
    .default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface EffektConfig {
  readonly port: number;
  readonly host: string;
  /** Absent: Effekt starts an embedded PostgreSQL in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly loadDemoData: boolean;
  readonly secret: string | undefined;
  readonly tokenTtl: string;
  readonly webDir: string | undefined;
  readonly logLevel: string;
  /** API processes sharing the port (node:cluster); each is stateless, PostgreSQL is shared. */
  readonly processes: number;
}

/** Reads the environment once at start-up; a bad value stops the process with a message naming it. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): EffektConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const embedded = env.DATABASE_URL === undefined;
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.EFFEKT_DATA_DIR),
    // Demo data belongs in a throwaway embedded database; a managed one gets it only on request.
    loadDemoData: env.EFFEKT_DEMO ?? embedded,
    secret: env.EFFEKT_SECRET,
    tokenTtl: env.EFFEKT_TOKEN_TTL,
    webDir: env.EFFEKT_WEB_DIR,
    logLevel: env.LOG_LEVEL,
    processes: env.EFFEKT_PROCESSES,
  };
}
