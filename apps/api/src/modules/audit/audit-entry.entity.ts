import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One mutation, appended to its partnership's chain (or the platform chain for mutations of no
 * partnership). `hash` covers the entry and the previous hash, so changing or removing any
 * entry breaks every later link; a trigger also refuses updates and deletes.
 */
@Entity({ tableName: 'audit_entry' })
@Unique({ name: 'audit_entry_chain_position', properties: ['chain', 'seq'] })
@Index({ name: 'audit_entry_by_partnership', properties: ['partnershipId', 'seq'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The partnership's id, or 'platform'. */
  @Property({ type: 'text' })
  chain: string;

  @Property({ type: 'integer' })
  seq: number;

  @Property({ type: 'uuid', nullable: true })
  partnershipId: string | null;

  @Property({ type: 'uuid', nullable: true })
  userId: string | null;

  @Property({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Property({ type: 'text' })
  operation: string;

  @Property({ type: 'json' })
  subjectIds: string[];

  /** SHA-256 of the mutation's arguments in canonical form (secrets left out). */
  @Property({ type: 'text' })
  digest: string;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'text' })
  previousHash: string;

  @Property({ type: 'text' })
  hash: string;

  constructor(props: Omit<AuditEntry, 'id'>) {
    this.chain = props.chain;
    this.seq = props.seq;
    this.partnershipId = props.partnershipId;
    this.userId = props.userId;
    this.organisationId = props.organisationId;
    this.operation = props.operation;
    this.subjectIds = props.subjectIds;
    this.digest = props.digest;
    this.createdAt = props.createdAt;
    this.previousHash = props.previousHash;
    this.hash = props.hash;
  }
}
