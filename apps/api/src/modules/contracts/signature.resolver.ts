import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { UserView } from '../users/user.view.js';
import { SignatureView } from './contract.types.js';

@Resolver(() => SignatureView)
export class SignatureResolver {
  @FieldResolver(() => OrganisationView)
  organisation(@Root() signature: SignatureView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(signature.organisationId);
  }

  @FieldResolver(() => UserView)
  signedBy(@Root() signature: SignatureView, @Ctx() context: Context): Promise<UserView> {
    return context.loaders.user.load(signature.signedById);
  }
}
