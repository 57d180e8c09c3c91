import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import request from 'supertest';
import { ManualClock } from '#common/clock';
import { systemContextFor } from '#common/tenancy';
import { GB_T_9704 } from '#common/instruments';
import { startCasesApp, asAppRole, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { InstrumentQueriesService } from '../instrument-queries.service.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { graphql } from '#test/gql/index.js';
import { dataOf, errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { binaryBody } from '#test/helpers/http.js';

const INSTRUMENTS = graphql(`
  query InstrumentsSpecCaseFile($id: ID!) {
    case(id: $id) {
      id
      number
      instruments {
        id
        kind
        title
        documentNumber
        addressee
        addresseeName
        issuedOn
        issuingTenantName
        issuedByName
        size
        templateVersion
        downloadUrl
      }
    }
  }
`);

const TEMPLATES = graphql(`
  query InstrumentsSpecTemplates {
    instrumentTemplates {
      kind
      title
      paragraphs
      source
      sourceTenantName
      version
      ownVersion
      placeholders {
        name
      }
    }
  }
`);

const SAVE_TEMPLATE = graphql(`
  mutation InstrumentsSpecSaveTemplate($input: SaveInstrumentTemplateInput!) {
    saveInstrumentTemplate(input: $input) {
      kind
      title
      source
      version
      ownVersion
    }
  }
`);

/** The document part of a DOCX file, as Word reads it. */
const documentXml = (content: Buffer) => strFromU8(unzipSync(new Uint8Array(content))['word/document.xml']);

describe('written instruments (文书) of the case file', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let system: CasesTestApp;
  let app: pg.Pool;
  let api: CaseApi;
  let category: string;
  let jinjiang: string;
  let housing: string;
  let police: string;
  let jjLeader: string;

  const next = (kase: CaseView) => ({ caseId: kase.id, version: kase.version });
  const register = (title = '某小区加装电梯审批久拖未决') =>
    api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title,
      content: '信访人反映小区加装电梯审批久拖未决，要求尽快办理。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '王小明', representative: false }],
    });
  /** Registered and transferred to 锦江区住建局, signed for there. */
  const received = async (title?: string) => {
    let kase = await register(title);
    kase = await api.step('jj.registrar', 'routeCase', { ...next(kase), mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    return api.step('jj.handler', 'receiveCase', next(kase));
  };
  const caseFile = async (username: string, id: string) => dataOf(await api.query(username, INSTRUMENTS, { id })).case.instruments;
  const download = async (url: string, username?: string) => {
    const req = request(system.server).get(url).buffer(true).parse(binaryBody);
    return username ? req.set('Authorization', `Bearer ${await api.token(username)}`) : req;
  };

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    app = new pg.Pool({ connectionString: system.db.config.appDatabaseUrl, max: 2 });
    api = new CaseApi(system.server);
    category = await categoryId(api, 'sc.registrar');
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    police = await api.idOf('jj.registrar', 'unit', '510104/公安局');
    jjLeader = await api.idOf('jj.leader', 'user', '');
  });
  afterAll(async () => {
    await app.end();
    await system.close();
  });

  describe('each step issues its instrument, once', () => {
    let kase: CaseView;

    beforeAll(async () => {
      kase = await received();
      kase = await api.step('jj.handler', 'acceptCase', next(kase));
      kase = await api.step('jj.handler', 'extendCase', { ...next(kase), days: 10, approverId: jjLeader, reason: '需会同规划部门现场核实' });
      kase = await api.step('jj.handler', 'decideCase', {
        ...next(kase),
        outcome: 'PARTLY_SUPPORTS',
        text: '经核实，审批材料已齐备。\n责令街道十日内办结审批。',
      });
      kase = await api.step('jj.handler', 'deliverCase', next(kase));
      clock.set(new Date('2026-06-10T01:00:00Z'));
      kase = await api.step('cd.registrar', 'requestReview', next(kase));
      kase = await api.step('cd.leader', 'decideReview', { ...next(kase), outcome: 'PARTLY_SUPPORTS', text: '经复查，原处理意见正确。', result: 'UPHELD' });
      kase = await api.step('sc.registrar', 'requestReexamination', next(kase));
      kase = await api.step('sc.leader', 'decideReexamination', {
        ...next(kase),
        outcome: 'PARTLY_SUPPORTS',
        text: '经复核，复查意见正确。',
        result: 'UPHELD',
      });
      clock.set(new Date('2026-06-01T01:00:00Z'));
    });

    it('routing, acceptance, extension, the opinion, the review and the re-examination, each with its addressee, issuer and number', async () => {
      const file = await caseFile('jj.registrar', kase.id);
      expect(file.map((i) => [i.kind, i.addressee, i.issuingTenantName])).toEqual([
        ['ROUTING_NOTICE', 'BODY', '锦江区'],
        ['ACCEPTANCE_NOTICE', 'PETITIONER', '锦江区'],
        ['EXTENSION_NOTICE', 'PETITIONER', '锦江区'],
        ['HANDLING_OPINION', 'PETITIONER', '锦江区'],
        ['REVIEW_OPINION', 'PETITIONER', '成都市'],
        ['REEXAMINATION_OPINION', 'PETITIONER', '四川省'],
      ]);
      expect(file[0]).toMatchObject({ title: '信访事项转送（交办）通知', addresseeName: '锦江区住房和城乡建设局', issuedByName: '锦江区登记员' });
      expect(file[0].documentNumber).toMatch(/^锦江信转〔2026〕\d+号$/);
      expect(file[1]).toMatchObject({ title: '信访事项受理告知书', addresseeName: '王小明', issuedOn: '2026-06-01', templateVersion: null });
      expect(file[1].documentNumber).toMatch(/^锦江信受〔2026〕\d+号$/);
      expect(file[4].documentNumber).toMatch(/^成都信复查〔2026〕\d+号$/);
      expect(file[5].documentNumber).toMatch(/^四川信复核〔2026〕\d+号$/);
      expect(file.every((i) => i.size > 0 && i.downloadUrl === `/files/cases/instruments/${i.id}`)).toBe(true);
    });

    it('keeps the text as issued beside the file, with the step that issued it', async () => {
      const rows = await system.admin.query(
        `SELECT i.kind, i.text, t.action FROM cases.instruments i JOIN cases.case_transitions t ON t.id = i.transition_id WHERE i.case_id = $1 ORDER BY t.seq`,
        [kase.id],
      );
      expect(rows.rows.map((r) => r.action)).toEqual(['ROUTE', 'ACCEPT', 'EXTEND', 'DECIDE', 'DECIDE_REVIEW', 'DECIDE_REEXAMINATION']);
      const extension = rows.rows.find((r) => r.kind === 'EXTENSION_NOTICE').text;
      expect(extension.paragraphs[1]).toContain('因需会同规划部门现场核实，经');
      expect(extension.paragraphs[1]).toContain('办理期限延长10日');
      const opinion = rows.rows.find((r) => r.kind === 'HANDLING_OPINION').text;
      expect(opinion.paragraphs.slice(1, 4)).toEqual(['经核实，审批材料已齐备。', '责令街道十日内办结审批。', '处理结果：部分支持。']);
    });

    it('a step sent again (the same version) is refused and issues nothing more; an instrument cannot be changed', async () => {
      const before = (await caseFile('jj.registrar', kase.id)).length;
      const counters = await system.admin.query(`SELECT sum(last_number)::int AS n FROM cases.instrument_counters`);
      const stale = { caseId: kase.id, version: kase.version - 1, outcome: 'PARTLY_SUPPORTS', text: '再次复核。', result: 'UPHELD' };
      expect(errorCode(await api.mutate('sc.leader', 'decideReexamination', stale))).toBe('CONFLICT');
      expect(await caseFile('jj.registrar', kase.id)).toHaveLength(before);
      expect((await system.admin.query(`SELECT sum(last_number)::int AS n FROM cases.instrument_counters`)).rows[0].n).toBe(counters.rows[0].n);
      await expect(system.admin.query(`UPDATE cases.instruments SET title = 'x' WHERE case_id = $1`, [kase.id])).rejects.toThrow();
      // A second instrument of the same kind for the same step, under another number, is refused by the table itself.
      const columns = `tenant_id, tenant_path, case_id, transition_id, kind, addressee, addressee_name, title, text, content, sha256, size_bytes,
                       issuing_tenant_id, issuing_tenant_name, issued_by_name, issued_on, issued_at`;
      await expect(
        system.admin.query(
          `INSERT INTO cases.instruments (${columns}, document_number) SELECT ${columns}, document_number || '-2' FROM cases.instruments WHERE case_id = $1 LIMIT 1`,
          [kase.id],
        ),
      ).rejects.toThrow(/instruments_transition_id_kind_key/);
    });

    it('declining issues the 不予受理告知书 with the legal channel', async () => {
      let declined = await received('某公司拖欠货款');
      declined = await api.step('jj.handler', 'declineCase', { ...next(declined), reason: 'LITIGATION', target: '成都市锦江区人民法院' });
      const [, notice] = await caseFile('jj.registrar', declined.id);
      expect(notice).toMatchObject({ kind: 'DECLINE_NOTICE', title: '信访事项不予受理告知书', addressee: 'PETITIONER' });
      const { rows } = await system.admin.query(`SELECT text FROM cases.instruments WHERE id = $1`, [notice.id]);
      expect(rows[0].text.paragraphs).toContain('请你依照有关法律、行政法规规定的程序，向成都市锦江区人民法院提出。');
    });
  });

  describe('document numbers', () => {
    it('are unique and without gaps per office, series and year when steps run at once', async () => {
      const cases = [];
      for (let i = 0; i < 6; i++) cases.push(await received(`并发受理事项${i}`));
      const accepted = await Promise.all(cases.map((kase) => api.step('jj.handler', 'acceptCase', next(kase))));
      const numbers = (
        await Promise.all(accepted.map(async (kase) => (await caseFile('jj.handler', kase.id)).find((i) => i.kind === 'ACCEPTANCE_NOTICE')!.documentNumber))
      )
        .map((n) => Number(/〔2026〕(\d+)号$/.exec(n)![1]))
        .sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(6);
      expect(numbers.at(-1)! - numbers[0]).toBe(5);
      const { rows } = await system.admin.query(
        `SELECT count(*)::int AS n, count(DISTINCT document_number)::int AS d, max(last_number) AS last
           FROM cases.instruments, cases.instrument_counters k
          WHERE kind = 'ACCEPTANCE_NOTICE' AND issuing_tenant_id = $1 AND k.tenant_id = $1 AND k.series = '信受' AND k.year = 2026`,
        [jinjiang],
      );
      expect(rows[0]).toEqual({ n: rows[0].last, d: rows[0].last, last: rows[0].last });
    });
  });

  describe('no step without its instrument', () => {
    it('a step whose instrument cannot be issued is not taken: the case and its file stay as they were', async () => {
      const kase = await received('无法出具文书事项');
      const key = [jinjiang, '信受', 2026];
      const before = (await system.admin.query(`SELECT last_number FROM cases.instrument_counters WHERE tenant_id = $1 AND series = $2 AND year = $3`, key))
        .rows;
      // The series is exhausted: the next number cannot be taken.
      await system.admin.query(
        `INSERT INTO cases.instrument_counters (tenant_id, tenant_path, series, year, last_number)
         SELECT $1, path, $2, $3, 2147483647 FROM core.tenants WHERE id = $1
         ON CONFLICT (tenant_id, series, year) DO UPDATE SET last_number = 2147483647`,
        key,
      );
      try {
        const result = await api.mutate('jj.handler', 'acceptCase', next(kase));
        expect(result.errors).toHaveLength(1);
        expect(await api.case('jj.handler', kase.id)).toMatchObject({ state: 'RECEIVED', version: kase.version });
        expect((await caseFile('jj.handler', kase.id)).map((i) => i.kind)).toEqual(['ROUTING_NOTICE']);
      } finally {
        await (before.length
          ? system.admin.query(`UPDATE cases.instrument_counters SET last_number = $4 WHERE tenant_id = $1 AND series = $2 AND year = $3`, [
              ...key,
              before[0].last_number,
            ])
          : system.admin.query(`DELETE FROM cases.instrument_counters WHERE tenant_id = $1 AND series = $2 AND year = $3`, key));
      }
    });
  });

  describe('who sees them, at the database', () => {
    let kase: CaseView;

    beforeAll(async () => {
      kase = await api.step('jj.handler', 'acceptCase', next(await received('可见范围事项')));
    });

    it('the office and those above see the case’s instruments; another district and a unit user of another unit see none', async () => {
      const count = async (ctx: Parameters<typeof asAppRole>[1]) =>
        (await asAppRole<{ n: number }>(app, ctx, `SELECT count(*)::int AS n FROM cases.instruments WHERE case_id = $1`, [kase.id]))[0].n;
      const paths = await system.admin.query(`SELECT code, id, path::text FROM core.tenants WHERE code IN ('510104', '510107', '510100')`);
      const of = (code: string) => paths.rows.find((r) => r.code === code);
      expect(await count({ path: of('510104').path, tenantId: of('510104').id })).toBe(2);
      expect(await count({ path: of('510100').path, tenantId: of('510100').id })).toBe(2);
      expect(await count({ path: of('510107').path, tenantId: of('510107').id })).toBe(0);
      expect(await count({ path: of('510104').path, tenantId: of('510104').id, unitId: housing, scopeUnit: housing })).toBe(2);
      expect(await count({ path: of('510104').path, tenantId: of('510104').id, unitId: police, scopeUnit: police })).toBe(0);
      expect(errorCode(await api.query('wh.registrar', INSTRUMENTS, { id: kase.id }))).toBe('NOT_FOUND');
    });

    it('an accusation’s instruments name the accuser: hidden, as its petitioners are, from an office above outside its handling chain', async () => {
      let accusation = await api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'ACCUSATION',
        categoryId: category,
        title: '检举某派出所民警违规收费',
        content: '信访人检举某派出所民警违规收费。',
        problemJurisdictionId: jinjiang,
        accusedUnitId: police,
        petitioners: [{ name: '匿名检举人', representative: false }],
      });
      accusation = await api.step('jj.registrar', 'routeCase', { ...next(accusation), mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
      const count = async (code: string) => {
        const [tenant] = (await system.admin.query(`SELECT id, path::text FROM core.tenants WHERE code = $1`, [code])).rows;
        return (
          await asAppRole<{ n: number }>(
            app,
            { path: tenant.path, tenantId: tenant.id },
            `SELECT count(*)::int AS n FROM cases.instruments WHERE case_id = $1`,
            [accusation.id],
          )
        )[0].n;
      };
      expect(await count('510104')).toBe(1);
      expect(await count('510100')).toBe(0);
    });

    it('downloads the DOCX with its Chinese name for those who see the case, 404 for others, 401 without a token', async () => {
      const [, acceptance] = await caseFile('jj.registrar', kase.id);
      const unauthenticated = await download(acceptance.downloadUrl);
      expect(unauthenticated.status).toBe(401);
      expect(JSON.parse(unauthenticated.body.toString('utf8')).code).toBe('UNAUTHENTICATED');
      const foreign = await download(acceptance.downloadUrl, 'wh.registrar');
      expect(foreign.status).toBe(404);
      expect(JSON.parse(foreign.body.toString('utf8'))).toEqual({ code: 'NOT_FOUND', message: '文书不存在或不在本辖区内' });
      expect((await download('/files/cases/instruments/not-a-uuid', 'jj.registrar')).status).toBe(404);

      const res = await download(acceptance.downloadUrl, 'jj.registrar');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const disposition = res.headers['content-disposition'];
      expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1])).toBe(`信访事项受理告知书_${kase.number}.docx`);
      const xml = documentXml(res.body);
      for (const text of ['信访事项受理告知书', acceptance.documentNumber, '王小明：', '2026年6月1日', '锦江区住房和城乡建设局']) expect(xml).toContain(text);
      expect(xml).toContain(`w:eastAsia="${GB_T_9704.titleFont}"`);
      expect(xml).toContain(`w:eastAsia="${GB_T_9704.bodyFont}"`);
      const { rows } = await system.admin.query(`SELECT sha256, size_bytes FROM cases.instruments WHERE id = $1`, [acceptance.id]);
      expect(rows[0].size_bytes).toBe(res.body.length);
    });
  });

  describe('for the portal (the petitioner’s own)', () => {
    it('lists and serves only the instruments addressed to the petitioner, under a system context of the case’s tenant', async () => {
      const kase = await api.step('jj.handler', 'acceptCase', next(await received('网上查询事项')));
      const queries = system.app.get(InstrumentQueriesService);
      const { rows } = await system.admin.query(`SELECT tenant_id, tenant_path::text FROM cases.cases WHERE id = $1`, [kase.id]);
      const ctx = systemContextFor(rows[0].tenant_id, rows[0].tenant_path, 'portal-test');
      const own = await queries.forPetitioner(ctx, kase.id);
      expect(own.map((i) => i.kind)).toEqual(['ACCEPTANCE_NOTICE']);
      const file = await queries.content(ctx, own[0].id);
      expect(file).toMatchObject({
        fileName: `信访事项受理告知书_${kase.number}.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(documentXml(file.content)).toContain('王小明：');
      const [routing] = await caseFile('jj.registrar', kase.id);
      expect(routing.kind).toBe('ROUTING_NOTICE');
      await expect(queries.content(ctx, routing.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });
  });

  describe('templates per office, versioned and inherited', () => {
    const save = (username: string, input: Record<string, unknown>) => api.query(username, SAVE_TEMPLATE, { input: input as never });
    const acceptanceOf = async (username: string) =>
      dataOf(await api.query(username, TEMPLATES, {})).instrumentTemplates.find((t) => t.kind === 'ACCEPTANCE_NOTICE')!;

    it('uses the built-in wording until an office above writes its own, then the nearest office’s latest version', async () => {
      expect(await acceptanceOf('jj.tenant-admin')).toMatchObject({ source: 'DEFAULT', version: 0, ownVersion: 0, sourceTenantName: null });
      const city = dataOf(
        await save('cd.tenant-admin', {
          kind: 'ACCEPTANCE_NOTICE',
          title: '信访事项受理告知书',
          paragraphs: ['{信访人}：你反映的“{事项标题}”已于{受理日期}受理（市级模板）。'],
          version: 0,
        }),
      ).saveInstrumentTemplate;
      expect(city).toMatchObject({ source: 'OWN', version: 1, ownVersion: 1 });
      expect(await acceptanceOf('jj.tenant-admin')).toMatchObject({ source: 'INHERITED', sourceTenantName: '成都市', version: 1, ownVersion: 0 });
      expect((await acceptanceOf('jj.tenant-admin')).placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['信访人', '受理日期', '办结日期']));

      const own = {
        kind: 'ACCEPTANCE_NOTICE',
        title: '受理告知书',
        paragraphs: ['{信访人}：你反映的“{事项标题}”已于{受理日期}受理，将于{办结日期}前办结（区级模板）。'],
        version: 0,
      };
      expect(dataOf(await save('jj.tenant-admin', own)).saveInstrumentTemplate).toMatchObject({ source: 'OWN', version: 1 });
      expect(errorCode(await save('jj.tenant-admin', own))).toBe('CONFLICT');
      expect(dataOf(await save('jj.tenant-admin', { ...own, title: '信访事项受理告知书', version: 1 })).saveInstrumentTemplate).toMatchObject({ version: 2 });
      // The city's later version does not reach an office with its own.
      await save('cd.tenant-admin', { kind: 'ACCEPTANCE_NOTICE', title: '告知书', paragraphs: ['特此告知。'], version: 1 });
      expect(await acceptanceOf('jj.tenant-admin')).toMatchObject({ source: 'OWN', version: 2, title: '信访事项受理告知书' });

      const kase = await api.step('jj.handler', 'acceptCase', next(await received('模板事项')));
      const acceptance = (await caseFile('jj.handler', kase.id)).find((i) => i.kind === 'ACCEPTANCE_NOTICE')!;
      expect(acceptance).toMatchObject({ templateVersion: 2, title: '信访事项受理告知书' });
      const { rows } = await system.admin.query(`SELECT text, template_tenant_id FROM cases.instruments WHERE id = $1`, [acceptance.id]);
      expect(rows[0].template_tenant_id).toBe(jinjiang);
      expect(rows[0].text.paragraphs).toEqual([`王小明：你反映的“模板事项”已于2026年6月1日受理，将于${'2026年7月31日'}前办结（区级模板）。`]);
    });

    it('refuses unknown placeholders with the known ones, and saving without the tenant-admin role', async () => {
      const result = await save('wh.tenant-admin', {
        kind: 'DECLINE_NOTICE',
        title: '不予受理告知书',
        paragraphs: ['{信访人}：因{理由}不予受理。'],
        version: 0,
      });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors![0].message).toContain('未知的占位符：{理由}');
      expect(result.errors![0].message).toContain('{不予受理理由}');
      expect(errorCode(await save('wh.registrar', { kind: 'DECLINE_NOTICE', title: '告知书', paragraphs: ['特此告知。'], version: 0 }))).toBe('FORBIDDEN');
      expect((await acceptanceOf('wh.tenant-admin')).source).toBe('INHERITED');
      const declineOf = dataOf(await api.query('wh.tenant-admin', TEMPLATES, {})).instrumentTemplates.find((t) => t.kind === 'DECLINE_NOTICE')!;
      expect(declineOf.source).toBe('DEFAULT');
    });
  });
});
