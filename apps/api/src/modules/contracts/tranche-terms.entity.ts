import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { TrancheKind } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';
import { Tranche } from './tranche.entity.js';

/** A tranche as one contract version sets it up. */
@Entity({ tableName: 'tranche_terms' })
@Unique({ name: 'tranche_terms_once_per_version', properties: ['version', 'tranche'] })
@Check({ name: 'tranche_terms_seniority_positive', expression: 'seniority >= 1' })
@Check({ name: 'tranche_terms_commitment_non_negative', expression: 'commitment >= 0' })
@Check({ name: 'tranche_terms_premium_rate_range', expression: 'premium_rate >= 0 and premium_rate <= 1' })
export class TrancheTerms {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ContractVersion, { ref: true, deleteRule: 'cascade' })
  version: Ref<ContractVersion>;

  @ManyToOne(() => Tranche, { ref: true, deleteRule: 'cascade' })
  tranche: Ref<Tranche>;

  @Property({ type: 'integer' })
  position: number;

  @Enum({ items: () => TrancheKind, type: 'text' })
  kind: TrancheKind;

  @Property({ type: 'integer' })
  seniority: number;

  @Property({ type: new BigIntType('bigint') })
  commitment: bigint;

  @Property({ type: 'decimal', precision: 13, scale: 12 })
  premiumRate: string;

  constructor(props: {
    version: Ref<ContractVersion>;
    tranche: Ref<Tranche>;
    position: number;
    kind: TrancheKind;
    seniority: number;
    commitment: bigint;
    premiumRate: string;
  }) {
    this.version = props.version;
    this.tranche = props.tranche;
    this.position = props.position;
    this.kind = props.kind;
    this.seniority = props.seniority;
    this.commitment = props.commitment;
    this.premiumRate = props.premiumRate;
  }
}
