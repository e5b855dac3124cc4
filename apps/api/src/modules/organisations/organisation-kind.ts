import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PROVIDER = 'PROVIDER',
  INVESTOR = 'INVESTOR',
  FOUNDATION = 'FOUNDATION',
  EVALUATOR = 'EVALUATOR',
}

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
