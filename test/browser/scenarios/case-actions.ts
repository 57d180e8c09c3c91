import { beforeAll, describe, expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { residentIdCheckChar } from '#common/pii';
import { chooseOption, openedDialog, screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';

/** antd spaces out a two-character button label (签收 → 签 收). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);
const PHONE = '13600136000';
const ID_NUMBER = `51010419850611123${residentIdCheckChar('51010419850611123')}`;

/** The case page's steps in the browser: 交办 from the district, then the township handles it to delivery. */
export function caseActionScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('case actions', () => {
    let kase: CaseView;
    let repeat: CaseView;

    const open = async (page: Page) => {
      await page.goto(`${suite.baseUrl}/cases/${kase.id}`);
      await page.getByRole('heading', { name: new RegExp(kase.number) }).waitFor({ timeout: 60_000 });
    };
    const state = (page: Page) => page.getByTestId('case-state');
    const actions = (page: Page) => page.getByTestId('case-actions');
    const expectState = async (page: Page, text: string) => {
      await state(page).filter({ hasText: text }).waitFor();
    };
    /** Opens a step's form from its button; the form is the dialog. */
    const startStep = async (page: Page, step: string): Promise<Locator> => {
      await actions(page)
        .getByRole('button', { name: label(step) })
        .click();
      return openedDialog(page, step);
    };
    const submit = (dialog: Locator) => dialog.getByRole('button', { name: label('提交') }).click();
    /** Types a day into an antd date picker and takes it. */
    const enterDate = async (field: Locator, day: string) => {
      await field.fill(day);
      await field.press('Enter');
    };

    beforeAll(async () => {
      const { api } = suite;
      const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      const input = {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '春熙路商铺装修噪音扰民',
        content: '来访反映春熙路某商铺夜间装修，噪音扰民，要求处理。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '冯某', idNumber: ID_NUMBER, phone: PHONE, address: '锦江区春熙路 8 号', representative: true }],
      };
      kase = await api.step('jj.registrar', 'registerCase', input);
      repeat = await api.step('jj.registrar', 'registerCase', { ...input, title: '春熙路商铺装修噪音扰民（再次来访）', repeatOfId: kase.id });
    }, 120_000);

    it('jj.registrar sees the names, reveals the petitioner on request, and assigns the case to 春熙路街道 (综治中心)', async () => {
      const page = await suite.pageAs('jj.registrar');
      await open(page);
      const header = page.locator('.ant-descriptions').first();
      await expect(header.textContent()).resolves.toMatch(/登记机构锦江区.*问题属地锦江区.*办理机构锦江区/);
      await expect(page.getByTestId('running-clock').first().textContent()).resolves.toMatch(/期限 \d{4}-\d{2}-\d{2}/);
      await expect(page.getByText('重复本事项的信访事项').count()).resolves.toBe(1);
      await expect(page.getByRole('link', { name: repeat.number }).count()).resolves.toBe(1);

      const row = page.getByRole('row').filter({ hasText: '冯某' });
      await expect(row.textContent()).resolves.not.toContain(PHONE);
      await page.getByRole('button', { name: label('查看') }).click();
      await row.filter({ hasText: PHONE }).waitFor();
      await expect(row.textContent()).resolves.toContain(ID_NUMBER);

      // Only the steps the API offers: the registrar routes; accepting is not the registrar's step here.
      await expect(
        actions(page)
          .getByRole('button', { name: label('受理') })
          .count(),
      ).resolves.toBe(0);
      const dialog = await startStep(page, '转送交办');
      await dialog.getByLabel('交办').check();
      await chooseOption(page, dialog.getByLabel('目标机构'), '春熙路街道');
      await chooseOption(page, dialog.getByLabel('承办单位'), '综治中心');
      // The API's refusal stays in the form, in its words.
      await enterDate(dialog.getByLabel('办结报告报送日期'), suite.today);
      await submit(dialog);
      const refusal = dialog.getByRole('alert').filter({ hasText: `办结报告报送日期 ${suite.today} 应晚于交办当日` });
      await refusal.waitFor();
      await enterDate(dialog.getByLabel('办结报告报送日期'), '2026-09-30');
      await refusal.waitFor({ state: 'detached' });
      await screenshot(page, 'case-action');
      await submit(dialog);
      await dialog.waitFor({ state: 'detached' });
      await expectState(page, '已转送交办');
      await page.getByText('交办至春熙路街道 综治中心；办结报告报送日期 2026-09-30').waitFor();
      await expect(header.textContent()).resolves.toMatch(/办理机构春熙路街道.*办理单位综治中心.*交办机关锦江区/);
      await expect(
        actions(page)
          .getByRole('button', { name: label('受理') })
          .count(),
      ).resolves.toBe(0);
      await expect(
        actions(page)
          .getByRole('button', { name: label('签收') })
          .count(),
      ).resolves.toBe(0);

      // A leader reads the case but is not offered the full numbers (the server would refuse them).
      const leader = await suite.pageAs('jj.leader');
      await open(leader);
      await leader.getByRole('row').filter({ hasText: '冯某' }).waitFor();
      await expect(leader.getByRole('button', { name: label('查看') }).count()).resolves.toBe(0);
    }, 120_000);

    it('cxl.handler signs for it in one page; the other page of the same user is told the case changed and reloads', async () => {
      const first = await suite.pageAs('cxl.handler');
      const second = await suite.pageAs('cxl.handler');
      await open(first);
      await open(second);

      const signing = await startStep(first, '签收');
      await submit(signing);
      await expectState(first, '已签收');

      const stale = await startStep(second, '签收');
      await submit(stale);
      await stale.getByText('已被他人修改，请刷新').waitFor();
      await stale.getByRole('button', { name: label('刷新') }).click();
      await stale.waitFor({ state: 'detached' });
      await expectState(second, '已签收');
      await expect(
        actions(second)
          .getByRole('button', { name: label('签收') })
          .count(),
      ).resolves.toBe(0);
      await actions(second)
        .getByRole('button', { name: label('受理') })
        .waitFor();
    }, 90_000);

    it('cxl.handler accepts, extends with the township leader’s approval, decides and delivers, and gets the rating link', async () => {
      const page = await suite.pageAs('cxl.handler');
      await open(page);

      await submit(await startStep(page, '受理'));
      await expectState(page, '已受理');
      // The step issued its 受理告知书 into the case file, downloadable as DOCX.
      const notice = page.getByTestId('case-instruments').getByRole('row').filter({ hasText: '信访事项受理告知书' });
      await notice.filter({ hasText: /春熙信受〔2026〕\d+号/ }).waitFor();
      const href = await notice.getByTestId('instrument-download').getAttribute('href');
      expect(href).toMatch(/^\/files\/cases\/instruments\/[0-9a-f-]{36}$/);
      // The file as the cases service sends it for that link (the gateway forwards /files/cases/ to it).
      const file = await fetch(`${suite.system.subgraphUrls.cases}${href}`, { headers: { Authorization: `Bearer ${await suite.api.token('cxl.handler')}` } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(decodeURIComponent(file.headers.get('content-disposition')!)).toContain(`信访事项受理告知书_${kase.number}.docx`);

      const extending = await startStep(page, '延期');
      // The form takes the regulation's limit from the API.
      await extending.locator('input[aria-valuemax="30"]').waitFor();
      await extending.getByLabel('延长天数').fill('15');
      await extending.getByLabel('延期理由（告知信访人）').fill('需会同城管部门现场核实');
      await chooseOption(page, extending.getByLabel('批准领导'), '春熙路街道领导');
      await submit(extending);
      await extending.waitFor({ state: 'detached' });
      await page.getByText('延长 15 日；批准人：春熙路街道领导').waitFor();
      await page.getByText(/（延长15天）/).waitFor();
      await expect(
        actions(page)
          .getByRole('button', { name: label('延期') })
          .count(),
      ).resolves.toBe(0);

      const deciding = await startStep(page, '出具处理意见');
      await deciding.getByLabel('予以支持').check();
      await deciding.getByLabel('意见书正文').fill('经核实，责令商铺停止夜间施工。');
      await submit(deciding);
      await expectState(page, '已出具处理意见');

      await submit(await startStep(page, '答复送达'));
      await expectState(page, '已答复送达');
      const link = await page.getByTestId('rating-link').textContent();
      expect(link).toMatch(new RegExp(`${suite.baseUrl}/portal/rate\\?token=[\\w-]{20,}`));
      await page.getByText('答复送达 → 已答复送达').waitFor();
      await screenshot(page, 'case');
    }, 120_000);

    it('jj.handler signs for a case while reading it again fails: the page says so over what it read before, and 重试 reads the rest', async () => {
      const { api } = suite;
      const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      let assigned = await api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '来信反映小区路灯损坏',
        content: '来信反映小区路灯损坏多日，要求维修。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '魏某', representative: false }],
      });
      assigned = await api.step('jj.registrar', 'routeCase', {
        caseId: assigned.id,
        version: assigned.version,
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局'),
        completionReportDue: '2026-12-31',
      });
      const page = await suite.pageAs('jj.handler');
      await page.goto(`${suite.baseUrl}/cases/${assigned.id}`);
      await page.getByRole('heading', { name: new RegExp(assigned.number) }).waitFor({ timeout: 60_000 });
      await expectState(page, '已转送交办');

      // The case's next reading fails as a gateway under strain would answer it; the step itself goes through.
      await page.route('**/graphql', async (route) => {
        if (route.request().postDataJSON()?.operationName !== 'CaseDetail') return route.fallback();
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: '服务暂时不可用，请稍后再试' }] }) });
      });
      await submit(await startStep(page, '签收'));
      const failed = page.getByTestId('case-reload-failed');
      await failed.filter({ hasText: '未能读取本事项的最新情况，以下为此前读取的内容：服务暂时不可用，请稍后再试' }).waitFor();
      // The step's own answer (its state) shows; its timeline entry comes only with the case read again.
      await expectState(page, '已签收');
      const signed = page.getByText('签收 → 已签收');
      await expect(signed.count()).resolves.toBe(0);

      await page.unroute('**/graphql');
      await failed.getByRole('button', { name: label('重试') }).click();
      await signed.waitFor();
      await failed.waitFor({ state: 'detached' });
    }, 120_000);
  });
}
