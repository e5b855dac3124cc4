import { Migration } from '@mikro-orm/migrations';

export class Migration20261129045721 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "tranche" ("id" uuid not null, "partnership_id" uuid not null, "organisation_id" uuid not null, "fund_id" uuid null, "rank" int not null, "created_at" timestamptz not null default now(), constraint "tranche_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "tranche_by_fund" on "tranche" ("fund_id");`);
    this.addSql(`create index "tranche_by_organisation" on "tranche" ("organisation_id");`);
    this.addSql(
      `create unique index "tranche_identity" on "tranche" ("partnership_id", "organisation_id", coalesce("fund_id", '00000000-0000-0000-0000-000000000000'));`,
    );
    this.addSql(
      `alter table "tranche" add constraint "tranche_rank_once" unique ("partnership_id", "rank");`,
    );

    this.addSql(
      `create table "contract_version" ("id" uuid not null, "partnership_id" uuid not null, "number" int not null, "status" text check ("status" in ('PROPOSED', 'AGREED', 'SUPERSEDED', 'WITHDRAWN')) not null, "content_hash" text not null, "canonical_terms" text not null, "start_date" date not null, "end_date" date not null, "payment_cap" bigint not null, "proposed_by_id" uuid not null, "proposed_at" timestamptz not null default now(), "agreed_at" timestamptz null, constraint "contract_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "contract_version_one_agreed" on "contract_version" ("partnership_id") where "status" = 'AGREED';`,
    );
    this.addSql(
      `create unique index "contract_version_one_proposed" on "contract_version" ("partnership_id") where "status" = 'PROPOSED';`,
    );
    this.addSql(
      `alter table "contract_version" add constraint "contract_version_number_once" unique ("partnership_id", "number");`,
    );

    this.addSql(
      `create table "tranche_terms" ("id" uuid not null, "version_id" uuid not null, "tranche_id" uuid not null, "position" int not null, "kind" text check ("kind" in ('INVESTMENT', 'GRANT')) not null, "seniority" int not null, "commitment" bigint not null, "premium_rate" numeric(13,12) not null, constraint "tranche_terms_pkey" primary key ("id"), constraint tranche_terms_premium_rate_range check (premium_rate >= 0 and premium_rate <= 1), constraint tranche_terms_commitment_non_negative check (commitment >= 0), constraint tranche_terms_seniority_positive check (seniority >= 1));`,
    );
    this.addSql(
      `alter table "tranche_terms" add constraint "tranche_terms_once_per_version" unique ("version_id", "tranche_id");`,
    );

    this.addSql(
      `create table "signature" ("id" uuid not null, "version_id" uuid not null, "organisation_id" uuid not null, "signed_by_id" uuid not null, "signed_at" timestamptz not null default now(), constraint "signature_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "signature" add constraint "signature_once_per_organisation" unique ("version_id", "organisation_id");`,
    );

    this.addSql(
      `create table "metric" ("id" uuid not null, "version_id" uuid not null, "position" int not null, "key" text not null, "name" text not null, "definition" text not null, "unit" text not null, "verifier" text check ("verifier" in ('COMMISSIONER', 'PROVIDER', 'INVESTOR', 'FOUNDATION', 'EVALUATOR')) not null, "rule" text check ("rule" in ('PER_OUTCOME', 'THRESHOLD', 'LINEAR')) not null, "price" bigint null, "threshold" numeric(28,12) null, "target" numeric(28,12) null, "amount" bigint null, "cap" bigint null, "unit_saving" bigint null, constraint "metric_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "metric" add constraint "metric_key_once_per_version" unique ("version_id", "key");`,
    );

    this.addSql(
      `alter table "tranche" add constraint "tranche_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "tranche" add constraint "tranche_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "tranche" add constraint "tranche_fund_id_foreign" foreign key ("fund_id") references "fund" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "contract_version" add constraint "contract_version_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contract_version" add constraint "contract_version_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "tranche_terms" add constraint "tranche_terms_version_id_foreign" foreign key ("version_id") references "contract_version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "tranche_terms" add constraint "tranche_terms_tranche_id_foreign" foreign key ("tranche_id") references "tranche" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "signature" add constraint "signature_version_id_foreign" foreign key ("version_id") references "contract_version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "signature" add constraint "signature_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "signature" add constraint "signature_signed_by_id_foreign" foreign key ("signed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "metric" add constraint "metric_version_id_foreign" foreign key ("version_id") references "contract_version" ("id") on update cascade on delete cascade;`,
    );
    // Proposed terms are frozen: only a version's status and agreement time may ever change.
    this.addSql(`create function effekt_refuse_terms_change() returns trigger language plpgsql as $$
      begin
        raise exception 'contract terms are immutable once proposed (%)', tg_table_name using errcode = 'P0001';
      end $$;`);
    this.addSql(
      `create trigger metric_immutable before update on "metric" for each row execute function effekt_refuse_terms_change();`,
    );
    this.addSql(
      `create trigger tranche_terms_immutable before update on "tranche_terms" for each row execute function effekt_refuse_terms_change();`,
    );
    this.addSql(`create function effekt_freeze_version_content() returns trigger language plpgsql as $$
      begin
        if (new.partnership_id, new.number, new.content_hash, new.canonical_terms, new.start_date, new.end_date, new.payment_cap, new.proposed_by_id, new.proposed_at)
           is distinct from
           (old.partnership_id, old.number, old.content_hash, old.canonical_terms, old.start_date, old.end_date, old.payment_cap, old.proposed_by_id, old.proposed_at) then
          raise exception 'contract terms are immutable once proposed (contract_version)' using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger contract_version_content_frozen before update on "contract_version" for each row execute function effekt_freeze_version_content();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tranche_terms" drop constraint "tranche_terms_tranche_id_foreign";`);

    this.addSql(`alter table "tranche_terms" drop constraint "tranche_terms_version_id_foreign";`);

    this.addSql(`alter table "signature" drop constraint "signature_version_id_foreign";`);

    this.addSql(`alter table "metric" drop constraint "metric_version_id_foreign";`);

    this.addSql('drop function if exists effekt_refuse_terms_change() cascade;');
    this.addSql('drop function if exists effekt_freeze_version_content() cascade;');
    this.addSql(`drop table if exists "tranche" cascade;`);

    this.addSql(`drop table if exists "contract_version" cascade;`);

    this.addSql(`drop table if exists "tranche_terms" cascade;`);

    this.addSql(`drop table if exists "signature" cascade;`);

    this.addSql(`drop table if exists "metric" cascade;`);
  }
}
