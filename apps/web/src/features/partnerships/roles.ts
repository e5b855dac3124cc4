import type { OrganisationKind, PartnershipRole, PartnershipStatus } from '../../gql/graphql';

export const partnershipStatuses: readonly PartnershipStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

/** Roles a commissioner can give an organisation it adds; COMMISSIONER is the creator's alone. */
export const addableRoles: readonly PartnershipRole[] = ['PROVIDER', 'INVESTOR', 'FOUNDATION', 'EVALUATOR'];

const roleOrder: readonly PartnershipRole[] = ['COMMISSIONER', ...addableRoles];
const kindOrder: readonly OrganisationKind[] = [
  'MUNICIPALITY',
  'PROVIDER',
  'INVESTOR',
  'FOUNDATION',
  'EVALUATOR',
];

/** The role an organisation of this kind usually takes; a suggestion the user may change. */
export function suggestedRole(kind: OrganisationKind): PartnershipRole {
  switch (kind) {
    case 'PROVIDER':
      return 'PROVIDER';
    case 'INVESTOR':
    case 'MUNICIPALITY':
      return 'INVESTOR';
    case 'FOUNDATION':
      return 'FOUNDATION';
    case 'EVALUATOR':
      return 'EVALUATOR';
  }
}

interface RoleHolder {
  readonly role: PartnershipRole;
  readonly organisation: { readonly name: string };
}

/** Commissioner first, then provider, investors, foundations, evaluator; by name within a role. */
export function sortMembers<M extends RoleHolder>(members: readonly M[], locale: string): M[] {
  const collator = new Intl.Collator(locale);
  return [...members].sort(
    (a, b) =>
      roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) ||
      collator.compare(a.organisation.name, b.organisation.name),
  );
}

interface Directory {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

/** Directory organisations not yet members, grouped by kind in a fixed order, by name within a kind. */
export function candidatesByKind<O extends Directory>(
  organisations: readonly O[],
  memberIds: ReadonlySet<string>,
  locale: string,
): { kind: OrganisationKind; organisations: O[] }[] {
  const collator = new Intl.Collator(locale);
  return kindOrder
    .map((kind) => ({
      kind,
      organisations: organisations
        .filter((organisation) => organisation.kind === kind && !memberIds.has(organisation.id))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.organisations.length > 0);
}

export function isPartnershipStatus(value: string | null): value is PartnershipStatus {
  return value !== null && (partnershipStatuses as readonly string[]).includes(value);
}
