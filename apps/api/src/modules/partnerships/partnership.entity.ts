import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Filter,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';
import { Member } from './member.entity.js';
import { ClosureOutcome, PartnershipStatus } from './partnership-enums.js';

export const MEMBER_SCOPE_FILTER = 'memberScope';

export interface MemberScopeParams {
  readonly organisationId: string;
}

/**
 * Tenancy in the data layer: every request's EntityManager sees only partnerships its
 * organisation is a member of, so a forgotten check still finds nothing. It is on by default
 * and fails closed without parameters; system work opts out explicitly and visibly.
 */
@Filter({
  name: MEMBER_SCOPE_FILTER,
  default: true,
  args: true,
  cond: (params: MemberScopeParams) => ({ members: { organisation: params.organisationId } }),
})
@Entity({ tableName: 'partnership' })
export class Partnership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title: string;

  @Property({ type: 'text' })
  challenge: string;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  municipality: Ref<Organisation>;

  @Enum({ items: () => PartnershipStatus, type: 'text', default: PartnershipStatus.DRAFT })
  status: PartnershipStatus = PartnershipStatus.DRAFT;

  @Enum({ items: () => ClosureOutcome, type: 'text', nullable: true })
  closure: ClosureOutcome | null = null;

  @OneToMany(
    () => Member,
    (member) => member.partnership,
  )
  members = new Collection<Member>(this);

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  constructor(props: {
    title: string;
    challenge: string;
    municipality: Ref<Organisation>;
    createdBy: Ref<User>;
  }) {
    this.title = props.title;
    this.challenge = props.challenge;
    this.municipality = props.municipality;
    this.createdBy = props.createdBy;
  }
}
