import { registerEnumType } from 'type-graphql';

export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(ReportStatus, { name: 'ReportStatus' });
