import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { AppError } from '../../errors/app-error.js';
import { PartnershipStatus } from './partnership-enums.js';

/**
 * Locks the partnership row for the rest of the transaction and returns its current status.
 * Every write that moves money or changes terms takes this lock first, so limits checked
 * inside the transaction cannot be broken by a concurrent request, in this process or another.
 */
export async function lockPartnership(tx: EntityManager, partnershipId: string): Promise<PartnershipStatus> {
  const [row] = await runSql<{ status: PartnershipStatus }[]>(
    tx,
    'select status from partnership where id = ? for update',
    [partnershipId],
  );
  if (!row) throw AppError.notFound('Partnership');
  return row.status;
}

/** Refuses work on a closed partnership, and money work before any terms are agreed. */
export function requireActive(status: PartnershipStatus): void {
  if (status === PartnershipStatus.CLOSED) throw AppError.conflict('The partnership is closed');
  if (status !== PartnershipStatus.ACTIVE) throw AppError.conflict('The partnership has no agreed terms yet');
}
