import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from './partnership.entity.js';
import { PartnershipRole } from './partnership-enums.js';

@Entity({ tableName: 'partnership_member' })
@Unique({ name: 'partnership_member_once', properties: ['partnership', 'organisation'] })
@Index({ name: 'partnership_member_by_organisation', properties: ['organisation'] })
// A partnership has exactly one commissioner and at most one provider, whoever races to add them.
@Index({
  name: 'partnership_member_one_commissioner',
  expression:
    'create unique index "partnership_member_one_commissioner" on "partnership_member" ("partnership_id") where "role" = \'COMMISSIONER\'',
})
@Index({
  name: 'partnership_member_one_provider',
  expression:
    'create unique index "partnership_member_one_provider" on "partnership_member" ("partnership_id") where "role" = \'PROVIDER\'',
})
export class Member {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { ref: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation: Ref<Organisation>;

  @Enum({ items: () => PartnershipRole, type: 'text' })
  role: PartnershipRole;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  joinedAt: Date = new Date();

  constructor(props: {
    partnership: Ref<Partnership>;
    organisation: Ref<Organisation>;
    role: PartnershipRole;
  }) {
    this.partnership = props.partnership;
    this.organisation = props.organisation;
    this.role = props.role;
  }
}
