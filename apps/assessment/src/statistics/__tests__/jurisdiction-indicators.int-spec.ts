import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '#common/auth';
import { graphql } from '#test/gql/index.js';
import { dataOf, errorCode, gql } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentHarness } from '../../facts/__tests__/assessment-harness.js';
import { binaryBody } from '#test/helpers/http.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  wenyi: { code: '430102001', name: '文艺路街道', level: 'TOWNSHIP', parent: 'furong' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  zhuzhou: { code: '430200', name: '株洲市', level: 'CITY', parent: 'hunan' },
});

const QUERY = graphql(`
  query JurisdictionIndicatorsSpecIndicators($tenantId: ID) {
    jurisdictionIndicators(period: { kind: RANGE, from: "2026-01-01", to: "2026-06-30" }, tenantId: $tenantId) {
      indicator {
        code
        name
        formula
      }
      value
      numerator
      denominator
      previous
    }
  }
`);

/*
 * Visits by problem jurisdiction, first half of 2026 (and 2025 for the year-on-year change):
 *   芙蓉区   collective, 6 persons, accepted in time        (2025: collective, 5 persons)
 *   文艺路街道 level-skipping, 2 persons, accepted late
 *   天心区   collective, 7 persons
 *   株洲市   collective, 9 persons (another city: counts for no one here)
 * 芙蓉区 (with 文艺路街道): timely acceptance 1 of 2; collective 1 batch, 6 person-times, +20% on 5;
 * level-skipping 1 batch, 2 person-times, no change from nothing. 长沙市: collective 2 batches, 13.
 */
