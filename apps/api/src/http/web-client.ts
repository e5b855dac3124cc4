import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

/** Serves the built web client, and index.html for its client-side routes. */
export function serveWebClient(app: Express, webDir: string | undefined): void {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (request, response, next) => {
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(webDir, 'index.html'));
  });
}
