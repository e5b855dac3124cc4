import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity.js';

/** A user as the API serves it; names on reports, signatures and comments are read as rows. */
@ObjectType('User')
export class UserView {
  @Field(() => ID)
  id!: string;

  /** Stored lower-cased; sign-in compares lower-cased too. */
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: "Org admins may sign terms and manage their organisation's users." })
  isOrgAdmin!: boolean;

  organisationId!: string;

  static of(props: UserView): UserView {
    return Object.assign(new UserView(), props);
  }

  static fromEntity(user: User): UserView {
    return UserView.of({
      id: user.id,
      email: user.email,
      name: user.name,
      isOrgAdmin: user.isOrgAdmin,
      organisationId: user.organisation.id,
    });
  }
}
