import { formatMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { termsInForceOrFail } from '../contracts/terms-in-force.js';
import { Tranche } from '../contracts/tranche.entity.js';
import { TrancheTerms } from '../contracts/tranche-terms.entity.js';
import { dateNotInFuture, moneyInput } from '../money/money-input.js';
import { lockPartnership, requireActive } from '../partnerships/partnership-lock.js';
import { User } from '../users/user.entity.js';
import { Disbursement } from './disbursement.entity.js';

export interface DisbursementRequest {
  readonly amount: string;
  readonly date: string;
}

/** Records money paid into a tranche; never beyond its commitment in the terms in force. */
export async function recordDisbursement(
  em: EntityManager,
  viewer: Viewer,
  tranche: Tranche,
  request: DisbursementRequest,
): Promise<Disbursement> {
  const amount = moneyInput(request.amount, 'amount');
  if (amount <= 0n) throw AppError.badInput('amount', 'must be more than 0');
  const date = dateNotInFuture(request.date, 'date');
  const partnershipId = tranche.partnership.id;
  return transaction(em, async (tx) => {
    requireActive(await lockPartnership(tx, partnershipId));
    const version = await termsInForceOrFail(tx, partnershipId);
    const terms = await tx.findOne(TrancheTerms, { version: version.id, tranche: tranche.id });
    if (!terms) throw AppError.conflict('The tranche is not part of the terms in force');
    const [row] = await runSql<{ disbursed: string }[]>(
      tx,
      'select coalesce(sum(amount), 0)::text as disbursed from disbursement where tranche_id = ?',
      [tranche.id],
    );
    const undrawn = terms.commitment - BigInt(row?.disbursed ?? '0');
    if (amount > undrawn) {
      throw AppError.badInput(
        'amount',
        `exceeds what is left of the commitment (${formatMoney(undrawn < 0n ? 0n : undrawn)})`,
      );
    }
    const disbursement = new Disbursement({
      tranche: tx.getReference(Tranche, tranche.id, { wrapped: true }),
      amount,
      date,
      recordedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(disbursement);
    // Amounts stay out of the feed: a tranche's money is not every member's to see.
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.DISBURSEMENT_RECORDED,
      viewer,
      subjectId: tranche.id,
    });
    return disbursement;
  });
}
