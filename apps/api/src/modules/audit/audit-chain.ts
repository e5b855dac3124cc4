import { createHash } from 'node:crypto';
import { type CanonicalValue, canonicalJson } from '@effekt/engine';

export const GENESIS_HASH = '0'.repeat(64);
export const PLATFORM_CHAIN = 'platform';

export interface AuditFacts {
  readonly chain: string;
  readonly seq: number;
  readonly partnershipId: string | null;
  readonly userId: string | null;
  readonly organisationId: string | null;
  readonly operation: string;
  readonly subjectIds: readonly string[];
  readonly digest: string;
  readonly createdAt: Date;
}

/** The link: SHA-256 over the previous hash and the entry's canonical JSON. */
export function chainHash(previousHash: string, facts: AuditFacts): string {
  const body = canonicalJson({
    chain: facts.chain,
    seq: facts.seq,
    partnershipId: facts.partnershipId,
    userId: facts.userId,
    organisationId: facts.organisationId,
    operation: facts.operation,
    subjectIds: [...facts.subjectIds],
    digest: facts.digest,
    createdAt: facts.createdAt.toISOString(),
  });
  return createHash('sha256').update(`${previousHash}\n${body}`, 'utf8').digest('hex');
}

const SECRET_ARGUMENTS = new Set(['password']);

/** A digest of what the caller asked for: canonical arguments, secrets dropped. */
export function argumentsDigest(args: Record<string, unknown>): string {
  // A JSON round trip leaves plain data (input class instances become objects, undefined drops).
  const kept = JSON.parse(
    JSON.stringify(args, (key, value: unknown) => (SECRET_ARGUMENTS.has(key) ? undefined : value)) ?? 'null',
  ) as CanonicalValue;
  return createHash('sha256').update(canonicalJson(kept), 'utf8').digest('hex');
}
