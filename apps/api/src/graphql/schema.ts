import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { createLogger, type Logger } from '../logger.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { auditMutations } from '../modules/audit/audit-middleware.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ContractVersionResolver } from '../modules/contracts/contract-version.resolver.js';
import { MetricResolver } from '../modules/contracts/metric.resolver.js';
import { SignatureResolver } from '../modules/contracts/signature.resolver.js';
import { TrancheResolver } from '../modules/contracts/tranche.resolver.js';
import { DecisionResolver } from '../modules/decisions/decision.resolver.js';
import { DisbursementResolver } from '../modules/delivery/disbursement.resolver.js';
import { CommentResolver, DiscussionResolver } from '../modules/discussion/discussion.resolver.js';
import { DocumentResolver } from '../modules/documents/document.resolver.js';
import { FundExposureResolver, FundResolver } from '../modules/funds/fund.resolver.js';
import { LessonResolver } from '../modules/lessons/lesson.resolver.js';
import { MilestoneResolver } from '../modules/milestones/milestone.resolver.js';
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
import { leanFieldResolvers } from './lean-field-resolvers.js';
import { guardRootFields } from './root-fields.js';
import { DateTimeScalar } from './scalars.js';

/**
 * type-graphql insists on a PubSub, but our subscriptions bring their own `subscribe` (fed by
 * PostgreSQL LISTEN/NOTIFY, see ActivityBus); topic-based subscriptions are refused outright.
 */
const topicsNotUsed: PubSub = {
  publish: () => {
    throw new Error('topic subscriptions are not used; publish through recordActivity');
  },
  subscribe: () => {
    throw new Error('topic subscriptions are not used; give @Subscription a subscribe function');
  },
};

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
  ActivityResolver,
  AuditResolver,
  DiscussionResolver,
  CommentResolver,
  DecisionResolver,
  DocumentResolver,
  MilestoneResolver,
  LessonResolver,
] as const;

export async function buildEffektSchema(logger: Logger = createLogger('silent')): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: topicsNotUsed,
    validate: false,
  });
  leanFieldResolvers(schema);
  return guardRootFields(schema, [auditMutations(logger)]);
}

/** The SDL committed as apps/api/schema.graphql, sorted so diffs stay readable. */
export function printEffektSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
