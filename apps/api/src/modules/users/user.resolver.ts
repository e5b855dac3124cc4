import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can, requireViewer } from '../../policy/index.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() user: User, @Ctx() context: Context): Promise<Organisation> {
    return context.loaders.organisation.load(user.organisation.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may create partnerships (a municipality's users). Only on `me`.",
  })
  canCreatePartnership(@Root() user: User, @Ctx() context: Context): boolean {
    const viewer = requireViewer(context.viewer);
    return user.id === viewer.user.id && can(viewer, 'partnership', 'create');
  }
}
