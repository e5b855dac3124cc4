import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { ContractVersionStatus } from './contract-enums.js';

/**
 * A numbered, immutable set of terms. Only `status` and `agreedAt` ever change after the
 * proposal; at most one version per partnership is PROPOSED and at most one AGREED. The GraphQL
 * type is VersionView.
 */
@Entity({ tableName: 'contract_version' })
@Unique({ name: 'contract_version_number_once', properties: ['partnership', 'number'] })
@Index({
  name: 'contract_version_one_proposed',
  expression:
    'create unique index "contract_version_one_proposed" on "contract_version" ("partnership_id") where "status" = \'PROPOSED\'',
})
@Index({
  name: 'contract_version_one_agreed',
  expression:
    'create unique index "contract_version_one_agreed" on "contract_version" ("partnership_id") where "status" = \'AGREED\'',
})
export class ContractVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'integer' })
  number: number;

  @Enum({ items: () => ContractVersionStatus, type: 'text' })
  status: ContractVersionStatus = ContractVersionStatus.PROPOSED;

  @Property({ type: 'text' })
  contentHash: string;

  /** The canonical terms the hash was taken of, kept so anyone can re-check it. */
  @Property({ type: 'text', lazy: true })
  canonicalTerms: string;

  @Property({ type: 'string', columnType: 'date' })
  startDate: string;

  @Property({ type: 'string', columnType: 'date' })
  endDate: string;

  /** Whole øre. */
  @Property({ type: new BigIntType('bigint') })
  paymentCap: bigint;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  proposedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  proposedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  agreedAt: Date | null = null;

  constructor(props: {
    partnership: Ref<Partnership>;
    number: number;
    contentHash: string;
    canonicalTerms: string;
    startDate: string;
    endDate: string;
    paymentCap: bigint;
    proposedBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.number = props.number;
    this.contentHash = props.contentHash;
    this.canonicalTerms = props.canonicalTerms;
    this.startDate = props.startDate;
    this.endDate = props.endDate;
    this.paymentCap = props.paymentCap;
    this.proposedBy = props.proposedBy;
  }
}
