import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053034 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "chain" text not null, "seq" int not null, "partnership_id" uuid null, "user_id" uuid null, "organisation_id" uuid null, "operation" text not null, "subject_ids" jsonb not null, "digest" text not null, "created_at" timestamptz not null, "previous_hash" text not null, "hash" text not null);`,
    );
    this.addSql(`create index "audit_entry_by_partnership" on "audit_entry" ("partnership_id", "seq");`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_chain_position" unique ("chain", "seq");`,
    );

    this.addSql(
      `create table "thread" ("id" uuid not null, "partnership_id" uuid not null, "subject" text check ("subject" in ('PARTNERSHIP', 'CONTRACT_VERSION', 'REPORT', 'PAYMENT')) not null, "subject_id" uuid null, "title" text not null, "started_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "thread_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "thread_by_partnership" on "thread" ("partnership_id", "created_at");`);

    this.addSql(
      `create table "thread_read" ("id" uuid not null, "thread_id" uuid not null, "user_id" uuid not null, "read_at" timestamptz not null, constraint "thread_read_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "thread_read" add constraint "thread_read_once" unique ("thread_id", "user_id");`,
    );

    this.addSql(
      `create table "milestone" ("id" uuid not null, "partnership_id" uuid not null, "title" text not null, "due_date" date not null, "owner_id" uuid not null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')) not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "milestone_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "milestone_by_partnership" on "milestone" ("partnership_id", "due_date");`);

    this.addSql(
      `create table "lesson" ("id" uuid not null, "partnership_id" uuid not null, "title" text not null, "body" text not null, "tags" jsonb not null, "outcome" text check ("outcome" in ('WENT_WELL', 'WENT_BADLY')) not null, "visibility" text check ("visibility" in ('PARTNERSHIP', 'PLATFORM')) not null, "author_id" uuid not null, "created_at" timestamptz not null default now(), "search" tsvector null, constraint "lesson_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lesson_search" on "lesson" using gin ("search");`);
    this.addSql(`create index "lesson_platform" on "lesson" ("visibility", "created_at");`);
    this.addSql(`create index "lesson_by_partnership" on "lesson" ("partnership_id", "created_at");`);

    this.addSql(
      `create table "document" ("id" uuid not null, "partnership_id" uuid not null, "title" text not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "document_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "document_by_partnership" on "document" ("partnership_id", "created_at");`);

    this.addSql(
      `create table "document_version" ("id" uuid not null, "document_id" uuid not null, "number" int not null, "filename" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "content" bytea not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "document_version_pkey" primary key ("id"), constraint document_version_size_matches check (octet_length(content) = size));`,
    );
    this.addSql(
      `alter table "document_version" add constraint "document_version_number_once" unique ("document_id", "number");`,
    );

    this.addSql(
      `create table "decision" ("id" uuid not null, "partnership_id" uuid not null, "text" text not null, "decided_on" date not null, "agreed_by" jsonb not null, "thread_id" uuid null, "supersedes_id" uuid null, "recorded_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "decision_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "decision_by_partnership" on "decision" ("partnership_id", "decided_on");`);
    this.addSql(`alter table "decision" add constraint "decision_superseded_once" unique ("supersedes_id");`);

    this.addSql(
      `create table "comment" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid not null, "body" text not null, "mentions" jsonb not null, "created_at" timestamptz not null default now(), "edited_at" timestamptz null, constraint "comment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "comment_by_thread" on "comment" ("thread_id", "created_at");`);

    this.addSql(
      `create table "activity" ("id" bigserial primary key, "partnership_id" uuid not null, "kind" text check ("kind" in ('MEMBER_ADDED', 'TERMS_PROPOSED', 'TERMS_SIGNED', 'TERMS_AGREED', 'DISBURSEMENT_RECORDED', 'REPORT_SUBMITTED', 'REPORT_VERIFIED', 'REPORT_REJECTED', 'PAYMENT_CALCULATED', 'PAYMENT_APPROVED', 'PAYMENT_PAID', 'PARTNERSHIP_CLOSED', 'THREAD_STARTED', 'COMMENT_POSTED', 'DECISION_RECORDED', 'DOCUMENT_UPLOADED', 'MILESTONE_CHANGED', 'LESSON_RECORDED')) not null, "actor_id" uuid null, "actor_organisation_id" uuid null, "subject_id" uuid null, "data" jsonb not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "activity_feed" on "activity" ("partnership_id", "id");`);

    this.addSql(
      `alter table "thread" add constraint "thread_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "thread" add constraint "thread_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "thread_read" add constraint "thread_read_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "thread_read" add constraint "thread_read_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "milestone" add constraint "milestone_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "milestone" add constraint "milestone_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "milestone" add constraint "milestone_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "lesson" add constraint "lesson_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson" add constraint "lesson_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "document" add constraint "document_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "document" add constraint "document_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "document_version" add constraint "document_version_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "document_version" add constraint "document_version_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "decision" add constraint "decision_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_supersedes_id_foreign" foreign key ("supersedes_id") references "decision" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "comment" add constraint "comment_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "activity" add constraint "activity_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_actor_organisation_id_foreign" foreign key ("actor_organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    // Lessons are searched in Danish; the vector is kept by the database on every write.
    this.addSql(`create function effekt_lesson_search() returns trigger language plpgsql as $$
      begin
        new.search := setweight(to_tsvector('danish', new.title), 'A')
          || setweight(jsonb_to_tsvector('danish', new.tags, '["string"]'), 'A')
          || setweight(to_tsvector('danish', new.body), 'B');
        return new;
      end $$;`);
    this.addSql(
      `create trigger lesson_search_vector before insert or update on "lesson" for each row execute function effekt_lesson_search();`,
    );
    // Decisions are never edited, only superseded; the audit trail is append-only.
    this.addSql(`create function effekt_refuse_change_of_record() returns trigger language plpgsql as $$
      begin
        raise exception '% rows cannot be changed', tg_table_name using errcode = 'P0001';
      end $$;`);
    this.addSql(
      `create trigger decision_immutable before update on "decision" for each row execute function effekt_refuse_change_of_record();`,
    );
    this.addSql(
      `create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function effekt_refuse_change_of_record();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists effekt_refuse_change_of_record() cascade;');
    this.addSql('drop function if exists effekt_lesson_search() cascade;');
    this.addSql(`alter table "thread_read" drop constraint "thread_read_thread_id_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_thread_id_foreign";`);

    this.addSql(`alter table "comment" drop constraint "comment_thread_id_foreign";`);

    this.addSql(`alter table "document_version" drop constraint "document_version_document_id_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_supersedes_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "thread" cascade;`);

    this.addSql(`drop table if exists "thread_read" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "lesson" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "document_version" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "comment" cascade;`);

    this.addSql(`drop table if exists "activity" cascade;`);
  }
}
