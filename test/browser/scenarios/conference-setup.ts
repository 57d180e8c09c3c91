import { beforeAll, describe, expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { eventually } from '../../helpers/system.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

/** antd spaces out a two-character button label (成立 → 成 立). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** The ISO day `days` after `day`. */
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/**
 * 联席会议 set up in the console, at a township (春熙路街道, whose conference no other scenario
 * establishes): its conference office establishes the conference (and meets a stale edit with
 * 刷新), adds 综治中心 with its liaison and takes an outside body off again, sets the weekly 调度会,
 * schedules today's 调度会 with a case of its case desk on the agenda, sees both in the calendar,
 * records the meeting with attendance and a decision, and cancels the next 调度会 the schedule
 * planned, with a reason.
 */
export function conferenceSetupScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('conference setup', () => {
    const CASE_TITLE = '春熙路背街小巷改造补偿纠纷';
    const DECISION = '背街小巷改造补偿纠纷由综治中心牵头，两周内化解';
    let kase: CaseView;

    const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });
    const press = (scope: Locator, name: string) => scope.getByRole('button', { name: label(name) }).click();
    const enterDate = async (field: Locator, day: string) => {
      await field.fill(day);
      await field.press('Enter');
    };

    beforeAll(async () => {
      const { api } = suite;
      // The township has no conference office among the demo accounts: its administrator adds one.
      const created = await api.query(
        'cxl.tenant-admin',
        graphql(`
          mutation ConferenceSetupCreateUser($input: CreateUserInput!) {
            createUser(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            tenantId: await api.idOf('cxl.tenant-admin', 'tenant', '510104001'),
            unitId: await api.idOf('cxl.tenant-admin', 'unit', '510104001/信访办'),
            username: 'cxl.conference-office',
            displayName: '春熙路街道联席办',
            password: 'Demo@2026',
            roles: ['CONFERENCE_OFFICE'],
          },
        },
      );
      expect(created.errors).toBeUndefined();
      kase = await api.step('cxl.registrar', 'registerCase', {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'cxl.registrar'),
        title: CASE_TITLE,
        content: '来访反映背街小巷改造中临街商户补偿标准不一，要求统一处理。',
        problemJurisdictionId: await api.idOf('cxl.registrar', 'tenant', '510104001'),
        petitioners: [{ name: '孙某', phone: '13600136000', representative: true }],
      });
      // The meetings service references a case once the cases service's event has reached it.
      await eventually(async () => (await suite.system.admin.query(`SELECT 1 FROM meetings.case_refs WHERE case_id = $1`, [kase.id])).rowCount === 1, 60_000);
    }, 120_000);

    it('establishes the conference, refuses a stale edit with 刷新, and keeps its member units with their liaisons', async () => {
      const page = await suite.pageAs('cxl.conference-office');
      await page.getByRole('menuitem', { name: '联席会议' }).click();
      const card = page.getByTestId('conference');
      await card.getByText('本机构尚未建立联席会议').waitFor();

      await card.getByTestId('edit-conference').click();
      const establish = dialog(page, '成立联席会议');
      await chooseOption(page, establish.getByLabel('联席会议办公室'), '信访办');
      await chooseOption(page, establish.locator('#conference_convenors_0_userId'), '春熙路街道领导');
      await press(establish, '成立');
      await establish.waitFor({ state: 'hidden' });
      await card.getByText('春熙路街道领导（主要召集人）').waitFor();

      // Someone else edits while the form is open: the save is refused with the API's message and 刷新.
      await card.getByTestId('edit-conference').click();
      const edit = dialog(page, '修改联席会议');
      await edit.locator('#conference_convenors_0_title').waitFor();
      const { version } = (
        await suite.api.query(
          'cxl.tenant-admin',
          graphql(`
            query ConferenceSetupConference {
              conference {
                version
              }
            }
          `),
          {},
        )
      ).data!.conference!;
      const bumped = await suite.api.query(
        'cxl.tenant-admin',
        graphql(`
          mutation ConferenceSetupUpdateConference($input: UpdateConferenceInput!) {
            updateConference(input: $input) {
              version
            }
          }
        `),
        {
          input: { version },
        },
      );
      expect(bumped.errors).toBeUndefined();
      await edit.locator('#conference_convenors_0_title').fill('街道党工委书记');
      await press(edit, '保存');
      const failure = edit.getByTestId('form-failure');
      await failure.getByText(/联席会议已被他人修改（当前版本 \d+，提交的版本 \d+），请刷新后重试/).waitFor();
      // The form opens on the version the page holds: reopened before the page has read the new one, it would be stale again.
      const reread = page.waitForResponse((response) => response.request().postData()?.includes('"operationName":"ConferenceOverview"') ?? false);
      await press(failure, '刷新');
      await edit.waitFor({ state: 'hidden' });
      await reread;
      await card.getByTestId('edit-conference').click();
      await dialog(page, '修改联席会议').locator('#conference_convenors_0_title').fill('街道党工委书记');
      await press(dialog(page, '修改联席会议'), '保存');
      await card.getByText('春熙路街道领导（街道党工委书记）').waitFor();

      const members = card.getByTestId('members');
      await card.getByTestId('add-member').click();
      let adding = dialog(page, '增加成员单位');
      await chooseOption(page, adding.getByLabel('成员单位', { exact: true }), '综治中心');
      await chooseOption(page, adding.getByLabel('联络员'), '春熙路街道办理人员');
      await press(adding, '增加');
      await members.locator('tbody tr', { hasText: '综治中心' }).getByText('春熙路街道办理人员').waitFor();

      // An outside body, by its name, with one of the office's people as liaison; then it leaves again.
      await card.getByTestId('add-member').click();
      adding = dialog(page, '增加成员单位');
      await adding.getByLabel('外部单位（如派出所、法院）').check();
      await adding.getByLabel('单位名称').fill('锦江区人民法院');
      await chooseOption(page, adding.getByLabel('联络员'), '春熙路街道登记员');
      await press(adding, '增加');
      const court = members.locator('tbody tr', { hasText: '锦江区人民法院' });
      await court.getByText('春熙路街道登记员').waitFor();
      // A confirmation can lose its click while it is still opening: confirm again until the row goes,
      // and say the API's refusal if one shows instead.
      for (let attempt = 1; await court.count(); attempt += 1) {
        const refusal = card.getByTestId('member-error');
        if (await refusal.count()) throw new Error(`退出 refused: ${await refusal.first().innerText()}`);
        if (attempt > 3) throw new Error('the member is still listed after three confirmations');
        await press(court, '退出');
        await press(page.locator('.ant-popconfirm:visible'), '退出');
        await court.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      }
      expect(await members.locator('tbody tr').count()).toBe(1);
    }, 120_000);

    it('sets the weekly 调度会, schedules today’s with a case on the agenda, and shows both in the calendar', async () => {
      const page = await suite.pageAs('cxl.conference-office');
      await page.goto(`${suite.baseUrl}/conference`);
      const weekday = WEEKDAYS[new Date(`${suite.today}T00:00:00Z`).getUTCDay()]!;

      await page.getByTestId('set-schedule').click();
      const rule = dialog(page, '设置例会');
      await chooseOption(page, rule.getByLabel('星期', { exact: true }), weekday);
      await press(rule, '保存');
      await page.getByTestId('schedule-SCHEDULING').getByText(`调度会：每周${weekday}`).waitFor();

      await page.getByTestId('schedule-meeting').click();
      const meeting = dialog(page, '安排会议');
      await enterDate(meeting.getByLabel('会议日期'), suite.today);
      // The case desk is searched by the title's words; the pick shows the case's number and title.
      const caseField = meeting.locator('#meeting_agenda_0_caseId');
      await caseField.fill('背街小巷');
      await chooseOption(page, caseField, `${kase.number} ${CASE_TITLE}`);
      await meeting.getByLabel('议题1内容').fill('会商临街商户补偿标准');
      await press(meeting, '安排');
      await meeting.waitFor({ state: 'hidden' });

      const calendar = page.getByTestId('meeting-calendar');
      const planned = calendar.getByRole('link', { name: '调度会（待召开）' });
      await planned.waitFor();
      await calendar.getByText('调度会（例会）').first().waitFor();
      await expect(calendar.locator(`[data-date="${plusDays(suite.today, 7)}"]`).textContent()).resolves.toBe('调度会（例会）');
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
      await screenshot(page, 'conference-setup');

      await planned.click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
      await page
        .getByTestId('agenda')
        .getByRole('link', { name: `${kase.number} ${CASE_TITLE}` })
        .waitFor();
      await page.getByTestId('agenda').getByText('会商临街商户补偿标准').waitFor();
    }, 120_000);

    it('records the meeting with attendance and a decision, and cancels the next 调度会 with a reason', async () => {
      const page = await suite.pageAs('cxl.conference-office');
      await page.goto(`${suite.baseUrl}/conference`);
      await page.getByTestId('meeting-calendar').getByRole('link', { name: '调度会（待召开）' }).click();
      const record = page.getByTestId('record-meeting');
      const unit = record.getByTestId('attendance').locator('tbody tr', { hasText: '综治中心' });
      await unit.getByLabel('委托他人出席').check();
      await unit.getByLabel('综治中心备注').fill('副主任代为出席');
      await record.getByLabel('会议纪要').fill('会议研究背街小巷改造补偿纠纷化解工作。');
      await record.getByLabel('议定事项（每行一项）').fill(DECISION);
      await record.getByRole('button', { name: '记录为已召开' }).click();
      await page.getByTestId('meeting-state').filter({ hasText: '已召开' }).waitFor();
      await page.getByTestId('decisions').getByText(DECISION).waitFor();
      const attendees = page.getByTestId('attendees');
      await expect(attendees.locator('tbody tr', { hasText: '春熙路街道领导' }).textContent()).resolves.toContain('出席');
      await expect(attendees.locator('tbody tr', { hasText: '综治中心' }).textContent()).resolves.toContain('委托他人出席副主任代为出席');

      // Held, the weekly 调度会 has planned the next one a week on: it is called off.
      await page.goto(`${suite.baseUrl}/conference`);
      const next = page.getByTestId('meetings').locator('tbody tr', { hasText: plusDays(suite.today, 7) });
      await next.getByText('待召开').waitFor();
      await next.getByRole('button', { name: '取消会议' }).click();
      const cancel = dialog(page, `取消 ${plusDays(suite.today, 7)} 的会议`);
      await cancel.getByLabel('取消原因').fill('与区委专题会议时间冲突，顺延至下周');
      await cancel.getByRole('button', { name: '取消会议' }).click();
      await next.getByText('已取消').waitFor();
      await page.getByTestId('meeting-calendar').getByRole('link', { name: '调度会（已召开）' }).waitFor();
    }, 120_000);
  });
}
