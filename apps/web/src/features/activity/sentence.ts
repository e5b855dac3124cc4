import type { ActivityKind } from '../../gql/graphql';
import type { MessageKey, Vars } from '../../i18n/messages';

/** What the sentence needs of an activity entry; `data` is the API's kind-specific JSON object. */
export interface ActivityLike {
  readonly kind: ActivityKind;
  readonly data: unknown;
  readonly actor?: { readonly name: string } | null;
  readonly organisation?: { readonly name: string } | null;
}

export interface SentenceFormat {
  t(key: MessageKey, vars?: Vars): string;
  /** Exact Decimal string → money text. */
  money(decimal: string): string;
  /** "YYYY-MM-DD" → date text. */
  calendarDate(ymd: string): string;
}

/** The message for each kind. Exhaustive: a new kind in the schema fails the type check here. */
export const activityMessageKeys: { readonly [K in ActivityKind]: MessageKey } = {
  MEMBER_ADDED: 'activity.kind.MEMBER_ADDED',
  TERMS_PROPOSED: 'activity.kind.TERMS_PROPOSED',
  TERMS_SIGNED: 'activity.kind.TERMS_SIGNED',
  TERMS_AGREED: 'activity.kind.TERMS_AGREED',
  DISBURSEMENT_RECORDED: 'activity.kind.DISBURSEMENT_RECORDED',
  REPORT_SUBMITTED: 'activity.kind.REPORT_SUBMITTED',
  REPORT_VERIFIED: 'activity.kind.REPORT_VERIFIED',
  REPORT_REJECTED: 'activity.kind.REPORT_REJECTED',
  PAYMENT_CALCULATED: 'activity.kind.PAYMENT_CALCULATED',
  PAYMENT_APPROVED: 'activity.kind.PAYMENT_APPROVED',
  PAYMENT_PAID: 'activity.kind.PAYMENT_PAID',
  PARTNERSHIP_CLOSED: 'activity.kind.PARTNERSHIP_CLOSED',
  THREAD_STARTED: 'activity.kind.THREAD_STARTED',
  COMMENT_POSTED: 'activity.kind.COMMENT_POSTED',
  DECISION_RECORDED: 'activity.kind.DECISION_RECORDED',
  DOCUMENT_UPLOADED: 'activity.kind.DOCUMENT_UPLOADED',
  MILESTONE_CHANGED: 'activity.kind.MILESTONE_CHANGED',
  LESSON_RECORDED: 'activity.kind.LESSON_RECORDED',
};

const roleKeys: Readonly<Record<string, MessageKey>> = {
  COMMISSIONER: 'role.COMMISSIONER',
  PROVIDER: 'role.PROVIDER',
  INVESTOR: 'role.INVESTOR',
  FOUNDATION: 'role.FOUNDATION',
  EVALUATOR: 'role.EVALUATOR',
};

const milestoneStatusKeys: Readonly<Record<string, MessageKey>> = {
  PLANNED: 'milestones.status.PLANNED',
  IN_PROGRESS: 'milestones.status.IN_PROGRESS',
  DONE: 'milestones.status.DONE',
  CANCELLED: 'milestones.status.CANCELLED',
};

const closureKeys: Readonly<Record<string, MessageKey>> = {
  SUCCEEDED: 'activity.closure.SUCCEEDED',
  PARTIAL: 'activity.closure.PARTIAL',
  FAILED: 'activity.closure.FAILED',
  TERMINATED: 'activity.closure.TERMINATED',
};

