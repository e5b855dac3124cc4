import { type FundPosition, formatMoney } from '@effekt/engine';
import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { authorize, requireViewer } from '../../policy/index.js';
import { exposureOf } from '../money/exposure.js';
import { ExposurePointView } from '../money/history.js';
import { loadHoldings } from '../money/holdings.js';
import { ExposureLineView } from '../money/portfolio.types.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Fund } from './fund.entity.js';

/** Every way to a fund is gated already; this keeps its money closed should a new one appear. */
function authorizeFund(fund: Fund, context: Context): void {
  authorize(requireViewer(context.viewer), 'fund', 'see', fund.municipality.id);
}

async function position(fund: Fund, context: Context): Promise<FundPosition> {
  authorizeFund(fund, context);
  return context.loaders.fundPosition.load(fund);
}

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
  capital(@Root() fund: Fund, @Ctx() context: Context): string {
    authorizeFund(fund, context);
    return formatMoney(fund.capital);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Sum of commitments of all tranches financed by this fund.',
  })
  async committed(@Root() fund: Fund, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).committed);
  }

  @FieldResolver(() => DecimalScalar)
  async disbursed(@Root() fund: Fund, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).disbursed);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Principal plus premium received back from outcome payments.',
  })
  async received(@Root() fund: Fund, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).received);
  }

  @FieldResolver(() => DecimalScalar)
  async writtenOff(@Root() fund: Fund, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).writtenOff);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'capital - disbursed - undrawn commitments of open partnerships + received',
  })
  async available(@Root() fund: Fund, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).available);
  }
}

@ObjectType('FundExposure')
export class FundExposureView {
  @Field(() => [ExposureLineView], {
    description: 'A line per tranche the fund finances under terms in force.',
  })
  lines!: ExposureLineView[];

  @Field(() => [ExposurePointView])
  history!: ExposurePointView[];
}

@Resolver(() => Fund)
export class FundExposureResolver {
  @FieldResolver(() => FundExposureView, {
    description: "The fund's tranches and their history, for the fund manager.",
  })
  async exposure(@Root() fund: Fund, @Ctx() context: Context): Promise<FundExposureView> {
    authorizeFund(fund, context);
    const holdings = await loadHoldings(context.em, { fundIds: [fund.id] });
    const { lines, history } = await exposureOf(context, holdings);
    return { lines, history };
  }
}
