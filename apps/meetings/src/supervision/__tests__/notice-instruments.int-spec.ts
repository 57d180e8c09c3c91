import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import request from 'supertest';
import { Role } from '#common/auth';
import { GB_T_9704 } from '#common/instruments';
import { graphql } from '#test/gql/index.js';
import { SupervisionHarness, caseClock, deadlineChange, trigger, tree } from './supervision-harness.js';
import { binaryBody } from '#test/helpers/http.js';

const NOTICE = graphql(`
  query NoticeInstrumentsSpecNotice($id: ID!) {
    notice(id: $id) {
      id
      kind
      instruments {
        id
        title
        documentNumber
        addresseeName
        issuedOn
        issuingTenantName
        size
        downloadUrl
      }
    }
  }
`);
const RAISE = graphql(`
  mutation NoticeInstrumentsSpecRaise($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
      instruments {
        documentNumber
        issuingTenantName
      }
    }
  }
`);

describe('supervision: the 督办单 issued with the notice', () => {
  const h = new SupervisionHarness();
  const housing = randomUUID();
  const police = randomUUID();
  const t = {} as Record<'housing' | 'police' | 'wuhuaSupervisor' | 'kunmingSupervisor' | 'panlongSupervisor', string>;
  const clock = caseClock('wuhua', { unitId: housing, number: 'XF-2026-0001' });
  let supervised: string;
  let app: pg.Pool;

  const notice = async (token: string, id: string) => (await h.gql(token, NOTICE, { id })).data?.notice ?? null;
  const download = (url: string, token?: string) => {
    const req = request(h.server).get(url).buffer(true).parse(binaryBody);
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    await h.start();
    app = new pg.Pool({ connectionString: h.db.config.appDatabaseUrl, max: 2 });
    t.housing = await h.token('wuhua', [Role.HANDLER], housing);
    t.police = await h.token('wuhua', [Role.HANDLER], police);
    t.wuhuaSupervisor = await h.token('wuhua', [Role.SUPERVISOR]);
    t.kunmingSupervisor = await h.token('kunming', [Role.SUPERVISOR]);
    t.panlongSupervisor = await h.token('panlong', [Role.SUPERVISOR]);
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'REMINDER'));
    await h.apply(trigger(clock, 'OVERDUE'));
    // A redelivered trigger makes no second notice, and so no second 督办单.
    await h.apply({ ...trigger(clock, 'OVERDUE'), id: randomUUID() });
    [{ id: supervised }] = await h.rows<{ id: string }>(`SELECT id FROM meetings.notices WHERE clock_id = $1 AND kind = 'SUPERVISION'`, [clock.clockId]);
  });

  afterAll(async () => {
    await app.end();
    await h.stop();
  });

  it('an overdue deadline’s supervision notice has its 督办单, numbered by the issuing office; a reminder has none', async () => {
    const view = await notice(t.wuhuaSupervisor, supervised);
    expect(view!.instruments).toEqual([
      expect.objectContaining({ title: '信访事项督办单', documentNumber: '五华信督〔2026〕1号', issuingTenantName: '五华区', issuedOn: '2026-03-02' }),
    ]);
    expect(view!.instruments[0].downloadUrl).toBe(`/files/meetings/instruments/${view!.instruments[0].id}`);
    const [{ id: reminder }] = await h.rows<{ id: string }>(`SELECT id FROM meetings.notices WHERE clock_id = $1 AND kind = 'REMINDER'`, [clock.clockId]);
    expect((await notice(t.wuhuaSupervisor, reminder))!.instruments).toEqual([]);
    expect(await h.count(`SELECT count(*) FROM meetings.notice_instruments`)).toBe(1);
  });

  it('a notice raised by hand issues its 督办单 in the same transaction, numbered in the raising office’s series', async () => {
    const result = await h.gql(t.kunmingSupervisor, RAISE, {
      input: { subjectType: 'CASE', subjectId: clock.caseId, kind: 'SUPERVISION', reason: 'SHIRKING', text: '该件推诿拖延，请立即整改。', stage: 'HANDLE' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.raiseNotice.instruments).toEqual([{ documentNumber: '昆明信督〔2026〕1号', issuingTenantName: '昆明市' }]);
  });

  it('is seen as its notice is, at the database: not by a sibling district nor by a unit it is not addressed to', async () => {
    const count = async (path: string, scopeUnit = '') => {
      const client = await app.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.tenant_path', $1, true), set_config('app.scope_unit', $2, true)`, [path, scopeUnit]);
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM meetings.notice_instruments WHERE notice_id = $1`, [supervised]);
        await client.query('COMMIT');
        return rows[0].n;
      } finally {
        client.release();
      }
    };
    expect(await count(tree.pathOf('wuhua'))).toBe(1);
    expect(await count(tree.pathOf('kunming'))).toBe(1);
    expect(await count(tree.pathOf('panlong'))).toBe(0);
    expect(await count(tree.pathOf('wuhua'), housing)).toBe(1);
    expect(await count(tree.pathOf('wuhua'), police)).toBe(0);
  });

  it('downloads as DOCX after GB/T 9704 to those who see the notice; 404 to others, 401 without a token', async () => {
    const [instrument] = (await notice(t.housing, supervised))!.instruments;
    expect((await download(instrument.downloadUrl)).status).toBe(401);
    expect((await download(instrument.downloadUrl, t.panlongSupervisor)).status).toBe(404);
    expect((await download(instrument.downloadUrl, t.police)).status).toBe(404);
    const res = await download(instrument.downloadUrl, t.housing);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers['content-disposition'])![1])).toBe('信访事项督办单_XF-2026-0001.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(res.body))['word/document.xml']);
    for (const text of [
      '信访事项督办单',
      '五华信督〔2026〕1号',
      '督办事由：未在规定期限内办结。',
      '五华区',
      '2026年3月2日',
      `w:eastAsia="${GB_T_9704.titleFont}"`,
    ]) {
      expect(xml).toContain(text);
    }
  });
});
