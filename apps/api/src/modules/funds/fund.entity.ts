import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';

/** The GraphQL type is FundView; this entity is what the demo data and terms reference. */
@Entity({ tableName: 'fund' })
@Check({ name: 'fund_capital_non_negative', expression: 'capital >= 0' })
export class Fund {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name: string;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  municipality: Ref<Organisation>;

  /** Whole øre. */
  @Property({ type: new BigIntType('bigint') })
  capital: bigint;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: { name: string; municipality: Ref<Organisation>; capital: bigint }) {
    this.name = props.name;
    this.municipality = props.municipality;
    this.capital = props.capital;
  }
}
