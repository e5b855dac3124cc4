import { describe, expect, it } from 'vitest';
import { filenameFromDisposition, sizeParts, uploadFailure, uploadUrl } from './upload';

const apiError = (message: string, code: string, field?: string) => ({
  errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
});

describe('uploadFailure', () => {
  it('maps 413 (body limit) to "too large" on the file field', () => {
    const failure = uploadFailure(413, apiError('Request body exceeds 10mb', 'BAD_USER_INPUT'));
    expect(failure.field).toBe('file');
    expect(failure.message).toBe('documents.error.tooLarge');
    expect(failure.problem.code).toBe('BAD_USER_INPUT');
  });

  it('maps 413 without a JSON body too', () => {
    expect(uploadFailure(413, null)).toMatchObject({ field: 'file', message: 'documents.error.tooLarge' });
  });

  it('maps a 400 on field "file" to the wrong kind of file', () => {
    const failure = uploadFailure(
      400,
      apiError('file: is not an allowed kind of file (PDF, Word, …)', 'BAD_USER_INPUT', 'file'),
    );
    expect(failure).toMatchObject({ field: 'file', message: 'documents.error.type' });
    expect(failure.problem.field).toBe('file');
  });

  it('tells an oversized file from a wrong type when the API names the field', () => {
    expect(uploadFailure(400, apiError('file: is larger than 10 MB', 'BAD_USER_INPUT', 'file')).message).toBe(
      'documents.error.tooLarge',
    );
  });

  it('maps title and filename problems to their fields', () => {
    expect(
      uploadFailure(400, apiError('title: must be 1–200 characters', 'BAD_USER_INPUT', 'title')),
    ).toMatchObject({
      field: 'title',
      message: 'documents.error.title',
    });
    expect(uploadFailure(400, apiError('bad', 'BAD_USER_INPUT', 'filename'))).toMatchObject({
      field: 'file',
      message: 'documents.error.filename',
    });
  });

  it('leaves access problems to the form as a whole, by code or by status', () => {
    expect(uploadFailure(403, apiError('no', 'FORBIDDEN'))).toMatchObject({
      field: null,
      message: null,
      problem: { code: 'FORBIDDEN' },
    });
    expect(uploadFailure(401, 'not json').problem.code).toBe('UNAUTHENTICATED');
    expect(uploadFailure(502, null).problem).toEqual({ code: 'UNKNOWN', message: 'HTTP 502' });
  });
});

describe('uploadUrl', () => {
  it('encodes the title and adds the document for a new version', () => {
    expect(uploadUrl('p 1', ' Referat & noter ')).toBe(
      '/files/partnerships/p%201/documents?title=Referat+%26+noter',
    );
    expect(uploadUrl('p1', '', 'd1')).toBe('/files/partnerships/p1/documents?documentId=d1');
  });
});

describe('filenameFromDisposition', () => {
  it('reads the RFC 6266 UTF-8 name, then the plain one, then falls back', () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''M%C3%B8dereferat%20maj.pdf", 'x')).toBe(
      'Mødereferat maj.pdf',
    );
    expect(filenameFromDisposition('attachment; filename="plan.docx"', 'x')).toBe('plan.docx');
    expect(filenameFromDisposition(null, 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe('sizeParts', () => {
  it('picks a unit', () => {
    expect(sizeParts(512)).toEqual({ key: 'documents.bytes', value: 512 });
    expect(sizeParts(2048)).toEqual({ key: 'documents.kilobytes', value: 2 });
    expect(sizeParts(5 * 1024 * 1024)).toEqual({ key: 'documents.megabytes', value: 5 });
  });
});
