import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { KINDS_FOR_ROLE } from '../../policy/partnership.policy.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';
import { Member } from './member.entity.js';
import type { PartnershipAccess } from './membership.js';
import { Partnership } from './partnership.entity.js';
import { PartnershipRole, PartnershipStatus } from './partnership-enums.js';

export async function createPartnership(
  em: EntityManager,
  viewer: Viewer,
  input: { title: string; challenge: string },
): Promise<Partnership> {
  return transaction(em, async (tx) => {
    const partnership = new Partnership({
      ...input,
      municipality: tx.getReference(Organisation, viewer.organisation.id, { wrapped: true }),
      createdBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(partnership);
    tx.persist(
      new Member({
        partnership: tx.getReference(Partnership, partnership.id, { wrapped: true }),
        organisation: tx.getReference(Organisation, viewer.organisation.id, { wrapped: true }),
        role: PartnershipRole.COMMISSIONER,
      }),
    );
    return partnership;
  });
}

/** Adds an organisation; the database's unique indexes settle races for the same seat. */
export async function addMember(
  em: EntityManager,
  viewer: Viewer,
  access: PartnershipAccess,
  organisationId: string,
  role: PartnershipRole,
): Promise<void> {
  if (access.status === PartnershipStatus.CLOSED) throw AppError.conflict('The partnership is closed');
  if (role === PartnershipRole.COMMISSIONER) {
    throw AppError.badInput('role', 'a partnership has one commissioner, the municipality that created it');
  }
  const organisation = await em.findOne(Organisation, { id: organisationId });
  if (!organisation) throw AppError.badInput('organisationId', 'no organisation has this id');
  if (!KINDS_FOR_ROLE[role].includes(organisation.kind)) {
    throw AppError.badInput('role', `a ${organisation.kind.toLowerCase()} cannot take the role ${role}`);
  }
  try {
    await transaction(em, async (tx) => {
      tx.persist(
        new Member({
          partnership: tx.getReference(Partnership, access.partnership.id, { wrapped: true }),
          organisation: tx.getReference(Organisation, organisation.id, { wrapped: true }),
          role,
        }),
      );
      await recordActivity(tx, {
        partnershipId: access.partnership.id,
        kind: ActivityKind.MEMBER_ADDED,
        viewer,
        subjectId: organisation.id,
        data: { organisation: organisation.name, role },
      });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw error.message.includes('one_provider')
        ? AppError.conflict('The partnership already has a provider')
        : AppError.conflict(`${organisation.name} is already a member`);
    }
    throw error;
  }
}
