import { useQuery } from '@apollo/client/react';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import type { PartnershipDocumentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { problemMessageKeys } from '../../lib/errorMessage';
import { problemDetail } from '../../lib/errors';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/Feedback';
import { Field } from '../../ui/Field';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { WithServerDetail } from '../../ui/ServerDetail';
import { useLiveActivity } from '../activity/live';
import { useDateTime, type WorkspacePartnership, WorkspaceSection } from '../activity/WorkspaceSection';
import { getToken } from '../auth/session';
import { PartnershipDocumentsDocument } from './documents';
import { downloadVersion, isUploadFailure, sizeParts, type UploadFailure, uploadDocument } from './upload';

type DocumentItem = PartnershipDocumentsQuery['documents'][number];

export function DocumentsPage() {
  return (
    <WorkspaceSection section="workspace.tabs.documents" lead="documents.lead">
      {(partnership) => <Documents partnership={partnership} />}
    </WorkspaceSection>
  );
}

function Documents({ partnership }: { readonly partnership: WorkspacePartnership }) {
  const { t } = useT();
  const { data, error, refetch } = useQuery(PartnershipDocumentsDocument, {
    variables: { partnershipId: partnership.id },
    fetchPolicy: 'cache-and-network',
  });
  const [target, setTarget] = useState('');
  const formRef = useRef<HTMLSelectElement>(null);
  useLiveActivity(partnership.id, () => void refetch(), ['DOCUMENT_UPLOADED']);
  const documents = data?.documents ?? [];

  return (
    <>
      <UploadForm
        partnershipId={partnership.id}
        documents={documents}
        target={target}
        onTarget={setTarget}
        targetRef={formRef}
        onUploaded={() => void refetch()}
      />
      <section className="card" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('documents.list')}</h2>
        {error && !data && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!data && !error && <Loading />}
        {data && documents.length === 0 && <p className="muted">{t('documents.empty')}</p>}
        {documents.map((document) => (
          <DocumentEntry
            key={document.id}
            document={document}
            onNewVersion={() => {
              setTarget(document.id);
              formRef.current?.focus();
              formRef.current?.scrollIntoView({ block: 'center' });
            }}
          />
        ))}
      </section>
    </>
  );
}

function DocumentEntry({
  document,
  onNewVersion,
}: {
  readonly document: DocumentItem;
  readonly onNewVersion: () => void;
}) {
  const { t, number } = useT();
  const dateTime = useDateTime();
  const headingId = useId();
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(version: DocumentItem['versions'][number]) {
    setFailure(null);
    setBusy(version.id);
    try {
      const { blob, filename } = await downloadVersion(version.downloadPath, getToken(), version.filename);
      saveBlob(blob, filename);
    } catch (error) {
      setFailure(
        isUploadFailure(error)
          ? error
          : { field: null, message: null, problem: { code: 'UNKNOWN', message: String(error) } },
      );
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="document" aria-labelledby={headingId}>
      <div className="document__head">
        <h3 id={headingId}>{document.title}</h3>
        <button type="button" className="button button--secondary button--small" onClick={onNewVersion}>
          {t('documents.upload.newVersion')}
          <span className="visually-hidden">: {document.title}</span>
        </button>
      </div>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p>
            {t('documents.downloadFailed')} ({t(problemMessageKeys[failure.problem.code])})
          </p>
        </div>
      )}
      <ScrollRegion labelledBy={headingId}>
        <table className="table">
          <caption className="visually-hidden">
            {t('documents.versions')}: {document.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.versions')}</th>
              <th scope="col">{t('documents.file')}</th>
              <th scope="col">{t('documents.size')}</th>
              <th scope="col">{t('documents.uploadedBy')}</th>
              <th scope="col">{t('documents.uploadedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {document.versions.map((version) => {
              const size = sizeParts(version.size);
              return (
                <tr key={version.id}>
                  <th scope="row" className="nowrap">
                    {t('documents.version', { number: version.number })}
                  </th>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void download(version)}
                      aria-disabled={busy === version.id}
                    >
                      {busy === version.id
                        ? t('documents.downloading')
                        : t('documents.download', { filename: version.filename })}
                    </button>
                  </td>
                  <td className="nowrap">{t(size.key, { size: number(size.value) })}</td>
                  <td>
                    {version.uploadedBy.name}, {version.uploadedBy.organisation.name}
                  </td>
                  <td className="nowrap">
                    <time dateTime={version.uploadedAt}>{dateTime(version.uploadedAt)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/** Hands the bytes to the browser's download under the server's file name. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function UploadForm({
  partnershipId,
  documents,
  target,
  onTarget,
  targetRef,
  onUploaded,
}: {
  readonly partnershipId: string;
  readonly documents: readonly DocumentItem[];
  readonly target: string;
  readonly onTarget: (documentId: string) => void;
  readonly targetRef: RefObject<HTMLSelectElement | null>;
  readonly onUploaded: () => void;
}) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [missingFile, setMissingFile] = useState(false);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const existing = documents.find((document) => document.id === target);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    setDone('');
    if (!file) {
      setMissingFile(true);
      fileRef.current?.focus();
      return;
    }
    setMissingFile(false);
    setLoading(true);
    try {
      const result = await uploadDocument({
        partnershipId,
        title: existing ? '' : title,
        ...(existing ? { documentId: existing.id } : {}),
        file,
        token: getToken(),
      });
      setDone(
        t('documents.upload.done', {
          title: existing?.title ?? (title.trim() || file.name),
          number: result.number,
        }),
      );
      setTitle('');
      setFile(null);
      setFileKey((key) => key + 1);
      onTarget('');
      onUploaded();
    } catch (error) {
      const next = isUploadFailure(error)
        ? error
        : ({ field: null, message: null, problem: { code: 'UNKNOWN', message: String(error) } } as const);
      setFailure(next);
      if (next.field === 'file') fileRef.current?.focus();
      if (next.field === 'title') titleRef.current?.focus();
    } finally {
      setLoading(false);
    }
  }

  const fieldError = (field: 'file' | 'title') =>
    failure?.field === field && failure.message ? (
      <WithServerDetail summary={t(failure.message)} detail={problemDetail(failure.problem)} />
    ) : undefined;
  const fileError = missingFile ? t('documents.upload.fileRequired') : fieldError('file');
  const formError = failure && failure.field === null ? failure : null;

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('documents.upload.title')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {formError && <ErrorAlert code={formError.problem.code} />}
      <form className="form form--inline" onSubmit={onSubmit} noValidate>
        <Field label={t('documents.upload.target')}>
          {(control) => (
            <select {...control} ref={targetRef} value={target} onChange={(e) => onTarget(e.target.value)}>
              <option value="">{t('documents.upload.targetNew')}</option>
              {documents.map((document) => (
                <option key={document.id} value={document.id}>
                  {t('documents.upload.newVersionOf', { title: document.title })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {!existing && (
          <Field
            label={t('documents.upload.docTitle')}
            hint={t('documents.upload.docTitleHint')}
            error={fieldError('title')}
          >
            {(control) => (
              <input
                {...control}
                ref={titleRef}
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
        )}
        <Field
          label={t('documents.upload.file')}
          hint={t('documents.upload.fileHint')}
          error={fileError}
          required
        >
          {(control) => (
            <input
              {...control}
              key={fileKey}
              ref={fileRef}
              type="file"
              accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.txt,.csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissingFile(false);
                setFailure(null);
              }}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={loading}>
            {loading ? t('documents.upload.submitting') : t('documents.upload.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
