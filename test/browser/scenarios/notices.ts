import { beforeAll, describe, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { chooseOption, screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { SupervisionApi } from '../../helpers/supervision-api.js';
import { eventually } from '../../helpers/system.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';

const MINUTES_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 督办件: the city's supervisor raises a notice on a case of 锦江区 from the case page; the
 * housing bureau handling it finds it by the bell, reads it and answers; the city accepts one
 * answer and sends another back with its reason.
 */
export function noticeScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('supervision notices', () => {
    let kase: CaseView;
    let sv: SupervisionApi;
    let raisedId: string;

    /** The unread count the shell's bell shows. */
    const bellCount = async (page: Page) => {
      const label = await page.locator('[aria-label^="未读督办件"]').first().getAttribute('aria-label');
      return Number(/未读督办件 (\d+) 件/.exec(label ?? '')?.[1]);
    };
    const waitForBell = (page: Page, count: number) => page.locator(`[aria-label="未读督办件 ${count} 件"]`).first().waitFor();
    const unreadOf = async (username: string) => (await sv.inbox(username)).unreadCount;
    const stateTag = (page: Page) => page.getByTestId('notice-state');

    beforeAll(async () => {
      const { api } = suite;
      sv = new SupervisionApi(api);
      const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
      // A claim assigned to 锦江区's housing bureau, which signs for and accepts it: its handling is supervised.
      kase = await api.step('jj.registrar', 'registerCase', {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '老旧小区加装电梯久拖未决',
        content: '居民反映加装电梯审批两年未办结，要求督促办理。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '周某', phone: '13600136000', representative: true }],
      });
      kase = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: housing,
        completionReportDue: '2026-12-31',
      });
      kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
      kase = await api.step('jj.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
      // Supervision learns of the case and who handles it from the cases service's events.
      await eventually(
        async () =>
          (await suite.system.admin.query(`SELECT 1 FROM meetings.supervised_subjects WHERE subject_id = $1 AND handling_unit_id = $2`, [kase.id, housing]))
            .rowCount === 1,
        60_000,
      );
    }, 120_000);

    it('lets the city’s supervisor raise a 督办单 from the case page, addressed to the bureau handling the case', async () => {
      const page = await suite.pageAs('cd.supervisor');
      await page.goto(`${suite.baseUrl}/cases/${kase.id}`);
      const card = page.getByTestId('case-notices');
      await card.getByText('暂无督办件').waitFor();
      await card.getByRole('button', { name: '发起督办' }).click();
      // Refused without a reason and a text: said inline, nothing sent.
      await card.getByRole('button', { name: /下\s*发/ }).click();
      await card.getByText('请选择督办事由').waitFor();
      await chooseOption(page, card.getByLabel('督办事由'), '推诿、敷衍、拖延、弄虚作假');
      await card.getByLabel('问题和整改要求').fill('加装电梯审批久拖未决，请于反馈期限内说明办理情况和整改措施。');
      await card.getByRole('button', { name: /下\s*发/ }).click();
      const row = card.getByRole('row').filter({ hasText: '督办单' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(/成都市.*锦江区 · 住房和城乡建设局.*已下发/);
      // The feedback is due in 30 days, counted by the service's clock.
      await expect(row.locator('[data-tone]').textContent()).resolves.toBe('剩30天');
      const [notice] = (await sv.ofCase('cd.supervisor', kase.id))!;
      raisedId = notice.id;
      expect(notice).toMatchObject({
        kind: 'SUPERVISION',
        state: 'ISSUED',
        reason: 'SHIRKING',
        issuerTenantName: '成都市',
        addresseeUnitName: '住房和城乡建设局',
      });
    }, 90_000);

    it('shows the bureau the notice by the bell, unread first; opening it reads it and the bell goes down', async () => {
      const unread = await unreadOf('jj.handler');
      expect(unread).toBeGreaterThanOrEqual(1);
      const page = await suite.pageAs('jj.handler');
      await waitForBell(page, unread);
      await page.getByTestId('notice-bell-link').click();
      await page.waitForURL(/\/notices$/);
      const row = page.getByRole('row').filter({ hasText: kase.number });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('未读');
      // Unread notices come first.
      await expect(page.getByRole('row').nth(1).textContent()).resolves.toContain('未读');
      await expect(page.getByTestId('notice-total').textContent()).resolves.toMatch(/共 \d+ 件/);
      await page.mouse.move(600, 600); // the bell's tooltip out of the picture
      await page.locator('.ant-tooltip').waitFor({ state: 'hidden' });
      await screenshot(page, 'notices');

      await row.getByRole('link', { name: '督办单' }).click();
      await page.waitForURL(new RegExp(`/notices/${raisedId}$`));
      await stateTag(page).filter({ hasText: '已阅' }).waitFor();
      await waitForBell(page, unread - 1);
      expect(await bellCount(page)).toBe(unread - 1);
      await expect(page.getByTestId('notice-text').textContent()).resolves.toContain('加装电梯审批久拖未决');
      await expect(page.getByTestId('notice-ladder').textContent()).resolves.toContain('成都市 → 锦江区 · 住房和城乡建设局');
      // The addressee answers; it does not decide or escalate.
      await expect(page.getByRole('button', { name: '采纳反馈' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: '升级督办' }).count()).resolves.toBe(0);

      await page.getByLabel('办理情况和整改措施').fill('已召开协调会，审批材料已补齐，预计月底前办结。');
      await page.getByLabel('附件（每行一个文件名或编号）').fill('协调会纪要.pdf\n审批进度表.xlsx');
      await page.getByRole('button', { name: '提交反馈' }).click();
      await stateTag(page).filter({ hasText: '已反馈' }).waitFor();
      await page.getByTestId('notice-feedback').getByText('附件：协调会纪要.pdf、审批进度表.xlsx').waitFor();
      await expect(page.getByLabel('办理情况和整改措施').count()).resolves.toBe(0);
      // The feedback's author then attaches the minutes themselves.
      await page
        .getByTestId('notice-feedback')
        .locator('input[type=file]')
        .setInputFiles({ name: '协调会纪要.pdf', mimeType: 'application/pdf', buffer: MINUTES_PDF });
      await page.getByTestId('notice-feedback').getByTestId('attachment-list').getByText('协调会纪要.pdf').waitFor();
    }, 90_000);

    it('lets the city accept the feedback from its issued notices: the notice shows 反馈已采纳', async () => {
      const page = await suite.pageAs('cd.supervisor');
      await page.goto(`${suite.baseUrl}/notices?tab=issued`);
      const row = page.getByRole('row').filter({ hasText: kase.number });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('已反馈');
      await row.getByRole('link', { name: '督办单' }).click();
      await page.waitForURL(new RegExp(`/notices/${raisedId}$`));
      await page.getByLabel('审核意见（退回时为退回理由）').fill('同意，请按期办结。');
      await page.getByRole('button', { name: '采纳反馈' }).click();
      await stateTag(page).filter({ hasText: '反馈已采纳' }).waitFor();
      await page.getByTestId('notice-feedback').getByTestId('attachment-list').getByRole('link', { name: '下载' }).waitFor();
      expect(await page.getByTestId('notice-feedback').getByTestId('file-upload').count()).toBe(0);
      await page
        .getByTestId('notice-feedback')
        .getByRole('row')
        .filter({ hasText: /采纳.*同意，请按期办结。/ })
        .waitFor();
      await expect(page.getByRole('button', { name: '采纳反馈' }).count()).resolves.toBe(0);
      await screenshot(page, 'notice');
      expect((await sv.notice('jj.handler', raisedId)).data!.notice.state).toBe('ACCEPTED');
    }, 90_000);

    it('lets the city send a feedback back only with a reason, which the bureau then reads with the form to answer again; escalated, the ladder shows both rungs', async () => {
      const notice = await sv.step('cd.supervisor', 'raiseNotice', {
        subjectType: 'CASE',
        subjectId: kase.id,
        kind: 'CIRCULAR',
        reason: 'PROCEDURE_NOT_FOLLOWED',
        text: '未按规定程序告知信访人办理进度，予以通报。',
      });
      await sv.step('jj.handler', 'submitNoticeFeedback', { noticeId: notice.id, version: notice.version, text: '已电话告知。' });

      const page = await suite.pageAs('cd.supervisor');
      await page.goto(`${suite.baseUrl}/notices/${notice.id}`);
      await stateTag(page).filter({ hasText: '已反馈' }).waitFor();
      await page.getByRole('button', { name: '退回反馈' }).click();
      await page.getByText('退回反馈须写明理由').waitFor();
      await expect(stateTag(page).textContent()).resolves.toBe('已反馈');
      await page.getByLabel('审核意见（退回时为退回理由）').fill('未提供书面告知材料');
      await page.getByRole('button', { name: '退回反馈' }).click();
      await stateTag(page).filter({ hasText: '反馈被退回' }).waitFor();
      // Sent back, it may now be escalated; the decision is no longer offered.
      await page.getByRole('button', { name: '升级督办' }).waitFor();
      await expect(page.getByRole('button', { name: '采纳反馈' }).count()).resolves.toBe(0);

      const bureau = await suite.pageAs('jj.handler');
      await bureau.goto(`${suite.baseUrl}/notices/${notice.id}`);
      await stateTag(bureau).filter({ hasText: '反馈被退回' }).waitFor();
      await bureau
        .getByTestId('notice-feedback')
        .getByRole('row')
        .filter({ hasText: /退回.*未提供书面告知材料/ })
        .waitFor();
      await bureau.getByLabel('办理情况和整改措施').waitFor();

      // Unanswered, the city escalates it: the province summons the district, one rung up the ladder.
      await page.getByLabel('升级理由').fill('退回后仍未重新反馈');
      await page.getByRole('button', { name: '升级督办' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/notices/') && !url.pathname.endsWith(notice.id));
      await page.getByRole('heading', { name: /^约谈：/ }).waitFor();
      const ladder = page.getByTestId('notice-ladder');
      await ladder.getByText('四川省 → 锦江区', { exact: false }).waitFor();
      await expect(ladder.textContent()).resolves.toMatch(/通报 成都市 → 锦江区 · 住房和城乡建设局\s*已升级督办.*约谈 四川省 → 锦江区\s*已下发/);
    }, 90_000);
  });
}
