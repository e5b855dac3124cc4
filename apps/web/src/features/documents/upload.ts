import type { MessageKey } from '../../i18n/messages';
import { type Problem, problemsOf } from '../../lib/errors';

/** What the upload form shows for a failed upload: a field to mark, a message, and the API's detail. */
export interface UploadFailure {
  /** The form control to mark invalid, or none for a form-level problem. */
  readonly field: 'file' | 'title' | null;
  /** A specific message for the problem, or null to use the general one for `problem.code`. */
  readonly message: MessageKey | null;
  readonly problem: Problem;
}

export interface UploadResult {
  readonly documentId: string;
  readonly versionId: string;
  readonly number: number;
  readonly sha256: string;
}

interface RawError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown; readonly field?: unknown } | null;
}

function errorsOf(body: unknown): readonly RawError[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors))
    return [];
  return body.errors.filter(
    (entry: unknown): entry is RawError => typeof entry === 'object' && entry !== null,
  );
}

/**
 * Maps an answer of POST /files/partnerships/:id/documents that was not 201 to what the form shows.
 * 413 comes from the body limit before the API looks at the file; 400 with field `file` is a kind
 * of file the API does not accept (or an empty/oversized one).
 */
export function uploadFailure(status: number, body: unknown): UploadFailure {
  const raw = errorsOf(body)[0];
  const message = typeof raw?.message === 'string' ? raw.message : `HTTP ${status}`;
  const field = typeof raw?.extensions?.field === 'string' ? raw.extensions.field : undefined;
  const codeOf = (): Problem['code'] => {
    const code = raw?.extensions?.code;
    if (
      code === 'UNAUTHENTICATED' ||
      code === 'FORBIDDEN' ||
      code === 'NOT_FOUND' ||
      code === 'BAD_USER_INPUT' ||
      code === 'CONFLICT' ||
      code === 'TOO_MANY_REQUESTS'
    )
      return code;
    if (status === 401) return 'UNAUTHENTICATED';
    if (status === 403) return 'FORBIDDEN';
    if (status === 404) return 'NOT_FOUND';
    if (status === 409) return 'CONFLICT';
    if (status === 413 || status === 400) return 'BAD_USER_INPUT';
    if (status === 429) return 'TOO_MANY_REQUESTS';
    return 'UNKNOWN';
  };
  const problem: Problem = { code: codeOf(), message, ...(field ? { field } : {}) };

  if (status === 413 || (field === 'file' && /larger|too large|exceeds/i.test(message))) {
    return { field: 'file', message: 'documents.error.tooLarge', problem };
  }
  if (field === 'file') {
    return {
      field: 'file',
      message: /empty/i.test(message) ? 'documents.error.empty' : 'documents.error.type',
      problem,
    };
  }
  if (field === 'title') return { field: 'title', message: 'documents.error.title', problem };
  if (field === 'filename') return { field: 'file', message: 'documents.error.filename', problem };
  return { field: null, message: null, problem };
}

/** A failure of the request itself (no answer): the network. */
export function networkFailure(error: unknown): UploadFailure {
  const problem = problemsOf(error)[0] ?? { code: 'UNKNOWN', message: String(error) };
  return { field: null, message: null, problem: { ...problem, code: 'NETWORK' } };
}

export function uploadUrl(partnershipId: string, title: string, documentId?: string): string {
  const query = new URLSearchParams();
  if (title.trim() !== '') query.set('title', title.trim());
  if (documentId) query.set('documentId', documentId);
  const search = query.toString();
  return `/files/partnerships/${encodeURIComponent(partnershipId)}/documents${search ? `?${search}` : ''}`;
}

/** Uploads the file's raw bytes. Resolves to the stored version, or rejects with an UploadFailure. */
export async function uploadDocument(options: {
  readonly partnershipId: string;
  readonly title: string;
  readonly documentId?: string;
  readonly file: File;
  readonly token: string | null;
}): Promise<UploadResult> {
  let response: Response;
  try {
    response = await fetch(uploadUrl(options.partnershipId, options.title, options.documentId), {
      method: 'POST',
      headers: {
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        'X-Filename': encodeURIComponent(options.file.name),
        'Content-Type': options.file.type || 'application/octet-stream',
      },
      body: options.file,
    });
  } catch (error) {
    throw networkFailure(error);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 201) throw uploadFailure(response.status, body);
  return body as UploadResult;
}

export function isUploadFailure(value: unknown): value is UploadFailure {
  return typeof value === 'object' && value !== null && 'problem' in value && 'field' in value;
}

/** The file name from `Content-Disposition` (RFC 6266 `filename*=UTF-8''…` first, then `filename="…"`). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // Malformed escape: fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Fetches a version's bytes with the bearer token. Rejects with an UploadFailure-shaped problem. */
export async function downloadVersion(
  downloadPath: string,
  token: string | null,
  fallbackName: string,
): Promise<{ readonly blob: Blob; readonly filename: string }> {
  let response: Response;
  try {
    response = await fetch(downloadPath, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw networkFailure(error);
  }
  if (!response.ok) throw uploadFailure(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  return {
    blob,
    filename: filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName),
  };
}

/** Bytes in a human unit, with the i18n number formatter. */
export function sizeParts(bytes: number): { readonly key: MessageKey; readonly value: number } {
  if (bytes < 1024) return { key: 'documents.bytes', value: bytes };
  if (bytes < 1024 * 1024) return { key: 'documents.kilobytes', value: Math.round((bytes / 1024) * 10) / 10 };
  return { key: 'documents.megabytes', value: Math.round((bytes / (1024 * 1024)) * 10) / 10 };
}
