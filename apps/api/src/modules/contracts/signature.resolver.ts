import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';
import { SignatureView } from './contract.types.js';

@Resolver(() => SignatureView)
export class SignatureResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() signature: SignatureView, @Ctx() context: Context): Promise<Organisation> {
    return context.loaders.organisation.load(signature.organisationId);
  }

  @FieldResolver(() => User)
  signedBy(@Root() signature: SignatureView, @Ctx() context: Context): Promise<User> {
    return context.loaders.user.load(signature.signedById);
  }
}
