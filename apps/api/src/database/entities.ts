import { LoginFailure } from '../modules/auth/login-failure.entity.js';
import { ContractVersion } from '../modules/contracts/contract-version.entity.js';
import { Metric } from '../modules/contracts/metric.entity.js';
import { Signature } from '../modules/contracts/signature.entity.js';
import { Tranche } from '../modules/contracts/tranche.entity.js';
import { TrancheTerms } from '../modules/contracts/tranche-terms.entity.js';
import { Disbursement } from '../modules/delivery/disbursement.entity.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Member } from '../modules/partnerships/member.entity.js';
import { Partnership } from '../modules/partnerships/partnership.entity.js';
import { Distribution } from '../modules/payments/distribution.entity.js';
import { OutcomePayment } from '../modules/payments/outcome-payment.entity.js';
import { PaymentLine } from '../modules/payments/payment-line.entity.js';
import { OutcomeReport } from '../modules/reports/outcome-report.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning differs between tsx and dist. */
export const entities = [
  Organisation,
  User,
  Fund,
  Partnership,
  Member,
  LoginFailure,
  ContractVersion,
  Metric,
  Tranche,
  TrancheTerms,
  Signature,
  Disbursement,
  OutcomeReport,
  OutcomePayment,
  PaymentLine,
  Distribution,
];
