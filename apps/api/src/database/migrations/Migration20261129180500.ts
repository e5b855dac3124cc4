import { Migration } from '@mikro-orm/migrations';

/**
 * A distribution carries the day its payment was paid, kept by PostgreSQL itself, so that money
 * received is read from one table through covering indexes instead of joining every payment.
 */
export class Migration20261129180500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "distribution" add column "paid_on" date null;`);
    // Derived, never written by the API: whatever a writer sends, the payment decides.
    this.addSql(`create function effekt_distribution_paid_on() returns trigger language plpgsql as $$
      begin
        new.paid_on := (select p.paid_on from outcome_payment p where p.id = new.payment_id and p.status = 'PAID');
        return new;
      end $$;`);
    this.addSql(
      `create trigger distribution_paid_on before insert or update on "distribution" for each row execute function effekt_distribution_paid_on();`,
    );
    this.addSql(`create function effekt_payment_paid_on() returns trigger language plpgsql as $$
      begin
        update distribution set paid_on = case when new.status = 'PAID' then new.paid_on end where payment_id = new.id;
        return null;
      end $$;`);
    this.addSql(
      `create trigger outcome_payment_paid_on after update of status, paid_on on "outcome_payment" for each row when (old.status is distinct from new.status or old.paid_on is distinct from new.paid_on) execute function effekt_payment_paid_on();`,
    );
    this.addSql(
      `update "distribution" x set paid_on = p.paid_on from "outcome_payment" p where p.id = x.payment_id and p.status = 'PAID';`,
    );
    this.addSql(
      `create index "distribution_paid_by_tranche" on "distribution" ("tranche_id") include ("paid_on", "principal", "premium") where "paid_on" is not null;`,
    );
    this.addSql(`drop index "disbursement_by_tranche";`);
    this.addSql(
      `create index "disbursement_by_tranche" on "disbursement" ("tranche_id") include ("date", "amount");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "disbursement_by_tranche";`);
    this.addSql(`create index "disbursement_by_tranche" on "disbursement" ("tranche_id");`);
    this.addSql(`drop index "distribution_paid_by_tranche";`);
    this.addSql(`drop trigger "outcome_payment_paid_on" on "outcome_payment";`);
    this.addSql(`drop trigger "distribution_paid_on" on "distribution";`);
    this.addSql(`drop function effekt_payment_paid_on();`);
    this.addSql(`drop function effekt_distribution_paid_on();`);
    this.addSql(`alter table "distribution" drop column "paid_on";`);
  }
}
