import { registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  CALCULATED = 'CALCULATED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
