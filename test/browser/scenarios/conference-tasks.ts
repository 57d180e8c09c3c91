import { beforeAll, describe, expect } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Page } from 'playwright-core';
import { chooseOption, screenshot } from '../../helpers/browser.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

const LEDGER_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** antd spaces out a two-character button label (签收 → 签 收). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** The ISO day `days` after `day`. */
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * 联席会议 and 任务督办: 成都市's conference office turns a decision of its plenary into a 减存量
 * task for the conferences of 锦江区 and 武侯区; 锦江区 splits its part to its 人社局, whose liaison
 * reports it done; 锦江区 signs the split off and reports done; 成都市 signs it off, and its dashboard
 * counts 锦江区's task done on time.
 */
export function conferenceTaskScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('conference and tasks', () => {
    let meetingId: string;
    let rootId: string;
    let deadline: string;
    const decision = '锦江区、武侯区限期化解重复信访积案';

    /** A setup step that must succeed: its data. */
    const run = async <T, V>(username: string, document: TypedDocumentNode<T, V>, variables: V): Promise<T> => {
      const result = await suite.api.query(username, document, variables);
      if (result.errors) throw new Error(`${username}: ${JSON.stringify(result.errors)}`);
      return result.data!;
    };
    /** The tenant's conference, established once with its leader as convenor and one member unit. */
    const establish = async (username: string, code: string, leader: string, unit: string, liaison: string) => {
      const { api } = suite;
      if (
        (
          await api.query(
            username,
            graphql(`
              query ConferenceTasksConference {
                conference {
                  id
                }
              }
            `),
            {},
          )
        ).data!.conference
      )
        return;
      await run(
        username,
        graphql(`
          mutation ConferenceTasksEstablishConference($input: EstablishConferenceInput!) {
            establishConference(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            establishedOn: '2026-07-01',
            officeUnitId: await api.idOf(username, 'unit', `${code}/联席会议办公室`),
            convenors: [{ userId: await api.idOf(leader, 'user', ''), title: '召集人' }],
            members: [{ unitId: await api.idOf(username, 'unit', `${code}/${unit}`), liaisonUserId: await api.idOf(liaison, 'user', '') }],
          },
        },
      );
    };
    const openTask = async (page: Page, title: RegExp) => {
      await page.getByTestId('task-tree').getByRole('link', { name: title }).first().click();
      await page.getByTestId('task-actions').or(page.getByTestId('subtasks')).first().waitFor();
    };
    /** Presses an action's button; when it is missing, the error names what the page shows instead. */
    const act = async (page: Page, action: string) => {
      try {
        await page
          .getByTestId('task-actions')
          .getByRole('button', { name: label(action) })
          .click({ timeout: 20_000 });
      } catch (error) {
        throw new Error(
          `${action}: ${(error as Error).message}\n${await page
            .locator('main')
            .innerText()
            .catch(() => '')}`,
        );
      }
    };
    const expectState = (page: Page, state: string) => page.getByTestId('task-header').getByTestId('task-state').filter({ hasText: state }).waitFor();

    beforeAll(async () => {
      const { api } = suite;
      const wuhou = await api.idOf('wh.tenant-admin', 'tenant', '510107');
      // 武侯区 has no leader nor liaison among the demo accounts: its administrator adds them.
      for (const [username, roles, unit] of [
        ['wh.convenor', ['LEADER'], null],
        ['wh.liaison', ['MEMBER_UNIT'], '住房和城乡建设局'],
      ] as const) {
        await run(
          'wh.tenant-admin',
          graphql(`
            mutation ConferenceTasksCreateUser($input: CreateUserInput!) {
              createUser(input: $input) {
                id
              }
            }
          `),
          {
            input: {
              tenantId: wuhou,
              unitId: unit ? await api.idOf('wh.tenant-admin', 'unit', `510107/${unit}`) : null,
              username,
              displayName: username,
              password: 'Demo@2026',
              roles: [...roles],
            },
          },
        );
      }
      await establish('cd.conference-office', '510100', 'cd.leader', '人力资源和社会保障局', 'cd.member-unit');
      await establish('jj.conference-office', '510104', 'jj.leader', '人力资源和社会保障局', 'jj.member-unit');
      await establish('wh.tenant-admin', '510107', 'wh.convenor', '住房和城乡建设局', 'wh.liaison');
      const { scheduleMeeting: planned } = await run(
        'cd.conference-office',
        graphql(`
          mutation ConferenceTasksScheduleMeeting($input: ScheduleMeetingInput!) {
            scheduleMeeting(input: $input) {
              id
              version
            }
          }
        `),
        {
          input: {
            kind: 'PLENARY',
            date: suite.today,
            chairUserId: await api.idOf('cd.leader', 'user', ''),
            agenda: [{ text: '重复信访积案化解' }],
          },
        },
      );
      await run(
        'cd.conference-office',
        graphql(`
          mutation ConferenceTasksRecordMeeting($input: RecordMeetingInput!) {
            recordMeeting(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            id: planned.id,
            version: planned.version,
            attendance: [],
            minutes: '会议研究部署重复信访积案化解工作。',
            decisions: [decision],
          },
        },
      );
      meetingId = planned.id;
      deadline = plusDays(suite.today, 30);
    }, 120_000);

    it('lets the city conference office create a task from a meeting decision for two county conferences', async () => {
      const page = await suite.pageAs('cd.conference-office');
      await page.getByRole('menuitem', { name: '联席会议' }).click();
      await page.getByTestId('conference').getByText('联席会议办公室').first().waitFor();
      await page.getByTestId('coverage').getByText('锦江区 ✓ 已建立').waitFor();
      await screenshot(page, 'conference');
      await page.getByTestId('meetings').locator(`a[href="/meetings/${meetingId}"]`).click();
      await page.getByTestId('decisions').getByText(decision).waitFor();
      await page.getByTestId('decisions').getByRole('button', { name: '创建任务' }).click();
      const dialog = page.getByRole('dialog');
      await chooseOption(page, dialog.getByLabel('任务清单'), '减存量清单');
      await dialog.getByLabel('完成时限').fill(deadline);
      await dialog.getByLabel('完成时限').press('Enter');
      await chooseOption(page, dialog.getByLabel('承办方'), '锦江区联席会议');
      await chooseOption(page, dialog.getByLabel('承办方'), '武侯区联席会议');
      // A multiple select stays open: clicking the title closes it.
      await dialog.getByText('由议定事项创建任务').click();
      await dialog.getByLabel('挂牌督办').check();
      await dialog.getByRole('button', { name: '创建并交办' }).click();
      await page.waitForURL(/\/tasks\/[0-9a-f-]+$/);
      rootId = page.url().split('/').pop()!;
      const subtasks = page.getByTestId('subtasks');
      await subtasks.getByText('锦江区联席会议').waitFor();
      await subtasks.getByText('武侯区联席会议').waitFor();
      expect(await subtasks.locator('tbody tr').count()).toBe(2);
    }, 90_000);

    it('lets the county receive the task and split it to a member unit, who reports it done', async () => {
      const county = await suite.pageAs('jj.conference-office');
      await county.getByRole('menuitem', { name: '任务督办' }).click();
      await openTask(county, new RegExp(decision));
      await act(county, '签收');
      await expectState(county, '已签收');
      await act(county, '分解交办');
      await chooseOption(county, county.getByLabel('成员单位'), '人力资源和社会保障局');
      await county.getByLabel('分解内容').fill('欠薪类重复信访积案');
      await county.getByRole('button', { name: '提交分解交办' }).click();
      await county.getByTestId('subtasks').getByText('人力资源和社会保障局').waitFor();

      const unit = await suite.pageAs('jj.member-unit');
      await unit.getByRole('menuitem', { name: '任务督办' }).click();
      await openTask(unit, new RegExp(decision));
      await act(unit, '签收');
      await expectState(unit, '已签收');
      await act(unit, '开始办理');
      await expectState(unit, '办理中');
      await act(unit, '报结');
      await unit.getByLabel('办结情况').fill('欠薪积案已全部化解，工资已足额发放');
      await unit.getByLabel('佐证材料（每行一项）').fill('欠薪发放台账.xlsx');
      await unit.getByRole('button', { name: '提交报结' }).click();
      await expectState(unit, '已报结');
      // A unit does not sign off its own work.
      expect(await unit.getByTestId('task-actions').count()).toBe(0);
      // Its report takes the ledger itself as a file, from the reporter.
      await unit.locator('input[type=file]').setInputFiles({ name: '欠薪发放台账.pdf', mimeType: 'application/pdf', buffer: LEDGER_PDF });
      await unit.getByTestId('attachment-list').getByText('欠薪发放台账.pdf').waitFor();
    }, 90_000);

    it('has the county and then the city sign off, and the dashboard counts the task on time', async () => {
      const county = await suite.pageAs('jj.conference-office');
      await county.getByRole('menuitem', { name: '任务督办' }).click();
      await openTask(county, new RegExp(decision));
      await county.getByTestId('subtasks').getByRole('link').first().click();
      await expectState(county, '已报结');
      await act(county, '销号');
      await expectState(county, '已销号');
      await county.getByTestId('task-header').getByRole('link', { name: '上级任务' }).click();
      await expectState(county, '办理中');
      await act(county, '报结');
      await county.getByLabel('办结情况').fill('分解任务已全部销号');
      await county.getByRole('button', { name: '提交报结' }).click();
      await expectState(county, '已报结');

      const city = await suite.pageAs('cd.conference-office');
      await city.goto(`${suite.baseUrl}/tasks/${rootId}`);
      await city.getByTestId('subtasks').getByRole('link').filter({ hasText: decision }).first().waitFor();
      const row = city.getByTestId('subtasks').locator('tbody tr', { hasText: '锦江区联席会议' });
      await row.getByRole('link').click();
      await expectState(city, '已报结');
      await act(city, '销号');
      await expectState(city, '已销号');

      await city.getByRole('menuitem', { name: '任务督办' }).click();
      await city.getByTestId('task-tree').getByText('锦江区联席会议').first().waitFor();
      // 武侯区 has not started: its deadline counts down on the server's clock.
      await city
        .getByTestId('task-tree')
        .locator('tbody tr')
        .filter({ hasText: decision })
        .filter({ hasText: '武侯区联席会议' })
        .getByText(/^剩\d+天$/)
        .waitFor();
      await screenshot(city, 'tasks');
      await city.getByRole('tab', { name: '统计' }).click();
      const jinjiang = city.getByTestId('dashboard-by-assignee').locator('tbody tr', { hasText: '锦江区联席会议' });
      await jinjiang.waitFor();
      // 交办 已销号 按时完成 逾期 迟报 完成率
      expect((await jinjiang.locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['锦江区联席会议', '1', '1', '1', '0', '0', '100%']);
      await city.getByTestId('chart-by-assignee').locator('canvas').first().waitFor();
      await city.getByTestId('chart-trend').locator('canvas').first().waitFor();
      await screenshot(city, 'task-dashboard');
    }, 120_000);
  });
}
