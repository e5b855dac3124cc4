import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import type { Viewer } from '../../policy/viewer.js';
import type { ActivityKind } from './activity-kind.js';

export const ACTIVITY_CHANNEL = 'effekt_activity';

export interface ActivityNotice {
  readonly id: string;
  readonly partnershipId: string;
}

/**
 * Appends to the partnership's feed inside the caller's transaction and announces it with
 * NOTIFY, which PostgreSQL delivers to every listening API process only if the transaction
 * commits: a rolled-back change is never announced. Whatever the caller has pending is flushed
 * first, so the feed never runs ahead of the change it records; the entry and its notice are then
 * one statement, as every mutation writes one.
 */
export async function recordActivity(
  tx: EntityManager,
  entry: {
    partnershipId: string;
    kind: ActivityKind;
    viewer: Viewer | null;
    subjectId?: string | null;
    data?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await tx.flush();
  await runSql(
    tx,
    `with entry as (
       insert into activity (partnership_id, kind, actor_id, actor_organisation_id, subject_id, data, created_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?)
       returning id, partnership_id)
     select pg_notify(?, json_build_object('id', entry.id::text, 'partnershipId', entry.partnership_id)::text)
       from entry`,
    [
      entry.partnershipId,
      entry.kind,
      entry.viewer?.user.id ?? null,
      entry.viewer?.organisation.id ?? null,
      entry.subjectId ?? null,
      JSON.stringify(entry.data ?? {}),
      new Date(),
      ACTIVITY_CHANNEL,
    ],
  );
}
