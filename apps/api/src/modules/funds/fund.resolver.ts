import { type FundPosition, formatMoney } from '@effekt/engine';
import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { authorize, requireViewer } from '../../policy/index.js';
import type { Viewer } from '../../policy/viewer.js';
import { exposureOf } from '../money/exposure.js';
import { ExposurePointView } from '../money/history.js';
import { loadHoldings } from '../money/holdings.js';
import { ExposureLineView } from '../money/portfolio.types.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { FundView } from './fund.view.js';
import { loadFundsOfMunicipality } from './fund-rows.js';

/** Every way to a fund is gated already; this keeps its money closed should a new one appear. */
function authorizeFund(fund: FundView, context: Context): Viewer {
  const viewer = requireViewer(context.viewer);
  authorize(viewer, 'fund', 'see', fund.municipalityId);
  return viewer;
}

async function position(fund: FundView, context: Context): Promise<FundPosition> {
  authorizeFund(fund, context);
  return context.loaders.fundPosition.load(fund);
}

@Resolver(() => FundView)
export class FundResolver {
  /** A fund is its municipality's business alone; other organisations get an empty list. */
  @Query(() => [FundView], {
    description: "Funds of the viewer's municipality; empty for other organisations.",
  })
  funds(@Ctx() context: Context): Promise<FundView[]> {
    const viewer = requireViewer(context.viewer);
    return loadFundsOfMunicipality(context.em, viewer.organisation.id);
  }

  @FieldResolver(() => OrganisationView)
  municipality(@Root() fund: FundView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(fund.municipalityId);
  }

  @FieldResolver(() => DecimalScalar)
  capital(@Root() fund: FundView, @Ctx() context: Context): string {
    authorizeFund(fund, context);
    return formatMoney(fund.capital);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Sum of commitments of all tranches financed by this fund.',
  })
  async committed(@Root() fund: FundView, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).committed);
  }

  @FieldResolver(() => DecimalScalar)
  async disbursed(@Root() fund: FundView, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).disbursed);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Principal plus premium received back from outcome payments.',
  })
  async received(@Root() fund: FundView, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).received);
  }

  @FieldResolver(() => DecimalScalar)
  async writtenOff(@Root() fund: FundView, @Ctx() context: Context): Promise<string> {
    return formatMoney((await position(fund, context)).writtenOff);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'capital - disbursed - undrawn commitments of open partnerships + received',
  })
  async available(@Root() fund: FundView, @Ctx() context: Context): Promise<string> {
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

@Resolver(() => FundView)
export class FundExposureResolver {
  @FieldResolver(() => FundExposureView, {
    description: "The fund's tranches and their history, for the fund manager.",
  })
  async exposure(@Root() fund: FundView, @Ctx() context: Context): Promise<FundExposureView> {
    const viewer = authorizeFund(fund, context);
    const holdings = await loadHoldings(context.em, { fundIds: [fund.id] }, viewer.organisation.id);
    const { lines, history } = await exposureOf(context, holdings);
    return { lines, history };
  }
}
