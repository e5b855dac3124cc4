import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { PartnershipRole } from '../partnerships/partnership-enums.js';
import { PaymentRule } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';

// A function, not a shared object: MikroORM writes into the options it is given.
const exact = () => ({ type: 'decimal', precision: 28, scale: 12, nullable: true }) as const;

/** One outcome metric of one contract version, with its payment rule. Money in øre. Served as MetricView. */
@Entity({ tableName: 'metric' })
@Unique({ name: 'metric_key_once_per_version', properties: ['version', 'key'] })
export class Metric {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ContractVersion, { ref: true, deleteRule: 'cascade' })
  version: Ref<ContractVersion>;

  /** Order within the terms, as proposed. */
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'text' })
  key: string;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text' })
  definition: string;

  @Property({ type: 'text' })
  unit: string;

  @Enum({ items: () => PartnershipRole, type: 'text' })
  verifier: PartnershipRole;

  @Enum({ items: () => PaymentRule, type: 'text' })
  rule: PaymentRule;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  price: bigint | null = null;

  /** Exact decimal as PostgreSQL numeric text. */
  @Property(exact())
  threshold: string | null = null;

  @Property(exact())
  target: string | null = null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  amount: bigint | null = null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  cap: bigint | null = null;

  @Property({ type: new BigIntType('bigint'), nullable: true })
  unitSaving: bigint | null = null;

  constructor(props: {
    version: Ref<ContractVersion>;
    position: number;
    key: string;
    name: string;
    definition: string;
    unit: string;
    verifier: PartnershipRole;
    rule: PaymentRule;
  }) {
    this.version = props.version;
    this.position = props.position;
    this.key = props.key;
    this.name = props.name;
    this.definition = props.definition;
    this.unit = props.unit;
    this.verifier = props.verifier;
    this.rule = props.rule;
  }
}
