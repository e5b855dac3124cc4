import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { OrganisationKind } from './organisation-kind.js';

/** The GraphQL type is OrganisationView; this entity is what services write and reference. */
@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  name: string;

  @Enum({ items: () => OrganisationKind, type: 'text' })
  kind: OrganisationKind;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(name: string, kind: OrganisationKind) {
    this.name = name;
    this.kind = kind;
  }
}
