import { formatMoney } from '@effekt/engine';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { requireViewer } from '../../policy/index.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Fund } from './fund.entity.js';

@Resolver(() => Fund)
export class FundResolver {
  /** A fund is its municipality's business alone; other organisations get an empty list. */
  @Query(() => [Fund], { description: "Funds of the viewer's municipality; empty for other organisations." })
  funds(@Ctx() context: Context): Promise<Fund[]> {
    const viewer = requireViewer(context.viewer);
    return context.em.find(Fund, { municipality: viewer.organisation.id }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Organisation)
  municipality(@Root() fund: Fund, @Ctx() context: Context): Promise<Organisation> {
    return context.loaders.organisation.load(fund.municipality.id);
  }

  @FieldResolver(() => DecimalScalar)
  capital(@Root() fund: Fund): string {
    return formatMoney(fund.capital);
  }
}
