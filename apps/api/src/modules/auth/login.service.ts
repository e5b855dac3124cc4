import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { User } from '../users/user.entity.js';
import { LoginFailure } from './login-failure.entity.js';
import { UNKNOWN_USER_HASH, verifyPassword } from './password.js';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 50;

interface FailureCounts {
  by_email: string;
  by_address: string;
  oldest: Date | null;
}

/**
 * Checks a password, counting failures in PostgreSQL so the limit holds across processes. An
 * advisory lock per e-mail serialises attempts on one account, so a burst of parallel guesses
 * cannot slip past the count. Unknown e-mail and wrong password fail alike.
 */
export async function authenticate(
  em: EntityManager,
  email: string,
  password: string,
  address: string,
): Promise<User> {
  const normalisedEmail = email.trim().toLowerCase();
  const outcome = await transaction(em, async (tx) => {
    await runSql(tx, 'select pg_advisory_xact_lock(hashtextextended(?, 7))', [normalisedEmail]);
    const [counts] = await runSql<FailureCounts[]>(
      tx,
      `select count(*) filter (where email = ?) as by_email,
              count(*) filter (where address = ?) as by_address,
              min(failed_at) filter (where email = ?) as oldest
         from login_failure
        where failed_at > now() - make_interval(mins => ?) and (email = ? or address = ?)`,
      [normalisedEmail, address, normalisedEmail, LOGIN_WINDOW_MINUTES, normalisedEmail, address],
    );
    if (
      Number(counts?.by_email) >= MAX_FAILURES_PER_EMAIL ||
      Number(counts?.by_address) >= MAX_FAILURES_PER_ADDRESS
    ) {
      const oldest = counts?.oldest ? new Date(counts.oldest).getTime() : Date.now();
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((oldest + LOGIN_WINDOW_MINUTES * 60_000 - Date.now()) / 1000),
      );
      return { kind: 'throttled' as const, retryAfterSeconds };
    }
    const user = await tx.findOne(User, { email: normalisedEmail }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (user && valid) {
      await tx.nativeDelete(LoginFailure, { email: normalisedEmail });
      return { kind: 'ok' as const, user };
    }
    tx.persist(new LoginFailure(normalisedEmail, address));
    return { kind: 'failed' as const };
  });
  if (outcome.kind === 'ok') return outcome.user;
  if (outcome.kind === 'throttled') {
    throw AppError.unauthenticated('Too many failed sign-in attempts; try again later', {
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: outcome.retryAfterSeconds,
    });
  }
  throw AppError.unauthenticated('Wrong e-mail or password', { reason: 'INVALID_CREDENTIALS' });
}
