import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../modules/organisations/organisation-kind.js';
import { can } from './index.js';
import type { Viewer } from './viewer.js';

function viewerOf(organisationId: string, kind: OrganisationKind): Viewer {
  return { user: { id: 'u' }, organisation: { id: organisationId, kind } } as unknown as Viewer;
}

describe('fund policy', () => {
  it("shows a fund to its own municipality's users", () => {
    expect(can(viewerOf('aarhus', OrganisationKind.MUNICIPALITY), 'fund', 'see', 'aarhus')).toBe(true);
  });

  it.each(Object.values(OrganisationKind))('hides it from any other organisation (%s)', (kind) => {
    expect(can(viewerOf('other', kind), 'fund', 'see', 'aarhus')).toBe(false);
  });
});
