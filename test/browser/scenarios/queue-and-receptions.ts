import { beforeAll, describe, expect } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The numbers of the queue's rows, top to bottom. */
const numbersOnPage = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row td:first-child a').allTextContents();

/**
 * The work queue's tabs, totals, order and Excel download, and the 领导接访 page: jj.registrar's own
 * cases (one received at a leader reception day), a case the city registered and sent down to
 * 锦江区, and a sibling district's case that must appear nowhere.
 */
export function queueAndReceptionScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('queue and receptions', () => {
    let overdue: CaseView;
    let received: CaseView;
    let fromCity: CaseView;
    let sibling: CaseView;
    let receptionDay: string;
    let leaderName: string;

    beforeAll(async () => {
      const { api } = suite;
      const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      const wuhou = await api.idOf('wh.registrar', 'tenant', '510107');
      const register = async (username: string, input: Record<string, unknown>) =>
        api.step(username, 'registerCase', { channel: 'LETTER', kind: 'CLAIM', categoryId: await categoryId(api, username), ...input });
      receptionDay = suite.today;
      const leaders = await api.query(
        'jj.registrar',
        graphql(`
          query QueueAndReceptionsLeaders {
            leaders {
              id
              displayName
            }
          }
        `),
        {},
      );
      leaderName = leaders.data!.leaders[0].displayName;
      const scheduled = await api.query(
        'jj.registrar',
        graphql(`
          mutation QueueAndReceptionsScheduleReception($input: ScheduleReceptionInput!) {
            scheduleReception(input: $input) {
              id
            }
          }
        `),
        {
          input: { leaderId: leaders.data!.leaders[0].id, date: receptionDay, place: '锦江区人民来访接待中心' },
        },
      );
      overdue = await register('jj.registrar', {
        title: '老旧小区电梯加装资金分摊争议',
        content: '来信反映电梯加装资金分摊方案不公。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '周某' }],
      });
      received = await register('jj.registrar', {
        channel: 'VISIT',
        title: '领导接访：商铺租金返还',
        content: '来访反映商铺租金押金未退还。',
        problemJurisdictionId: jinjiang,
        receptionId: scheduled.data!.scheduleReception.id,
        petitioners: [{ name: '吴某' }],
      });
      fromCity = await register('cd.registrar', {
        title: '市民热线转来：小区停车收费',
        content: '反映小区停车收费标准不透明。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '郑某' }],
      });
      fromCity = await api.step('cd.registrar', 'routeCase', { caseId: fromCity.id, version: fromCity.version, mode: 'TRANSFER', tenantId: jinjiang });
      sibling = await register('wh.registrar', {
        title: '武侯区某市场噪音扰民',
        content: '来电反映市场夜间噪音。',
        problemJurisdictionId: wuhou,
        petitioners: [{ name: '冯某' }],
      });
      // Twenty days on: the route clocks (15 days) of jj.registrar's two cases have run out.
      suite.setToday(plusDays(receptionDay, 20));
    }, 120_000);

    it('我登记的 lists only the user’s own cases, with the total the API counts', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases?tab=all&size=100`);
      await page.getByRole('link', { name: fromCity.number }).waitFor();
      await expect(page.getByRole('link', { name: sibling.number }).count()).resolves.toBe(0);

      await page.getByRole('tab', { name: '我登记的' }).click();
      await page.waitForURL(/tab=mine/);
      // The city's case leaves the list once the tab's rows have come (it fails here if it stays).
      await page.getByRole('link', { name: fromCity.number }).waitFor({ state: 'detached', timeout: 10_000 });
      await page.getByRole('link', { name: received.number }).waitFor();
      await expect(page.getByRole('link', { name: overdue.number }).count()).resolves.toBe(1);
      const { data } = await suite.api.query(
        'jj.registrar',
        graphql(`
          query QueueAndReceptionsCases {
            cases(first: 1, filter: { registeredByMe: true }) {
              totalCount
            }
          }
        `),
        {},
      );
      await expect(page.getByTestId('queue-total').textContent()).resolves.toBe(`共 ${data!.cases.totalCount} 件`);
      expect((await numbersOnPage(page)).length).toBe(data!.cases.totalCount);
    }, 90_000);

    it('sorts by deadline from the header, the overdue first in red, and keeps the order in the address', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases?tab=all&size=100`);
      await page.getByRole('link', { name: overdue.number }).waitFor();
      await page.locator('.ant-table-thead th').filter({ hasText: '期限' }).click();
      await page.waitForURL(/sort=deadline(&|$)/);
      await page.locator('.ant-table-thead th[aria-sort="ascending"]').filter({ hasText: '期限' }).waitFor();
      await page.locator('.ant-table-tbody tr.ant-table-row [data-tone]').first().waitFor();
      const tones = await page
        .locator('.ant-table-tbody tr.ant-table-row')
        .evaluateAll((rows) => rows.map((row) => (row.querySelector('[data-tone="overdue"]') ? 'overdue' : 'other')));
      expect(tones[0]).toBe('overdue');
      // Every overdue row before the first row that is not.
      expect(tones.indexOf('other') === -1 || tones.lastIndexOf('overdue') < tones.indexOf('other')).toBe(true);
      const tag = page.getByRole('row').filter({ hasText: overdue.number }).locator('[data-tone="overdue"]');
      await expect(tag.textContent()).resolves.toMatch(/^逾期[1-9]\d*天$/);
      await expect(tag.getAttribute('class')).resolves.toContain('ant-tag-red');

      await page.reload();
      await page.locator('.ant-table-thead th[aria-sort="ascending"]').filter({ hasText: '期限' }).waitFor();
      await page.getByRole('link', { name: overdue.number }).waitFor();
      // The rows of the first answer stay blurred until the list has finished loading.
      await page.locator('.ant-table-wrapper .ant-spin-blur').waitFor({ state: 'detached' });
      await screenshot(page, 'queue');
    }, 90_000);

    it('导出Excel downloads the list on screen as an xlsx; without a session the download is refused', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases?tab=all&sort=deadline&size=100`);
      await page.getByRole('link', { name: overdue.number }).waitFor();
      const listed = await numbersOnPage(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出Excel' }).click()]);
      expect(download.suggestedFilename()).toBe(`信访事项_${suite.today}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const rows = (workbook.worksheets[0].getSheetValues().slice(2) as unknown[][]).map((row) => row[1]);
      expect(rows).toEqual(listed);
      expect(rows).toContain(fromCity.number);
      expect(rows).not.toContain(sibling.number);

      const anonymous = await fetch(`${suite.baseUrl}/exports/cases.xlsx`);
      expect(anonymous.status).toBe(401);
      await expect(anonymous.json()).resolves.toEqual({ code: 'UNAUTHENTICATED', message: '未登录或登录已失效' });
    }, 90_000);

    it('/receptions lists the reception day with its case, which links to the case, and schedules another day', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.getByRole('menuitem', { name: '领导接访' }).click();
      await page.waitForURL(/\/receptions$/);
      const row = page.getByRole('row').filter({ hasText: '锦江区人民来访接待中心' });
      await row.waitFor();

      const nextDay = plusDays(suite.today, 1);
      await page.getByLabel('接访领导').click();
      await page.locator('.ant-select-item-option').filter({ hasText: leaderName }).click();
      await page.getByLabel('接访地点').fill('锦江区信访局二楼接待室');
      // Enter in the typed date takes the date and submits the form.
      await page.getByLabel('接访日期').fill(nextDay);
      await page.keyboard.press('Enter');
      const scheduled = page.getByRole('row').filter({ hasText: '锦江区信访局二楼接待室' });
      await scheduled.waitFor();
      await expect(scheduled.textContent()).resolves.toContain(nextDay);
      await expect(scheduled.textContent()).resolves.toContain(leaderName);
      await expect(scheduled.textContent()).resolves.toContain('0 件');

      await expect(row.textContent()).resolves.toContain(receptionDay);
      await expect(row.textContent()).resolves.toContain('1 件');
      await row.getByRole('button', { name: /展开行|Expand row/ }).click();
      const link = page.getByRole('link', { name: received.number });
      await link.waitFor();
      await expect(page.getByRole('link', { name: overdue.number }).count()).resolves.toBe(0);
      await screenshot(page, 'receptions');
      await link.click();
      await page.waitForURL(new RegExp(`/cases/${received.id}$`));
      await page.getByRole('heading', { name: new RegExp(received.number) }).waitFor();
    }, 90_000);
  });
}
