import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '../../errors/app-error.js';
import { parseInput } from '../../errors/validate.js';
import type { Context } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { authorize, can, requireViewer } from '../../policy/index.js';
import { ContractVersionStatus } from '../contracts/contract-enums.js';
import { VersionView } from '../contracts/version.view.js';
import { OrganisationView } from '../organisations/organisation.view.js';
import { closePartnership } from './close-partnership.service.js';
import { findPartnershipOrFail, viewerMembership } from './membership.js';
import { Partnership } from './partnership.entity.js';
import { CreatePartnershipInput, createPartnershipSchema, uuidSchema } from './partnership.inputs.js';
import { addMember, createPartnership } from './partnership.service.js';
import { MemberView, PartnershipAbilities } from './partnership.types.js';
import { PartnershipView } from './partnership.view.js';
import { ClosureOutcome, PartnershipRole, PartnershipStatus } from './partnership-enums.js';

@Resolver(() => PartnershipView)
export class PartnershipResolver {
  @Query(() => [PartnershipView], { description: "Partnerships the viewer's organisation is a member of." })
  async partnerships(
    @Arg('status', () => PartnershipStatus, { nullable: true }) status: PartnershipStatus | null,
    @Ctx() context: Context,
  ): Promise<PartnershipView[]> {
    requireViewer(context.viewer);
    const found = await context.em.find(Partnership, status ? { status } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
    });
    return found.map((partnership) => PartnershipView.fromEntity(partnership));
  }

  @Query(() => PartnershipView, { nullable: true })
  async partnership(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<PartnershipView> {
    requireViewer(context.viewer);
    // Member-scoped rows: another organisation's partnership is as absent as an unknown id.
    const found = isUuid(id) ? await context.loaders.partnership.load(id).catch(() => null) : null;
    if (!found) throw AppError.notFound('Partnership');
    return found;
  }

  @Mutation(() => PartnershipView, {
    description: 'A municipality user creates a DRAFT partnership; its organisation becomes COMMISSIONER.',
  })
  async createPartnership(
    @Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput,
    @Ctx() context: Context,
  ): Promise<PartnershipView> {
    const viewer = requireViewer(context.viewer);
    authorize(viewer, 'partnership', 'create');
    return PartnershipView.fromEntity(
      await createPartnership(context.em, viewer, parseInput(createPartnershipSchema, input, 'input')),
    );
  }

  @Mutation(() => PartnershipView, {
    description: 'Commissioner only, while no terms are agreed or an amendment is being prepared.',
  })
  async addMember(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('role', () => PartnershipRole) role: PartnershipRole,
    @Ctx() context: Context,
  ): Promise<PartnershipView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, partnershipId);
    authorize(viewer, 'partnership', 'addMember', access);
    await addMember(
      context.em,
      viewer,
      access,
      parseInput(uuidSchema, organisationId, 'organisationId'),
      role,
    );
    context.loaders.membersOfPartnership.clear(access.partnership.id);
    return PartnershipView.fromEntity(access.partnership);
  }

  @Mutation(() => PartnershipView, {
    description: 'Commissioner only. Outstanding principal of investment tranches is written off.',
  })
  async closePartnership(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => ClosureOutcome) outcome: ClosureOutcome,
    @Ctx() context: Context,
  ): Promise<PartnershipView> {
    const viewer = requireViewer(context.viewer);
    const access = await findPartnershipOrFail(context.em, viewer, id);
    authorize(viewer, 'partnership', 'close', access);
    return PartnershipView.fromEntity(
      await closePartnership(context.em, viewer, access.partnership.id, outcome),
    );
  }

  @FieldResolver(() => OrganisationView)
  municipality(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<OrganisationView> {
    return context.loaders.organisation.load(partnership.municipalityId);
  }

  @FieldResolver(() => [MemberView])
  async members(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<MemberView[]> {
    const members = await context.loaders.membersOfPartnership.load(partnership.id);
    return members.map(({ organisation, role, joinedAt }) => ({ organisation, role, joinedAt }));
  }

  @FieldResolver(() => PartnershipRole, {
    description: "The viewer organisation's role in this partnership.",
  })
  async viewerRole(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<PartnershipRole> {
    return (await this.membership(partnership, context)).viewerRole;
  }

  @FieldResolver(() => VersionView, {
    nullable: true,
    description: 'Agreed terms in force; null while none are agreed.',
  })
  async terms(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<VersionView | null> {
    const versions = await context.loaders.versionsOfPartnership.load(partnership.id);
    return versions.find((version) => version.status === ContractVersionStatus.AGREED) ?? null;
  }

  @FieldResolver(() => VersionView, {
    nullable: true,
    description: 'Proposed terms awaiting signatures; null when none are pending.',
  })
  async proposal(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<VersionView | null> {
    const versions = await context.loaders.versionsOfPartnership.load(partnership.id);
    return versions.find((version) => version.status === ContractVersionStatus.PROPOSED) ?? null;
  }

  @FieldResolver(() => [VersionView], { description: 'All versions, newest first.' })
  versions(@Root() partnership: PartnershipView, @Ctx() context: Context): Promise<VersionView[]> {
    return context.loaders.versionsOfPartnership.load(partnership.id);
  }

  @FieldResolver(() => PartnershipAbilities)
  async abilities(
    @Root() partnership: PartnershipView,
    @Ctx() context: Context,
  ): Promise<PartnershipAbilities> {
    const viewer = requireViewer(context.viewer);
    const membership = await this.membership(partnership, context);
    const open = membership.status !== PartnershipStatus.CLOSED;
    return {
      addMember: open && can(viewer, 'partnership', 'addMember', membership),
      proposeTerms: open && can(viewer, 'contract', 'propose', membership),
      submitReport: open && can(viewer, 'report', 'submit', membership),
      managePayments: open && can(viewer, 'payment', 'manage', membership),
      close: open && can(viewer, 'partnership', 'close', membership),
    };
  }

  private async membership(partnership: PartnershipView, context: Context) {
    const membership = await viewerMembership(context, partnership.id);
    // The member scope filter makes this unreachable; failing loudly beats guessing a role.
    if (!membership) throw AppError.notFound('Partnership');
    return membership;
  }
}
