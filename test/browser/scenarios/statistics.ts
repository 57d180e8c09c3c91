import { beforeAll, describe, expect } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot } from '../../helpers/browser.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

/**
 * 统计分析 as the city's leader: the year's totals by problem jurisdiction, for the city and then
 * for 锦江区 below it, compared with what the API counts (the earlier scenarios' cases included),
 * and the Excel file of the district's figures.
 */
export function statisticsScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('statistics', () => {
    let year: string;
    let jinjiang: string;

    /** The year's batches and person-times as `caseStatistics` counts them for cd.leader. */
    const totals = async (jurisdictionId: string | null) => {
      const { data } = await suite.api.query(
        'cd.leader',
        graphql(`
          query StatisticsCaseStatistics($period: PeriodInput!, $j: ID) {
            caseStatistics(period: $period, groupBy: KIND, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {
              batches
              personTimes
            }
          }
        `),
        { period: { from: `${year}-01-01`, to: `${year}-12-31` }, j: jurisdictionId },
      );
      const rows: { batches: number; personTimes: number }[] = data!.caseStatistics;
      return { batches: rows.reduce((sum, r) => sum + r.batches, 0), personTimes: rows.reduce((sum, r) => sum + r.personTimes, 0) };
    };
    /** The totals on screen once they show the figures expected (or, after 30 s, whatever they show). */
    const shownTotals = async (page: Page, expected: { batches: number; personTimes: number }) => {
      const read = async () => ({
        batches: Number(await page.getByTestId('statistics-total-batches').textContent()),
        personTimes: Number(await page.getByTestId('statistics-total-person-times').textContent()),
      });
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(250)) {
        const shown = await read();
        if (shown.batches === expected.batches && shown.personTimes === expected.personTimes) return shown;
      }
      return read();
    };

    const chooseDistrict = async (page: Page) => {
      await page.locator('.ant-select[aria-label="辖区"] .ant-select-selector').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: /^\s*锦江区$/ })
        .click();
      await page.getByText(`锦江区信访统计（${year}年`).waitFor();
    };

    beforeAll(async () => {
      const { api } = suite;
      year = suite.today.slice(0, 4);
      jinjiang = await api.idOf('cd.registrar', 'tenant', '510104');
      const wuhou = await api.idOf('cd.registrar', 'tenant', '510107');
      const register = async (input: Record<string, unknown>) =>
        api.step('cd.registrar', 'registerCase', { kind: 'CLAIM', categoryId: await categoryId(api, 'cd.registrar'), ...input });
      await register({
        channel: 'PHONE',
        title: '统计：拖欠农民工工资',
        content: '来电反映工地拖欠工资。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '孙某' }, { name: '李某' }],
      });
      await register({
        channel: 'LETTER',
        title: '统计：社保转移接续',
        content: '来信反映社保关系转移困难。',
        problemJurisdictionId: wuhou,
        petitioners: [{ name: '钱某' }],
      });
    }, 60_000);

    it('a city leader sees the year’s figures of the city, then of a district below, as the API counts them', async () => {
      const page = await suite.pageAs('cd.leader');
      await page.getByRole('menuitem', { name: '统计分析' }).click();
      await page.waitForURL(/\/statistics$/);
      const city = await totals(null);
      expect(city.batches).toBeGreaterThanOrEqual(2);
      expect(await shownTotals(page, city)).toEqual(city);
      await expect(page.getByText(`成都市信访统计（${year}年`).count()).resolves.toBe(1);
      await page.getByText('及时受理率').first().waitFor();
      await page.getByTestId('chart-month').locator('canvas').waitFor();

      await chooseDistrict(page);
      const district = await totals(jinjiang);
      expect(district.batches).toBeLessThan(city.batches);
      expect(await shownTotals(page, district)).toEqual(district);
      // The backlog at the year's end as the API counts it (some of the year's cases are still being handled).
      const { data } = await suite.api.query(
        'cd.leader',
        graphql(`
          query StatisticsCaseBacklog($period: PeriodInput!, $j: ID) {
            caseBacklog(period: $period, basis: PROBLEM_JURISDICTION, jurisdictionId: $j) {
              open
            }
          }
        `),
        { period: { from: `${year}-01-01`, to: `${year}-12-31` }, j: jinjiang },
      );
      expect(data!.caseBacklog.open).toBeGreaterThan(0);
      await page
        .getByTestId('backlog-open')
        .filter({ hasText: new RegExp(`^${data!.caseBacklog.open}$`) })
        .waitFor();
      await screenshot(page, 'statistics');
      await page.close();
    }, 90_000);

    it('导出 Excel downloads the district’s figures, named by the period', async () => {
      const page = await suite.pageAs('cd.leader');
      await page.goto(`${suite.baseUrl}/statistics`);
      await chooseDistrict(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
      expect(download.suggestedFilename()).toBe(`信访统计_${year}年.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const rows: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(String(rows[0]![0])).toMatch(new RegExp(`^锦江区信访统计（${year}年，按问题属地`));
      const byKind = rows.findIndex((row) => row[0] === '按信访类别');
      const total = rows.slice(byKind).find((row) => row[0] === '合计')!;
      const district = await totals(jinjiang);
      expect(total.slice(1, 3)).toEqual([district.batches, district.personTimes]);
      expect(rows.some((row) => String(row[0]).startsWith('积存（截至'))).toBe(true);

      // The rates and visits come from the assessment, in a file of their own.
      const [indicators] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出主要指标' }).click()]);
      expect(indicators.suggestedFilename()).toBe(`信访主要指标_锦江区_${year}年.xlsx`);
      const indicatorBook = new ExcelJS.Workbook();
      await indicatorBook.xlsx.readFile((await indicators.path())!);
      const sheet = indicatorBook.getWorksheet('主要指标')!;
      expect(sheet.getCell('A1').value).toBe(`锦江区信访工作主要指标（${year}年，按问题属地，口径与考核一致）`);
      expect(sheet.getCell('A4').value).toBe('及时受理率');
      await page.close();
    }, 90_000);
  });
}
