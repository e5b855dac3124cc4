import { TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` inside the caller's transaction when there is one (every signed-in mutation has
 * one, see graphql/root-fields.ts), else in a new one. Joining instead of nesting saves a
 * savepoint round trip per service; the changes are flushed before it returns, so a constraint
 * error surfaces here, where the service turns it into a CONFLICT, not at the final commit.
 */
export function transaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(
    async (tx) => {
      const result = await work(tx);
      await tx.flush();
      return result;
    },
    { propagation: TransactionPropagation.REQUIRED },
  );
}
