import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import pg from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { CLIENT_ADDRESS_HEADER, clientAddressKey, signClientAddress } from '#common/auth';
import { residentIdCheckChar } from '#common/pii';
import { officialCalendar } from '#common/calendar';
import { createTestDatabase, type TestDatabase } from '#common/testing';
import { graphql } from '#test/gql/index.js';
import { errorCode, gql, login } from '#test/helpers/graphql-client.js';
import { CasesModule } from '../../cases.module.js';
import { asAppRole, tenantIdOf } from '../../__tests__/cases-test-app.js';
import { sameDayRegistrationDue } from '../domain/same-day-deadline.js';
import { ratingTokenHash } from '../../cases/lifecycle.service.js';
import { binaryBody } from '#test/helpers/http.js';

const QUEUE = graphql(`
  query OnlineIntakeSpecQueue($filter: OnlineSubmissionFilter) {
    onlineSubmissions(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          officeName
          title
          petitionerName
          idNumberMasked
          phoneMasked
          status
          clockText
          overdue
          registerBy
          version
          attachments {
            id
            fileName
            url
          }
        }
      }
    }
  }
`);
const REGISTER = graphql(`
  mutation OnlineIntakeSpecRegister($input: RegisterOnlineSubmissionInput!) {
    registerOnlineSubmission(input: $input) {
      id
      status
      caseId
      caseNumber
      version
    }
  }
`);
const REJECT = graphql(`
  mutation OnlineIntakeSpecReject($input: RejectOnlineSubmissionInput!) {
    rejectOnlineSubmission(input: $input) {
      id
      status
      rejectionReason
      version
    }
  }
`);

const SETTINGS = graphql(`
  query OnlineIntakeSpecSettings {
    onlineIntakeSettings {
      tenantId
      registerWithinHours
      effectiveRegisterWithinHours
    }
  }
`);
const SET_SETTINGS = graphql(`
  mutation OnlineIntakeSpecSetSettings($input: SetOnlineIntakeSettingsInput!) {
    setOnlineIntakeSettings(input: $input) {
      registerWithinHours
      effectiveRegisterWithinHours
    }
  }
`);

const DECLINE = graphql(`
  mutation PortalDeclineCase($input: DeclineCaseInput!) {
    declineCase(input: $input) {
      id
      state
      instruments {
        id
        kind
        documentNumber
      }
    }
  }
`);

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const FILES_DIR = process.env.FILES_DIR ?? '.data/files';

