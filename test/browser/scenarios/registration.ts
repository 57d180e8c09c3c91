import { beforeAll, describe, expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '#common/pii';
import { chooseFieldOption, screenshot } from '../../helpers/browser.js';
import type { CaseView } from '../../helpers/case-api.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

const ID_BODY = '51010419850612301';
const ID_NUMBER = ID_BODY + residentIdCheckChar(ID_BODY);
const WRONG_ID_NUMBER = ID_BODY + (ID_NUMBER.endsWith('0') ? '1' : '0');
const REGISTER_BUTTON = /^登\s*记$/;

/** Picks an option of an antd radio group by its label (the input itself is styled away). */
const pick = (page: Page, label: string) =>
  page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click();

/** Registering a collective visit at 锦江区 as a repeat of an earlier case of one of its petitioners. */
export function registrationScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('case registration', () => {
    let earlier: CaseView;
    let leader: { id: string; displayName: string };
    let receptionId: string;

    beforeAll(async () => {
      const { api } = suite;
      earlier = await api.step('jj.registrar', 'registerCase', {
        channel: 'LETTER',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '某物业公司拖欠保洁员工资',
        content: '来信反映某物业公司拖欠保洁员两个月工资。',
        problemJurisdictionId: await api.idOf('jj.registrar', 'tenant', '510104'),
        petitioners: [{ name: '周某', idNumber: ID_NUMBER, phone: '13900139000' }],
      });
      [leader] = (
        await api.query(
          'jj.registrar',
          graphql(`
            query RegistrationLeaders {
              leaders {
                id
                displayName
              }
            }
          `),
          {},
        )
      ).data!.leaders;
      // The leader's reception day today: scheduled here unless an earlier scenario already did.
      const scheduled = await api.query(
        'jj.registrar',
        graphql(`
          query RegistrationReceptions($day: String!) {
            receptions(filter: { from: $day, to: $day }) {
              edges {
                node {
                  id
                  leaderId
                }
              }
            }
          }
        `),
        {
          day: suite.today,
        },
      );
      receptionId =
        scheduled.data!.receptions.edges.find((edge: { node: { leaderId: string } }) => edge.node.leaderId === leader.id)?.node.id ??
        (
          await api.query(
            'jj.registrar',
            graphql(`
              mutation RegistrationScheduleReception($input: ScheduleReceptionInput!) {
                scheduleReception(input: $input) {
                  id
                }
              }
            `),
            {
              input: { leaderId: leader.id, date: suite.today, place: '区群众来访接待中心' },
            },
          )
        ).data!.scheduleReception.id;
    }, 60_000);

    it('registers a collective visit from the menu, linked as a repeat of the earlier case the check found', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.locator('.ant-menu').getByRole('link', { name: '登记', exact: true }).click();
      await page.waitForURL(/\/cases\/new$/);
      await page.locator('.ant-breadcrumb').getByText('登记信访事项').waitFor();

      await pick(page, '来访');
      await pick(page, '申诉求决类');
      await chooseFieldOption(page, 'categoryId', '拖欠工资', { search: '拖欠工资' });
      await page.locator('#title').fill('某物业公司拖欠保洁员工资');
      await page.locator('#content').fill('六名保洁员来访，反映物业公司拖欠两个月工资。');

      // The check character is wrong: the field says so while the clerk types, before submitting.
      await page.locator('#petitioners_0_name').fill('周某');
      await page.locator('#petitioners_0_idNumber').fill(WRONG_ID_NUMBER);
      await page.getByText('身份证号码校验位错误').waitFor();
      await page.locator('#petitioners_0_idNumber').fill(ID_NUMBER);
      await page.getByText('身份证号码校验位错误').waitFor({ state: 'detached' });
      await page.locator('#petitioners_0_representative').check();
      await page.getByRole('button', { name: '添加信访人' }).click();
      await page.locator('#petitioners_1_name').fill('吴某');
      await page.locator('#petitioners_1_representative').check();
      await page.locator('#personCount').fill('6');
      await chooseFieldOption(page, 'leaderOwnerId', leader.displayName);
      await chooseFieldOption(page, 'receptionId', `${leader.displayName}接访`);
      await page.getByText('共 6 人次').waitFor();
      await expect(page.getByText('集体访', { exact: true }).count()).resolves.toBe(1);

      // The earlier case of the same ID number shows beside the form.
      const candidate = page.getByTestId('repeat-candidate').filter({ hasText: earlier.number });
      await candidate.waitFor();
      await expect(candidate.textContent()).resolves.toContain('同一身份证号');

      // Submitted unresolved, the server's refusal shows next to the candidates.
      await page.getByRole('button', { name: REGISTER_BUTTON }).click();
      await expect(page.getByTestId('repeat-refusal').textContent()).resolves.toContain(earlier.number);
      expect(page.url()).toMatch(/\/cases\/new$/);

      await candidate.getByRole('button', { name: '作为重复件关联' }).click();
      await page.getByText(`本件将作为 ${earlier.number} 的重复件登记`).waitFor();
      await expect(page.getByTestId('repeat-refusal').count()).resolves.toBe(0);
      await screenshot(page, 'register');

      await page.getByRole('button', { name: REGISTER_BUTTON }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByText(/登记成功，编号 \d{6}-2026-\d+/).waitFor();
      const id = new URL(page.url()).pathname.split('/').at(-1)!;
      const registered = await suite.api.case('jj.registrar', id);
      expect(registered).toMatchObject({ repeatOfId: earlier.id, collective: true, personCount: 6, channel: 'VISIT', kind: 'CLAIM' });
      const owners = await suite.api.query(
        'jj.registrar',
        graphql(`
          query RegistrationCase($id: ID!) {
            case(id: $id) {
              leaderOwnerId
              receptionId
            }
          }
        `),
        { id },
      );
      expect(owners.data!.case).toEqual({ leaderOwnerId: leader.id, receptionId });
      await page.getByRole('heading', { name: new RegExp(registered!.number) }).waitFor();
    }, 120_000);

    it('refuses a sixth representative of a visit with the rule in Chinese', async () => {
      const page = await suite.pageAs('jj.registrar');
      await page.goto(`${suite.baseUrl}/cases/new`);
      await pick(page, '来访');
      const refusal = page.getByText('集体来访推选的代表不得超过 5 人，此人不能再列为代表');
      for (let i = 0; i < 6; i++) {
        if (i > 0) await page.getByRole('button', { name: '添加信访人' }).click();
        await page.locator(`#petitioners_${i}_name`).fill(`代表${i + 1}`);
        await page.locator(`#petitioners_${i}_representative`).check();
        if (i < 5) await expect(refusal.count()).resolves.toBe(0);
      }
      await refusal.waitFor();
      await expect(refusal.count()).resolves.toBe(1);
      // The sixth unmarked, the group of five stands.
      await page.locator('#petitioners_5_representative').uncheck();
      await refusal.waitFor({ state: 'detached' });
    }, 90_000);
  });
}
