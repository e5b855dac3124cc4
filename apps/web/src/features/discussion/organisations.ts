import type { WorkspacePartnership } from '../activity/WorkspaceSection';

/** The organisations of a partnership, to mention in a thread or comment. */
export function organisationsOf(partnership: WorkspacePartnership) {
  return partnership.members.map((member) => member.organisation);
}
