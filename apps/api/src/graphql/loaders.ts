import type { FundPosition } from '@effekt/engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { NO_ORGANISATION } from '../database/member-scope-sql.js';
import { runSql } from '../database/run-sql.js';
import { idIn, idsValue } from '../database/sql-array.js';
import type { TrancheView } from '../modules/contracts/contract.types.js';
import type { MetricView } from '../modules/contracts/metric.view.js';
import { loadMetricViews } from '../modules/contracts/metric-rows.js';
import { loadSignatureRows, loadTrancheViews } from '../modules/contracts/terms-rows.js';
import { loadVersionViews } from '../modules/contracts/version-rows.js';
import { Decision } from '../modules/decisions/decision.entity.js';
import { loadDisbursementViews } from '../modules/delivery/disbursement-rows.js';
import { Comment } from '../modules/discussion/discussion.entities.js';
import { threadCounts } from '../modules/discussion/discussion.service.js';
import type { FundView } from '../modules/funds/fund.view.js';
import { loadFundViews } from '../modules/funds/fund-rows.js';
import { loadFundPositions } from '../modules/money/fund-position.js';
import { loadTrancheMoney, type TrancheMoney } from '../modules/money/tranche-money.js';
import { loadOrganisationViews } from '../modules/organisations/organisation-rows.js';
import { loadMemberRows } from '../modules/partnerships/member-rows.js';
import type { PartnershipRole, PartnershipStatus } from '../modules/partnerships/partnership-enums.js';
import { loadPartnershipRows, type PartnershipRow } from '../modules/partnerships/partnership-rows.js';
import { loadDistributionRows, loadPaymentLines } from '../modules/payments/payment-rows.js';
import { loadPaymentViews } from '../modules/payments/payment-view-rows.js';
import type { ReportView } from '../modules/reports/report.view.js';
import { loadReportViews } from '../modules/reports/report-rows.js';
import { loadUserViews } from '../modules/users/user-rows.js';
import type { Membership } from '../policy/partnership.policy.js';
import type { Viewer } from '../policy/viewer.js';

