import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
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
): Promise<void> {
  await transaction(em, async (tx) => {
    await runSql(tx, 'select pg_advisory_xact_lock(hashtextextended(?, 42))', [facts.chain]);
    const [last] = await runSql<{ seq: number; hash: string }[]>(
      tx,
      'select seq, hash from audit_entry where chain = ? order by seq desc limit 1',
      [facts.chain],
    );
    // Whole milliseconds, so the time hashes the same after a round trip through PostgreSQL.
    const createdAt = new Date(Math.floor(Date.now()));
    const full: AuditFacts = { ...facts, seq: (last?.seq ?? 0) + 1, createdAt };
    const previousHash = last?.hash ?? GENESIS_HASH;
    await runSql(
      tx,
      `insert into audit_entry (chain, seq, partnership_id, user_id, organisation_id, operation, subject_ids,
                                digest, created_at, previous_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
      [
        full.chain,
        full.seq,
        full.partnershipId,
        full.userId,
        full.organisationId,
        full.operation,
        JSON.stringify(full.subjectIds),
        full.digest,
        createdAt,
        previousHash,
        chainHash(previousHash, full),
      ],
    );
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
