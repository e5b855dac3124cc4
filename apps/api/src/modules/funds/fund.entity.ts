import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';

@ObjectType()
@Entity({ tableName: 'fund' })
@Check({ name: 'fund_capital_non_negative', expression: 'capital >= 0' })
export class Fund {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
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
