import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { ContractVersionStatus } from '../contracts/contract-enums.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { OutcomePayment } from '../payments/outcome-payment.entity.js';
import { PaymentStatus } from '../payments/payment-enums.js';
import { Partnership } from './partnership.entity.js';
import { type ClosureOutcome, PartnershipStatus } from './partnership-enums.js';
import { lockPartnership } from './partnership-lock.js';

/**
 * Ends the partnership. Open payments must be paid first; a pending proposal is withdrawn.
 * Outstanding principal of investment tranches is written off from here on: positions of a
 * closed partnership report it as `writtenOff`, and nothing more can be disbursed or paid.
 */
export async function closePartnership(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
  outcome: ClosureOutcome,
): Promise<Partnership> {
  return transaction(em, async (tx) => {
    const status = await lockPartnership(tx, partnershipId);
    if (status === PartnershipStatus.CLOSED) throw AppError.conflict('The partnership is already closed');
    const open = await tx.count(OutcomePayment, {
      partnership: partnershipId,
      status: { $in: [PaymentStatus.CALCULATED, PaymentStatus.APPROVED] },
    });
    if (open > 0)
      throw AppError.conflict('Pay or settle every calculated and approved payment before closing');
    await tx.nativeUpdate(
      ContractVersion,
      { partnership: partnershipId, status: ContractVersionStatus.PROPOSED },
      { status: ContractVersionStatus.WITHDRAWN },
    );
    const partnership = await tx.findOneOrFail(Partnership, { id: partnershipId }, { refresh: true });
    partnership.status = PartnershipStatus.CLOSED;
    partnership.closure = outcome;
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.PARTNERSHIP_CLOSED,
      viewer,
      data: { outcome },
    });
    return partnership;
  });
}
