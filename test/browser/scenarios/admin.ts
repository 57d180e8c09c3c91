import { describe, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { chooseOption, logInAs, screenshot } from '../../helpers/browser.js';
import { eventually } from '../../helpers/system.js';
import type { BrowserSuite } from '../suite.js';

/**
 * 系统管理: 锦江区's administrator creates a handler who then logs in, deactivates that user (whose
 * open session is refused at once) and reactivates them, and edits the office's calendar: a
 * tightening beyond the statute is refused inline, reminder leads and a holiday override are kept.
 * The scenario works on a user it creates, never on the demo accounts other scenarios log in as.
 */
export function adminScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('administration', () => {
    const username = 'jj.admin-clerk';
    const password = 'Clerk#2026x';
    let admin: Page;
    let clerk: Page;

    /** antd spaces out a two-character button label (停 用). */
    const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);
    const userRow = (page: Page) => page.getByRole('row').filter({ hasText: username });
    const confirm = async (page: Page, ok: string) =>
      page
        .locator('.ant-popconfirm:visible')
        .getByRole('button', { name: label(ok) })
        .click();

    it('lets the district’s administrator create a handler, who then logs in with the initial password', async () => {
      admin = await suite.pageAs('jj.tenant-admin', { keep: true });
      await admin.getByRole('menuitem', { name: '系统管理' }).click();
      await admin.waitForURL((url) => url.pathname === '/admin/users');
      await admin.getByRole('row').filter({ hasText: 'jj.tenant-admin' }).waitFor();

      await admin.getByRole('button', { name: '新建用户' }).click();
      const dialog = admin.getByRole('dialog', { name: '新建用户' });
      await dialog.getByLabel('登录名').fill(username);
      await dialog.getByLabel('姓名').fill('赵文书');
      // A password the policy refuses is said inline, and nothing is created.
      await dialog.getByLabel('初始密码').fill('abcdefgh');
      await chooseOption(admin, dialog.getByRole('combobox', { name: '角色' }), '办理人员');
      await dialog.getByRole('button', { name: label('新建') }).click();
      await expect(dialog.getByTestId('create-user-error').textContent()).resolves.toMatch(/密码/);
      await dialog.getByLabel('初始密码').fill(password);
      await dialog.getByRole('button', { name: label('新建') }).click();
      await admin.getByTestId('admin-notice').getByText(`已新建用户 ${username}`).waitFor();
      await expect(userRow(admin).textContent()).resolves.toMatch(/赵文书.*办理人员.*启用/);
      await screenshot(admin, 'admin-users');

      clerk = await suite.newPage({ keep: true });
      await logInAs(clerk, suite.baseUrl, username, password);
      await expect(clerk.getByTestId('roles').textContent()).resolves.toBe('办理人员');
    }, 90_000);

    it('deactivates the user, whose open session is refused on its next load; reactivates them; a password reset ends their session too', async () => {
      await userRow(admin)
        .getByRole('button', { name: label('停用') })
        .click();
      await confirm(admin, '停用');
      await userRow(admin).getByText('停用', { exact: true }).and(admin.locator('.ant-tag')).waitFor();

      await clerk.reload();
      await clerk.waitForURL((url) => url.pathname === '/login');
      await clerk.getByLabel('用户名').waitFor();

      await userRow(admin)
        .getByRole('button', { name: label('启用') })
        .click();
      await userRow(admin).getByText('启用', { exact: true }).and(admin.locator('.ant-tag')).waitFor();
      const again = await suite.newPage();
      await logInAs(again, suite.baseUrl, username, password);
      await expect(again.getByTestId('roles').textContent()).resolves.toBe('办理人员');

      // Resetting the password (set by the administrator) also ends the open session; the new password works.
      await userRow(admin).getByRole('button', { name: '重置密码' }).click();
      await confirm(admin, '继续');
      const dialog = admin.getByRole('dialog', { name: '重置 赵文书 的密码' });
      await dialog.getByLabel('新密码').fill('Renewed#2026');
      await dialog.getByRole('button', { name: label('重置') }).click();
      await admin.getByTestId('admin-notice').getByText(`已重置 ${username} 的密码`).waitFor();
      // Without a reload: the open page's next request is refused (within the few seconds the
      // services cache a user's state) and the page goes to the login page with the way back.
      const onLoginPage = () => new URL(again.url()).pathname === '/login';
      await eventually(async () => {
        if (onLoginPage()) return true;
        // The page may be on its way to the login page already: a missing menu is no failure.
        await again
          .getByRole('menuitem', { name: /督办件|信访事项/ })
          .nth(Date.now() % 2)
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        await again.waitForTimeout(500);
        return onLoginPage();
      }, 30_000);
      expect(new URL(again.url()).searchParams.get('next')).toMatch(/^\/(notices|cases)/);
      await logInAs(again, suite.baseUrl, username, 'Renewed#2026');
      await expect(again.getByTestId('roles').textContent()).resolves.toBe('办理人员');
    }, 90_000);

    it('refuses a period longer than the statute inline, and keeps reminder leads and a holiday override across a reload', async () => {
      await admin.goto(`${suite.baseUrl}/admin/calendar`);
      await admin.getByRole('tab', { name: '期限与节假日', selected: true }).waitFor();
      await admin.getByLabel('受理告知本级缩短为').fill('20');
      await admin.getByRole('button', { name: '保存期限设置' }).click();
      await expect(admin.getByTestId('calendar-error').textContent()).resolves.toMatch(/^受理告知期限不得长于《信访工作条例》/);
      await admin.getByLabel('受理告知本级缩短为').clear();

      const inherit = admin.getByLabel('提醒沿用上级设定');
      if (await inherit.isChecked()) await inherit.uncheck();
      const leads = admin.getByRole('combobox', { name: '届满前提醒' });
      // The 30 options are a virtual list that scrolls a pick to its top: the nearer first, so the other stays in view.
      for (const lead of ['2 日', '5 日']) await chooseOption(admin, leads, lead);
      await admin.keyboard.press('Escape');
      await admin.getByRole('button', { name: '保存期限设置' }).click();
      await admin.getByText('期限设置已保存').waitFor();
      await admin.getByTestId('effective-leads').getByText('现行：5 日、2 日').waitFor();

      // A date next year, so the working days of the cases other scenarios follow stay as they were.
      await admin.getByLabel('日期').fill('2027-03-15');
      await admin.getByLabel('日期').press('Enter');
      await chooseOption(admin, admin.getByRole('combobox', { name: '类别' }), '放假（不计为工作日）');
      await admin.getByLabel('名称').fill('地方民族节日');
      await admin.getByRole('button', { name: '新增调整' }).click();
      await admin.getByRole('row').filter({ hasText: '2027-03-15' }).filter({ hasText: '地方民族节日' }).waitFor();

      await admin.reload();
      await admin.getByTestId('effective-leads').getByText('现行：5 日、2 日').waitFor();
      await chooseOption(admin, admin.getByRole('combobox', { name: '年份' }), '2027 年');
      const override = admin.getByRole('row').filter({ hasText: '2027-03-15' });
      await expect(override.textContent()).resolves.toMatch(/放假.*地方民族节日.*删\s*除/);
      await screenshot(admin, 'admin-calendar');
    }, 90_000);
  });
}
