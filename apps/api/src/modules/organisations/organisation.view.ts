import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKind } from './organisation-kind.js';

/**
 * An organisation as the API serves it. Read as plain rows: names appear on nearly every
 * workspace line (members, tranches, signatures, distributions), and hydrating an entity each
 * time cost more than the statement. The Organisation entity satisfies this shape too.
 */
@ObjectType('Organisation')
export class OrganisationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  static of(props: OrganisationView): OrganisationView {
    return Object.assign(new OrganisationView(), props);
  }
}
