import { Field, ObjectType } from 'type-graphql';
import { TranchePositionView, TrancheView } from '../contracts/contract.types.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { ExposurePointView } from './history.js';

@ObjectType('ExposureLine')
export class ExposureLineView {
  @Field(() => PartnershipView)
  partnership!: PartnershipView;

  @Field(() => TrancheView)
  tranche!: TrancheView;

  @Field(() => TranchePositionView)
  position!: TranchePositionView;
}

@ObjectType('Portfolio')
export class PortfolioView {
  @Field(() => OrganisationView)
  organisation!: OrganisationView;

  @Field(() => TranchePositionView, { description: 'Sums over lines.' })
  totals!: TranchePositionView;

  @Field(() => [ExposureLineView])
  lines!: ExposureLineView[];

  @Field(() => [ExposurePointView], { description: 'Cumulative exposure over time, for charts.' })
  history!: ExposurePointView[];
}
