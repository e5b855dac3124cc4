import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';
import { ContractVersion } from './contract-version.entity.js';

/** One organisation's signature under one version; the unique key refuses a second one. */
@Entity({ tableName: 'signature' })
@Unique({ name: 'signature_once_per_organisation', properties: ['version', 'organisation'] })
export class Signature {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ContractVersion, { ref: true, deleteRule: 'cascade' })
  version: Ref<ContractVersion>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  signedBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  signedAt: Date = new Date();

  constructor(props: {
    version: Ref<ContractVersion>;
    organisation: Ref<Organisation>;
    signedBy: Ref<User>;
  }) {
    this.version = props.version;
    this.organisation = props.organisation;
    this.signedBy = props.signedBy;
  }
}
