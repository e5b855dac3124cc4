import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../policy/index.js';
import { exposureOf } from './exposure.js';
import { loadHoldings } from './holdings.js';
import { PortfolioView } from './portfolio.types.js';

@Resolver(() => PortfolioView)
export class PortfolioResolver {
  /** Always the viewer organisation's own: there is no argument to ask for another's. */
  @Query(() => PortfolioView, {
    description: "The viewer organisation's exposure across every tranche it holds.",
  })
  async portfolio(@Ctx() context: Context): Promise<PortfolioView> {
    const viewer = requireViewer(context.viewer);
    const { id } = viewer.organisation;
    const holdings = await loadHoldings(context.em, { organisationId: id }, id);
    return { organisation: viewer.organisation, ...(await exposureOf(context, holdings)) };
  }
}
