import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { SIGNING_ROLES } from '../../policy/contract.policy.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Member } from '../partnerships/member.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { PartnershipStatus } from '../partnerships/partnership-enums.js';
import { User } from '../users/user.entity.js';
import { ContractVersionStatus } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';
import { Signature } from './signature.entity.js';

/**
 * Adds the viewer organisation's signature. The partnership row lock serialises signatures, so
 * exactly one of several simultaneous last signatures agrees the version.
 */
export async function signTerms(
  em: EntityManager,
  viewer: Viewer,
  version: ContractVersion,
  contentHash: string,
): Promise<ContractVersion> {
  const partnershipId = version.partnership.id;
  try {
    return await transaction(em, async (tx) => {
      await runSql(tx, 'select id from partnership where id = ? for update', [partnershipId]);
      const current = await tx.findOneOrFail(ContractVersion, { id: version.id }, { refresh: true });
      if (current.status !== ContractVersionStatus.PROPOSED) {
        throw AppError.conflict(
          `Version ${current.number} is ${current.status.toLowerCase()}, not awaiting signatures`,
        );
      }
      if (contentHash.trim().toLowerCase() !== current.contentHash) {
        throw AppError.conflict('The terms have a different content hash than the one you signed', {
          field: 'contentHash',
        });
      }
      tx.persist(
        new Signature({
          version: tx.getReference(ContractVersion, current.id, { wrapped: true }),
          organisation: tx.getReference(Organisation, viewer.organisation.id, { wrapped: true }),
          signedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
        }),
      );
      await tx.flush();
      await recordActivity(tx, {
        partnershipId,
        kind: ActivityKind.TERMS_SIGNED,
        viewer,
        subjectId: current.id,
        data: { number: current.number },
      });
      const pending = await pendingSignatoryIds(tx, partnershipId, current.id);
      if (pending.length === 0) {
        await agree(tx, current, partnershipId);
        await recordActivity(tx, {
          partnershipId,
          kind: ActivityKind.TERMS_AGREED,
          viewer: null,
          subjectId: current.id,
          data: { number: current.number },
        });
      }
      return current;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw AppError.conflict('Your organisation has already signed this version');
    }
    throw error;
  }
}

async function agree(tx: EntityManager, version: ContractVersion, partnershipId: string): Promise<void> {
  await tx.nativeUpdate(
    ContractVersion,
    { partnership: partnershipId, status: ContractVersionStatus.AGREED },
    { status: ContractVersionStatus.SUPERSEDED },
  );
  version.status = ContractVersionStatus.AGREED;
  version.agreedAt = new Date();
  await tx.flush();
  const partnership = await tx.findOneOrFail(Partnership, { id: partnershipId }, { filters: false });
  if (partnership.status === PartnershipStatus.DRAFT) partnership.status = PartnershipStatus.ACTIVE;
}

/** Members whose role must sign and whose organisation has not signed this version yet. */
export async function pendingSignatoryIds(
  em: EntityManager,
  partnershipId: string,
  versionId: string,
): Promise<string[]> {
  const members = await em.find(Member, { partnership: partnershipId, role: { $in: [...SIGNING_ROLES] } });
  const signatures = await em.find(Signature, { version: versionId });
  const signed = new Set(signatures.map((signature) => signature.organisation.id));
  return members.map((member) => member.organisation.id).filter((id) => !signed.has(id));
}
