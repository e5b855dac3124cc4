import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { NO_ORGANISATION } from '../database/member-scope-sql.js';
import { transaction } from '../database/transaction.js';
import { AppError, type ErrorCode } from '../errors/app-error.js';
import { isUuid } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { argumentsDigest } from '../modules/audit/audit-chain.js';
import type { TokenService } from '../modules/auth/tokens.js';
import { DocumentVersion } from '../modules/documents/document.entities.js';
import { MAX_DOCUMENT_BYTES, storeDocument } from '../modules/documents/document.service.js';
import { findPartnershipOrFail } from '../modules/partnerships/membership.js';
import { MEMBER_SCOPE_FILTER } from '../modules/partnerships/partnership.entity.js';
import { authorize } from '../policy/index.js';
import { viewerFromAuthorization } from './viewer.js';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

function decodedFilename(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    throw AppError.badInput('filename', 'X-Filename must be URI-encoded UTF-8');
  }
}

/** The upload's own size limit, answered like every other refusal of the file. */
const rawUpload = (request: Request, response: Response, next: NextFunction) =>
  express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES })(request, response, (error?: unknown) => {
    const type = error && typeof error === 'object' && 'type' in error ? error.type : undefined;
    if (type === 'entity.too.large') {
      response.status(413).json({
        errors: [
          { message: 'file: is larger than 10 MB', extensions: { code: 'BAD_USER_INPUT', field: 'file' } },
        ],
      });
      return;
    }
    next(error);
  });

interface Deps {
  readonly orm: MikroORM;
  readonly tokens: TokenService;
  readonly logger: Logger;
}

/** Files travel outside GraphQL: raw bytes up, bytes down, with the same access rules and errors. */
export function mountDocumentRoutes(app: Express, deps: Deps): void {
  const scoped = async (request: Request) => {
    const em = deps.orm.em.fork();
    const viewer = await viewerFromAuthorization(request.headers.authorization, deps.tokens, em);
    em.setFilterParams(MEMBER_SCOPE_FILTER, {
      organisationId: viewer?.organisation.id ?? NO_ORGANISATION,
    });
    if (!viewer) throw AppError.unauthenticated();
    return { em, viewer };
  };
  const fail = (response: Response, error: unknown) => {
    if (error instanceof AppError) {
      response
        .status(STATUS[error.code])
        .json({ errors: [{ message: error.message, extensions: { ...error.details, code: error.code } }] });
      return;
    }
    deps.logger.error({ err: error }, 'document request failed');
    response.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };

  app.post('/files/partnerships/:partnershipId/documents', rawUpload, async (request, response) => {
    try {
      const { em, viewer } = await scoped(request);
      const access = await findPartnershipOrFail(em, viewer, String(request.params.partnershipId));
      authorize(viewer, 'workspace', 'uploadDocument', access);
      const filenameHeader = request.header('x-filename');
      if (!filenameHeader) throw AppError.badInput('filename', 'send the file name in the X-Filename header');
      const documentId = typeof request.query.documentId === 'string' ? request.query.documentId : null;
      if (documentId !== null && !isUuid(documentId))
        throw AppError.badInput('documentId', 'is not a document id');
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const filename = decodedFilename(filenameHeader);
      // The version and its audit entry commit together, like a GraphQL mutation's.
      const version = await transaction(em, async (tx) => {
        const stored = await storeDocument(tx, viewer, access.partnership.id, {
          title: typeof request.query.title === 'string' ? request.query.title : null,
          filename,
          content,
          documentId,
        });
        await appendAudit(tx, {
          chain: access.partnership.id,
          partnershipId: access.partnership.id,
          userId: viewer.user.id,
          organisationId: viewer.organisation.id,
          operation: 'uploadDocument',
          subjectIds: [stored.document.id, stored.id].sort(),
          digest: argumentsDigest({
            partnershipId: access.partnership.id,
            filename: stored.filename,
            sha256: stored.sha256,
          }),
        });
        return stored;
      });
      response.status(201).json({
        documentId: version.document.id,
        versionId: version.id,
        number: version.number,
        contentType: version.contentType,
        size: version.size,
        sha256: version.sha256,
      });
    } catch (error) {
      fail(response, error);
    }
  });

  app.get('/files/document-versions/:id', async (request, response) => {
    try {
      const { em, viewer } = await scoped(request);
      const id = String(request.params.id);
      const version = isUuid(id)
        ? await em.findOne(DocumentVersion, { id }, { populate: ['content', 'document'] })
        : null;
      if (!version) throw AppError.notFound('Document');
      await findPartnershipOrFail(em, viewer, version.document.getEntity().partnership.id).catch(() => {
        throw AppError.notFound('Document');
      });
      const sha256 = createHash('sha256').update(version.content).digest('hex');
      if (sha256 !== version.sha256) {
        deps.logger.error({ versionId: version.id }, 'stored document does not match its checksum');
        throw new AppError('INTERNAL_SERVER_ERROR', 'The stored file is damaged');
      }
      response.setHeader('Content-Type', version.contentType);
      response.setHeader('Content-Length', String(version.size));
      response.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(version.filename)}`,
      );
      response.setHeader('X-Content-SHA256', version.sha256);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', 'private, no-store');
      response.end(version.content);
    } catch (error) {
      fail(response, error);
    }
  });
}
