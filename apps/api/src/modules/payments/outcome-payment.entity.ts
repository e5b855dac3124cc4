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
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { PaymentStatus } from './payment-enums.js';

/** One settlement of verified reports: what the municipality pays, and who receives it. Øre. Served as PaymentView. */
@Entity({ tableName: 'outcome_payment' })
@Unique({ name: 'outcome_payment_number_once', properties: ['partnership', 'number'] })
@Check({
  name: 'outcome_payment_amounts_non_negative',
  expression: 'total >= 0 and cap_reduction >= 0 and provider_surplus >= 0',
})
export class OutcomePayment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @Property({ type: 'integer' })
  number: number;

  /** The terms whose rules and tranches priced this payment. */
  @ManyToOne(() => ContractVersion, { ref: true, deleteRule: 'restrict' })
  version: Ref<ContractVersion>;

  @Enum({ items: () => PaymentStatus, type: 'text' })
  status: PaymentStatus = PaymentStatus.CALCULATED;

  @Property({ type: new BigIntType('bigint') })
  total: bigint;

  @Property({ type: new BigIntType('bigint') })
  capReduction: bigint;

  @Property({ type: new BigIntType('bigint') })
  providerSurplus: bigint;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  calculatedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  calculatedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  approvedBy: Ref<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  paidBy: Ref<User> | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  paidOn: string | null = null;

  constructor(props: {
    partnership: Ref<Partnership>;
    number: number;
    version: Ref<ContractVersion>;
    total: bigint;
    capReduction: bigint;
    providerSurplus: bigint;
    calculatedBy: Ref<User>;
  }) {
    this.partnership = props.partnership;
    this.number = props.number;
    this.version = props.version;
    this.total = props.total;
    this.capReduction = props.capReduction;
    this.providerSurplus = props.providerSurplus;
    this.calculatedBy = props.calculatedBy;
  }
}
