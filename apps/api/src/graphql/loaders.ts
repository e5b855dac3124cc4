import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Member } from '../modules/partnerships/member.entity.js';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Batches per request, so a list of N partnerships costs one query per relation, not N. */
export function createLoaders(em: EntityManager) {
  return {
    organisation: new DataLoader<string, Organisation>(async (ids) => {
      const found = await em.find(Organisation, { id: { $in: [...ids] } });
      const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
      return ids.map((id) => byId.get(id) ?? new Error(`organisation ${id} missing`));
    }),
    membersOfPartnership: new DataLoader<string, Member[]>(async (partnershipIds) => {
      const members = await em.find(
        Member,
        { partnership: { $in: [...partnershipIds] } },
        { populate: ['organisation'], orderBy: { joinedAt: 'asc', id: 'asc' } },
      );
      const byPartnership = groupBy(members, (member) => member.partnership.id);
      return partnershipIds.map((id) => byPartnership.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
