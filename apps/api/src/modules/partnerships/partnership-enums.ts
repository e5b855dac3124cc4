import { registerEnumType } from 'type-graphql';

export enum PartnershipRole {
  COMMISSIONER = 'COMMISSIONER',
  PROVIDER = 'PROVIDER',
  INVESTOR = 'INVESTOR',
  FOUNDATION = 'FOUNDATION',
  EVALUATOR = 'EVALUATOR',
}

export enum PartnershipStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum ClosureOutcome {
  SUCCEEDED = 'SUCCEEDED',
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(PartnershipRole, { name: 'PartnershipRole' });
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
registerEnumType(ClosureOutcome, { name: 'ClosureOutcome' });
