import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationView } from './organisation.view.js';
import { OrganisationKind } from './organisation-kind.js';

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  /** The directory is open to every signed-in user: inviting needs names, and names are public. */
  @Query(() => [OrganisationView], {
    description: 'Directory used to invite organisations into a partnership.',
  })
  organisations(
    @Arg('kind', () => OrganisationKind, { nullable: true }) kind: OrganisationKind | null,
    @Ctx() context: Context,
  ): Promise<OrganisationView[]> {
    return context.em.find(Organisation, kind ? { kind } : {}, { orderBy: { name: 'asc' } });
  }
}
