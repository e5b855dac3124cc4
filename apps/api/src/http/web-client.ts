import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** What Vite builds goes to assets/ under a name made from its content: a change is a new name. */
function cacheHeaders(webDir: string) {
  // The paths serve-static hands over are absolute, whatever form EFFEKT_WEB_DIR takes.
  const hashedAssets = resolve(webDir, 'assets') + sep;
  return (response: ServerResponse, path: string): void => {
    if (path.startsWith(hashedAssets))
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  };
}

/**
 * Serves the built web client, and index.html for its client-side routes. The build writes a
 * Brotli and a gzip copy beside each script and style sheet (vite.config.ts); a browser gets the
 * smallest it accepts, and nothing is compressed while answering.
 */
export function serveWebClient(app: Express, webDir: string | undefined): void {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  app.use(
    expressStaticGzip(webDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, maxAge: '1h', setHeaders: cacheHeaders(webDir) },
    }),
  );
  app.get('/{*path}', (request, response, next) => {
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webDir, 'index.html'));
  });
}
