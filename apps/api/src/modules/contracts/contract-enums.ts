import { registerEnumType } from 'type-graphql';

export enum ContractVersionStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum PaymentRule {
  PER_OUTCOME = 'PER_OUTCOME',
  THRESHOLD = 'THRESHOLD',
  LINEAR = 'LINEAR',
}

export enum TrancheKind {
  INVESTMENT = 'INVESTMENT',
  GRANT = 'GRANT',
}

registerEnumType(ContractVersionStatus, { name: 'ContractVersionStatus' });
registerEnumType(PaymentRule, { name: 'PaymentRule' });
registerEnumType(TrancheKind, { name: 'TrancheKind' });
