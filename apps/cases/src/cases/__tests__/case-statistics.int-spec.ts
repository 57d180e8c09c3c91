import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import pg from 'pg';
import request from 'supertest';
import { startCasesApp, asAppRole, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { dataOf, errorCode } from '#test/helpers/graphql-client.js';
import type { CaseCountBasis, CaseGrouping } from '#test/gql/graphql.js';
import { graphql } from '#test/gql/index.js';
import { binaryBody } from '#test/helpers/http.js';

/** A row of `caseStatistics` as the specs select it. */
interface StatisticsRow {
  key: string;
  label: string;
  batches: number;
  personTimes: number;
}

/**
 * Hand-counted cases of March 2026 around 锦江区 (510104), as (holder → problem jurisdiction, persons):
 *   A 成都市 → 锦江区 (3)      B 锦江区 → 春熙路街道 (1)   C 锦江区 → 锦江区 (5)
 *   D 锦江区 → 武侯区 (1)      F 四川省 → 春熙路街道 (1)   G 武侯区 → 武侯区 (2)
 * and E 春熙路街道 → 春熙路街道 registered in April (outside the period).
 * 锦江区 by handling office: B, C, D = 3 batches, 7 person-times.
 * 锦江区 by problem jurisdiction: A, B, C, F = 4 batches, 10 person-times.
 */
describe('case statistics on two named bases', () => {
  let system: CasesTestApp;
  let api: CaseApi;
  let app: pg.Pool;
  const ids: Record<string, string> = {};
  const STATS = graphql(`
    query CaseStatisticsSpecCaseStatistics($basis: CaseCountBasis, $g: CaseGrouping!) {
      caseStatistics(period: { from: "2026-03-01", to: "2026-03-31" }, groupBy: $g, basis: $basis) {
        key
        label
        batches
        personTimes
      }
    }
  `);
  const statsResult = (username: string, groupBy: CaseGrouping, basis?: CaseCountBasis) =>
    api.query(username, STATS, { g: groupBy, ...(basis ? { basis } : {}) });
  const stats = async (username: string, groupBy: CaseGrouping, basis?: CaseCountBasis) =>
    dataOf(await statsResult(username, groupBy, basis)).caseStatistics.map((r: StatisticsRow) => [r.label, r.batches, r.personTimes]);

  beforeAll(async () => {
    system = await startCasesApp();
    api = new CaseApi(system.server);
    app = new pg.Pool({ connectionString: system.db.config.appDatabaseUrl, max: 1 });
    const rows = {
      A: { tenantCode: '510100', problemCode: '510104', personCount: 3 },
      B: { tenantCode: '510104', problemCode: '510104001', personCount: 1 },
      C: { tenantCode: '510104', problemCode: '510104', personCount: 5 },
      D: { tenantCode: '510100', holderCode: '510104', problemCode: '510107', personCount: 1 },
      E: { tenantCode: '510104001', registeredOn: '2026-04-01', personCount: 1 },
      F: { tenantCode: '510000', problemCode: '510104001', personCount: 1 },
      G: { tenantCode: '510107', personCount: 2 },
    };
    for (const [name, row] of Object.entries(rows)) {
      ids[name] = (await insertCase(system.admin, { registeredOn: '2026-03-10', state: 'REGISTERED', ...row })).id;
    }
  });
  afterAll(async () => {
    await app.end();
    await system.close();
  });

  it('by handling office (the default) counts what the county holds; by problem jurisdiction what arose in it', async () => {
    expect(await stats('jj.registrar', 'KIND')).toEqual([['申诉求决类', 3, 7]]);
    expect(await stats('jj.registrar', 'KIND', 'HANDLING_OFFICE')).toEqual([['申诉求决类', 3, 7]]);
    expect(await stats('jj.registrar', 'KIND', 'PROBLEM_JURISDICTION')).toEqual([['申诉求决类', 4, 10]]);
  });

  it('groups the city’s counts by child jurisdiction on either basis', async () => {
    // The city does not see F, held by the province; by problem jurisdiction it counts it.
    expect(await stats('cd.registrar', 'CHILD_JURISDICTION', 'HANDLING_OFFICE')).toEqual([
      ['锦江区', 3, 9],
      ['武侯区', 2, 3],
    ]);
    expect(await stats('cd.registrar', 'CHILD_JURISDICTION', 'PROBLEM_JURISDICTION')).toEqual([
      ['锦江区', 4, 10],
      ['武侯区', 2, 3],
    ]);
  });

  it('gives counts only: the rows behind them stay invisible to the county', async () => {
    const { rows } = await system.admin.query(`SELECT path::text FROM core.tenants WHERE code = '510104'`);
    const county = { path: rows[0].path };
    const seen = await asAppRole<{ n: number }>(app, county, `SELECT count(*)::int AS n FROM cases.cases WHERE id = ANY($1)`, [[ids.A, ids.F]]);
    expect(seen).toEqual([{ n: 0 }]);
    const counted = await asAppRole<{ batches: string }>(
      app,
      county,
      `SELECT batches FROM cases.case_counts_by_problem_jurisdiction('2026-03-01', '2026-03-31', 'KIND')`,
    );
    expect(counted.map((r) => Number(r.batches))).toEqual([4]);
    // A unit-scoped user, who sees only the unit's cases, gets nothing from the database either.
    const unit = await asAppRole(
      app,
      { ...county, scopeUnit: '00000000-0000-4000-8000-000000000001' },
      `SELECT * FROM cases.case_counts_by_problem_jurisdiction('2026-03-01', '2026-03-31', 'KIND')`,
    );
    expect(unit).toEqual([]);
  });

  it('refuses the problem-jurisdiction basis to a unit user', async () => {
    const refused = await statsResult('jj.handler', 'KIND', 'PROBLEM_JURISDICTION');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  describe('of a jurisdiction below, and by month', () => {
    const SCOPED = graphql(`
      query CaseStatisticsSpecCaseStatistics2($basis: CaseCountBasis, $g: CaseGrouping!, $j: ID) {
        caseStatistics(period: { from: "2026-03-01", to: "2026-04-30" }, groupBy: $g, basis: $basis, jurisdictionId: $j) {
          key
          label
          batches
          personTimes
        }
      }
    `);
    const scopedResult = async (username: string, groupBy: CaseGrouping, basis: CaseCountBasis, code: string) => {
      const { rows } = await system.admin.query(`SELECT id FROM core.tenants WHERE code = $1`, [code]);
      return api.query(username, SCOPED, { g: groupBy, basis, j: rows[0].id });
    };
    const scoped = async (username: string, groupBy: CaseGrouping, basis: CaseCountBasis, code: string) =>
      dataOf(await scopedResult(username, groupBy, basis, code)).caseStatistics.map((r: StatisticsRow) => [r.key, r.label, r.batches, r.personTimes]);

    it('counts a district for the city as the district counts itself, on either basis', async () => {
      expect(await scoped('cd.leader', 'KIND', 'HANDLING_OFFICE', '510104')).toEqual([['CLAIM', '申诉求决类', 4, 8]]);
      expect(await scoped('cd.leader', 'KIND', 'PROBLEM_JURISDICTION', '510104')).toEqual([['CLAIM', '申诉求决类', 5, 11]]);
      // Children of the district counted, not of the city: 春熙路街道 holds E and is the problem of B, E and F.
      expect(await scoped('cd.leader', 'CHILD_JURISDICTION', 'HANDLING_OFFICE', '510104')).toEqual([[expect.any(String), '春熙路街道', 2, 2]]);
      expect(await scoped('cd.leader', 'CHILD_JURISDICTION', 'PROBLEM_JURISDICTION', '510104')).toEqual([[expect.any(String), '春熙路街道', 3, 3]]);
    });

    it('groups by month of registration', async () => {
      expect(await scoped('cd.leader', 'MONTH', 'PROBLEM_JURISDICTION', '510100')).toEqual([
        ['2026-03', '2026年3月', 6, 13],
        ['2026-04', '2026年4月', 1, 1],
      ]);
    });

    it('refuses a jurisdiction outside the caller’s subtree', async () => {
      for (const basis of ['HANDLING_OFFICE', 'PROBLEM_JURISDICTION'] as const) {
        expect(errorCode(await scopedResult('jj.leader', 'KIND', basis, '510100'))).toBe('NOT_FOUND');
        expect(errorCode(await scopedResult('jj.leader', 'KIND', basis, '510107'))).toBe('NOT_FOUND');
      }
      const { rows } = await system.admin.query(`SELECT path::text FROM core.tenants WHERE code = '510104'`);
      const city = await system.admin.query(`SELECT path::text FROM core.tenants WHERE code = '510100'`);
      // The database refuses too: the owner's function counts nothing above the caller.
      expect(
        await asAppRole(app, { path: rows[0].path }, `SELECT * FROM cases.case_counts_by_problem_jurisdiction('2026-03-01', '2026-03-31', 'KIND', $1::ltree)`, [
          city.rows[0].path,
        ]),
      ).toEqual([]);
    });
  });

  describe('GET /exports/statistics.xlsx', () => {
    const download = async (username: string, query: Record<string, string>) =>
      request(system.server)
        .get('/exports/statistics.xlsx')
        .query(query)
        .set('Authorization', `Bearer ${await api.token(username)}`)
        .buffer(true)
        .parse(binaryBody);
    /** The sheet's rows as arrays of values (ExcelJS rows are 1-based). */
    const rowsOf = async (content: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(content as never);
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };

    it('holds the page’s counts beside last year’s for a district below, named by its period', async () => {
      const { rows: jj } = await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510104'`);
      await insertCase(system.admin, { tenantCode: '510104', problemCode: '510104', registeredOn: '2025-03-20', state: 'REGISTERED', personCount: 2 });
      const response = await download('cd.leader', {
        period: JSON.stringify({ from: '2026-03-01', to: '2026-03-31' }),
        basis: 'PROBLEM_JURISDICTION',
        jurisdictionId: jj[0].id,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('信访统计_2026年3月.xlsx')}`);
      const rows = await rowsOf(response.body);
      expect(String(rows[0]![0])).toMatch(/^锦江区信访统计（2026年3月，按问题属地/);
      // By kind: A, B, C, F = 4 batches, 10 person-times; last March one case of 2 persons: +300%, +400%.
      const kind = rows.findIndex((row) => row[0] === '按信访类别');
      expect(rows[kind + 1]).toEqual(['类别', '本期件数', '本期人次', '上年同期件数', '上年同期人次', '件数同比', '人次同比']);
      expect(rows[kind + 2]).toEqual(['申诉求决类', 4, 10, 1, 2, 3, 4]);
      expect(rows[kind + 3]).toEqual(['合计', 4, 10, 1, 2, 3, 4]);
      const months = rows.findIndex((row) => row[0] === '按月份');
      expect(rows[months + 2]).toEqual(['3月', 4, 10, 1, 2, 3, 4]);
      // The backlog at the period's end: A, B, C, F and last March's case, all still open; a year earlier only that one.
      const backlog = rows.findIndex((row) => String(row[0]).startsWith('积存（'));
      expect(rows[backlog]).toEqual(['积存（截至 2026-03-31，上年同期截至 2025-03-31）']);
      expect(rows.slice(backlog + 1, backlog + 6)).toEqual([
        ['项目', '期末', '上年同期末', '同比'],
        ['积存件数', 5, 1, 4],
        ['积存人次', 12, 2, 5],
        ['其中超过办理期限', 0, 0, 0],
        // From none to one: no percentage, an empty cell.
        ['其中登记超过 90 日', 1, 0],
      ]);
    });

    it('refuses a bad period or basis with a Chinese message and a jurisdiction outside the caller’s subtree', async () => {
      expect((await download('jj.leader', {})).status).toBe(400);
      const bad = await download('jj.leader', { period: JSON.stringify({ from: '2026/03/01', to: '2026-03-31' }) });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body.toString()).message).toBe('日期应为 YYYY-MM-DD 格式');
      expect((await download('jj.leader', { period: JSON.stringify({ from: '2026-03-01', to: '2026-03-31' }), basis: 'NOPE' })).status).toBe(400);
      const { rows: city } = await system.admin.query(`SELECT id FROM core.tenants WHERE code = '510100'`);
      const outside = await download('jj.leader', { period: JSON.stringify({ from: '2026-03-01', to: '2026-03-31' }), jurisdictionId: city[0].id });
      expect(outside.status).toBe(404);
    });
  });

  describe('the backlog (积存) at the end of a period', () => {
    const BACKLOG = graphql(`
      query CaseStatisticsSpecCaseBacklog($to: String!, $basis: CaseCountBasis) {
        caseBacklog(period: { from: "2025-01-01", to: $to }, basis: $basis) {
          asOf
          open
          personTimes
          overdue
          longPending
        }
      }
    `);
    const backlogResult = (username: string, to: string, basis?: CaseCountBasis) => api.query(username, BACKLOG, { to, ...(basis ? { basis } : {}) });
    const backlog = async (username: string, to: string, basis?: CaseCountBasis) => dataOf(await backlogResult(username, to, basis)).caseBacklog;

    // Besides L (锦江区, 2 persons, open since 2025-03-20, from the file's test above): H handled from
    // 2025-11-10 to 2025-12-15 and I open since 2025-11-10, due 2025-12-20.
    beforeAll(async () => {
      const handled = await insertCase(system.admin, { tenantCode: '510104', registeredOn: '2025-11-10', state: 'DECIDED', personCount: 2 });
      await system.admin.query(`UPDATE cases.cases SET finished_on = '2025-12-15' WHERE id = $1`, [handled.id]);
      await insertCase(system.admin, {
        tenantCode: '510104',
        registeredOn: '2025-11-10',
        personCount: 4,
        openStages: [{ stage: 'HANDLE', startedOn: '2025-11-10', deadline: '2025-12-20' }],
      });
    });

    it('counts what was registered by the day and not handled by then, overdue and pending over 90 days among it', async () => {
      expect(await backlog('jj.registrar', '2025-12-10')).toEqual({ asOf: '2025-12-10', open: 3, personTimes: 8, overdue: 0, longPending: 1 });
      expect(await backlog('jj.registrar', '2026-01-31')).toEqual({ asOf: '2026-01-31', open: 2, personTimes: 6, overdue: 1, longPending: 1 });
      // With March's B, C and D held by 锦江区 (7 person-times); I is now more than 90 days old too.
      expect(await backlog('jj.registrar', '2026-03-31')).toEqual({ asOf: '2026-03-31', open: 5, personTimes: 13, overdue: 1, longPending: 2 });
    });

    it('counts by problem jurisdiction as the statistics do, and refuses that basis to a unit user', async () => {
      // A, B, C and F arose in 锦江区, and so did I and L.
      expect(await backlog('jj.registrar', '2026-03-31', 'PROBLEM_JURISDICTION')).toMatchObject({ open: 6, personTimes: 16 });
      expect(errorCode(await backlogResult('jj.handler', '2026-03-31', 'PROBLEM_JURISDICTION'))).toBe('FORBIDDEN');
    });
  });
});
