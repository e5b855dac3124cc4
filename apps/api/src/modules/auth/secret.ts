import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EffektConfig } from '../../config.js';

/**
 * The token signing secret: EFFEKT_SECRET, or for the embedded database one generated once and
 * kept in the data folder. Several processes on one managed database must share it, so there
 * it has to be configured.
 */
export async function resolveSecret(config: EffektConfig): Promise<string> {
  if (config.secret) return config.secret;
  if (config.databaseUrl) {
    throw new Error('EFFEKT_SECRET is required when DATABASE_URL is set (every API process must share it)');
  }
  const file = join(config.dataDir, 'secret.key');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(config.dataDir, { recursive: true, mode: 0o755 });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