/** A valid ID number (GB 11643 check character) whose sequence is `serial`. */
function idNumber(serial: number): string {
  const body = `51010419900307${String(serial).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
}

async function storedFiles(): Promise<number> {
  const walk = async (dir: string): Promise<number> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    let n = 0;
    for (const entry of entries) n += entry.isDirectory() ? await walk(path.join(dir, entry.name)) : 1;
    return n;
  };
  return walk(FILES_DIR);
}

describe('网上信访: the portal API and the online intake queue', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let server: App;
  let admin: pg.Pool;
  let redis: Redis;
  let sign: (address: string) => string;
  let serial = 100;
  const tokens: Record<string, string> = {};
  const tenants: Record<string, string> = {};
  let wage: string;

  const counts = async () => {
    const { rows } = await admin.query(
      `SELECT (SELECT count(*)::int FROM cases.online_submissions) AS submissions, (SELECT count(*)::int FROM cases.attachments) AS attachments`,
    );
    return { ...rows[0], files: await storedFiles() };
  };
  const petition = (overrides: Record<string, unknown> = {}) => ({
    officeId: tenants.chunxilu,
    kind: 'CLAIM',
    title: '小区物业拖欠维修',
    content: '小区电梯损坏三个月，物业一直未维修。',
    name: '张三',
    idNumber: idNumber(serial++),
    phone: '13800138000',
    address: '成都市锦江区春熙路1号',
    ...overrides,
  });
  const submit = (address: string, body: Record<string, unknown>, files: { name: string; content: Buffer }[] = []) => {
    let req = request(server).post('/portal/api/submissions').set(CLIENT_ADDRESS_HEADER, sign(address)).field('petition', JSON.stringify(body));
    for (const file of files) req = req.attach('files', file.content, file.name);
    return req;
  };
  const status = (address: string, queryCode: string, idNumberTail: string) =>
    request(server).post('/portal/api/status').set(CLIENT_ADDRESS_HEADER, sign(address)).send({ queryCode, idNumberTail });
  const queue = async (username: string, filter = {}) => (await gql(server, QUEUE, { filter }, tokens[username])).data!.onlineSubmissions;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = {
      ...db.config,
      portal: {
        submissionsPerHourWithoutCaptcha: 2,
        submissionsPerAddressPerDay: 4,
        submissionsPerIdNumberPerDay: 3,
        statusFailuresPerHour: 3,
        maxFileBytes: 64 * 1024,
      },
    };
    app = await NestFactory.create(CasesModule.forRoot({ config }), { logger: ['error'] });
    await app.init();
    server = app.getHttpServer();
    admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    redis = new Redis(config.redisUrl);
    const key = clientAddressKey(config.jwtSecret);
    sign = (address) => signClientAddress(key, address);
    for (const username of ['cxl.registrar', 'jj.registrar', 'wh.registrar', 'cd.supervisor', 'jj.tenant-admin', 'cxl.tenant-admin'])
      tokens[username] = await login(server, username);
    for (const [name, code] of Object.entries({ chunxilu: '510104001', jinjiang: '510104', wuhou: '510107' })) tenants[name] = await tenantIdOf(admin, code);
    wage = (await admin.query(`SELECT id FROM cases.categories WHERE code = 'WAGE_ARREARS' AND tenant_path = '510000'`)).rows[0].id;
    const prefix = config.queuePrefix;
    captchaAnswer = async (id) => (await redis.get(`${prefix}:portal:captcha:${id}`))!;
  });
  let captchaAnswer: (id: string) => Promise<string>;

  afterAll(async () => {
    await app.close();
    await admin.end();
    redis.disconnect();
    await db.drop();
  });

  it('lists the offices down to the townships, without a login', async () => {
    const res = await request(server).get('/portal/api/places').expect(200);
    const places = res.body.places as { id: string; name: string; level: string; parentId: string | null }[];
    expect(places.find((p) => p.id === tenants.chunxilu)).toMatchObject({ name: '春熙路街道', level: 'TOWNSHIP', parentId: tenants.jinjiang });
    expect(places.find((p) => p.level === 'PROVINCE')).toMatchObject({ parentId: null });
  });

  describe('a submission with an attachment', () => {
    let code: string;
    let submissionId: string;
    let id: string;

    it('is kept at the chosen office with its file; the answer is the query code and what happens by when', async () => {
      const body = petition();
      id = body.idNumber as string;
      const res = await submit('198.51.100.1', body, [{ name: '现场照片.png', content: PNG }]).expect(201);
      expect(res.body.queryCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(res.body.officeName).toBe('春熙路街道');
      expect(res.body.nextSteps[0]).toContain('前登记您的信访事项');
      code = res.body.queryCode;
      const { rows } = await admin.query(`SELECT * FROM cases.online_submissions WHERE tenant_id = $1`, [tenants.chunxilu]);
      expect(rows).toHaveLength(1);
      submissionId = rows[0].id;
      // Neither the code nor the ID number nor the phone is kept in clear.
      const stored = JSON.stringify(rows[0]);
      expect(stored).not.toContain(code.replace(/-/g, ''));
      expect(stored).not.toContain(id);
      expect(stored).not.toContain('13800138000');
      const files = await admin.query(`SELECT file_name, media_type, case_id, tenant_id FROM cases.attachments WHERE submission_id = $1`, [submissionId]);
      expect(files.rows).toEqual([{ file_name: '现场照片.png', media_type: 'image/png', case_id: null, tenant_id: tenants.chunxilu }]);
    });

    it("is in the office's queue (masked) and in the queues above, never in a sibling's, at the database too", async () => {
      const own = await queue('cxl.registrar');
      expect(own.totalCount).toBe(1);
      expect(own.edges[0].node).toMatchObject({ officeName: '春熙路街道', status: 'SUBMITTED', overdue: false, idNumberMasked: expect.stringContaining('*') });
      expect(own.edges[0].node.clockText).toMatch(/^(剩余|已超期)/);
      expect(own.edges[0].node.attachments[0].url).toBe(`/files/cases/attachments/${own.edges[0].node.attachments[0].id}`);
      expect((await queue('jj.registrar')).totalCount).toBe(1);
      expect((await queue('cd.supervisor')).totalCount).toBe(1);
      expect((await queue('wh.registrar')).totalCount).toBe(0);
      const appRole = new pg.Pool({ connectionString: db.config.appDatabaseUrl, max: 1 });
      try {
        const sql = 'SELECT (SELECT count(*)::int FROM cases.online_submissions) AS submissions, (SELECT count(*)::int FROM cases.attachments) AS files';
        expect(await asAppRole(appRole, { path: '510000.510100.510107', tenantId: tenants.wuhou }, sql)).toEqual([{ submissions: 0, files: 0 }]);
        expect(await asAppRole(appRole, { path: '510000.510100.510104', tenantId: tenants.jinjiang }, sql)).toEqual([{ submissions: 1, files: 1 }]);
      } finally {
        await appRole.end();
      }
    });

    it('the status page answers the same 404 to an unknown code and a wrong tail, and plain words to the right pair', async () => {
      const unknown = await status('198.51.100.2', 'ABCD-EFGH-JKMN', id.slice(-4)).expect(404);
      const wrongTail = await status('198.51.100.2', code, id.slice(-4) === '0000' ? '1111' : '0000').expect(404);
      expect(unknown.body).toEqual({ code: 'NOT_FOUND', message: '查询码或身份证号后四位不正确' });
      expect(wrongTail.body).toEqual(unknown.body);
      const right = await status('198.51.100.3', code.toLowerCase(), id.slice(-4)).expect(200);
      expect(right.body).toMatchObject({ step: '已提交', status: 'SUBMITTED', officeName: '春熙路街道', canRate: false, instruments: [] });
      expect(right.body.deadlines[0]).toMatchObject({ label: '当天登记期限', holder: 'OFFICE' });
    });

    it('wrong pairs from one address are refused with 429 and Retry-After at the limit, even the right pair', async () => {
      await status('198.51.100.4', 'ABCD-EFGH-JKMN', '1234').expect(404);
      await status('198.51.100.4', 'ABCD-EFGH-JKMP', '1234').expect(404);
      await status('198.51.100.4', 'ABCD-EFGH-JKMQ', '1234').expect(404);
      const refused = await status('198.51.100.4', code, id.slice(-4)).expect(429);
      expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('only the chosen office registers it; a stale version is a CONFLICT', async () => {
      const [node] = (await queue('cxl.registrar')).edges.map((e) => e.node);
      const input = { submissionId, version: node.version, categoryId: wage, problemJurisdictionId: tenants.chunxilu };
      expect(errorCode(await gql(server, REGISTER, { input }, tokens['jj.registrar']))).toBe('FORBIDDEN');
      expect(errorCode(await gql(server, REGISTER, { input: { ...input, version: node.version + 1 } }, tokens['cxl.registrar']))).toBe('CONFLICT');
    });

    it('registering makes an ONLINE case with the files bound; the status page shows 已登记', async () => {
      const [node] = (await queue('cxl.registrar')).edges.map((e) => e.node);
      const result = await gql(
        server,
        REGISTER,
        { input: { submissionId, version: node.version, categoryId: wage, problemJurisdictionId: tenants.chunxilu } },
        tokens['cxl.registrar'],
      );
      expect(result.errors).toBeUndefined();
      const registered = result.data!.registerOnlineSubmission;
      expect(registered).toMatchObject({ status: 'REGISTERED', caseNumber: expect.stringMatching(/^510104001-/) });
      const kase = await admin.query(`SELECT channel, title, state FROM cases.cases WHERE id = $1`, [registered.caseId]);
      expect(kase.rows).toEqual([{ channel: 'ONLINE', title: '小区物业拖欠维修', state: 'REGISTERED' }]);
      const petitioner = await admin.query(`SELECT name, id_number_masked FROM cases.petitioners WHERE case_id = $1`, [registered.caseId]);
      expect(petitioner.rows).toEqual([{ name: '张三', id_number_masked: expect.stringContaining('*') }]);
      const files = await admin.query(`SELECT case_id FROM cases.attachments WHERE submission_id = $1`, [submissionId]);
      expect(files.rows).toEqual([{ case_id: registered.caseId }]);
      expect(
        errorCode(
          await gql(
            server,
            REGISTER,
            { input: { submissionId, version: registered.version, categoryId: wage, problemJurisdictionId: tenants.chunxilu } },
            tokens['cxl.registrar'],
          ),
        ),
      ).toBe('CONFLICT');

      const res = await status('198.51.100.5', code, id.slice(-4)).expect(200);
      expect(res.body).toMatchObject({ step: '已登记', status: 'REGISTERED', caseNumber: registered.caseNumber, canRate: false });
      expect(res.body.deadlines).toEqual([expect.objectContaining({ label: '转送、交办期限', holder: 'OFFICE' })]);
    });

    it('the petitioner rates with the two secrets once the reply is delivered, once', async () => {
      const caseId = (await admin.query(`SELECT case_id FROM cases.online_submissions WHERE id = $1`, [submissionId])).rows[0].case_id;
      const rate = (rating: string) =>
        request(server)
          .post('/portal/api/rate')
          .set(CLIENT_ADDRESS_HEADER, sign('198.51.100.6'))
          .send({ queryCode: code, idNumberTail: id.slice(-4), rating });
      expect((await rate('SATISFIED').expect(400)).body.code).toBe('INVALID_TRANSITION');
      await admin.query(`UPDATE cases.cases SET state = 'DELIVERED', delivered = true, rating_link_valid_until = current_date + 30 WHERE id = $1`, [caseId]);
      expect((await status('198.51.100.6', code, id.slice(-4)).expect(200)).body).toMatchObject({ step: '已答复', canRate: true });
      await rate('SATISFIED').expect(200);
      expect((await admin.query(`SELECT rating FROM cases.cases WHERE id = $1`, [caseId])).rows[0].rating).toBe('SATISFIED');
      expect((await rate('DISSATISFIED').expect(400)).body.code).toBe('INVALID_TRANSITION');
      expect((await status('198.51.100.6', code, id.slice(-4)).expect(200)).body).toMatchObject({ canRate: false, rating: 'SATISFIED' });
    });
  });

  it('the rating link the petitioner received rates through /portal/api/rate-by-token, once', async () => {
    await submit('198.51.100.8', petition({ title: '评价链接' })).expect(201);
    const node = (await queue('cxl.registrar', { status: 'SUBMITTED' })).edges.find((e) => e.node.title === '评价链接')!.node;
    const registered = (
      await gql(
        server,
        REGISTER,
        { input: { submissionId: node.id, version: node.version, categoryId: wage, problemJurisdictionId: tenants.chunxilu } },
        tokens['cxl.registrar'],
      )
    ).data!.registerOnlineSubmission;
    const token = 'portal-rating-token-0123456789abcdef';
    await admin.query(
      `UPDATE cases.cases SET state = 'DELIVERED', delivered = true, rating_token_hash = $2, rating_link_valid_until = current_date + 30 WHERE id = $1`,
      [registered.caseId, ratingTokenHash(token)],
    );
    const rate = () => request(server).post('/portal/api/rate-by-token').send({ token, rating: 'BASICALLY_SATISFIED' });
    await rate().expect(200, { rated: true });
    expect((await admin.query(`SELECT rating FROM cases.cases WHERE id = $1`, [registered.caseId])).rows[0].rating).toBe('BASICALLY_SATISFIED');
    expect((await rate().expect(404)).body.code).toBe('NOT_FOUND');
    expect((await request(server).post('/portal/api/rate-by-token').send({ token: 'short', rating: 'SATISFIED' }).expect(400)).body.code).toBe('VALIDATION');
  });

  it('declining answers the petitioner with the reason on the status page', async () => {
    const body = petition({ title: '咨询社保政策' });
    const { queryCode } = (await submit('198.51.100.7', body).expect(201)).body;
    const node = (await queue('cxl.registrar', { status: 'SUBMITTED' })).edges.find((e) => e.node.title === '咨询社保政策')!.node;
    const result = await gql(
      server,
      REJECT,
      { input: { submissionId: node.id, version: node.version, reason: '属于政策咨询，请拨打12345' } },
      tokens['cxl.registrar'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.rejectOnlineSubmission).toMatchObject({ status: 'REJECTED', rejectionReason: '属于政策咨询，请拨打12345' });
    const res = await status('198.51.100.7', queryCode, (body.idNumber as string).slice(-4)).expect(200);
    expect(res.body).toMatchObject({ status: 'REJECTED', rejectionReason: '属于政策咨询，请拨打12345' });
    expect(res.body.summary).toContain('不予登记：属于政策咨询，请拨打12345');
  });

  it('the status page lists the 不予受理告知书 once the case is declined, and gives its DOCX to the holder of both secrets only', async () => {
    const body = petition({ title: '劳动仲裁事项' });
    const tail = (body.idNumber as string).slice(-4);
    const { queryCode } = (await submit('198.51.100.9', body).expect(201)).body;
    const node = (await queue('cxl.registrar', { status: 'SUBMITTED' })).edges.find((e) => e.node.title === '劳动仲裁事项')!.node;
    const registered = (
      await gql(
        server,
        REGISTER,
        { input: { submissionId: node.id, version: node.version, categoryId: wage, problemJurisdictionId: tenants.chunxilu } },
        tokens['cxl.registrar'],
      )
    ).data!.registerOnlineSubmission;
    const version = (await admin.query(`SELECT version FROM cases.cases WHERE id = $1`, [registered.caseId])).rows[0].version;
    const declined = await gql(
      server,
      DECLINE,
      { input: { caseId: registered.caseId!, version, reason: 'ARBITRATION', target: '锦江区劳动人事争议仲裁委员会' } },
      tokens['cxl.registrar'],
    );
    expect(declined.errors).toBeUndefined();
    const [notice] = declined.data!.declineCase.instruments;
    expect(notice.kind).toBe('DECLINE_NOTICE');

    const shown = (await status('198.51.100.9', queryCode, tail).expect(200)).body;
    expect(shown.instruments).toEqual([
      { id: notice.id, title: '信访事项不予受理告知书', documentNumber: notice.documentNumber, issuedOn: expect.any(String) },
    ]);
    const fetch = (id: string, secrets: object) =>
      request(server).post(`/portal/api/instruments/${id}`).set(CLIENT_ADDRESS_HEADER, sign('198.51.100.10')).send(secrets).buffer(true).parse(binaryBody);
    const file = await fetch(notice.id, { queryCode, idNumberTail: tail }).expect(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('信访事项不予受理告知书')}`);
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const wrong = await fetch(notice.id, { queryCode, idNumberTail: tail === '0000' ? '1111' : '0000' }).expect(404);
    expect(JSON.parse((wrong.body as Buffer).toString())).toEqual({ code: 'NOT_FOUND', message: '查询码或身份证号后四位不正确' });
    // Another matter's secrets do not open this matter's instrument.
    const stranger = await fetch(notice.id, { queryCode: 'ABCD-EFGH-JKMN', idNumberTail: tail }).expect(404);
    expect(JSON.parse((stranger.body as Buffer).toString()).code).toBe('NOT_FOUND');
  });

  describe('refusals leave nothing behind', () => {
    it.each([
      ['an oversized file: 413', { name: '大文件.png', content: Buffer.concat([PNG, Buffer.alloc(70 * 1024)]) }, {}, 413, 'PAYLOAD_TOO_LARGE'],
      ['a disguised file: 415', { name: '合同.pdf', content: Buffer.from('这不是PDF') }, {}, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['a wrong ID number check character: 400', { name: 'a.png', content: PNG }, { idNumber: '510104199003071230' }, 400, 'VALIDATION'],
      ['a wrong phone: 400', { name: 'a.png', content: PNG }, { phone: '12345' }, 400, 'VALIDATION'],
      ['an unknown office: 400', { name: 'a.png', content: PNG }, { officeId: '00000000-0000-4000-8000-000000000000' }, 400, 'VALIDATION'],
    ])('%s', async (_name, file, overrides, httpStatus, code) => {
      const before = await counts();
      const res = await submit(`198.51.101.${httpStatus % 200}`, petition(overrides), [file]).expect(httpStatus);
      expect(res.body.code).toBe(code);
      expect(typeof res.body.message).toBe('string');
      expect(await counts()).toEqual(before);
    });

    it('a second valid file after a refused one: nothing of the first is kept', async () => {
      const before = await counts();
      await submit('198.51.101.99', petition(), [
        { name: 'a.png', content: PNG },
        { name: 'b.pdf', content: Buffer.from('not a pdf') },
      ]).expect(415);
      expect(await counts()).toEqual(before);
    });
  });

  describe('abuse limits', () => {
    it('beyond the hourly allowance an address needs a captcha, used once; beyond the daily one it is refused', async () => {
      const address = '203.0.113.9';
      await submit(address, petition()).expect(201);
      await submit(address, petition()).expect(201);
      const before = await counts();
      const missing = await submit(address, petition()).expect(400);
      expect(missing.body).toMatchObject({ code: 'VALIDATION', details: { captchaRequired: true } });
      const wrong = await submit(address, petition({ captchaId: '00000000-0000-4000-8000-000000000000', captchaAnswer: 'abcd' })).expect(400);
      expect(wrong.body.details).toMatchObject({ captchaRequired: true });
      expect(await counts()).toEqual(before);

      const captcha = (await request(server).get('/portal/api/captcha').expect(200)).body;
      expect(captcha.svg).toMatch(/^<svg/);
      const answer = await captchaAnswer(captcha.captchaId);
      await submit(address, petition({ captchaId: captcha.captchaId, captchaAnswer: answer.toUpperCase() })).expect(201);
      // The answer served once.
      expect((await submit(address, petition({ captchaId: captcha.captchaId, captchaAnswer: answer })).expect(400)).body.details).toMatchObject({
        captchaRequired: true,
      });
      const again = (await request(server).get('/portal/api/captcha').expect(200)).body;
      await submit(address, petition({ captchaId: again.captchaId, captchaAnswer: await captchaAnswer(again.captchaId) })).expect(201);
      const last = (await request(server).get('/portal/api/captcha').expect(200)).body;
      const refused = await submit(address, petition({ captchaId: last.captchaId, captchaAnswer: await captchaAnswer(last.captchaId) })).expect(429);
      expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('one ID number submits three times a day at most, from any address', async () => {
      const same = idNumber(900);
      for (const address of ['203.0.113.20', '203.0.113.21', '203.0.113.22']) await submit(address, petition({ idNumber: same })).expect(201);
      const before = await counts();
      expect((await submit('203.0.113.23', petition({ idNumber: same })).expect(429)).body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(await counts()).toEqual(before);
    });
  });

  it('a district tightens the same-day clock for its townships; a township cannot loosen it', async () => {
    const set = (username: string, registerWithinHours: number | null) => gql(server, SET_SETTINGS, { input: { registerWithinHours } }, tokens[username]);
    expect((await set('jj.tenant-admin', 2)).data!.setOnlineIntakeSettings).toEqual({ registerWithinHours: 2, effectiveRegisterWithinHours: 2 });
    expect((await set('cxl.tenant-admin', 8)).data!.setOnlineIntakeSettings).toEqual({ registerWithinHours: 8, effectiveRegisterWithinHours: 2 });
    expect((await gql(server, SETTINGS, {}, tokens['cxl.registrar'])).data!.onlineIntakeSettings).toMatchObject({ effectiveRegisterWithinHours: 2 });
    expect(errorCode(await set('jj.tenant-admin', 30))).toBe('VALIDATION');
    expect(errorCode(await set('cxl.registrar', 1))).toBe('FORBIDDEN');

    const body = petition({ title: '从严时限' });
    await submit('203.0.113.40', body).expect(201);
    const { rows } = await admin.query(`SELECT submitted_at, register_by FROM cases.online_submissions WHERE title = '从严时限'`);
    expect(rows[0].register_by).toEqual(sameDayRegistrationDue(rows[0].submitted_at, officialCalendar(), 2));
    await set('jj.tenant-admin', null);
    await set('cxl.tenant-admin', null);
  });
});
