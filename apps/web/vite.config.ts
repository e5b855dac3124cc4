import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies of the scripts and styles, which the API serves as they are: some
    // 1.1 MB of JavaScript crosses the network as about a quarter of that, with no work per request.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  resolve: {
    // The engine's TypeScript sources: the browser runs the same money code as the API.
    alias: {
      '@effekt/engine': fileURLToPath(new URL('../../packages/engine/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      // ws: subscriptions (graphql-ws) share the path.
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/files': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page needs (React, the router, Apollo) in a chunk of their own: it
            // changes less often than the app, so browsers keep it across releases. Libraries only
            // some pages use (charts, the XLSX writer) are not initial and stay with those pages.
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
