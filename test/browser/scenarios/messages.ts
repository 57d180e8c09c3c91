import { beforeAll, describe, expect } from '@jest/globals';
import { screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { sentMessages } from '../../helpers/petitioner-messages.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';

/** antd spaces out a two-character button label (修改 → 修 改). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/**
 * 短信通知: a registration tells the petitioner by SMS and e-mail; without a gateway the worker's
 * development inbox takes them, and the list, the case page and the administrator's templates
 * show what was sent.
 */
export function messageScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('messages to petitioners', () => {
    let kase: CaseView;

    beforeAll(async () => {
      const { api } = suite;
      kase = await api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '小区电梯长期停运',
        content: '来信反映小区电梯停运两月无人维修。',
        problemJurisdictionId: await api.idOf('jj.registrar', 'tenant', '510104'),
        petitioners: [{ name: '陶某', phone: '13500135000', email: 'tao@example.com', representative: false }],
      });
    }, 120_000);

    it('lists the registration’s SMS and e-mail on 短信通知, as taken by the development inbox, with the full text', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.getByRole('menuitem', { name: '短信通知' }).click();
      await page.waitForURL((url) => url.pathname === '/messages');
      await page.getByPlaceholder('事项编号').fill(kase.number);
      await page.getByPlaceholder('事项编号').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('case') === kase.number);
      const rows = page.getByRole('row').filter({ hasText: kase.number });
      // The worker sends on its own; the page shows the state when it is opened after the sending.
      await sentMessages(suite.api, 'jj.registrar', kase.number, 2);
      await page.reload();
      await rows.first().waitFor();
      await expect(rows.filter({ hasText: '已发送（开发收件箱）' }).count()).resolves.toBe(2);
      await expect(rows.filter({ hasText: '短信 135****5000' }).textContent()).resolves.toContain(`【锦江区信访局】您的信访事项已登记，编号${kase.number}`);
      await expect(rows.filter({ hasText: '电子邮件 t***@example.com' }).count()).resolves.toBe(1);
      await screenshot(page, 'messages');

      await page.goto(`${suite.baseUrl}/cases/${kase.id}`);
      const card = page.locator('.ant-card').filter({ has: page.getByText('短信通知', { exact: true }) });
      await card.getByRole('row').filter({ hasText: '135****5000' }).filter({ hasText: '已发送（开发收件箱）' }).waitFor();
    }, 90_000);

    it('lets the administrator save the office’s own template, which the next message uses', async () => {
      const admin = await suite.pageAs('jj.tenant-admin');
      await admin.goto(`${suite.baseUrl}/admin/messages`);
      const registered = admin.locator('.ant-card').filter({ has: admin.getByText('已登记', { exact: true }) });
      await registered.getByText('系统默认').waitFor();
      await registered.getByRole('button', { name: label('修改') }).click();
      // An unknown placeholder is refused with the known ones.
      await registered.getByRole('textbox').fill('编号{编号}，评价{链接}');
      await registered.getByRole('button', { name: '保存为新版本' }).click();
      await registered.getByText('可用的占位符：{姓名}、{编号}').waitFor();
      await registered.getByRole('textbox').fill('{姓名}您好，您的来信已登记，编号{编号}。');
      await registered.getByRole('button', { name: '保存为新版本' }).click();
      await registered.getByText('本机构第 1 版').waitFor();

      const next = await suite.api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'CLAIM',
        categoryId: await categoryId(suite.api, 'jj.registrar'),
        title: '小区路灯损坏',
        content: '来信反映小区路灯损坏。',
        problemJurisdictionId: await suite.api.idOf('jj.registrar', 'tenant', '510104'),
        petitioners: [{ name: '韦某', phone: '13500135001', representative: false }],
      });
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases/${next.id}`);
      await page.getByText(`【锦江区信访局】韦某您好，您的来信已登记，编号${next.number}。`).waitFor();
    }, 90_000);
  });
}
