import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ContractVersionResolver } from '../modules/contracts/contract-version.resolver.js';
import { MetricResolver } from '../modules/contracts/metric.resolver.js';
import { SignatureResolver } from '../modules/contracts/signature.resolver.js';
import { TrancheResolver } from '../modules/contracts/tranche.resolver.js';
import { DisbursementResolver } from '../modules/delivery/disbursement.resolver.js';
import { FundExposureResolver, FundResolver } from '../modules/funds/fund.resolver.js';
import { PortfolioResolver } from '../modules/money/portfolio.resolver.js';
import { OrganisationResolver } from '../modules/organisations/organisation.resolver.js';
import { PartnershipResolver } from '../modules/partnerships/partnership.resolver.js';
import { PaymentResolver } from '../modules/payments/payment.resolver.js';
import {
  DistributionResolver,
  PartnershipMoneyResolver,
  PaymentLineResolver,
} from '../modules/payments/payment-parts.resolver.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { denyByDefault } from './deny-by-default.js';
import { DateTimeScalar } from './scalars.js';

export const resolvers = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  FundResolver,
  FundExposureResolver,
  PartnershipResolver,
  ContractVersionResolver,
  MetricResolver,
  TrancheResolver,
  SignatureResolver,
  DisbursementResolver,
  ReportResolver,
  PaymentResolver,
  PaymentLineResolver,
  DistributionResolver,
  PartnershipMoneyResolver,
  PortfolioResolver,
] as const;

export function buildEffektSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [denyByDefault],
    validate: false,
  });
}

/** The SDL committed as apps/api/schema.graphql, sorted so diffs stay readable. */
export function printEffektSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
