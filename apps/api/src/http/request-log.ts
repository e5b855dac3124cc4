import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

function operationName(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'operationName' in body && typeof body.operationName === 'string') {
    return body.operationName;
  }
  return undefined;
}

/** One JSON line per request, with its duration and GraphQL operation. */
export function requestLog(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: request.method,
          path: request.originalUrl.split('?')[0],
          status: response.statusCode,
          durationMs: Math.round(durationMs * 100) / 100,
          operationName: response.locals.operationName ?? operationName(request.body),
          userId: response.locals.userId,
        },
        'request',
      );
    });
    next();
  };
}
