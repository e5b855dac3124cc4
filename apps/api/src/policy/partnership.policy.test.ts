import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { PartnershipRole, PartnershipStatus } from '../modules/partnerships/partnership-enums.js';
import { can } from './index.js';
import type { Viewer } from './viewer.js';

function viewerOf(kind: OrganisationKind): Viewer {
  return { user: { id: 'u' }, organisation: { id: 'o', kind } } as unknown as Viewer;
}

describe('partnership policy', () => {
  it.each(Object.values(OrganisationKind))('lets only municipalities create partnerships (%s)', (kind) => {
    expect(can(viewerOf(kind), 'partnership', 'create')).toBe(kind === OrganisationKind.MUNICIPALITY);
  });

  it.each(Object.values(PartnershipRole))('lets only the commissioner add members (%s)', (role) => {
    const membership = { status: PartnershipStatus.DRAFT, viewerRole: role };
    expect(can(viewerOf(OrganisationKind.MUNICIPALITY), 'partnership', 'addMember', membership)).toBe(
      role === PartnershipRole.COMMISSIONER,
    );
  });
});
