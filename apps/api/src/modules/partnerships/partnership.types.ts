import { Field, ObjectType } from 'type-graphql';
import { OrganisationView } from '../organisations/organisation.view.js';
import { PartnershipRole } from './partnership-enums.js';

@ObjectType({ description: 'What the viewer may do here, decided by the policy module.' })
export class PartnershipAbilities {
  @Field(() => Boolean)
  addMember!: boolean;

  @Field(() => Boolean)
  proposeTerms!: boolean;

  @Field(() => Boolean)
  submitReport!: boolean;

  @Field(() => Boolean, { description: 'Calculate, approve and mark payments paid.' })
  managePayments!: boolean;

  @Field(() => Boolean)
  close!: boolean;
}

@ObjectType('Member')
export class MemberView {
  @Field(() => OrganisationView)
  organisation!: OrganisationView;

  @Field(() => PartnershipRole)
  role!: PartnershipRole;

  @Field(() => Date)
  joinedAt!: Date;
}
