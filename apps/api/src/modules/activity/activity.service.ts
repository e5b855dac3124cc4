import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../policy/viewer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { Activity } from './activity.entity.js';
import type { ActivityKind } from './activity-kind.js';

export const ACTIVITY_CHANNEL = 'effekt_activity';

export interface ActivityNotice {
  readonly id: string;
  readonly partnershipId: string;
}

/**
 * Appends to the partnership's feed inside the caller's transaction and announces it with
 * NOTIFY, which PostgreSQL delivers to every listening API process only if the transaction
 * commits: a rolled-back change is never announced.
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
): Promise<Activity> {
  const activity = new Activity({
    partnership: tx.getReference(Partnership, entry.partnershipId, { wrapped: true }),
    kind: entry.kind,
    actor: entry.viewer ? tx.getReference(User, entry.viewer.user.id, { wrapped: true }) : null,
    actorOrganisation: entry.viewer
      ? tx.getReference(Organisation, entry.viewer.organisation.id, { wrapped: true })
      : null,
    subjectId: entry.subjectId ?? null,
    data: entry.data ?? {},
  });
  tx.persist(activity);
  await tx.flush();
  const notice: ActivityNotice = { id: String(activity.id), partnershipId: entry.partnershipId };
  await tx.execute('select pg_notify(?, ?)', [ACTIVITY_CHANNEL, JSON.stringify(notice)]);
  return activity;
}
