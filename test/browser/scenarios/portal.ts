import { describe, expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { residentIdCheckChar } from '#common/pii';
import { chooseFieldOption, openedDialog, screenshot } from '../../helpers/browser.js';
import { sentMessages } from '../../helpers/petitioner-messages.js';
import type { BrowserSuite } from '../suite.js';

const ID_BODY = '51010419880512402';
const ID_NUMBER = ID_BODY + residentIdCheckChar(ID_BODY);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
/** antd puts a space between the two characters of a button's Chinese label. */
const button = (scope: Page | Locator, label: string) => scope.getByRole('button', { name: new RegExp(`^${[...label].join('\\s*')}$`) });

/**
 * 网上信访, the citizen's whole way: a petition written on /portal with a photo, registered by the
 * township from /intake, followed on the status page to the 受理告知书, and rated once with the link
 * the delivered reply's SMS carries.
 */
export function portalScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('网上信访: the citizen’s way from the portal to the rating', () => {
    let queryCode: string;
    let caseId: string;

    /** The status page of the matter, opened with both secrets as the petitioner types them. */
    async function statusPage(): Promise<Page> {
      const page = await suite.newPage();
      await page.goto(`${suite.baseUrl}/portal/status`);
      await page.locator('#queryCode').fill(queryCode);
      await page.locator('#idNumberTail').fill(ID_NUMBER.slice(-4));
      await button(page, '查询').click();
      await page.getByTestId('progress').waitFor();
      return page;
    }

    it('a citizen submits with an attachment on /portal and is given the query code to keep', async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.baseUrl}/portal`);
      await page.locator('#place').click();
      for (const place of ['四川省', '成都市', '锦江区', '春熙路街道']) await page.locator(`.ant-cascader-menu-item[title="${place}"]`).click();
      await page.locator('#title').fill('小区电梯停运三个月无人维修');
      await page.locator('#content').fill('春熙路某小区电梯自今年四月起停运，多次向物业反映未果，请求督促维修。');
      await page.locator('#name').fill('李四');
      // The ID number is checked as typed: a wrong check character is shown before anything is sent.
      await page.locator('#idNumber').fill(ID_BODY + (ID_NUMBER.endsWith('0') ? '1' : '0'));
      await page
        .locator('.ant-form-item')
        .filter({ has: page.locator('#idNumber') })
        .locator('.ant-form-item-explain-error')
        .waitFor();
      await page.locator('#idNumber').fill(ID_NUMBER);
      await page.locator('#phone').fill('13900001111');
      await page.locator('input[type=file]').setInputFiles({ name: '电梯照片.png', mimeType: 'image/png', buffer: PNG });
      await page.getByText('电梯照片.png').waitFor();
      await screenshot(page, 'portal-submit');
      await button(page, '提交').click();
      const code = page.getByTestId('query-code');
      await code.waitFor();
      queryCode = (await code.textContent())!.trim();
      expect(queryCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await page.getByText('受理机关：春熙路街道').waitFor();
      await page.getByText('请妥善保存', { exact: false }).first().waitFor();
    }, 90_000);

    it("the township's registrar registers it from /intake with its attachment", async () => {
      const page = await suite.pageAs('cxl.registrar');
      await page.goto(`${suite.baseUrl}/intake`);
      await page.getByRole('button', { name: '小区电梯停运三个月无人维修' }).click();
      const drawer = page.locator('.ant-drawer-content');
      expect(await drawer.getByRole('link', { name: '电梯照片.png' }).getAttribute('href')).toMatch(/^\/files\/cases\/attachments\//);
      await drawer.getByText(/^剩余|^已超期/).waitFor();
      await screenshot(page, 'intake');
      await button(drawer, '登记').click();
      const dialog = await openedDialog(page, '登记网上信访事项');
      await chooseFieldOption(page, 'categoryId', '拖欠工资', { scope: dialog, search: '拖欠工资' });
      await button(dialog, '登记').click();
      await dialog.waitFor({ state: 'hidden' });
      // Registered, it leaves the queue of what is still to register, and its drawer closes.
      await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '已登记' }).click();
      await page.getByRole('button', { name: '小区电梯停运三个月无人维修' }).click();
      const caseLink = page.locator('.ant-drawer-content').getByRole('link', { name: /^510104001-/ });
      caseId = (await caseLink.getAttribute('href'))!.replace('/cases/', '');
    }, 90_000);

    it("the petitioner's status page shows 已登记", async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.baseUrl}/portal/status`);
      await page.locator('#queryCode').fill(queryCode.toLowerCase());
      await page.locator('#idNumberTail').fill('0000' === ID_NUMBER.slice(-4) ? '1111' : '0000');
      await button(page, '查询').click();
      await page.getByText('查询码或身份证号后四位不正确').waitFor();
      await page.locator('#idNumberTail').fill(ID_NUMBER.slice(-4));
      await button(page, '查询').click();
      await page.getByTestId('progress-step').filter({ hasText: '已登记' }).waitFor();
      await page.getByText(/^510104001-/).waitFor();
      await screenshot(page, 'portal-status');
    }, 90_000);

    it('once the township accepts the matter, the status page lists the 受理告知书 and downloads it', async () => {
      const { api } = suite;
      const township = await api.idOf('cxl.registrar', 'tenant', '510104001');
      const centre = await api.idOf('cxl.registrar', 'unit', '510104001/综治中心');
      let kase = (await api.case('cxl.registrar', caseId))!;
      kase = await api.step('cxl.registrar', 'routeCase', { caseId, version: kase.version, mode: 'TRANSFER', tenantId: township, unitId: centre });
      kase = await api.step('cxl.handler', 'receiveCase', { caseId, version: kase.version });
      await api.step('cxl.handler', 'acceptCase', { caseId, version: kase.version });

      const page = await statusPage();
      await page.getByTestId('progress-step').filter({ hasText: '已受理' }).waitFor();
      const notice = page.locator('.ant-list-item').filter({ hasText: '信访事项受理告知书' });
      await notice.getByText(/^春熙信受〔\d{4}〕\d+号/).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), notice.getByTestId('instrument-download').click()]);
      expect(download.suggestedFilename()).toMatch(/^信访事项受理告知书_510104001-.*\.docx$/);
    }, 90_000);

    it('a delivered reply sends the petitioner an SMS with the rating link, which rates the matter once', async () => {
      const { api } = suite;
      let kase = (await api.case('cxl.handler', caseId))!;
      kase = await api.step('cxl.handler', 'decideCase', { caseId, version: kase.version, outcome: 'SUPPORTS', text: '已责成物业于十日内修复电梯。' });
      await api.step('cxl.handler', 'deliverCase', { caseId, version: kase.version });

      // The registrar's 短信通知 shows what the development inbox took, with the link in full.
      await sentMessages(api, 'cxl.registrar', kase.number, (sent) => sent.some((message) => message.body.includes('/portal/rate?token=')));
      const staff = await suite.pageAs('cxl.registrar');
      await staff.goto(`${suite.baseUrl}/messages?case=${kase.number}`);
      const sms = staff.getByRole('row').filter({ hasText: '139****1111' }).filter({ hasText: '/portal/rate?token=' });
      const text = (await sms.filter({ hasText: '已发送（开发收件箱）' }).textContent())!;
      const link = /https?:\/\/\S+\/portal\/rate\?token=[\w-]+/.exec(text)![0];
      expect(link.startsWith(`${suite.baseUrl}/portal/rate?token=`)).toBe(true);

      const citizen = await suite.newPage();
      await citizen.goto(link);
      await citizen.getByText('满意', { exact: true }).click();
      await button(citizen, '提交评价').click();
      await citizen.getByText('感谢您的评价').waitFor();
      await screenshot(citizen, 'portal-rated');

      // The link is spent: a second use is refused in plain words, and the status page shows the rating.
      const again = await suite.newPage();
      await again.goto(link);
      await again.getByText('满意', { exact: true }).click();
      await button(again, '提交评价').click();
      await again.locator('.ant-alert-error').waitFor();
      const status = await statusPage();
      await status.getByText('您已评价：满意').waitFor();
    }, 120_000);
  });
}
