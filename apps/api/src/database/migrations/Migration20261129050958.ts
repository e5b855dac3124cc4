import { Migration } from '@mikro-orm/migrations';

export class Migration20261129050958 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "disbursement" ("id" uuid not null, "tranche_id" uuid not null, "amount" bigint not null, "date" date not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "disbursement_pkey" primary key ("id"), constraint disbursement_amount_positive check (amount > 0));`,
    );
    this.addSql(`create index "disbursement_by_tranche" on "disbursement" ("tranche_id");`);

    this.addSql(
      `create table "outcome_payment" ("id" uuid not null, "partnership_id" uuid not null, "number" int not null, "version_id" uuid not null, "status" text check ("status" in ('CALCULATED', 'APPROVED', 'PAID')) not null, "total" bigint not null, "cap_reduction" bigint not null, "provider_surplus" bigint not null, "calculated_by_id" uuid not null, "calculated_at" timestamptz not null default now(), "approved_by_id" uuid null, "approved_at" timestamptz null, "paid_by_id" uuid null, "paid_on" date null, constraint "outcome_payment_pkey" primary key ("id"), constraint outcome_payment_amounts_non_negative check (total >= 0 and cap_reduction >= 0 and provider_surplus >= 0));`,
    );
    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_number_once" unique ("partnership_id", "number");`,
    );

    this.addSql(
      `create table "distribution" ("id" uuid not null, "payment_id" uuid not null, "tranche_id" uuid not null, "principal" bigint not null, "premium" bigint not null, constraint "distribution_pkey" primary key ("id"), constraint distribution_non_negative check (principal >= 0 and premium >= 0));`,
    );
    this.addSql(`create index "distribution_by_tranche" on "distribution" ("tranche_id");`);
    this.addSql(
      `alter table "distribution" add constraint "distribution_once_per_tranche" unique ("payment_id", "tranche_id");`,
    );

    this.addSql(
      `create table "payment_line" ("id" uuid not null, "payment_id" uuid not null, "metric_id" uuid not null, "metric_key" text not null, "position" int not null, "gross" bigint not null, "amount" bigint not null, constraint "payment_line_pkey" primary key ("id"), constraint payment_line_amount_within_gross check (amount >= 0 and amount <= gross));`,
    );
    this.addSql(`create index "payment_line_by_payment" on "payment_line" ("payment_id");`);

    this.addSql(
      `create table "outcome_report" ("id" uuid not null, "partnership_id" uuid not null, "metric_id" uuid not null, "metric_key" text not null, "period_start" date not null, "period_end" date not null, "value" numeric(28,12) not null, "note" text null, "status" text check ("status" in ('SUBMITTED', 'VERIFIED', 'REJECTED', 'SUPERSEDED')) not null, "submitted_by_id" uuid not null, "submitted_at" timestamptz not null default now(), "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "review_note" text null, "payment_id" uuid null, constraint "outcome_report_pkey" primary key ("id"), constraint outcome_report_period_order check (period_start <= period_end), constraint outcome_report_value_non_negative check (value >= 0));`,
    );
    this.addSql(`create index "outcome_report_by_payment" on "outcome_report" ("payment_id");`);
    this.addSql(
      `create index "outcome_report_by_partnership" on "outcome_report" ("partnership_id", "status");`,
    );

    this.addSql(
      `alter table "disbursement" add constraint "disbursement_tranche_id_foreign" foreign key ("tranche_id") references "tranche" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "disbursement" add constraint "disbursement_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_version_id_foreign" foreign key ("version_id") references "contract_version" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_calculated_by_id_foreign" foreign key ("calculated_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_payment" add constraint "outcome_payment_paid_by_id_foreign" foreign key ("paid_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "distribution" add constraint "distribution_payment_id_foreign" foreign key ("payment_id") references "outcome_payment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "distribution" add constraint "distribution_tranche_id_foreign" foreign key ("tranche_id") references "tranche" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "payment_line" add constraint "payment_line_payment_id_foreign" foreign key ("payment_id") references "outcome_payment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "payment_line" add constraint "payment_line_metric_id_foreign" foreign key ("metric_id") references "metric" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "outcome_report" add constraint "outcome_report_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "outcome_report" add constraint "outcome_report_metric_id_foreign" foreign key ("metric_id") references "metric" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_report" add constraint "outcome_report_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_report" add constraint "outcome_report_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "outcome_report" add constraint "outcome_report_payment_id_foreign" foreign key ("payment_id") references "outcome_payment" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "distribution" drop constraint "distribution_payment_id_foreign";`);

    this.addSql(`alter table "payment_line" drop constraint "payment_line_payment_id_foreign";`);

    this.addSql(`alter table "outcome_report" drop constraint "outcome_report_payment_id_foreign";`);

    this.addSql(`drop table if exists "disbursement" cascade;`);

    this.addSql(`drop table if exists "outcome_payment" cascade;`);

    this.addSql(`drop table if exists "distribution" cascade;`);

    this.addSql(`drop table if exists "payment_line" cascade;`);

    this.addSql(`drop table if exists "outcome_report" cascade;`);
  }
}
