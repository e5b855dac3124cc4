/** Who may read nothing: the scope of an anonymous request. */
export const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/**
 * The member scope (see the `memberScope` filter on Partnership) for reads that bypass the ORM:
 * the row's partnership must have the viewer's organisation as a member. Takes one binding, the
 * organisation id. Callers pass ids that an authorised parent already yielded; this keeps a row
 * of another partnership out even if one slipped through.
 */
export function memberScopeSql(partnershipColumn: string): string {
  return `exists (select 1 from partnership_member scope
                   where scope.partnership_id = ${partnershipColumn} and scope.organisation_id = ?)`;
}
