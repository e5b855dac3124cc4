import { AppError } from '../errors/app-error.js';
import { contractPolicy } from './contract.policy.js';
import { paymentPolicy, reportPolicy } from './delivery.policy.js';
import { fundPolicy } from './fund.policy.js';
import { partnershipPolicy } from './partnership.policy.js';
import { tranchePolicy } from './tranche.policy.js';
import type { Viewer } from './viewer.js';
import { auditPolicy, workspacePolicy } from './workspace.policy.js';

/**
 * The one place access is decided. Resolvers call `authorize` before anything else; the web
 * client receives the same answers as abilities instead of repeating the rules.
 */
export const policies = {
  partnership: partnershipPolicy,
  contract: contractPolicy,
  tranche: tranchePolicy,
  fund: fundPolicy,
  report: reportPolicy,
  payment: paymentPolicy,
  audit: auditPolicy,
  workspace: workspacePolicy,
} as const;

type Policies = typeof policies;
type Rule<R extends keyof Policies, A extends keyof Policies[R]> = Policies[R][A] extends (
  viewer: Viewer,
  ...rest: infer Rest
) => boolean
  ? Rest
  : never;

export function can<R extends keyof Policies, A extends keyof Policies[R] & string>(
  viewer: Viewer,
  resource: R,
  action: A,
  ...subject: Rule<R, A>
): boolean {
  const rule = policies[resource][action] as (viewer: Viewer, ...rest: Rule<R, A>) => boolean;
  return rule(viewer, ...subject);
}

export function authorize<R extends keyof Policies, A extends keyof Policies[R] & string>(
  viewer: Viewer,
  resource: R,
  action: A,
  ...subject: Rule<R, A>
): void {
  if (!can(viewer, resource, action, ...subject)) {
    throw AppError.forbidden(`Your organisation may not ${action} this ${resource}`);
  }
}

/** Narrows the context's viewer; the deny-by-default middleware has already refused anonymous calls. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (viewer === null) throw AppError.unauthenticated();
  return viewer;
}

export type { Viewer } from './viewer.js';
