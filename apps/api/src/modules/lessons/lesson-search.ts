import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';

export interface LessonQuery {
  readonly organisationId: string;
  readonly search: string | null;
  readonly tag: string | null;
  readonly partnershipId: string | null;
}

/**
 * Ids of the lessons an organisation may read, best match first: lessons of its partnerships
 * and lessons shared with the platform. Danish stemming, so "familierne" finds "familie".
 */
export async function searchLessons(em: EntityManager, query: LessonQuery): Promise<string[]> {
  const rows = await runSql<{ id: string }[]>(
    em,
    `select l.id
       from lesson l
      where (l.visibility = 'PLATFORM'
             or exists (select 1 from partnership_member m where m.partnership_id = l.partnership_id and m.organisation_id = ?))
        and (?::uuid is null or l.partnership_id = ?::uuid)
        and (?::text is null or l.tags @> jsonb_build_array(?::text))
        and (?::text is null or l.search @@ websearch_to_tsquery('danish', ?::text))
      order by case when ?::text is null then 0 else ts_rank(l.search, websearch_to_tsquery('danish', ?::text)) end desc,
               l.created_at desc
      limit 200`,
    [
      query.organisationId,
      query.partnershipId,
      query.partnershipId,
      query.tag,
      query.tag,
      query.search,
      query.search,
      query.search,
      query.search,
    ],
  );
  return rows.map((row) => row.id);
}
