import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tranche } from '../contracts/tranche.entity.js';
import { User } from '../users/user.entity.js';

/** Money an investor put into the partnership through one tranche. Whole øre, always positive. */
@Entity({ tableName: 'disbursement' })
// Covering, so a tranche's ledger is summed from the index alone.
@Index({
  name: 'disbursement_by_tranche',
  expression:
    'create index "disbursement_by_tranche" on "disbursement" ("tranche_id") include ("date", "amount")',
})
@Check({ name: 'disbursement_amount_positive', expression: 'amount > 0' })
export class Disbursement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tranche, { ref: true, deleteRule: 'cascade' })
  tranche: Ref<Tranche>;

  @Property({ type: new BigIntType('bigint') })
  amount: bigint;

  @Property({ type: 'string', columnType: 'date' })
  date: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  recordedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  constructor(props: { tranche: Ref<Tranche>; amount: bigint; date: string; recordedBy: Ref<User> }) {
    this.tranche = props.tranche;
    this.amount = props.amount;
    this.date = props.date;
    this.recordedBy = props.recordedBy;
  }
}
