import { describe, expect, it } from 'vitest';
import type { OrganisationKind, PartnershipRole } from '../../gql/graphql';
import { candidatesByKind, isPartnershipStatus, sortMembers, suggestedRole } from './roles';

const member = (role: PartnershipRole, name: string) => ({ role, organisation: { name } });
const org = (id: string, name: string, kind: OrganisationKind) => ({ id, name, kind });

describe('sortMembers', () => {
  it('puts the commissioner first, then roles in order, names alphabetically (Danish æøå last)', () => {
    const sorted = sortMembers(
      [
        member('EVALUATOR', 'Evalueringsinstituttet'),
        member('INVESTOR', 'Øresund Invest'),
        member('INVESTOR', 'Den Sociale Kapitalfond'),
        member('COMMISSIONER', 'Aarhus Kommune'),
        member('PROVIDER', 'AskovFonden'),
      ],
      'da-DK',
    );
    expect(sorted.map((m) => m.organisation.name)).toEqual([
      'Aarhus Kommune',
      'AskovFonden',
      'Den Sociale Kapitalfond',
      'Øresund Invest',
      'Evalueringsinstituttet',
    ]);
  });
});

describe('candidatesByKind', () => {
  it('leaves out members and empty kinds, groups in a fixed kind order', () => {
    const groups = candidatesByKind(
      [
        org('1', 'Trivselsfonden', 'FOUNDATION'),
        org('2', 'AskovFonden', 'PROVIDER'),
        org('3', 'Jobvejen', 'PROVIDER'),
        org('4', 'Aarhus Kommune', 'MUNICIPALITY'),
      ],
      new Set(['4']),
      'da-DK',
    );
    expect(groups.map((group) => [group.kind, group.organisations.map((o) => o.name)])).toEqual([
      ['PROVIDER', ['AskovFonden', 'Jobvejen']],
      ['FOUNDATION', ['Trivselsfonden']],
    ]);
  });
});

describe('suggestedRole', () => {
  it.each([
    ['PROVIDER', 'PROVIDER'],
    ['INVESTOR', 'INVESTOR'],
    ['FOUNDATION', 'FOUNDATION'],
    ['EVALUATOR', 'EVALUATOR'],
    ['MUNICIPALITY', 'INVESTOR'],
  ] as const)('%s → %s', (kind, role) => {
    expect(suggestedRole(kind)).toBe(role);
  });
});

it('accepts only known statuses from the address bar', () => {
  expect(isPartnershipStatus('ACTIVE')).toBe(true);
  expect(isPartnershipStatus('active')).toBe(false);
  expect(isPartnershipStatus(null)).toBe(false);
});
