import { formatMoney } from '@effekt/engine';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { SIGNING_ROLES } from '../../policy/contract.policy.js';
import { authorize, can, requireViewer } from '../../policy/index.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { findPartnershipOrFail, viewerMembership } from '../partnerships/membership.js';
import { PartnershipView } from '../partnerships/partnership.view.js';
import { SignatureView, TrancheView } from './contract.types.js';
import { ContractVersionStatus } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';
import { MetricView } from './metric.view.js';
import { proposeTerms } from './propose-terms.service.js';
import { signTerms } from './sign-terms.service.js';
import { TermsInput } from './terms.inputs.js';
import { VersionView } from './version.view.js';

/** A version is found only through a partnership the viewer's organisation is a member of. */
async function findVersionOrFail(context: Context, id: string) {
  const viewer = requireViewer(context.viewer);
  const version = isUuid(id) ? await context.em.findOne(ContractVersion, { id }) : null;
  if (!version) throw AppError.notFound('Contract version');
  const access = await findPartnershipOrFail(context.em, viewer, version.partnership.id).catch(() => {
    throw AppError.notFound('Contract version');
  });
  return { viewer, version, access };
}

@Resolver(() => VersionView)
export class ContractVersionResolver {
  @Query(() => VersionView, { nullable: true, description: 'One version of terms, for its members.' })
  async contractVersion(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<VersionView> {
    return VersionView.fromEntity((await findVersionOrFail(context, id)).version);
  }

  @Mutation(() => VersionView, {
    description:
      'Commissioner only. Freezes the terms as a new PROPOSED version; a pending proposal becomes WITHDRAWN.',
  })
  async proposeTerms(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('terms', () => TermsInput) terms: TermsInput,
    @Ctx() context: Context,
  ): Promise<VersionView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, partnershipId);
    authorize(viewer, 'contract', 'propose', access);
    return VersionView.fromEntity(await proposeTerms(context.em, viewer, access, terms));
  }

  @Mutation(() => VersionView, {
    description: "An org admin of a required signatory. CONFLICT when contentHash is not the version's.",
  })
  async signTerms(
    @Arg('versionId', () => ID) versionId: string,
    @Arg('contentHash', () => String) contentHash: string,
    @Ctx() context: Context,
  ): Promise<VersionView> {
    const { viewer, version, access } = await findVersionOrFail(context, versionId);
    authorize(viewer, 'contract', 'sign', access);
    return VersionView.fromEntity(await signTerms(context.em, viewer, version, contentHash));
  }

  @FieldResolver(() => PartnershipView)
  partnership(@Root() version: VersionView, @Ctx() context: Context): Promise<PartnershipView> {
    return context.loaders.partnership.load(version.partnershipId);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'The most the municipality can ever pay under these terms, all periods together.',
  })
  paymentCap(@Root() version: VersionView): string {
    return formatMoney(version.paymentCap);
  }

  @FieldResolver(() => [MetricView])
  async metrics(@Root() version: VersionView, @Ctx() context: Context): Promise<MetricView[]> {
    const metrics = await context.loaders.metricsOfPartnership.load(version.partnershipId);
    return metrics.filter((row) => row.metric.versionId === version.id).map((row) => row.metric);
  }

  @FieldResolver(() => [TrancheView])
  tranches(@Root() version: VersionView, @Ctx() context: Context): Promise<TrancheView[]> {
    return context.loaders.tranchesOfVersion.load(version.id);
  }

  @FieldResolver(() => [SignatureView])
  async signatures(@Root() version: VersionView, @Ctx() context: Context): Promise<SignatureView[]> {
    const signatures = await context.loaders.signaturesOfVersion.load(version.id);
    return signatures.map((signature) =>
      Object.assign(new SignatureView(), {
        organisationId: signature.organisationId,
        signedById: signature.signedBy.id,
        signedAt: signature.signedAt,
      }),
    );
  }

  @FieldResolver(() => [OrganisationView], { description: 'Organisations whose signature is still missing.' })
  async pendingSignatories(
    @Root() version: VersionView,
    @Ctx() context: Context,
  ): Promise<OrganisationView[]> {
    if (version.status !== ContractVersionStatus.PROPOSED) return [];
    const [members, signatures] = await Promise.all([
      context.loaders.membersOfPartnership.load(version.partnershipId),
      context.loaders.signaturesOfVersion.load(version.id),
    ]);
    const signed = new Set(signatures.map((signature) => signature.organisationId));
    return members
      .filter((member) => SIGNING_ROLES.has(member.role) && !signed.has(member.organisation.id))
      .map((member) => member.organisation);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may sign this version now.' })
  async viewerCanSign(@Root() version: VersionView, @Ctx() context: Context): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    if (version.status !== ContractVersionStatus.PROPOSED) return false;
    const [membership, signatures] = await Promise.all([
      viewerMembership(context, version.partnershipId),
      context.loaders.signaturesOfVersion.load(version.id),
    ]);
    if (!membership || signatures.some((signature) => signature.organisationId === viewer.organisation.id)) {
      return false;
    }
    return can(viewer, 'contract', 'sign', membership);
  }
}