interface ThreadCountsRow {
  comments: number;
  unread: number;
  lastCommentAt: Date | null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Settlement order of a payment's reports: oldest period first. */
function byPeriodThenId(a: ReportView, b: ReportView): number {
  if (a.periodStart !== b.periodStart) return a.periodStart < b.periodStart ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byIdLoader<T extends { id: string }>(
  label: string,
  find: (ids: string[]) => Promise<T[]>,
  cacheMap?: Map<string, Promise<T>>,
) {
  return new DataLoader<string, T>(
    async (ids) => {
      const byId = new Map((await find([...ids])).map((item) => [item.id, item]));
      return ids.map((id) => byId.get(id) ?? new Error(`${label} ${id} missing`));
    },
    { cacheMap },
  );
}

function groupLoader<T>(
  find: (keys: string[]) => Promise<T[]>,
  key: (item: T) => string,
  cacheMap?: Map<string, Promise<T[]>>,
) {
  return new DataLoader<string, T[]>(
    async (keys) => {
      const groups = groupBy(await find([...keys]), key);
      return keys.map((k) => groups.get(k) ?? []);
    },
    { cacheMap },
  );
}

/** Batches per request, so a list of N partnerships costs one query per relation, not N. */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer?.organisation.id ?? NO_ORGANISATION;
  const payment = byIdLoader('payment', (ids) => loadPaymentViews(em, 'id', ids, scope));
  const organisation = byIdLoader('organisation', (ids) => loadOrganisationViews(em, ids));
  // The viewer's organisation and every member's come with their rows: an answer naming them
  // (a tranche's holder, a signatory, a distribution's tranche) needs no statement of its own.
  if (viewer) organisation.prime(viewer.organisation.id, viewer.organisation);
  const metricsById = new Map<string, Promise<MetricView>>();
  const metric = byIdLoader(
    'metric',
    async (ids) => (await loadMetricViews(em, 'id', ids, scope)).map((row) => row.metric),
    metricsById,
  );
  const user = byIdLoader('user', (ids) => loadUserViews(em, ids));
  const fund = byIdLoader('fund', (ids) => loadFundViews(em, ids));
  const trancheMoney = new DataLoader<string, TrancheMoney>((ids) => loadTrancheMoney(em, ids));
  const disbursementsOfTranche = groupLoader(
    (ids) => loadDisbursementViews(em, ids, scope),
    (disbursement) => disbursement.trancheId,
  );
  const viewerMembership = new DataLoader<string, Membership | null>(async (ids) => {
    const rows = await runSql<{ partnership_id: string; role: PartnershipRole; status: PartnershipStatus }[]>(
      em,
      `select m.partnership_id, m.role, p.status
         from partnership_member m join partnership p on p.id = m.partnership_id
        where m.organisation_id = ? and ${idIn('m.partnership_id', ids)}`,
      [scope, idsValue(ids)],
    );
    const byId = new Map(
      rows.map((row) => [row.partnership_id, { status: row.status, viewerRole: row.role }]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
  /** A partnership read in the viewer's scope answers its membership and municipality too. */
  function primePartnership(row: PartnershipRow): void {
    organisation.prime(row.municipality.id, row.municipality);
    const { status, id } = row.partnership;
    viewerMembership.prime(id, { status, viewerRole: row.viewerRole });
    partnership.prime(id, row.partnership);
  }
  const partnership = byIdLoader('partnership', async (ids) => {
    const rows = await loadPartnershipRows(em, ids, scope);
    for (const row of rows) primePartnership(row);
    return rows.map((row) => row.partnership);
  });
  // What this request has asked of payments and partnerships' reports, so that a payment's
  // reports can come from its partnership's when those are read anyway (a workspace does).
  const partnershipOfPayment = new Map<string, string>();
  const partnershipReports = new Map<string, Promise<ReportView[]>>();
  const reportsOfPartnership = groupLoader(
    (ids) => loadReportViews(em, 'partnership', ids, scope),
    (report) => report.partnershipId,
    partnershipReports,
  );
  const reportsOfPayment = new DataLoader<string, ReportView[]>(async (ids) => {
    const fromPartnership = await Promise.all(
      ids.map((id) => partnershipReports.get(partnershipOfPayment.get(id) ?? '') ?? null),
    );
    const unread = ids.filter((_, index) => !fromPartnership[index]);
    const read = groupBy(
      unread.length ? await loadReportViews(em, 'payment', unread, scope) : [],
      (report) => report.paymentId ?? '',
    );
    return ids.map((id, index) => {
      const ofPartnership = fromPartnership[index];
      // Settlement order, as loadReportViews gives a payment's reports.
      if (ofPartnership)
        return ofPartnership.filter((report) => report.paymentId === id).sort(byPeriodThenId);
      return read.get(id) ?? [];
    });
  });
  return {
    organisation,
    user,
    fund,
    metric,
    /** Whether the metric is read or primed already (see partnershipMetric). */
    knowsMetric: (id: string) => metricsById.has(id),
    payment,
    partnership,
    primePartnership,
    reportsOfPartnership,
    reportsOfPayment,
    paymentsOfPartnership: groupLoader(
      async (ids) => {
        const payments = await loadPaymentViews(em, 'partnership_id', ids, scope);
        for (const found of payments) {
          payment.prime(found.id, found);
          partnershipOfPayment.set(found.id, found.partnershipId);
        }
        return payments;
      },
      (found) => found.partnershipId,
    ),
    linesOfPayment: groupLoader(
      (ids) => loadPaymentLines(em, ids, scope),
      (line) => line.paymentId,
    ),
    distributionsOfPayment: groupLoader(
      (ids) => loadDistributionRows(em, ids, scope),
      (row) => row.paymentId,
    ),
    commentsOfThread: groupLoader(
      (ids) => em.find(Comment, { thread: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (comment) => comment.thread.id,
    ),
    decision: byIdLoader('decision', (ids) => em.find(Decision, { id: { $in: ids } })),
    decisionsSuperseding: groupLoader(
      (ids) => em.find(Decision, { supersedes: { $in: ids } }),
      (decision) => decision.supersedes?.id ?? '',
    ),
    membersOfPartnership: groupLoader(
      async (ids) => {
        const members = await loadMemberRows(em, ids, scope);
        for (const member of members) organisation.prime(member.organisation.id, member.organisation);
        return members;
      },
      (member) => member.partnershipId,
    ),
    versionsOfPartnership: groupLoader(
      (ids) => loadVersionViews(em, ids, scope),
      (version) => version.partnershipId,
    ),
    metricsOfPartnership: groupLoader(
      async (ids) => {
        const rows = await loadMetricViews(em, 'partnership', ids, scope);
        // Payment lines name the metrics they were priced by: these, read by id.
        for (const row of rows) metric.prime(row.metric.id, row.metric);
        return rows;
      },
      (row) => row.partnershipId,
    ),
    tranchesOfVersion: new DataLoader<string, TrancheView[]>(async (ids) => {
      const rows = await loadTrancheViews(em, ids, scope);
      // Each tranche's fund and ledgers came with it (see loadTrancheViews).
      for (const row of rows) {
        if (row.fund) fund.prime(row.fund.id, row.fund);
        trancheMoney.prime(row.tranche.id, row.money);
        disbursementsOfTranche.prime(row.tranche.id, [...row.disbursements]);
      }
      const groups = groupBy(rows, (row) => row.versionId);
      return ids.map((id) => (groups.get(id) ?? []).map((row) => row.tranche));
    }),
    fundPosition: new DataLoader<FundView, FundPosition, string>(
      (funds) => loadFundPositions(em, funds, scope),
      {
        cacheKeyFn: (fund) => fund.id,
      },
    ),
    disbursementsOfTranche,
    threadCounts: new DataLoader<string, ThreadCountsRow | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const counts = await threadCounts(em, viewer, ids);
      return ids.map((id) => counts.get(id) ?? null);
    }),
    /**
     * Title and municipality of a lesson's partnership. Deliberately outside the member scope:
     * a lesson shared with the platform names where it comes from. Only lesson resolvers use it.
     */
    lessonSource: new DataLoader<string, { title: string; municipalityId: string }>(async (ids) => {
      const rows = await runSql<{ id: string; title: string; municipality_id: string }[]>(
        em,
        `select id, title, municipality_id from partnership where ${idIn('id', ids)}`,
        [idsValue(ids)],
      );
      const byId = new Map(
        rows.map((row) => [row.id, { title: row.title, municipalityId: row.municipality_id }]),
      );
      return ids.map((id) => byId.get(id) ?? new Error(`partnership ${id} missing`));
    }),
    viewerMembership,
    trancheMoney,
    signaturesOfVersion: groupLoader(
      async (ids) => {
        const signatures = await loadSignatureRows(em, ids, scope);
        for (const signature of signatures) user.prime(signature.signedBy.id, signature.signedBy);
        return signatures;
      },
      (signature) => signature.versionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
