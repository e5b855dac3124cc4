import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '../../apps/api/src/node-flags.js';

/**
 * `pnpm bench` starts here. tsx applies a tsconfig only to the files it includes, and the API's
 * decorators need `experimentalDecorators` for apps/api/src too: bench/tsconfig.json includes
 * it, so the bench itself (main.ts) runs in a child with TSX_TSCONFIG_PATH pointing there. The
 * API imports @effekt/engine's build, which is rebuilt first when any engine source is newer.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const engine = fileURLToPath(new URL('../../packages/engine/', import.meta.url));

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.includes('.test.'))
      .map((entry) => statSync(join(dir, entry.name)).mtimeMs),
  );
}

function engineBuildIsStale(): boolean {
  try {
    return statSync(join(engine, 'dist', 'index.js')).mtimeMs < newest(join(engine, 'src'));
  } catch {
    return true;
  }
}

if (engineBuildIsStale()) {
  console.log('Building @effekt/engine');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(engine, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The V8 flags `pnpm start` gives the API (see README, "Configuration"), for the API this
// process runs itself to count statements and time each operation alone (probe.ts).
const child = spawn(
  process.execPath,
  [...API_NODE_FLAGS, '--import', import.meta.resolve('tsx'), join(here, 'main.ts')],
  {
    stdio: 'inherit',
    // NODE_ENV as `pnpm start` sets it: graphql-js skips its development-only checks.
    env: { ...process.env, NODE_ENV: 'production', TSX_TSCONFIG_PATH: join(here, 'tsconfig.json') },
  },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
