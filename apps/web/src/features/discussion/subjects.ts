import type { DiscussionSubjectsQuery, ThreadSubject } from '../../gql/graphql';
import { periodText, type SentenceFormat } from '../activity/sentence';

/** The versions, reports and payments a thread can be about. */
export type DiscussionSubjects = NonNullable<DiscussionSubjectsQuery['partnership']>;

/** Translation and date formatting, as `useT()` gives them. */
export type SubjectFormat = SentenceFormat;

/** The choices of "Handler om", in the order the form offers them. */
export const SUBJECT_KINDS = [
  'PARTNERSHIP',
  'CONTRACT_VERSION',
  'REPORT',
  'PAYMENT',
] as const satisfies readonly ThreadSubject[];

export function isSubjectKind(value: string): value is ThreadSubject {
  return (SUBJECT_KINDS as readonly string[]).includes(value);
}

export interface SubjectItem {
  readonly id: string;
  readonly label: string;
}

function reportPeriod(report: DiscussionSubjects['reports'][number], format: SubjectFormat): string {
  return periodText(report.periodStart, report.periodEnd, format);
}

/**
 * The items of one kind, as choices in the form; none for the partnership itself. A label names
 * the status too, so a rejected report and its resubmission for the same period can be told apart.
 */
export function subjectItems(
  format: SubjectFormat,
  subjects: DiscussionSubjects | undefined,
  kind: ThreadSubject,
): SubjectItem[] {
  const { t } = format;
  if (!subjects) return [];
  switch (kind) {
    case 'PARTNERSHIP':
      return [];
    case 'CONTRACT_VERSION':
      return subjects.versions.map((version) => ({
        id: version.id,
        label: t('discussion.new.versionOption', {
          number: version.number,
          status: t(`terms.versionStatus.${version.status}`),
        }),
      }));
    case 'REPORT':
      return subjects.reports.map((report) => ({
        id: report.id,
        label: t('discussion.new.reportOption', {
          metric: report.metric.name,
          period: reportPeriod(report, format),
          status: t(`delivery.reportStatus.${report.status}`),
        }),
      }));
    case 'PAYMENT':
      return subjects.payments.map((payment) => ({
        id: payment.id,
        label: t('discussion.new.paymentOption', {
          number: payment.number,
          status: t(`delivery.paymentStatus.${payment.status}`),
        }),
      }));
  }
}

/**
 * What a thread is about, e.g. “Om version 2”. The kind alone (“Vilkårsversion”) while the
 * subjects are loading or when the item is not among them.
 */
export function subjectLabel(
  format: SubjectFormat,
  subjects: DiscussionSubjects | undefined,
  thread: { readonly subject: ThreadSubject; readonly subjectId?: string | null },
): string {
  const { t } = format;
  const { subject, subjectId } = thread;
  switch (subject) {
    case 'PARTNERSHIP':
      return t('discussion.about.PARTNERSHIP');
    case 'CONTRACT_VERSION': {
      const version = subjects?.versions.find((item) => item.id === subjectId);
      if (version) return t('discussion.about.CONTRACT_VERSION', { number: version.number });
      break;
    }
    case 'REPORT': {
      const report = subjects?.reports.find((item) => item.id === subjectId);
      if (report) {
        return t('discussion.about.REPORT', {
          metric: report.metric.name,
          period: reportPeriod(report, format),
        });
      }
      break;
    }
    case 'PAYMENT': {
      const payment = subjects?.payments.find((item) => item.id === subjectId);
      if (payment) return t('discussion.about.PAYMENT', { number: payment.number });
      break;
    }
  }
  return t(`discussion.subject.${subject}`);
}

/**
 * The subject a new thread is started with. The chosen item when it is still among the items,
 * else the first (versions come newest first); null when the kind needs an item and has none.
 */
export function chosenSubject(
  kind: ThreadSubject,
  items: readonly SubjectItem[],
  chosenId: string,
): { readonly subject: ThreadSubject; readonly subjectId: string | null } | null {
  if (kind === 'PARTNERSHIP') return { subject: kind, subjectId: null };
  const item = items.find((candidate) => candidate.id === chosenId) ?? items[0];
  return item ? { subject: kind, subjectId: item.id } : null;
}
