import { Activity } from '../modules/activity/activity.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { LoginFailure } from '../modules/auth/login-failure.entity.js';
import { ContractVersion } from '../modules/contracts/contract-version.entity.js';
import { Metric } from '../modules/contracts/metric.entity.js';
import { Signature } from '../modules/contracts/signature.entity.js';
import { Tranche } from '../modules/contracts/tranche.entity.js';
import { TrancheTerms } from '../modules/contracts/tranche-terms.entity.js';
import { Decision } from '../modules/decisions/decision.entity.js';
import { Disbursement } from '../modules/delivery/disbursement.entity.js';
import { Comment, Thread, ThreadRead } from '../modules/discussion/discussion.entities.js';
import { Document, DocumentVersion } from '../modules/documents/document.entities.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { Lesson } from '../modules/lessons/lesson.entity.js';
import { Milestone } from '../modules/milestones/milestone.entity.js';
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
  Activity,
  AuditEntry,
  Thread,
  Comment,
  ThreadRead,
  Decision,
  Document,
  DocumentVersion,
  Milestone,
  Lesson,
];
