#!/usr/bin/env node
// The whole test suite, as `pnpm test` and CI run it: lint and format, types, build, unit and
// integration tests (real PostgreSQL), browser tests (real Chromium), the core API contract.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['lint and format', 'pnpm', ['exec', 'biome', 'check', '.']],
  ['typecheck', 'pnpm', ['-r', '--workspace-concurrency=1', 'typecheck']],
  ['build', 'pnpm', ['-r', 'build']],
  ['unit and integration tests', 'pnpm', ['exec', 'vitest', 'run']],
  ['browser tests', 'pnpm', ['--filter', '@effekt/test', 'e2e']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The served schema must keep every name and shape of the fixed core contract.
const contractCheck = '../shared/tools/check-core-api.mjs';
if (existsSync(contractCheck)) {
  console.log('\n▶ core API contract');
  const result = spawnSync('node', [contractCheck, 'apps/api/schema.graphql'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else if (process.env.CI) {
  console.error('✗ ../shared/tools/check-core-api.mjs is missing; CI needs ../shared beside the project');
  process.exit(1);
}
