import { describe, expect, it } from 'vitest';
import { type AuditFacts, argumentsDigest, chainHash, GENESIS_HASH } from './audit-chain.js';

const facts: AuditFacts = {
  chain: '5aa97b6e-fd68-458e-81ae-df2ed59fc498',
  seq: 1,
  partnershipId: '5aa97b6e-fd68-458e-81ae-df2ed59fc498',
  userId: '696c1aa2-7b55-4797-87e0-c73107d2ec79',
  organisationId: '0d3c1f5e-3b9a-4a55-9a8f-0e6f2b9c1d11',
  operation: 'approvePayment',
  subjectIds: ['b1d9f0aa-0000-4000-8000-000000000001'],
  digest: 'd'.repeat(64),
  createdAt: new Date('2026-11-29T05:00:00.123Z'),
};

describe('the audit hash chain', () => {
  it('is deterministic', () => {
    expect(chainHash(GENESIS_HASH, facts)).toBe(chainHash(GENESIS_HASH, { ...facts }));
  });

  it.each<[string, Partial<AuditFacts>]>([
    ['operation', { operation: 'markPaymentPaid' }],
    ['user', { userId: null }],
    ['position', { seq: 2 }],
    ['time', { createdAt: new Date('2026-11-29T05:00:00.124Z') }],
    ['subjects', { subjectIds: [] }],
    ['digest', { digest: 'e'.repeat(64) }],
  ])('changes when the %s changes', (_field, change) => {
    expect(chainHash(GENESIS_HASH, { ...facts, ...change })).not.toBe(chainHash(GENESIS_HASH, facts));
  });

  it('depends on the previous link', () => {
    expect(chainHash('a'.repeat(64), facts)).not.toBe(chainHash(GENESIS_HASH, facts));
  });
});

describe('the arguments digest', () => {
  it('ignores key order and never includes a password', () => {
    expect(argumentsDigest({ a: 1, b: { c: 'x', d: null } })).toBe(
      argumentsDigest({ b: { d: null, c: 'x' }, a: 1 }),
    );
    expect(argumentsDigest({ email: 'a@b.dk', password: 'secret-1' })).toBe(
      argumentsDigest({ email: 'a@b.dk', password: 'secret-2' }),
    );
    expect(argumentsDigest({ email: 'a@b.dk' })).not.toBe(argumentsDigest({ email: 'c@d.dk' }));
  });
});
