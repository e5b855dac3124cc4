import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAll, sql } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type DemoUser, startTestApi, type TestApi } from '../support/test-api.js';
import {
  type DemoPartnerships,
  DOCUMENTS,
  demoPartnerships,
  download,
  FILES,
  tamper,
  tokenOf,
  upload,
} from '../support/workspace.js';

const TEN_MB = 10 * 1024 * 1024;

let api: TestApi;
let clients: Record<DemoUser, GraphQLClient>;
let partnerships: DemoPartnerships;

interface DocumentsView {
  documents: {
    id: string;
    title: string;
    uploadPath: string;
    versions: {
      id: string;
      number: number;
      filename: string;
      contentType: string;
      size: number;
      sha256: string;
      downloadPath: string;
      uploadedBy: { id: string };
    }[];
  }[];
}

beforeAll(async () => {
  api = await startTestApi();
  clients = await signInAll(api);
  partnerships = await demoPartnerships(api);
});
afterAll(() => api.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const countVersions = async () =>
  (await sql<{ count: number }>(api, 'select count(*)::int as count from document_version'))[0]?.count;

describe('uploading and downloading', () => {
  it('stores a PDF and returns exactly the uploaded bytes', async () => {
    const content = FILES.pdf();
    const uploaded = await upload(api, partnerships.stopVold, content, {
      token: tokenOf(clients.askov),
      filename: 'Statusrapport Q3 — familier.pdf',
      title: 'Statusrapport Q3',
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      number: 1,
      contentType: 'application/pdf',
      size: content.length,
      sha256: sha256(content),
    });
    const versionId = String(uploaded.body?.versionId);

    for (const user of ['aarhus', 'kapitalfond', 'trivsel', 'evaluering'] as const) {
      const downloaded = await download(api, versionId, tokenOf(clients[user]));
      expect(downloaded.status).toBe(200);
      expect(downloaded.bytes.equals(content)).toBe(true);
      expect(downloaded.headers.get('x-content-sha256')).toBe(sha256(content));
      expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    }

    const listed = await clients.trivsel.data<DocumentsView>(DOCUMENTS, {
      partnershipId: partnerships.stopVold,
    });
    const document = listed.documents.find((d) => d.id === uploaded.body?.documentId);
    expect(document).toMatchObject({
      title: 'Statusrapport Q3',
      versions: [
        {
          id: versionId,
          number: 1,
          filename: 'Statusrapport Q3 — familier.pdf',
          contentType: 'application/pdf',
          size: content.length,
          sha256: sha256(content),
          downloadPath: `/files/document-versions/${versionId}`,
        },
      ],
    });
  });

  it('a re-upload creates version 2; both versions download their own bytes', async () => {
    const first = FILES.text();
    const second = Buffer.concat([FILES.text(), Buffer.from('Tilføjet: beslutning om hjemmebesøg.\n')]);
    const v1 = await upload(api, partnerships.stopVold, first, {
      token: tokenOf(clients.aarhus),
      filename: 'referat.txt',
    });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ number: 1, contentType: 'text/plain; charset=utf-8' });
    const v2 = await upload(api, partnerships.stopVold, second, {
      token: tokenOf(clients.askov),
      filename: 'referat-rettet.txt',
      documentId: String(v1.body?.documentId),
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ documentId: v1.body?.documentId, number: 2, sha256: sha256(second) });

    const listed = await clients.aarhus.data<DocumentsView>(DOCUMENTS, {
      partnershipId: partnerships.stopVold,
    });
    const document = listed.documents.find((d) => d.id === v1.body?.documentId);
    // Named after the first file; newest version first.
    expect(document?.title).toBe('referat.txt');
    expect(document?.versions.map((v) => [v.number, v.filename])).toEqual([
      [2, 'referat-rettet.txt'],
      [1, 'referat.txt'],
    ]);
    const token = tokenOf(clients.evaluering);
    expect((await download(api, String(v1.body?.versionId), token)).bytes.equals(first)).toBe(true);
    expect((await download(api, String(v2.body?.versionId), token)).bytes.equals(second)).toBe(true);
  });

  it('concurrent re-uploads each get their own version number', async () => {
    const v1 = await upload(api, partnerships.stopVold, FILES.png(), {
      token: tokenOf(clients.askov),
      filename: 'logo.png',
    });
    const documentId = String(v1.body?.documentId);
    const results = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        upload(api, partnerships.stopVold, Buffer.concat([FILES.png(), Buffer.from([index])]), {
          token: tokenOf(clients.askov),
          filename: `logo-${index}.png`,
          documentId,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(results.map((r) => r.body?.number).sort()).toEqual([2, 3, 4, 5]);
  });

  it('recognises the allowed kinds by content', async () => {
    const token = tokenOf(clients.askov);
    const office = (folder: string) =>
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.from(`[Content_Types].xml ${folder}/x.xml`),
      ]);
    const cases: [string, Buffer, string][] = [
      ['billede.png', FILES.png(), 'image/png'],
      ['foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'image/jpeg'],
      [
        'notat.docx',
        office('word'),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['budget.xlsx', office('xl'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [
        'slides.pptx',
        office('ppt'),
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
      // The name does not decide: a PDF called .txt is a PDF.
      ['noter.txt', FILES.pdf(), 'application/pdf'],
    ];
    for (const [filename, content, contentType] of cases) {
      const result = await upload(api, partnerships.stopVold, content, { token, filename });
      expect(result.status, filename).toBe(201);
      expect(result.body?.contentType, filename).toBe(contentType);
    }
  });

  it('accepts exactly 10 MB', async () => {
    const content = Buffer.alloc(TEN_MB, 'a');
    const result = await upload(api, partnerships.stopVold, content, {
      token: tokenOf(clients.askov),
      filename: 'stor.txt',
    });
    expect(result.status).toBe(201);
    expect(result.body?.size).toBe(TEN_MB);
    const downloaded = await download(api, String(result.body?.versionId), tokenOf(clients.aarhus));
    expect(downloaded.bytes.length).toBe(TEN_MB);
    expect(sha256(downloaded.bytes)).toBe(sha256(content));
  });

  it('a download whose stored bytes no longer match the checksum is refused', async () => {
    const content = FILES.text();
    const uploaded = await upload(api, partnerships.stopVold, content, {
      token: tokenOf(clients.askov),
      filename: 'skal-beskyttes.txt',
    });
    const damaged = Buffer.from(content);
    damaged[0] = 'X'.charCodeAt(0);
    await tamper(api, [
      ['update document_version set content = $1 where id = $2', [damaged, uploaded.body?.versionId]],
    ]);
    const downloaded = await download(api, String(uploaded.body?.versionId), tokenOf(clients.askov));
    expect(downloaded.status).toBe(500);
    expect(downloaded.bytes.includes(damaged)).toBe(false);
    expect(downloaded.json?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('bad uploads', () => {
  const expectRefused = (
    result: Awaited<ReturnType<typeof upload>>,
    status: number,
    code: string,
    field?: string,
  ) => {
    expect(result.status).toBe(status);
    expect(result.body?.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(result.body?.errors?.[0]?.extensions?.field).toBe(field);
  };

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const before = await countVersions();
    const result = await upload(api, partnerships.stopVold, Buffer.alloc(TEN_MB + 1, 'a'), {
      token: tokenOf(clients.askov),
      filename: 'for-stor.txt',
    });
    expectRefused(result, 413, 'BAD_USER_INPUT', 'file');
    // The answer names the document limit, not the GraphQL body limit.
    expect(result.body?.errors?.[0]?.message).toMatch(/10 MB/);
    expect(await countVersions()).toBe(before);
  });

  it.each<[string, () => Buffer]>([
    ['a Windows program', FILES.windowsProgram],
    ['a Linux program', FILES.elfProgram],
    ['an HTML page', FILES.html],
    [
      'an SVG image',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    [
      'a plain ZIP archive',
      () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('payload.exe')]),
    ],
    ['binary data', () => randomBytes(2048).fill(0, 10, 11)],
  ])('refuses %s renamed report.pdf with 400 naming the file', async (_name, content) => {
    const before = await countVersions();
    const result = await upload(api, partnerships.stopVold, content(), {
      token: tokenOf(clients.askov),
      filename: 'report.pdf',
    });
    expectRefused(result, 400, 'BAD_USER_INPUT', 'file');
    expect(await countVersions()).toBe(before);
  });

  it('refuses an empty file', async () => {
    const result = await upload(api, partnerships.stopVold, Buffer.alloc(0), {
      token: tokenOf(clients.askov),
      filename: 'tom.pdf',
    });
    expectRefused(result, 400, 'BAD_USER_INPUT', 'file');
  });

  it('refuses an upload without X-Filename', async () => {
    const result = await upload(api, partnerships.stopVold, FILES.pdf(), {
      token: tokenOf(clients.askov),
      filename: null,
    });
    expectRefused(result, 400, 'BAD_USER_INPUT', 'filename');
  });

  it.each<[string, string]>([
    ['a name with a slash', encodeURIComponent('../../etc/passwd')],
    ['a blank name', encodeURIComponent('   ')],
    ['a name over 255 characters', encodeURIComponent(`${'a'.repeat(252)}.pdf`)],
    ['a name with a NUL character', encodeURIComponent('rapport\u0000.pdf')],
    ['a name that is not valid percent-encoding', 'rapport%E6%.pdf'],
  ])('refuses %s with 400 naming the filename', async (_name, header) => {
    const result = await upload(api, partnerships.stopVold, FILES.pdf(), {
      token: tokenOf(clients.askov),
      rawFilenameHeader: header,
    });
    expectRefused(result, 400, 'BAD_USER_INPUT', 'filename');
  });

  it('refuses a title over 200 characters', async () => {
    const result = await upload(api, partnerships.stopVold, FILES.pdf(), {
      token: tokenOf(clients.askov),
      filename: 'rapport.pdf',
      title: 't'.repeat(201),
    });
    expectRefused(result, 400, 'BAD_USER_INPUT', 'title');
  });

  it('refuses a new version of a document that does not exist or belongs elsewhere', async () => {
    const vestby = await upload(api, partnerships.ungeIJob, FILES.pdf(), {
      token: tokenOf(clients.vestby),
      filename: 'vestby.pdf',
    });
    expect(vestby.status).toBe(201);
    for (const documentId of [String(vestby.body?.documentId), '5aa97b6e-fd68-458e-81ae-df2ed59fc498']) {
      const result = await upload(api, partnerships.stopVold, FILES.pdf(), {
        token: tokenOf(clients.aarhus),
        filename: 'rapport.pdf',
        documentId,
      });
      expectRefused(result, 400, 'BAD_USER_INPUT', 'documentId');
    }
    const notAnId = await upload(api, partnerships.stopVold, FILES.pdf(), {
      token: tokenOf(clients.aarhus),
      filename: 'rapport.pdf',
      documentId: 'dokument-1',
    });
    expectRefused(notAnId, 400, 'BAD_USER_INPUT', 'documentId');
  });

  it('refuses an upload without a valid token with 401', async () => {
    expectRefused(await upload(api, partnerships.stopVold, FILES.pdf(), {}), 401, 'UNAUTHENTICATED');
    expectRefused(
      await upload(api, partnerships.stopVold, FILES.pdf(), { token: 'not-a-token' }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('a download without a valid token is 401; an unknown version is 404', async () => {
    const uploaded = await upload(api, partnerships.stopVold, FILES.pdf(), {
      token: tokenOf(clients.askov),
      filename: 'rapport.pdf',
    });
    const anonymous = await download(api, String(uploaded.body?.versionId));
    expect(anonymous.status).toBe(401);
    expect(anonymous.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const id of ['5aa97b6e-fd68-458e-81ae-df2ed59fc498', 'version-1']) {
      const missing = await download(api, id, tokenOf(clients.askov));
      expect(missing.status).toBe(404);
      expect(missing.json?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
