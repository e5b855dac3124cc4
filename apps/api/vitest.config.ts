import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    alias: [
      // One graphql instance for our sources and type-graphql (see test/vitest.config.ts).
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      {
        find: /^@effekt\/engine$/,
        replacement: fileURLToPath(new URL('../../packages/engine/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: { name: 'api', include: ['src/**/*.test.ts'] },
});
