import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../database/run-sql.js';
import { transaction } from '../../database/transaction.js';
import { AppError } from '../../errors/app-error.js';
import { characterCount, hasNul } from '../../errors/validate.js';
import type { Viewer } from '../../policy/viewer.js';
import { recordActivity } from '../activity/activity.service.js';
import { ActivityKind } from '../activity/activity-kind.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { User } from '../users/user.entity.js';
import { detectContentType } from './content-type.js';
import { Document, DocumentVersion } from './document.entities.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface Upload {
  readonly title: string | null;
  readonly filename: string;
  readonly content: Buffer;
  /** Re-upload: a new version of this document. */
  readonly documentId: string | null;
}

function cleanName(text: string, field: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed === '' || hasNul(trimmed) || characterCount(trimmed) > max || /[/\\]/.test(trimmed)) {
    throw AppError.badInput(field, `must be 1–${max} characters without slashes`);
  }
  return trimmed;
}

/** Stores a checked file as a new document, or as the next version of an existing one. */
export async function storeDocument(
  em: EntityManager,
  viewer: Viewer,
  partnershipId: string,
  upload: Upload,
): Promise<DocumentVersion> {
  const filename = cleanName(upload.filename, 'filename', 255);
  if (upload.content.length > MAX_DOCUMENT_BYTES) throw AppError.badInput('file', 'is larger than 10 MB');
  const contentType = detectContentType(upload.content);
  if (!contentType)
    throw AppError.badInput(
      'file',
      'is not an allowed kind of file (PDF, Word, Excel, PowerPoint, PNG, JPEG or text)',
    );
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  return transaction(em, async (tx) => {
    let document: Document | null = null;
    if (upload.documentId) {
      document = await tx.findOne(Document, { id: upload.documentId, partnership: partnershipId });
      if (!document) throw AppError.badInput('documentId', 'is not a document of this partnership');
      await runSql(tx, 'select id from document where id = ? for update', [document.id]);
    } else {
      document = new Document({
        partnership: tx.getReference(Partnership, partnershipId, { wrapped: true }),
        title: cleanName(upload.title ?? filename, 'title', 200),
        createdBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
      });
      tx.persist(document);
    }
    const [latest] = await runSql<{ number: number | null }[]>(
      tx,
      'select max(number) as number from document_version where document_id = ?',
      [document.id],
    );
    const version = new DocumentVersion({
      document: tx.getReference(Document, document.id, { wrapped: true }),
      number: (latest?.number ?? 0) + 1,
      filename,
      contentType,
      size: upload.content.length,
      sha256,
      content: upload.content,
      uploadedBy: tx.getReference(User, viewer.user.id, { wrapped: true }),
    });
    tx.persist(version);
    await recordActivity(tx, {
      partnershipId,
      kind: ActivityKind.DOCUMENT_UPLOADED,
      viewer,
      subjectId: document.id,
      data: { title: document.title, filename, version: version.number },
    });
    return version;
  });
}