describe('statistics: a jurisdiction’s indicators by the assessment’s definitions', () => {
  const h = new AssessmentHarness(tree);
  const notify = (done: string) => [{ stage: 'NOTIFY', startedOn: '2026-03-02', deadline: '2026-03-17', stoppedOn: done }];
  const ask = async (as: 'changsha' | 'furong', roles: Role[], tenantId?: string, unitId: string | null = null) =>
    gql(h.server, QUERY, tenantId ? { tenantId } : {}, await h.token(as, roles, unitId));
  /** The indicators by code, of a query that must succeed. */
  const indicators = async (as: 'changsha' | 'furong', roles: Role[], tenantId?: string) =>
    Object.fromEntries(dataOf(await ask(as, roles, tenantId)).jurisdictionIndicators.map((row) => [row.indicator.code, row]));

  beforeAll(async () => {
    await h.start();
    await h.deliver(
      [
        h.caseFact('furong', { collective: true, personCount: 6, toState: 'ACCEPTED', stages: notify('2026-03-10') }),
        h.caseFact('wenyi', { levelSkipping: true, personCount: 2, toState: 'ACCEPTED', stages: notify('2026-03-20') }),
        h.caseFact('furong', { collective: true, personCount: 5, registeredOn: '2025-03-02' }),
        h.caseFact('tianxin', { collective: true, personCount: 7 }),
        h.caseFact('zhuzhou', { collective: true, personCount: 9 }),
      ].map((fact) => h.envelope('case.transitioned', 'hunan', fact)),
    );
  });
  afterAll(() => h.stop());

  it('counts a county below the city as its scheme item would, with the formula shown', async () => {
    const furong = await indicators('changsha', [Role.LEADER], tree.ids.furong);
    expect(furong.TIMELY_ACCEPTANCE_RATE).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, indicator: { name: '及时受理率' } });
    expect(furong.TIMELY_ACCEPTANCE_RATE.indicator.formula).toMatch(/[\u4e00-\u9fa5]/);
    expect(furong.COLLECTIVE_VISIT_BATCHES).toMatchObject({ value: 1, numerator: 1 });
    expect(furong.COLLECTIVE_VISIT_PERSON_TIMES).toMatchObject({ value: 6 });
    expect(furong.COLLECTIVE_VISIT_PERSON_TIMES_YOY).toMatchObject({ numerator: 6, previous: 5 });
    expect(furong.COLLECTIVE_VISIT_PERSON_TIMES_YOY.value).toBeCloseTo(0.2);
    expect(furong.COLLECTIVE_VISIT_BATCHES_YOY).toMatchObject({ value: 0, previous: 1 });
    expect(furong.LEVEL_SKIPPING_VISIT_PERSON_TIMES).toMatchObject({ value: 2 });
    expect(furong.LEVEL_SKIPPING_VISIT_BATCHES_YOY).toMatchObject({ value: null, previous: 0 });
    // A rate over nothing has no value.
    expect(furong.PARTICIPATION_RATE).toMatchObject({ value: null, denominator: 0 });
  });

  it('counts the caller’s own jurisdiction by default, its whole subtree and nothing of another city', async () => {
    const city = await indicators('changsha', [Role.ASSESSOR]);
    expect(city.COLLECTIVE_VISIT_BATCHES).toMatchObject({ value: 2 });
    expect(city.COLLECTIVE_VISIT_PERSON_TIMES).toMatchObject({ value: 13 });
  });

  it('refuses a jurisdiction outside the caller’s subtree, and the roles without statistics', async () => {
    expect(errorCode(await ask('furong', [Role.LEADER], tree.ids.changsha))).toBe('NOT_FOUND');
    expect(errorCode(await ask('furong', [Role.LEADER], tree.ids.tianxin))).toBe('NOT_FOUND');
    // A unit's handler reads the unit's cases, not a jurisdiction's figures.
    expect(errorCode(await ask('furong', [Role.HANDLER], undefined, '00000000-0000-4000-8000-000000000001'))).toBe('FORBIDDEN');
    expect(errorCode(await ask('furong', [Role.REGISTRAR]))).toBe('FORBIDDEN');
  });

  describe('GET /exports/assessment/indicators.xlsx', () => {
    const download = async (as: 'changsha' | 'furong', roles: Role[], query: Record<string, string>) =>
      request(h.server)
        .get('/exports/assessment/indicators.xlsx')
        .query(query)
        .set('Authorization', `Bearer ${await h.token(as, roles, null)}`)
        .buffer(true)
        .parse(binaryBody);
    const period = JSON.stringify({ kind: 'RANGE', from: '2026-01-01', to: '2026-06-30' });

    it('holds the page’s indicators of a county below, rates as percentages, with their formulas', async () => {
      const response = await download('changsha', [Role.LEADER], { period, jurisdictionId: tree.ids.furong });
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('信访主要指标_芙蓉区_2026年1-6月.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as never);
      const sheet = workbook.getWorksheet('主要指标')!;
      expect(sheet.getCell('A1').value).toBe('芙蓉区信访工作主要指标（2026年1-6月，按问题属地，口径与考核一致）');
      const rows = new Map<string, ExcelJS.Row>();
      sheet.eachRow((row, n) => n > 3 && rows.set(String(row.getCell(1).value), row));
      const timely = rows.get('及时受理率')!;
      expect([timely.getCell(2).value, timely.getCell(3).value, timely.getCell(4).value, timely.getCell(2).numFmt]).toEqual([0.5, 1, 2, '0.00%']);
      expect(String(timely.getCell(6).value)).toMatch(/[\u4e00-\u9fa5]/);
      const collective = [...rows.values()].find((row) => row.getCell(3).value === 6 && row.getCell(5).value === 5)!;
      expect(collective.getCell(2).value).toBeCloseTo(0.2);
    });

    it('refuses a bad period, a jurisdiction outside the caller’s subtree and the roles without statistics, in Chinese', async () => {
      const bad = await download('changsha', [Role.LEADER], { period: 'nope' });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body.toString())).toEqual({
        code: 'VALIDATION',
        message: '参数 period 应为 JSON 对象',
        details: { fields: { period: ['参数 period 应为 JSON 对象'] } },
      });
      expect((await download('furong', [Role.LEADER], { period, jurisdictionId: tree.ids.changsha })).status).toBe(404);
      expect((await download('furong', [Role.REGISTRAR], { period })).status).toBe(403);
    });
  });
});
