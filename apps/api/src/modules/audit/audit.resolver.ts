import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { authorize, requireViewer } from '../../policy/index.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { verifyChain } from './audit.service.js';
import { AuditEntry } from './audit-entry.entity.js';

@ObjectType('AuditEntry')
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position in the partnership chain, from 1.' })
  seq!: number;

  @Field(() => String, { description: 'The mutation, e.g. "approvePayment".' })
  operation!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => [ID])
  subjectIds!: string[];

  @Field(() => String, { description: 'SHA-256 of the arguments (secrets left out).' })
  digest!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  previousHash!: string;

  @Field(() => String)
  hash!: string;
}

@ObjectType('AuditVerification')
export class AuditVerificationView {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => Int, { description: 'Entries checked before the first broken one, or all.' })
  checked!: number;

  @Field(() => AuditEntryView, { nullable: true, description: 'The first entry whose link does not hold.' })
  firstBroken!: AuditEntryView | null;
}

const view = (entry: AuditEntry): AuditEntryView => ({
  ...entry,
  id: String(entry.id),
  subjectIds: [...entry.subjectIds],
});

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntryView], {
    description: 'The audit trail of a partnership, newest first (commissioner, evaluator).',
  })
  async auditTrail(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('beforeSeq', () => Int, { nullable: true }) beforeSeq: number | null,
    @Ctx() context: Context,
  ): Promise<AuditEntryView[]> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, partnershipId);
    authorize(viewer, 'audit', 'read', access);
    if (first < 1 || first > 500) throw AppError.badInput('first', 'must be between 1 and 500');
    const entries = await context.em.find(
      AuditEntry,
      { chain: access.partnership.id, ...(beforeSeq ? { seq: { $lt: beforeSeq } } : {}) },
      { orderBy: { seq: 'desc' }, limit: first },
    );
    return entries.map(view);
  }

  @Query(() => AuditVerificationView, { description: 'Re-verifies the whole hash chain of a partnership.' })
  async verifyAuditTrail(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Ctx() context: Context,
  ): Promise<AuditVerificationView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, partnershipId);
    authorize(viewer, 'audit', 'read', access);
    const check = await verifyChain(context.em, access.partnership.id);
    return {
      valid: check.valid,
      checked: check.checked,
      firstBroken: check.firstBroken ? view(check.firstBroken) : null,
    };
  }
}
