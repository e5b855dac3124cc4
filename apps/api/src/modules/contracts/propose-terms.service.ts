import { createHash } from 'node:crypto';
import {
  canonicalTerms,
  formatDecimal,
  type ParsedTerms,
  parseTerms,
  type TermsDraft,
  validateTerms,
} from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { Fund } from '../funds/fund.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Member } from '../partnerships/member.entity.js';
import type { PartnershipAccess } from '../partnerships/membership.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { PartnershipRole, PartnershipStatus } from '../partnerships/partnership-enums.js';
import { User } from '../users/user.entity.js';
import { ContractVersionStatus, PaymentRule, TrancheKind } from './contract-enums.js';
import { ContractVersion } from './contract-version.entity.js';
import { Metric } from './metric.entity.js';
import { Tranche } from './tranche.entity.js';
import { TrancheTerms } from './tranche-terms.entity.js';

export function hashTerms(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Checks every rule of DOMAIN.md's "Bad input" before anything is written. */
async function parseForPartnership(
  em: EntityManager,
  access: PartnershipAccess,
  draft: TermsDraft,
): Promise<ParsedTerms> {
  const members = await em.find(Member, { partnership: access.partnership.id });
  const funds = await em.find(Fund, { municipality: access.partnership.municipality.id });
  const context = {
    members: new Map(members.map((member) => [member.organisation.id, member.role])),
    commissionerFundIds: new Set(funds.map((fund) => fund.id)),
  };
  const issues = validateTerms(draft, context);
  const first = issues[0];
  if (first) {
    throw new AppError('BAD_USER_INPUT', first.message, {
      field: first.field,
      issues: issues.map(({ field, code, message }) => ({ field, code, message })),
    });
  }
  return parseTerms(draft, context);
}

/**
 * Freezes terms as the next numbered version. The partnership row is locked for the whole
 * transaction, so proposals and last signatures on one partnership happen one at a time.
 */
export async function proposeTerms(
  em: EntityManager,
  viewer: Viewer,
  access: PartnershipAccess,
  draft: TermsDraft,
): Promise<ContractVersion> {
  if (access.status === PartnershipStatus.CLOSED) throw AppError.conflict('The partnership is closed');
  const terms = await parseForPartnership(em, access, draft);
  const canonical = canonicalTerms(terms);
  const partnershipId = access.partnership.id;
  return transaction(em, async (tx) => {
    await runSql(tx, 'select id from partnership where id = ? for update', [partnershipId]);
    await tx.nativeUpdate(
      ContractVersion,
      { partnership: partnershipId, status: ContractVersionStatus.PROPOSED },
      { status: ContractVersionStatus.WITHDRAWN },
    );
    const [latest] = await runSql<{ number: number | null }[]>(
      tx,
      'select max(number) as number from contract_version where partnership_id = ?',
      [partnershipId],
    );
    const version = new ContractVersion({
      partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
      number: (latest?.number ?? 0) + 1,
      contentHash: hashTerms(canonical),
      canonicalTerms: canonical,
      startDate: terms.startDate,
      endDate: terms.endDate,
      paymentCap: terms.paymentCap,
      proposedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(version);
    const versionRef = tx.getReference(ContractVersion, version.id, { wrapped: true });
    terms.metrics.forEach((parsed, position) => {
      const metric = new Metric({
        version: versionRef,
        position,
        key: parsed.key,
        name: parsed.name,
        definition: parsed.definition,
        unit: parsed.unit,
        verifier: PartnershipRole[parsed.verifier],
        rule: PaymentRule[parsed.rule],
      });
      metric.price = parsed.price;
      metric.threshold = parsed.threshold ? formatDecimal(parsed.threshold) : null;
      metric.target = parsed.target ? formatDecimal(parsed.target) : null;
      metric.amount = parsed.amount;
      metric.cap = parsed.cap;
      metric.unitSaving = parsed.unitSaving;
      tx.persist(metric);
    });
    const existing = await tx.find(Tranche, { partnership: partnershipId });
    let nextRank = Math.max(0, ...existing.map((tranche) => tranche.rank)) + 1;
    terms.tranches.forEach((parsed, position) => {
      let tranche = existing.find(
        (candidate) =>
          candidate.organisation.id === parsed.organisationId &&
          (candidate.fund?.id ?? null) === parsed.fundId,
      );
      if (!tranche) {
        tranche = new Tranche({
          partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
          organisation: tx.getReference(Organisation, parsed.organisationId, { wrapped: true }),
          fund: parsed.fundId ? tx.getReference(Fund, parsed.fundId, { wrapped: true }) : null,
          rank: nextRank++,
        });
        tx.persist(tranche);
      }
      tx.persist(
        new TrancheTerms({
          version: versionRef,
          tranche: tx.getReference(Tranche, tranche.id, { wrapped: true }),
          position,
          kind: TrancheKind[parsed.kind],
          seniority: parsed.seniority,
          commitment: parsed.commitment,
          premiumRate: formatDecimal(parsed.premiumRate),
        }),
      );
    });
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.TERMS_PROPOSED,
      viewer,
      subjectId: version.id,
      data: { number: version.number },
    });
    return version;
  });
}
