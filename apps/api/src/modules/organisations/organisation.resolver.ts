import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationKind } from './organisation-kind.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  /** The directory is open to every signed-in user: inviting needs names, and names are public. */
  @Query(() => [Organisation], { description: 'Directory used to invite organisations into a partnership.' })
  organisations(
    @Arg('kind', () => OrganisationKind, { nullable: true }) kind: OrganisationKind | null,
    @Ctx() context: Context,
  ): Promise<Organisation[]> {
    return context.em.find(Organisation, kind ? { kind } : {}, { orderBy: { name: 'asc' } });
  }
}
