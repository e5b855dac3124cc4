import type { RootAfterHook } from '../../graphql/root-fields.js';
import type { Logger } from '../../logger.js';
import { appendAudit } from './audit.service.js';
import { argumentsDigest, PLATFORM_CHAIN } from './audit-chain.js';

interface RefLike {
  readonly id: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function idOf(value: unknown): string | null {
  return isRecord(value) && typeof value.id === 'string' ? value.id : null;
}

/** The partnership a mutation's result belongs to, whatever the result's type. */
function partnershipOf(result: unknown, args: Record<string, unknown>): string | null {
  if (!isRecord(result)) return null;
  if (typeof result.partnershipId === 'string') return result.partnershipId;
  const ref = result.partnership as RefLike | undefined;
  if (ref && typeof ref.id === 'string') return ref.id;
  // A Partnership itself: createPartnership, addMember, closePartnership.
  if ('challenge' in result && typeof result.id === 'string') return result.id;
  return typeof args.partnershipId === 'string' ? args.partnershipId : null;
}

function subjectIds(args: Record<string, unknown>, result: unknown): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && (key === 'id' || key.endsWith('Id'))) ids.add(value);
    else if (isRecord(value))
      for (const [inner, innerValue] of Object.entries(value)) visit(innerValue, inner);
  };
  visit(args, '');
  const own = idOf(result);
  if (own) ids.add(own);
  return [...ids].sort();
}

/**
 * Every successful mutation appends who, what and when to the audit trail. For signed-in
 * mutations this runs inside the mutation's transaction (see root-fields.ts): if the entry cannot
 * be appended, the mutation fails and leaves nothing behind. Sign-in commits on its own, so its
 * entry follows its commit; a failure there is logged loudly, never hidden.
 */
export function auditMutations(logger: Logger): RootAfterHook {
  return async (result, args, context, info) => {
    if (info.parentType.name !== 'Mutation') return;
    const user = context.viewer?.user ?? (isRecord(result) && isRecord(result.user) ? result.user : null);
    const userId = idOf(user);
    const organisationId =
      context.viewer?.organisation.id ??
      (isRecord(user) && typeof user.organisationId === 'string' ? user.organisationId : null);
    const partnershipId = partnershipOf(result, args);
    const append = () =>
      appendAudit(context.em, {
        chain: partnershipId ?? PLATFORM_CHAIN,
        partnershipId,
        userId,
        organisationId,
        operation: info.fieldName,
        subjectIds: subjectIds(args, result),
        digest: argumentsDigest(args),
      });
    if (context.viewer) {
      await append();
      return;
    }
    try {
      await append();
    } catch (error) {
      logger.error({ err: error, operation: info.fieldName }, 'audit entry could not be appended');
    }
  };
}
