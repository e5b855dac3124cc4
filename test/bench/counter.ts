import type { MikroORM } from '@mikro-orm/postgresql';

/** Counts every statement the API sends to PostgreSQL (BEGIN and COMMIT included). */
export interface StatementCounter {
  readonly count: number;
  /** Milliseconds of wall time with at least one statement outstanding. */
  readonly roundTripMs: number;
  /** The statements since the last `take`, oldest first, whitespace collapsed. */
  take(): string[];
  uninstall(): void;
}

interface QueryPrototype {
  query: (this: unknown, ...args: unknown[]) => unknown;
}

function textOf(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && 'text' in arg && typeof arg.text === 'string') return arg.text;
  return String(arg);
}

/**
 * Wraps `Client.prototype.query` of the pg driver the ORM's knex loaded. That is not this
 * package's `pg` (pnpm resolves another version for MikroORM), so it is reached through knex.
 */
export function countStatements(
  orm: MikroORM,
  options: {
    /** Milliseconds to hold back a statement's result: tests use it to make one read finish last. */
    readonly delayResult?: (text: string) => number;
  } = {},
): StatementCounter {
  const knex: unknown = orm.em.getConnection().getKnex();
  const driver = (knex as { client?: { driver?: { Client?: { prototype?: QueryPrototype } } } }).client
    ?.driver;
  const prototype = driver?.Client?.prototype;
  if (!prototype || typeof prototype.query !== 'function') throw new Error('no pg driver behind the ORM');
  const original = prototype.query;
  let count = 0;
  let roundTrips = 0;
  let outstanding = 0;
  let busySince = 0;
  let recent: string[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count++;
    const text = textOf(args[0]).replace(/\s+/g, ' ');
    recent.push(text);
    const delay = options.delayResult?.(text) ?? 0;
    // Wall time with at least one statement outstanding: batched loads overlap.
    if (outstanding++ === 0) busySince = performance.now();
    const done = () => {
      if (--outstanding === 0) roundTrips += performance.now() - busySince;
    };
    // knex passes a callback; anything else gets a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...results: unknown[]) => {
        done();
        if (delay > 0) setTimeout(() => callback(...results), delay);
        else return callback(...results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;
    result.then(done, done);
    if (delay <= 0) return result;
    return result.then((value) => new Promise((resolve) => setTimeout(() => resolve(value), delay)));
  };
  return {
    get count() {
      return count;
    },
    get roundTripMs() {
      return roundTrips;
    },
    take() {
      const taken = recent;
      recent = [];
      return taken;
    },
    uninstall() {
      prototype.query = original;
    },
  };
}
