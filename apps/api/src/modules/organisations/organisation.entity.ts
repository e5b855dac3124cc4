import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKind } from './organisation-kind.js';

@ObjectType()
@Entity({ tableName: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  name: string;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind, type: 'text' })
  kind: OrganisationKind;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(name: string, kind: OrganisationKind) {
    this.name = name;
    this.kind = kind;
  }
}
