import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` inside the caller's transaction when there is one (every signed-in mutation has
 * one, see graphql/root-fields.ts), else in a new one. Joining instead of nesting saves a
 * savepoint round trip per service; the changes are flushed before it returns, so a constraint
 * error surfaces here, where the service turns it into a CONFLICT, not at the final commit.
 *
 * A new transaction is begun and committed by hand on a fork, and `work` must use the `tx` it is
 * given. MikroORM's `em.transactional` would carry the fork in an AsyncLocalStorage: on Node 20,
 * its first run turns on async hooks for every promise of the process for good, and from the
 * first sign-in on that cost each later answer 15–25% more CPU (measured on the workspace).
 */
export async function transaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) {
    const result = await work(em);
    await em.flush();
    return result;
  }
  const tx = em.fork({ clear: false });
  await tx.begin();
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    await rollBack(tx);
    throw error;
  }
}

/**
 * Rolls back what is still open. When the COMMIT itself failed, the transaction has already
 * ended and the rollback fails too; the caller rethrows the error that says why.
 */
async function rollBack(tx: EntityManager): Promise<void> {
  if (!tx.isInTransaction()) return;
  await tx.rollback().catch(() => undefined);
}
