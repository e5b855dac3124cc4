import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { type AuditFacts, chainHash, GENESIS_HASH } from './audit-chain.js';
import { AuditEntry } from './audit-entry.entity.js';

/**
 * Appends an entry at the end of its chain, inside the caller's transaction when there is one
 * (then the entry commits with the change it records). An advisory lock per chain serialises
 * appends across processes, so two entries never claim the same predecessor.
 */
export async function appendAudit(
  em: EntityManager,
  facts: Omit<AuditFacts, 'seq' | 'createdAt'>,
): Promise<AuditEntry> {
  return transaction(em, async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 42))', [facts.chain]);
    const last = await tx.findOne(AuditEntry, { chain: facts.chain }, { orderBy: { seq: 'desc' } });
    // Whole milliseconds, so the time hashes the same after a round trip through PostgreSQL.
    const createdAt = new Date(Math.floor(Date.now()));
    const full: AuditFacts = { ...facts, seq: (last?.seq ?? 0) + 1, createdAt };
    const previousHash = last?.hash ?? GENESIS_HASH;
    const entry = new AuditEntry({
      ...full,
      subjectIds: [...full.subjectIds],
      previousHash,
      hash: chainHash(previousHash, full),
    });
    tx.persist(entry);
    return entry;
  });
}

export interface ChainCheck {
  readonly valid: boolean;
  readonly checked: number;
  readonly firstBroken: AuditEntry | null;
}

/** Recomputes every link of a chain in order; names the first entry that does not match. */
export async function verifyChain(em: EntityManager, chain: string): Promise<ChainCheck> {
  const entries = await em.fork().find(AuditEntry, { chain }, { orderBy: { seq: 'asc' } });
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    const recomputed = chainHash(previousHash, entry);
    if (entry.seq !== expectedSeq || entry.previousHash !== previousHash || entry.hash !== recomputed) {
      return { valid: false, checked: expectedSeq - 1, firstBroken: entry };
    }
    previousHash = entry.hash;
    expectedSeq += 1;
  }
  return { valid: true, checked: entries.length, firstBroken: null };
}
