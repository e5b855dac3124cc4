import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { CalendarDateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { authorize, requireViewer } from '../../policy/index.js';
import { TrancheView } from '../contracts/contract.types.js';
import { termsInForceOrFail } from '../contracts/terms-in-force.js';
import { Tranche } from '../contracts/tranche.entity.js';
import { TrancheTerms } from '../contracts/tranche-terms.entity.js';
import { findPartnershipOrFail } from '../partnerships/membership.js';
import { recordDisbursement } from './disbursement.service.js';

@InputType()
export class DisbursementInput {
  @Field(() => ID)
  trancheId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => CalendarDateScalar)
  date!: string;
}

@Resolver()
export class DisbursementResolver {
  @Mutation(() => TrancheView, {
    description:
      'The organisation holding the tranche (the commissioner for fund tranches); never beyond the commitment.',
  })
  async recordDisbursement(
    @Arg('input', () => DisbursementInput) input: DisbursementInput,
    @Ctx() context: Context,
  ): Promise<TrancheView> {
    const viewer = requireViewer(context.viewer);
    const tranche = isUuid(input.trancheId)
      ? await context.em.findOne(Tranche, { id: input.trancheId })
      : null;
    if (!tranche) throw AppError.notFound('Tranche');
    const access = await findPartnershipOrFail(context.em, viewer, tranche.partnership.id).catch(() => {
      throw AppError.notFound('Tranche');
    });
    authorize(viewer, 'tranche', 'disburse', access, tranche.organisation.id);
    await recordDisbursement(context.em, viewer, tranche, input);
    context.loaders.trancheMoney.clear(tranche.id);
    const version = await termsInForceOrFail(context.em, tranche.partnership.id);
    const terms = await context.em.findOneOrFail(
      TrancheTerms,
      { version: version.id, tranche: tranche.id },
      { populate: ['tranche'] },
    );
    return TrancheView.fromTerms(terms);
  }
}
