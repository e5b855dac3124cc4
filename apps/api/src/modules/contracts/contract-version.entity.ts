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
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDateScalar } from '../../graphql/scalars.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { ContractVersionStatus } from './contract-enums.js';

/**
 * A numbered, immutable set of terms. Only `status` and `agreedAt` ever change after the
 * proposal; at most one version per partnership is PROPOSED and at most one AGREED.
 */
@ObjectType()
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
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number: number;

  @Field(() => ContractVersionStatus)
  @Enum({ items: () => ContractVersionStatus, type: 'text' })
  status: ContractVersionStatus = ContractVersionStatus.PROPOSED;

  @Field(() => String, {
    description: 'SHA-256 (hex) of the canonical form of the terms; a signer must send it back unchanged.',
  })
  @Property({ type: 'text' })
  contentHash: string;

  /** The canonical terms the hash was taken of, kept so anyone can re-check it. */
  @Property({ type: 'text', lazy: true })
  canonicalTerms: string;

  @Field(() => CalendarDateScalar)
  @Property({ type: 'string', columnType: 'date' })
  startDate: string;

  @Field(() => CalendarDateScalar)
  @Property({ type: 'string', columnType: 'date' })
  endDate: string;

  /** Whole øre. */
  @Property({ type: new BigIntType('bigint') })
  paymentCap: bigint;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  proposedBy: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  proposedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
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
