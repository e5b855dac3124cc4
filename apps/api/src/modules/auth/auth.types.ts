import { Field, ObjectType } from 'type-graphql';
import type { User } from '../users/user.entity.js';
import { UserView } from '../users/user.view.js';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => UserView)
  user: UserView;

  constructor(token: string, user: User) {
    this.token = token;
    this.user = UserView.fromEntity(user);
  }
}
