import { beforeAll, describe, expect } from '@jest/globals';
import { residentIdCheckChar } from '#common/pii';
import { logInAs, screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';

/** Logging in and out, the work queue with an overdue case, deep links and a sibling's "not found". */
export function sessionAndQueueScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('session and work queue', () => {
    let letter: CaseView;
    let visit: CaseView;
    let wuhouCase: CaseView;
    const newPage = () => suite.newPage();

    beforeAll(async () => {
      const { api } = suite;
      const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      const wuhou = await api.idOf('wh.registrar', 'tenant', '510107');
      const register = async (username: string, input: Record<string, unknown>) =>
        api.step(username, 'registerCase', { categoryId: await categoryId(api, username), ...input });
      letter = await register('jj.registrar', {
        channel: 'LETTER',
        kind: 'SUGGESTION',
        title: '建议延长社区图书室开放时间',
        content: '来信建议社区图书室周末开放。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '赵某', phone: '13700137000' }],
      });
      visit = await register('jj.registrar', {
        channel: 'VISIT',
        kind: 'CLAIM',
        title: '某工地拖欠农民工工资',
        content: '六名工人来访反映工地拖欠三个月工资。',
        problemJurisdictionId: jinjiang,
        personCount: 6,
        petitioners: [
          { name: '钱某', idNumber: `51010419900307123${residentIdCheckChar('51010419900307123')}`, phone: '13800138000', representative: true },
          { name: '孙某', representative: true },
        ],
      });
      wuhouCase = await register('wh.registrar', {
        channel: 'PHONE',
        kind: 'SUGGESTION',
        title: '建议武侯区增设公交站点',
        content: '来电建议增设公交站点。',
        problemJurisdictionId: wuhou,
        petitioners: [{ name: '李某' }],
      });
      // A month on: the cases have not been routed within their 15 days.
      suite.setToday('2026-08-03');
    }, 120_000);

    it('logs in and out as jj.registrar, the session in an HttpOnly cookie no script can read', async () => {
      const page = await newPage();
      await page.goto(`${suite.baseUrl}/cases`);
      await page.waitForURL(/\/login\?next=%2Fcases$/);
      await page.getByRole('button', { name: /登\s*录/ }).waitFor();
      await screenshot(page, 'login', false);

      await page.getByLabel('用户名').fill('jj.registrar');
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toContain('用户名或密码错误');

      await page.getByLabel('密码').fill('Demo@2026');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(/\/cases$/);
      await expect(page.getByTestId('office').textContent()).resolves.toContain('锦江区');
      await expect(page.getByTestId('roles').textContent()).resolves.toContain('登记员');
      const session = (await page.context().cookies()).filter((cookie) => cookie.httpOnly);
      expect(session).toHaveLength(1);
      expect(session[0]).toMatchObject({ sameSite: 'Strict', path: '/' });
      expect(await page.evaluate<string>('document.cookie')).not.toContain(session[0].value);

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(/\/login$/);
      expect((await page.context().cookies()).filter((cookie) => cookie.httpOnly)).toHaveLength(0);
      await page.goto(`${suite.baseUrl}/cases/${letter.id}`);
      await page.waitForURL(new RegExp(`/login\\?next=${encodeURIComponent(`/cases/${letter.id}`)}$`));
    }, 90_000);

    it('shows the office’s cases in the work queue, the overdue ones red, and opens one by its deep link', async () => {
      const page = await newPage();
      await logInAs(page, suite.baseUrl, 'jj.registrar');
      await page.goto(`${suite.baseUrl}/cases?tab=all`);
      const rowOf = (kase: CaseView) => page.getByRole('row').filter({ hasText: kase.number });
      await rowOf(visit).waitFor();
      await expect(rowOf(letter).count()).resolves.toBe(1);
      // Not a case of a sibling district.
      await expect(page.getByRole('row').filter({ hasText: wuhouCase.number }).count()).resolves.toBe(0);
      const overdue = rowOf(visit).locator('[data-tone="overdue"]');
      await expect(overdue.textContent()).resolves.toMatch(/^逾期\d+天$/);
      await expect(overdue.getAttribute('class')).resolves.toContain('ant-tag-red');
      await expect(rowOf(visit).textContent()).resolves.toContain('集体访 6人');

      // The filters live in the address: a channel filter keeps the visit and drops the letter.
      await page.goto(`${suite.baseUrl}/cases?tab=all&channel=VISIT`);
      await rowOf(visit).waitFor();
      await expect(rowOf(letter).count()).resolves.toBe(0);

      await rowOf(visit).getByRole('link', { name: visit.number }).click();
      await page.waitForURL(new RegExp(`/cases/${visit.id}$`));
      await page.getByRole('heading', { name: new RegExp(visit.number) }).waitFor();
      await expect(page.locator('.ant-breadcrumb').textContent()).resolves.toContain(visit.number);
      const petitioners = await page.getByRole('row').filter({ hasText: '钱某' }).textContent();
      expect(petitioners).toContain('*');
      expect(petitioners).not.toContain('13800138000');
      await expect(page.getByText('登记 → 已登记').count()).resolves.toBe(1);
    }, 90_000);

    it('answers a sibling district’s user "not found" on the deep link of a case, and unknown pages with 404', async () => {
      const page = await newPage();
      await logInAs(page, suite.baseUrl, 'wh.registrar');
      await page.goto(`${suite.baseUrl}/cases/${visit.id}`);
      await page.getByText('未找到该信访事项，或您无权查看').waitFor();
      await expect(page.getByText('某工地拖欠农民工工资').count()).resolves.toBe(0);
      await page.goto(`${suite.baseUrl}/no-such-page`);
      await page.getByText('页面不存在').waitFor();
    }, 90_000);
  });
}
