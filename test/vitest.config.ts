import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // The API's sources live outside this folder's tsconfig; give Oxc the decorator flags directly.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // One graphql instance: Vite would pick graphql's ESM build for our sources while Node
    // loads the CommonJS one for type-graphql, and scalars from one are foreign to the other.
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // The engine's sources, so tests never run a stale build of it.
      {
        find: /^@effekt\/engine$/,
        replacement: fileURLToPath(new URL('../packages/engine/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'integration',
    include: ['integration/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
