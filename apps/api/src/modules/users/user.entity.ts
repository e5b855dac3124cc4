import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';

/** The GraphQL type is UserView; this entity is what sign-in and services use. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; sign-in compares lower-cased too. */
  @Property({ type: 'text', unique: true })
  email: string;

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash: string;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation: Ref<Organisation>;

  @Property({ type: 'boolean', default: false })
  isOrgAdmin: boolean = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: { email: string; name: string; passwordHash: string; organisation: Ref<Organisation> }) {
    this.email = props.email.toLowerCase();
    this.name = props.name;
    this.passwordHash = props.passwordHash;
    this.organisation = props.organisation;
  }
}
