import type { EntityManager } from '@mikro-orm/postgresql';
import { memberScopeSql } from '../../database/member-scope-sql.js';
import { runSql } from '../../database/run-sql.js';
import { idIn, idsValue } from '../../database/sql-array.js';
import { PaymentView } from './payment.view.js';
import type { PaymentStatus } from './payment-enums.js';

/** Payments by their own ids or by their partnerships', newest first, as plain rows in one query. */
export async function loadPaymentViews(
  em: EntityManager,
  by: 'id' | 'partnership_id',
  ids: readonly string[],
  organisationId: string,
): Promise<PaymentView[]> {
  const rows = await runSql<
    {
      id: string;
      partnership_id: string;
      version_id: string;
      number: number;
      status: PaymentStatus;
      total: string;
      cap_reduction: string;
      provider_surplus: string;
      calculated_at: Date;
      approved_at: Date | null;
      paid_on: string | null;
    }[]
  >(
    em,
    `select o.id, o.partnership_id, o.version_id, o.number, o.status, o.total::text as total,
            o.cap_reduction::text as cap_reduction, o.provider_surplus::text as provider_surplus,
            o.calculated_at, o.approved_at, o.paid_on::text as paid_on
       from outcome_payment o
      where ${idIn(`o.${by}`, ids)} and ${memberScopeSql('o.partnership_id')}
      order by o.partnership_id, o.number desc`,
    [idsValue(ids), organisationId],
  );
  return rows.map((row) =>
    PaymentView.of({
      id: row.id,
      partnershipId: row.partnership_id,
      versionId: row.version_id,
      number: row.number,
      status: row.status,
      total: BigInt(row.total),
      capReduction: BigInt(row.cap_reduction),
      providerSurplus: BigInt(row.provider_surplus),
      calculatedAt: new Date(row.calculated_at),
      approvedAt: row.approved_at === null ? null : new Date(row.approved_at),
      paidOn: row.paid_on,
    }),
  );
}
