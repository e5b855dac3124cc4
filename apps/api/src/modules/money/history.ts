import { formatMoney } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { runSql } from '../../database/run-sql.js';
import { uuidArrayLiteral } from '../../database/sql-array.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { IS_RECEIVED } from './tranche-money.js';

@ObjectType('ExposurePoint', { description: 'Cumulative money of a set of tranches at the end of a day.' })
export class ExposurePointView {
  @Field(() => CalendarDateScalar)
  date!: string;

  @Field(() => DecimalScalar)
  disbursed!: string;

  @Field(() => DecimalScalar, { description: 'Principal repaid, from PAID payments.' })
  principalRepaid!: string;

  @Field(() => DecimalScalar)
  premiumReceived!: string;

  @Field(() => DecimalScalar, { description: 'disbursed - principalRepaid (before any write-off).' })
  outstanding!: string;
}

/** Day by day: disbursements on their date, repayments on the day their payment was paid. */
export async function loadHistory(
  em: EntityManager,
  trancheIds: readonly string[],
): Promise<ExposurePointView[]> {
  if (trancheIds.length === 0) return [];
  const rows = await runSql<{ date: string; disbursed: string; principal: string; premium: string }[]>(
    em,
    `select day::text as date, sum(disbursed)::text as disbursed, sum(principal)::text as principal, sum(premium)::text as premium
       from (select d.date as day, d.amount as disbursed, 0 as principal, 0 as premium
               from disbursement d where d.tranche_id = any(?::uuid[])
             union all
             select x.paid_on, 0, x.principal, x.premium
               from distribution x where x.tranche_id = any(?::uuid[]) and ${IS_RECEIVED('x')}) events
      group by day order by day`,
    [uuidArrayLiteral(trancheIds), uuidArrayLiteral(trancheIds)],
  );
  let disbursed = 0n;
  let principal = 0n;
  let premium = 0n;
  return rows.map((row) => {
    disbursed += BigInt(row.disbursed);
    principal += BigInt(row.principal);
    premium += BigInt(row.premium);
    return {
      date: row.date,
      disbursed: formatMoney(disbursed),
      principalRepaid: formatMoney(principal),
      premiumReceived: formatMoney(premium),
      outstanding: formatMoney(disbursed - principal),
    };
  });
}
