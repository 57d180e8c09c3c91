import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CASE_EXPORT_HEADERS } from '../export/case-workbook.js';
import { graphql } from '#test/gql/index.js';
import { binaryBody } from '#test/helpers/http.js';

interface Listed {
  ids: string[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

const LIST = graphql(`
  query CaseListOrdersSpecCases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          number
          deadline
          registeredOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('the cases list: orders, keyset pages, 我登记的 and the Excel download', () => {
  const clock = new ManualClock(new Date('2026-07-01T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  let category: string;
  let jinjiang: string;
  let wuhou: string;
  const mine: CaseView[] = [];
  let byCity: CaseView;
  let sibling: CaseView;
  let clockless: CaseView;

  const list = async (username: string, variables: Record<string, unknown>): Promise<Listed> => {
    const result = await api.query(username, LIST, { first: 100, ...variables });
    expect(result.errors).toBeUndefined();
    const { edges, totalCount, pageInfo } = result.data!.cases;
    return { ids: edges.map((e: { node: { id: string } }) => e.node.id), totalCount, ...pageInfo };
  };

  /** Every page of one order, a page at a time: the ids in the order the pages gave them. */
  const walk = async (username: string, orderBy: Record<string, string>, first: number): Promise<string[]> => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list(username, { first, after, orderBy });
      seen.push(...page.ids);
      if (!page.hasNextPage) return seen;
      after = page.endCursor;
    }
  };

  const register = (username: string, title: string, problemJurisdictionId: string) =>
    api.step(username, 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title,
      content: `${title}，请求依法处理。`,
      problemJurisdictionId,
      petitioners: [{ name: '王某', representative: false }],
    });

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    category = await categoryId(api, 'sc.registrar');
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    wuhou = await api.idOf('sc.registrar', 'tenant', '510107');
    // Registered on different days, so registration time, deadline and number disagree with one another only by design.
    for (const [day, title] of [
      ['2026-07-01', '小区物业乱收费'],
      ['2026-07-03', '道路施工扬尘'],
      ['2026-07-02', '医保报销迟缓'],
    ] as const) {
      clock.set(new Date(`${day}T01:00:00Z`));
      mine.push(await register('jj.registrar', title, jinjiang));
    }
    byCity = await register('cd.registrar', '市区公交线路调整', jinjiang);
    sibling = await register('wh.registrar', '武侯区菜市场占道', wuhou);
    clockless = mine[0];
    // A case with no running clock (as after it ends): sorts after every deadline.
    await system.admin.query(`UPDATE cases.cases SET deadline = NULL, deadline_stage = NULL WHERE id = $1`, [clockless.id]);
    clock.set(new Date('2026-07-20T01:00:00Z'));
  });
  afterAll(() => system.close());

  it('orders by deadline, number or registration time, either way, the case without a clock after every deadline', async () => {
    const jj = [...mine];
    const deadlineAsc = (await list('jj.registrar', { orderBy: { field: 'DEADLINE', direction: 'ASC' } })).ids;
    // Registered 07-02 and 07-03: route deadlines in that order; the clockless case last.
    expect(deadlineAsc.filter((id) => jj.some((c) => c.id === id))).toEqual([mine[2].id, mine[1].id, clockless.id]);
    expect((await list('jj.registrar', { orderBy: { field: 'DEADLINE', direction: 'DESC' } })).ids).toEqual([...deadlineAsc].reverse());

    const byNumber = jj.sort((a, b) => (a.number < b.number ? -1 : 1)).map((c) => c.id);
    expect((await list('jj.registrar', { orderBy: { field: 'NUMBER', direction: 'ASC' } })).ids).toEqual(byNumber);
    expect((await list('jj.registrar', { orderBy: { field: 'NUMBER', direction: 'DESC' } })).ids).toEqual([...byNumber].reverse());

    const registeredAsc = (await list('jj.registrar', { orderBy: { field: 'REGISTERED_AT', direction: 'ASC' } })).ids;
    expect(registeredAsc).toEqual([mine[0].id, mine[2].id, mine[1].id]);
    // Without an order: newest first, as before.
    expect((await list('jj.registrar', {})).ids).toEqual([...registeredAsc].reverse());
  });

  it('pages every order without a gap or a repeat, and row-level security still confines each page', async () => {
    for (const field of ['DEADLINE', 'NUMBER', 'REGISTERED_AT']) {
      for (const direction of ['ASC', 'DESC']) {
        const whole = (await list('cd.registrar', { orderBy: { field, direction } })).ids;
        expect(whole).toHaveLength(5);
        expect(await walk('cd.registrar', { field, direction }, 2)).toEqual(whole);
        const district = await walk('jj.registrar', { field, direction }, 1);
        expect(district.sort()).toEqual(mine.map((c) => c.id).sort());
        expect(district).not.toContain(sibling.id);
      }
    }
    expect((await list('jj.registrar', { orderBy: { field: 'NUMBER', direction: 'ASC' } })).totalCount).toBe(3);
    expect((await list('cd.registrar', { orderBy: { field: 'NUMBER', direction: 'ASC' } })).totalCount).toBe(5);
  });

  it('refuses a cursor of another order, and a cursor whose key does not fit its order', async () => {
    const page = await list('cd.registrar', { first: 1, orderBy: { field: 'NUMBER', direction: 'ASC' } });
    const other = await api.query('cd.registrar', LIST, { first: 1, after: page.endCursor, orderBy: { field: 'DEADLINE', direction: 'ASC' } });
    expect(errorCode(other)).toBe('VALIDATION');
    expect(other.errors?.[0].message).toBe('分页游标与排序不一致，请从第一页重新查询');
    const forged = Buffer.from(JSON.stringify(['DEADLINE.ASC', 'not-a-date', mine[0].id])).toString('base64url');
    expect(errorCode(await api.query('cd.registrar', LIST, { first: 1, after: forged, orderBy: { field: 'DEADLINE', direction: 'ASC' } }))).toBe('VALIDATION');
  });

  it('我登记的 lists the cases the caller registered, not what others registered in the same subtree', async () => {
    const own = await list('cd.registrar', { filter: { registeredByMe: true } });
    expect(own.ids).toEqual([byCity.id]);
    expect(own.totalCount).toBe(1);
    expect((await list('jj.registrar', { filter: { registeredByMe: true } })).ids.sort()).toEqual(mine.map((c) => c.id).sort());
    expect((await list('wh.registrar', { filter: { registeredByMe: true } })).ids).toEqual([sibling.id]);
    const { rows } = await system.admin.query(`SELECT registered_by FROM cases.cases WHERE id = $1`, [byCity.id]);
    const { rows: users } = await system.admin.query(`SELECT id FROM core.users WHERE username = 'cd.registrar'`);
    expect(rows[0].registered_by).toBe(users[0].id);
  });

  describe('GET /exports/cases.xlsx', () => {
    const download = async (username: string | null, query: Record<string, unknown>) => {
      const call = request(system.server).get('/exports/cases.xlsx').query(query).buffer(true).parse(binaryBody);
      return username ? call.set('Authorization', `Bearer ${await api.token(username)}`) : call;
    };
    const sheetOf = async (content: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as never);
      return workbook.worksheets[0];
    };

    it('holds exactly the filtered, visible rows in list order, with Chinese headers and a dated file name', async () => {
      clock.set(new Date('2026-07-31T01:00:00Z'));
      const filter = { states: ['REGISTERED' as const] };
      const orderBy = { field: 'NUMBER' as const, direction: 'DESC' as const };
      const response = await download('jj.registrar', { filter: JSON.stringify(filter), orderBy: JSON.stringify(orderBy) });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="cases_2026-07-31.xlsx"; filename*=UTF-8''${encodeURIComponent('信访事项_2026-07-31.xlsx')}`,
      );
      const sheet = await sheetOf(response.body);
      const values = sheet.getSheetValues().slice(1) as unknown[][];
      expect(values[0].slice(1)).toEqual([...CASE_EXPORT_HEADERS]);
      const listed = await api.query(
        'jj.registrar',
        graphql(`
          query CaseListOrdersSpecCases2($f: CaseFilter, $o: CaseOrder) {
            cases(first: 100, filter: $f, orderBy: $o) {
              edges {
                node {
                  number
                  title
                }
              }
            }
          }
        `),
        {
          f: filter,
          o: orderBy,
        },
      );
      const numbers = listed.data!.cases.edges.map((e) => e.node.number);
      expect(values.slice(1).map((row) => row[1])).toEqual(numbers);
      expect(numbers).toHaveLength(3);
      expect(numbers).not.toContain(sibling.number);
      const row = values.find((r) => r[1] === mine[1].number)!;
      const overdueDays = (Date.parse('2026-07-31') - Date.parse(mine[1].deadline!)) / 86_400_000;
      expect(overdueDays).toBeGreaterThan(0);
      expect(row.slice(2)).toEqual([
        '道路施工扬尘',
        '来信',
        '申诉求决类',
        expect.any(String),
        '已登记',
        '锦江区',
        `转送、交办 ${mine[1].deadline}`,
        `逾期${overdueDays}天`,
        '2026-07-03',
      ]);
    });

    it('answers 401 without a token and 400 with a code and a Chinese message for a bad filter, never 500', async () => {
      const anonymous = await request(system.server).get('/exports/cases.xlsx');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ code: 'UNAUTHENTICATED', message: '未登录或登录已失效' });
      const forged = await request(system.server).get('/exports/cases.xlsx').set('Authorization', 'Bearer not-a-token');
      expect(forged.status).toBe(401);
      const token = await api.token('jj.registrar');
      const bad = async (query: Record<string, string>) => {
        const response = await request(system.server).get('/exports/cases.xlsx').query(query).set('Authorization', `Bearer ${token}`);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION');
        return response.body.message as string;
      };
      expect(await bad({ filter: '{not json' })).toBe('参数 filter 应为 JSON 对象');
      expect(await bad({ filter: JSON.stringify({ states: ['NOPE'] }) })).toBe('状态不正确');
      expect(await bad({ filter: JSON.stringify({ registeredFrom: '2026/07/01' }) })).toBe('日期应为 YYYY-MM-DD 格式');
      expect(await bad({ filter: JSON.stringify({ text: '物' }) })).toBe('检索文字至少 2 个字');
      expect(await bad({ orderBy: JSON.stringify({ field: 'TITLE' }) })).toBe('排序依据不正确');
    });
  });

  it('我包案的 lists the cases the calling leader owns, and nothing to a leader who owns none', async () => {
    const leader = (
      await api.query(
        'jj.leader',
        graphql(`
          query CaseListOrdersSpecMe {
            me {
              id
            }
          }
        `),
        {},
      )
    ).data!.me;
    const owned = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: category,
      title: '包案领导督促化解的欠薪事项',
      content: '来访反映欠薪。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '包某' }],
      leaderOwnerId: leader.id,
    });
    const own = await list('jj.leader', { filter: { ownedByMe: true } });
    expect(own.ids).toEqual([owned.id]);
    expect(own.totalCount).toBe(1);
    expect((await list('cd.leader', { filter: { ownedByMe: true } })).ids).toEqual([]);
  });
});
