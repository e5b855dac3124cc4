import { useMutation } from '@apollo/client/react';
import { type TermsContext, type TermsIssue, validateTerms } from '@effekt/engine';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PartnershipRole } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { evictPartnershipTerms } from './cache';
import { ProposeTermsDocument } from './documents';
import type { EditorFund, EditorPartnership } from './editorTypes';
import { fieldError } from './fieldError';
import {
  emptyForm,
  emptyMetric,
  emptyTranche,
  fieldId,
  formFromVersion,
  issuesByPath,
  type MetricForm,
  metricPath,
  shiftPaths,
  type TermsForm,
  type TrancheForm,
  toDraft,
  toTermsInput,
  tranchePath,
} from './form';
import type { MetricExample } from './preview';
import { serverTermsIssues } from './serverIssues';

export type TopField = 'startDate' | 'endDate' | 'paymentCap';

function focusLater(elementId: string) {
  window.setTimeout(() => document.getElementById(elementId)?.focus(), 0);
}

/** The terms editor's state: the values as typed, what was touched, the issues, and proposing them. */
export function useTermsForm(partnership: EditorPartnership, funds: readonly EditorFund[]) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const commissionerId =
    partnership.members.find((member) => member.role === 'COMMISSIONER')?.organisation.id ?? '';
  // The pending proposal is the latest thinking; otherwise start from the terms in force.
  const source = partnership.proposal ?? partnership.terms;
  const [form, setForm] = useState<TermsForm>(() =>
    source ? formFromVersion(source, lang) : emptyForm(commissionerId, funds[0]?.id ?? ''),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly TermsIssue[]>([]);
  const [examples, setExamples] = useState<Readonly<Record<string, MetricExample>>>({});
  const [propose, { loading, error, reset }] = useMutation(ProposeTermsDocument, {
    update(cache) {
      evictPartnershipTerms(cache, partnership.id);
    },
  });

  const roles = useMemo(
    () => new Map<string, PartnershipRole>(partnership.members.map((m) => [m.organisation.id, m.role])),
    [partnership.members],
  );
  const context = useMemo<TermsContext>(
    () => ({ members: roles, commissionerFundIds: new Set(funds.map((fund) => fund.id)) }),
    [roles, funds],
  );
  const draft = useMemo(() => toDraft(form), [form]);
  const liveIssues = useMemo(() => validateTerms(draft, context), [draft, context]);
  const live = issuesByPath(liveIssues);
  const server = issuesByPath(serverIssues);

  function errorAt(path: string, value?: string): ReactNode {
    return fieldError({ t, live, server, shown: submitted || touched.has(path), path, value });
  }

  function touch(path: string) {
    if (touched.has(path)) return;
    setTouched((previous) => new Set(previous).add(path));
  }

  function edited(path: string) {
    touch(path);
    if (server.has(path)) setServerIssues((previous) => previous.filter((issue) => issue.field !== path));
  }

  function updateTop(field: TopField, value: string) {
    setForm((previous) => ({ ...previous, [field]: value }));
    edited(`terms.${field}`);
  }

  function updateMetric(index: number, patch: Partial<MetricForm>) {
    setForm((previous) => ({
      ...previous,
      metrics: previous.metrics.map((metric, i) => (i === index ? { ...metric, ...patch } : metric)),
    }));
    for (const field of Object.keys(patch)) edited(metricPath(index, field as keyof Omit<MetricForm, 'uid'>));
  }

  function updateTranche(index: number, patch: Partial<TrancheForm>) {
    setForm((previous) => ({
      ...previous,
      tranches: previous.tranches.map((tranche, i) => (i === index ? { ...tranche, ...patch } : tranche)),
    }));
    for (const field of Object.keys(patch)) {
      edited(tranchePath(index, field === 'premiumPercent' ? 'premiumRate' : (field as 'kind')));
    }
  }

  function addMetric() {
    const index = form.metrics.length;
    setForm((previous) => ({ ...previous, metrics: [...previous.metrics, emptyMetric()] }));
    setServerIssues([]);
    focusLater(fieldId(metricPath(index, 'key')));
  }

  function removeMetric(index: number) {
    setForm((previous) => ({ ...previous, metrics: previous.metrics.filter((_, i) => i !== index) }));
    setTouched((previous) => shiftPaths(previous, 'metrics', index));
    setServerIssues([]);
    focusLater('terms-metrics');
  }

  function addTranche() {
    const index = form.tranches.length;
    setForm((previous) => ({ ...previous, tranches: [...previous.tranches, emptyTranche()] }));
    setServerIssues([]);
    focusLater(fieldId(tranchePath(index, 'organisationId')));
  }

  function removeTranche(index: number) {
    setForm((previous) => ({ ...previous, tranches: previous.tranches.filter((_, i) => i !== index) }));
    setTouched((previous) => shiftPaths(previous, 'tranches', index));
    setServerIssues([]);
    focusLater('terms-tranches');
  }

  function setExample(uid: string, example: MetricExample) {
    setExamples((previous) => ({ ...previous, [uid]: example }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    reset();
    setSubmitted(true);
    setServerIssues([]);
    if (liveIssues.length > 0) {
      focusLater('terms-error-summary');
      return;
    }
    try {
      const result = await propose({
        variables: { partnershipId: partnership.id, terms: toTermsInput(form) },
      });
      const version = result.data?.proposeTerms;
      if (version) {
        navigate(
          `/partnerships/${encodeURIComponent(partnership.id)}/versions/${encodeURIComponent(version.id)}`,
          { state: { proposed: version.number } },
        );
      }
    } catch (caught) {
      const issues = serverTermsIssues(caught);
      if (issues.length > 0) {
        setServerIssues(issues);
        focusLater('terms-error-summary');
      }
    }
  }

  const summaryIssues: TermsIssue[] = [
    ...(submitted ? liveIssues : []),
    ...serverIssues.filter((issue) => !(submitted && live.has(issue.field))),
  ];
  const otherError = error && serverIssues.length === 0 ? error : undefined;

  return {
    source,
    form,
    draft,
    liveIssues,
    serverIssues,
    summaryIssues,
    otherError,
    loading,
    roles,
    examples,
    errorAt,
    touch,
    updateTop,
    updateMetric,
    updateTranche,
    addMetric,
    removeMetric,
    addTranche,
    removeTranche,
    setExample,
    onSubmit,
  };
}
