import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { asAppRole, startCasesApp, tenantIdOf, type CasesTestApp, type DatabaseContext } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { graphql } from '#test/gql/index.js';
import { binaryBody } from '#test/helpers/http.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);

const CASE_ATTACHMENTS = graphql(`
  query CaseAttachmentsSpecCase($id: ID!) {
    case(id: $id) {
      id
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        sha256
        description
        uploadedByName
        uploadedAt
        downloadUrl
      }
    }
  }
`);

describe('case attachments (一案一卷) over HTTP, under the case row-level rules', () => {
  let t: CasesTestApp;
  let api: CaseApi;
  let appPool: pg.Pool;
  let filesDir: string;
  let ids: Record<string, string>;
  let units: Record<string, string>;
  let ordinary: string;
  let accusation: string;

  const unitOf = async (code: string, name: string) =>
    (await t.admin.query(`SELECT u.id FROM core.units u JOIN core.tenants t ON t.id = u.tenant_id WHERE t.code = $1 AND u.name = $2`, [code, name])).rows[0].id;

  /** Every file under the storage folder, wherever it is. */
  const storedFiles = async (): Promise<string[]> => {
    const entries = await readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  };
  const rowCount = async () => (await t.admin.query(`SELECT count(*)::int AS n FROM cases.attachments`)).rows[0].n as number;

  const upload = async (username: string | null, caseId: string, files: { name: string; content: Buffer }[], description?: string) => {
    const call = request(t.server).post(`/files/cases/${caseId}/attachments`);
    if (username) call.set('Authorization', `Bearer ${await api.token(username)}`);
    for (const file of files) call.attach('file', file.content, { filename: file.name });
    if (description !== undefined) call.field('description', description);
    return call;
  };
  const download = async (username: string, url: string) =>
    request(t.server)
      .get(url)
      .set('Authorization', `Bearer ${await api.token(username)}`)
      .buffer(true)
      .parse(binaryBody);

  /** A refused request changes nothing: no new file on the disk, no new row. */
  const leavesNothing = async (refused: () => Promise<{ status: number; body: { code: string; message: string } }>) => {
    const [files, rows] = [await storedFiles(), await rowCount()];
    const response = await refused();
    expect(await storedFiles()).toEqual(files);
    expect(await rowCount()).toBe(rows);
    return response;
  };

  beforeAll(async () => {
    filesDir = await mkdtemp(path.join(tmpdir(), 'case-attachments-'));
    t = await startCasesApp({ filesDir });
    api = new CaseApi(t.server);
    appPool = new pg.Pool({ connectionString: t.db.config.appDatabaseUrl, max: 2 });
    ids = { chengdu: await tenantIdOf(t.admin, '510100'), jinjiang: await tenantIdOf(t.admin, '510104'), wuhou: await tenantIdOf(t.admin, '510107') };
    units = { housing: await unitOf('510104', '住房和城乡建设局'), police: await unitOf('510104', '公安局') };
    ordinary = (await insertCase(t.admin, { tenantCode: '510104', handlingUnitName: '公安局' })).id;
    accusation = (await insertCase(t.admin, { tenantCode: '510104', kind: 'ACCUSATION', accusedUnitName: '住房和城乡建设局', handlingUnitName: '公安局' })).id;
  });
  afterAll(async () => {
    await appPool.end();
    await t.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('keeps an upload with its digest, size and uploader, lists it on the case and downloads it under its Chinese name', async () => {
    const response = await upload('jj.registrar', ordinary, [{ name: '来信扫描件（第1页）.pdf', content: PDF }], '  群众来信原件  ');
    expect(response.status).toBe(201);
    const [kept] = response.body;
    expect(kept).toMatchObject({
      fileName: '来信扫描件（第1页）.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      description: '群众来信原件',
      downloadUrl: `/files/cases/attachments/${kept.id}`,
    });
    const { rows } = await t.admin.query(`SELECT a.*, u.username FROM cases.attachments a JOIN core.users u ON u.id = a.uploaded_by WHERE a.id = $1`, [
      kept.id,
    ]);
    expect(rows[0]).toMatchObject({
      case_id: ordinary,
      size_bytes: PDF.length,
      sha256: kept.sha256,
      username: 'jj.registrar',
      tenant_path: '510000.510100.510104',
    });
    expect(await storedFiles()).toHaveLength(1);
    const audited = await t.admin.query(`SELECT after FROM cases.audit_log WHERE action = 'case.attachment.added' AND entity_id = $1`, [ordinary]);
    expect(audited.rows.map((r) => r.after.attachmentId)).toEqual([kept.id]);

    const listed = await api.query('jj.leader', CASE_ATTACHMENTS, { id: ordinary });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.case.attachments).toEqual([{ ...kept, uploadedByName: rows[0].uploaded_by_name }]);

    const file = await download('cd.leader', kept.downloadUrl);
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="1.pdf"; filename*=UTF-8''${encodeURIComponent('来信扫描件（第1页）.pdf')}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
  });

  it('keeps all files of one request, up to five, each checked by its content', async () => {
    const response = await upload('jj.registrar', ordinary, [
      { name: '现场照片.png', content: PNG },
      { name: '情况说明.txt', content: Buffer.from('情况说明：房屋漏水已三月。\n') },
    ]);
    expect(response.status).toBe(201);
    expect(response.body.map((a: { mediaType: string }) => a.mediaType)).toEqual(['image/png', 'text/plain; charset=utf-8']);
  });

  it('shows the files only to whom the case is visible: another district, a unit user of another unit, never the accused unit', async () => {
    expect((await upload('jj.registrar', accusation, [{ name: '检举材料.pdf', content: PDF }])).status).toBe(201);
    const as = (ctx: DatabaseContext, caseId: string) =>
      asAppRole<{ n: number }>(appPool, ctx, `SELECT count(*)::int AS n FROM cases.attachments WHERE case_id = $1`, [caseId]).then((r) => r[0].n);
    const jinjiang = { path: '510000.510100.510104', tenantId: ids.jinjiang };
    expect(await as(jinjiang, ordinary)).toBe(3);
    expect(await as({ path: '510000.510100', tenantId: ids.chengdu }, ordinary)).toBe(3);
    expect(await as({ path: '510000.510100.510107', tenantId: ids.wuhou }, ordinary)).toBe(0);
    expect(await as({ ...jinjiang, unitId: units.police, scopeUnit: units.police }, ordinary)).toBe(3);
    expect(await as({ ...jinjiang, unitId: units.housing, scopeUnit: units.housing }, ordinary)).toBe(0);
    expect(await as({ ...jinjiang, unitId: units.police }, accusation)).toBe(1);
    expect(await as({ ...jinjiang, unitId: units.housing }, accusation)).toBe(0);

    const [{ id }] = (await t.admin.query(`SELECT id FROM cases.attachments WHERE case_id = $1`, [accusation])).rows;
    for (const outsider of ['wh.registrar', 'jj.handler']) {
      const refused = await download(outsider, `/files/cases/attachments/${id}`);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body.toString())).toEqual({ code: 'NOT_FOUND', message: '附件不存在或不在本辖区内' });
    }
  });

  it('refuses without a token (401) and on a case the caller cannot see (404), keeping nothing', async () => {
    const anonymous = await leavesNothing(() => upload(null, ordinary, [{ name: 'a.pdf', content: PDF }]));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    const invisible = await leavesNothing(() => upload('wh.registrar', ordinary, [{ name: 'a.pdf', content: PDF }]));
    expect(invisible.status).toBe(404);
    expect(invisible.body).toEqual({ code: 'NOT_FOUND', message: '信访事项不存在或不在本辖区内' });
    const assessor = await leavesNothing(() => upload('jj.assessor', ordinary, [{ name: 'a.pdf', content: PDF }]));
    expect(assessor.status).toBe(403);
    const malformed = await leavesNothing(() => upload('jj.registrar', 'not-a-case', [{ name: 'a.pdf', content: PDF }]));
    expect(malformed.status).toBe(404);
    expect((await download('jj.registrar', '/files/cases/attachments/not-a-file')).status).toBe(404);
  });

  it('refuses a disguised file (415), an oversized one (413) and six files (400), keeping none of the request', async () => {
    const disguised = await leavesNothing(() =>
      upload('jj.registrar', ordinary, [
        { name: '证据.pdf', content: PDF },
        { name: '发票.pdf', content: EXE },
      ]),
    );
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(disguised.body.message).toMatch(/^不支持的文件类型/);

    const oversized = await leavesNothing(() =>
      upload('jj.registrar', ordinary, [{ name: '录像.pdf', content: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]) }]),
    );
    expect(oversized.status).toBe(413);
    expect(oversized.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '文件超过大小上限（20 MB）' });

    const six = await leavesNothing(() =>
      upload(
        'jj.registrar',
        ordinary,
        Array.from({ length: 6 }, (_, i) => ({ name: `第${i + 1}页.pdf`, content: PDF })),
      ),
    );
    expect(six.status).toBe(400);
    expect(six.body).toMatchObject({ code: 'VALIDATION', message: '一次最多上传 5 个文件' });

    const none = await leavesNothing(() => upload('jj.registrar', ordinary, [], '没有文件'));
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('请选择要上传的文件');
  });

  it('refuses files beyond fifty per case, keeping none of that request', async () => {
    const kase = (await insertCase(t.admin, { tenantCode: '510104' })).id;
    for (let i = 0; i < 10; i++) {
      expect(
        (
          await upload(
            'jj.registrar',
            kase,
            Array.from({ length: 5 }, (_, j) => ({ name: `第${i * 5 + j + 1}页.pdf`, content: PDF })),
          )
        ).status,
      ).toBe(201);
    }
    const beyond = await leavesNothing(() => upload('jj.registrar', kase, [{ name: '补充.pdf', content: PDF }]));
    expect(beyond.status).toBe(400);
    expect(beyond.body).toEqual({ code: 'VALIDATION', message: '每件信访事项最多 50 个附件，还可上传 0 个', details: { maxAttachments: 50, remaining: 0 } });
  });
});