function field(data: unknown, name: string): string | undefined {
  if (typeof data !== 'object' || data === null || !(name in data)) return undefined;
  const value: unknown = (data as Record<string, unknown>)[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const ymd = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A reporting period as people say it: a whole calendar quarter is "1. kvartal 2026",
 * anything else the two dates.
 */
export function periodText(start: string, end: string, format: SentenceFormat): string {
  const from = ymd.exec(start);
  const to = ymd.exec(end);
  if (from && to && from[1] === to[1] && from[3] === '01') {
    const startMonth = Number(from[2]);
    const endMonth = Number(to[2]);
    const lastDay = new Date(Date.UTC(Number(to[1]), endMonth, 0)).getUTCDate();
    if ((startMonth - 1) % 3 === 0 && endMonth === startMonth + 2 && Number(to[3]) === lastDay) {
      return format.t('activity.period.quarter', { quarter: (startMonth + 2) / 3, year: from[1] ?? '' });
    }
  }
  return format.t('activity.period.range', {
    start: format.calendarDate(start),
    end: format.calendarDate(end),
  });
}

/** The entry as one sentence, e.g. "AskovFonden indsendte en rapport for families-completed (1. kvartal 2026)". */
export function activitySentence(entry: ActivityLike, format: SentenceFormat): string {
  const { t } = format;
  const data = entry.data;
  const get = (name: string) => field(data, name);
  const who = entry.organisation?.name ?? entry.actor?.name ?? t('activity.someone');
  const unknown = '…';
  const vars: Record<string, string> = { who };

  switch (entry.kind) {
    case 'MEMBER_ADDED': {
      const role = get('role');
      vars.organisation = get('organisation') ?? unknown;
      vars.role = (role && roleKeys[role] ? t(roleKeys[role]) : (role ?? unknown)).toLowerCase();
      break;
    }
    case 'TERMS_PROPOSED':
    case 'TERMS_SIGNED':
    case 'TERMS_AGREED':
      vars.number = get('number') ?? unknown;
      break;
    case 'REPORT_SUBMITTED':
    case 'REPORT_VERIFIED':
    case 'REPORT_REJECTED': {
      const start = get('periodStart');
      const end = get('periodEnd');
      vars.metric = get('metricKey') ?? unknown;
      vars.period = start && end ? periodText(start, end, format) : unknown;
      break;
    }
    case 'PAYMENT_CALCULATED':
    case 'PAYMENT_APPROVED':
    case 'PAYMENT_PAID': {
      const total = get('total');
      vars.number = get('number') ?? unknown;
      vars.total = total ? format.money(total) : unknown;
      break;
    }
    case 'PARTNERSHIP_CLOSED': {
      const outcome = get('outcome');
      vars.outcome = outcome && closureKeys[outcome] ? t(closureKeys[outcome]) : (outcome ?? unknown);
      break;
    }
    case 'THREAD_STARTED':
    case 'LESSON_RECORDED':
      vars.title = get('title') ?? unknown;
      break;
    case 'COMMENT_POSTED':
      vars.title = get('threadTitle') ?? unknown;
      break;
    case 'DECISION_RECORDED':
      vars.text = get('text') ?? unknown;
      break;
    case 'DOCUMENT_UPLOADED':
      vars.title = get('title') ?? get('filename') ?? unknown;
      vars.version = get('version') ?? unknown;
      break;
    case 'MILESTONE_CHANGED': {
      const status = get('status');
      const due = get('dueDate');
      vars.title = get('title') ?? unknown;
      vars.status = (
        status && milestoneStatusKeys[status] ? t(milestoneStatusKeys[status]) : (status ?? unknown)
      ).toLowerCase();
      vars.due = due ? format.calendarDate(due) : unknown;
      break;
    }
    case 'DISBURSEMENT_RECORDED':
      break;
  }
  return t(activityMessageKeys[entry.kind], vars);
}

/** The thread a COMMENT_POSTED or THREAD_STARTED entry belongs to, if it says. */
export function threadOf(entry: {
  readonly kind: ActivityKind;
  readonly data: unknown;
  readonly subjectId?: string | null;
}): string | undefined {
  if (entry.kind === 'COMMENT_POSTED') return field(entry.data, 'threadId');
  if (entry.kind === 'THREAD_STARTED') return entry.subjectId ?? undefined;
  return undefined;
}
