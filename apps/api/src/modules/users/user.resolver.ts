import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can, requireViewer } from '../../policy/index.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { UserView } from './user.view.js';

@Resolver(() => UserView)
export class UserResolver {
  @FieldResolver(() => OrganisationView)
  organisation(@Root() user: UserView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(user.organisationId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may create partnerships (a municipality's users). Only on `me`.",
  })
  canCreatePartnership(@Root() user: UserView, @Ctx() context: Context): boolean {
    const viewer = requireViewer(context.viewer);
    return user.id === viewer.user.id && can(viewer, 'partnership', 'create');
  }
}
