import type { TermsDraft } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { proposeTerms } from '../modules/contracts/propose-terms.service.js';
import { signTerms } from '../modules/contracts/sign-terms.service.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Member } from '../modules/partnerships/member.entity.js';
import { MEMBER_SCOPE_FILTER, Partnership } from '../modules/partnerships/partnership.entity.js';
import { PartnershipRole, PartnershipStatus } from '../modules/partnerships/partnership-enums.js';
import { User } from '../modules/users/user.entity.js';
import { type DemoDirectory, type DemoKey, viewerOf } from './demo-directory.js';

export interface DemoPartnership {
  readonly title: string;
  readonly challenge: string;
  readonly commissioner: DemoKey;
  readonly members: readonly (readonly [DemoKey, PartnershipRole])[];
  readonly terms: (directory: DemoDirectory) => TermsDraft;
}

/** Creates a partnership and agrees its terms through the same services the API uses. */
export async function createDemoPartnership(
  em: EntityManager,
  directory: DemoDirectory,
  spec: DemoPartnership,
): Promise<Partnership> {
  const commissioner = directory.organisation(spec.commissioner);
  const partnership = new Partnership({
    title: spec.title,
    challenge: spec.challenge,
    municipality: em.getReference(Organisation, commissioner.id, { wrapped: true }),
    createdBy: em.getReference(User, directory.user(spec.commissioner).id, { wrapped: true }),
  });
  em.persist(partnership);
  const ref = em.getReference(Partnership, partnership.id, { wrapped: true });
  const roles: (readonly [DemoKey, PartnershipRole])[] = [
    [spec.commissioner, PartnershipRole.COMMISSIONER],
    ...spec.members,
  ];
  for (const [key, role] of roles) {
    em.persist(
      new Member({
        partnership: ref,
        organisation: em.getReference(Organisation, directory.organisation(key).id, { wrapped: true }),
        role,
      }),
    );
  }
  await em.flush();
  // Work as the commissioner's requests do: inside the member scope of this partnership.
  em.setFilterParams(MEMBER_SCOPE_FILTER, { organisationId: commissioner.id });
  const access = { partnership, status: PartnershipStatus.DRAFT, viewerRole: PartnershipRole.COMMISSIONER };
  const version = await proposeTerms(
    em,
    viewerOf(directory, spec.commissioner),
    access,
    spec.terms(directory),
  );
  for (const [key, role] of roles) {
    if (role === PartnershipRole.EVALUATOR) continue;
    await signTerms(em, viewerOf(directory, key), version, version.contentHash);
  }
  return partnership;
}
