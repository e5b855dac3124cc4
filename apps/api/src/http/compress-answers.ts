import { constants } from 'node:zlib';
import compression from 'compression';

/**
 * GraphQL answers run to hundreds of kilobytes of JSON (a 500-line portfolio is some 400 KB), which
 * shrinks three- to tenfold. Brotli at quality 1 and gzip at level 1 cost a few ms per MB, in
 * zlib's thread pool rather than on the event loop; answers under 4 KB go as they are.
 */
export function compressAnswers() {
  return compression({
    threshold: '4kb',
    level: constants.Z_BEST_SPEED,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
  });
}
