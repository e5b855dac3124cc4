import { Migration } from '@mikro-orm/migrations';

export class Migration20261129044655 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_failure" ("id" bigserial primary key, "email" text not null, "address" text not null, "failed_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "login_failure_by_address" on "login_failure" ("address", "failed_at");`);
    this.addSql(`create index "login_failure_by_email" on "login_failure" ("email", "failed_at");`);

    this.addSql(
      `create table "organisation" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('MUNICIPALITY', 'PROVIDER', 'INVESTOR', 'FOUNDATION', 'EVALUATOR')) not null, "created_at" timestamptz not null default now(), constraint "organisation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(
      `create table "fund" ("id" uuid not null, "name" text not null, "municipality_id" uuid not null, "capital" bigint not null, "created_at" timestamptz not null default now(), constraint "fund_pkey" primary key ("id"), constraint fund_capital_non_negative check (capital >= 0));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" text not null, "name" text not null, "password_hash" text not null, "organisation_id" uuid not null, "is_org_admin" boolean not null default false, "created_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "partnership" ("id" uuid not null, "title" text not null, "challenge" text not null, "municipality_id" uuid not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'CLOSED')) not null default 'DRAFT', "closure" text check ("closure" in ('SUCCEEDED', 'PARTIAL', 'FAILED', 'TERMINATED')) null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "partnership_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "partnership_member" ("id" uuid not null, "partnership_id" uuid not null, "organisation_id" uuid not null, "role" text check ("role" in ('COMMISSIONER', 'PROVIDER', 'INVESTOR', 'FOUNDATION', 'EVALUATOR')) not null, "joined_at" timestamptz not null default now(), constraint "partnership_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "partnership_member_one_provider" on "partnership_member" ("partnership_id") where "role" = 'PROVIDER';`,
    );
    this.addSql(
      `create unique index "partnership_member_one_commissioner" on "partnership_member" ("partnership_id") where "role" = 'COMMISSIONER';`,
    );
    this.addSql(
      `create index "partnership_member_by_organisation" on "partnership_member" ("organisation_id");`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_once" unique ("partnership_id", "organisation_id");`,
    );

    this.addSql(
      `alter table "fund" add constraint "fund_municipality_id_foreign" foreign key ("municipality_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_municipality_id_foreign" foreign key ("municipality_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership_member" add constraint "partnership_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
  }
}
