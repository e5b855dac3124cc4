import { PartnershipRole } from '../modules/partnerships/partnership-enums.js';
import { isCommissioner, type Membership } from './partnership.policy.js';
import type { Viewer } from './viewer.js';

const isMember = (_viewer: Viewer, _membership: Membership) => true;

export const auditPolicy = {
  read: (_viewer: Viewer, membership: Membership) =>
    membership.viewerRole === PartnershipRole.COMMISSIONER ||
    membership.viewerRole === PartnershipRole.EVALUATOR,
} as const;

/** Collaboration is for every member; only authors edit their words, only the commissioner shares lessons widely. */
export const workspacePolicy = {
  discuss: isMember,
  recordDecision: isMember,
  uploadDocument: isMember,
  manageMilestones: isMember,
  recordLesson: isMember,
  shareLessonWithPlatform: (viewer: Viewer, membership: Membership) => isCommissioner(viewer, membership),
  editComment: (viewer: Viewer, _membership: Membership, authorId: string) => viewer.user.id === authorId,
} as const;
