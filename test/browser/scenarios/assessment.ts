import { beforeAll, describe, expect } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { CaseView } from '../../helpers/case-api.js';
import { chooseOption, screenshot } from '../../helpers/browser.js';
import { eventually } from '../../helpers/system.js';
import { categoryId } from '../../scenarios/case-lifecycles.js';
import type { BrowserSuite } from '../suite.js';
import { graphql } from '#test/gql/index.js';

const SCHEME_NAME = '2026年度区县信访工作考核';
const CUSTOM_SCHEME_NAME = '2026年度来访事项专项考核';

/**
 * 考核: 成都市's assessor builds a scheme from the district template, sees the ranking computed
 * from the facts, drills down from 锦江区's timely-acceptance cell to a case and opens it, scores
 * the key tasks of 锦江区 by hand (the other districts through the API), publishes and downloads
 * the ranking as Excel; 锦江区's leader then sees the district's published rank. The assessor then
 * builds a scheme of a custom indicator, previews it down to the case, and edits the draft.
 */
export function assessmentScenarios(suite: BrowserSuite): void {
  const { it } = suite;
  describe('assessment', () => {
    let kase: CaseView;
    let schemeId: string;
    let jinjiang: string;

    beforeAll(async () => {
      const { api } = suite;
      jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
      // A claim 锦江区 registers, assigns and accepts: it counts in the district's timely acceptance.
      kase = await api.step('jj.registrar', 'registerCase', {
        channel: 'VISIT',
        kind: 'CLAIM',
        categoryId: await categoryId(api, 'jj.registrar'),
        title: '小区消防通道被占用',
        content: '居民反映消防通道长期被车辆占用，要求清理。',
        problemJurisdictionId: jinjiang,
        petitioners: [{ name: '赵某', phone: '13700137000', representative: true }],
      });
      kase = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局'),
        completionReportDue: '2026-12-31',
      });
      kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
      kase = await api.step('jj.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
      // The assessment service learns of the case from the cases service's events.
      await eventually(
        async () =>
          (await suite.system.admin.query(`SELECT 1 FROM assessment.case_facts WHERE case_id = $1 AND notify_done IS NOT NULL`, [kase.id])).rowCount === 1,
        60_000,
      );
    }, 120_000);

    it('an assessor creates a scheme from the template, drills down from a cell to the case, scores by hand, publishes and downloads the ranking', async () => {
      const page = await suite.pageAs('cd.assessor');
      await page.getByRole('menuitem', { name: '考核' }).click();
      await page.waitForURL(/\/assessment$/);
      await page.getByTestId('new-scheme').click();
      const dialog = page.getByRole('dialog', { name: '按区（县）模板新建考核方案' });
      await dialog.getByLabel('方案名称').fill(SCHEME_NAME);
      await dialog.getByLabel('考核年度').fill('2026');
      await dialog.getByRole('button', { name: /新\s*建/ }).click();
      await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
      schemeId = page.url().split('/').pop()!;
      // Each item shows its formula in Chinese.
      await page
        .getByRole('cell', { name: /^及时受理率 = .+÷.+/ })
        .first()
        .waitFor();
      const cell = page.getByTestId('cell-锦江区-TIMELY_ACCEPTANCE');
      await cell.waitFor();
      await page.locator('.ant-table-wrapper .ant-spin-blur').waitFor({ state: 'detached' });
      await screenshot(page, 'assessment');

      // Drill-down: the denominator of 锦江区's timely acceptance lists the case, which opens in the case desk.
      await cell.click();
      const drill = page.getByRole('dialog', { name: /锦江区 · / });
      await drill.getByRole('tab', { name: /分母/ }).click();
      await drill.getByRole('link', { name: kase.number }).click();
      await page.waitForURL(new RegExp(`/cases/${kase.id}$`));
      await page.getByText(kase.number).first().waitFor();

      // Key tasks: 锦江区 by hand on the page, the other districts through the API.
      const scores = (
        await suite.api.query(
          'cd.assessor',
          graphql(`
            query AssessmentScores($id: ID!) {
              scores(schemeId: $id) {
                targets {
                  tenantId
                  name
                }
              }
            }
          `),
          { id: schemeId },
        )
      ).data!.scores;
      for (const target of scores.targets.filter((t: { tenantId: string }) => t.tenantId !== jinjiang)) {
        const entered = await suite.api.query(
          'cd.assessor',
          graphql(`
            mutation AssessmentEnterManualScore($input: ManualScoreInput!) {
              enterManualScore(input: $input) {
                id
              }
            }
          `),
          {
            input: { schemeId, itemCode: 'KEY_TASKS', tenantId: target.tenantId, points: 40, comment: '年度重点工作', evidence: [] },
          },
        );
        expect(entered.errors).toBeUndefined();
      }
      await page.goto(`${suite.baseUrl}/assessment/${schemeId}`);
      await page.getByTestId('cell-锦江区-KEY_TASKS').click();
      const manual = page.getByRole('dialog', { name: /人工评分：锦江区/ });
      await manual.getByLabel('得分').fill('55');
      await manual.getByLabel('评分说明').fill('年度重点工作完成较好');
      await manual.getByRole('button', { name: /保\s*存/ }).click();
      await manual.waitFor({ state: 'hidden' });
      // The ranking is computed again with the points.
      await page.getByTestId('cell-锦江区-KEY_TASKS').filter({ hasText: /^55$/ }).waitFor();

      await page.getByTestId('publish-scheme').click();
      await page
        .getByRole('button', { name: /^通\s*报$/ })
        .last()
        .click();
      await expect(page.getByTestId('scheme-state').filter({ hasText: '已通报' }).textContent()).resolves.toContain('已通报');
      await page.getByRole('columnheader', { name: '较通报变化' }).waitFor();
      await page.locator('.ant-table-wrapper .ant-spin-blur').waitFor({ state: 'detached' });
      await screenshot(page, 'assessment-scores');

      const published = (
        await suite.api.query(
          'cd.assessor',
          graphql(`
            query AssessmentScores2($id: ID!) {
              scores(schemeId: $id) {
                targets {
                  name
                  publishedTotal
                  publishedRank
                }
              }
            }
          `),
          { id: schemeId },
        )
      ).data!.scores.targets as { name: string; publishedTotal: number; publishedRank: number }[];
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-ranking').click()]);
      expect(download.suggestedFilename()).toBe('2026年度信访工作考核排名.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const sheet = workbook.getWorksheet('排名')!;
      expect(sheet.getCell('A1').value).toBe(`${SCHEME_NAME}（2026年度）考核结果通报`);
      const rows = sheet.getRows(4, published.length)!.map((row) => [row.getCell(1).value, row.getCell(2).value]);
      expect(rows).toEqual([...published].sort((a, b) => a.publishedRank - b.publishedRank).map((t) => [t.publishedRank, t.name]));
    }, 180_000);

    it('a district leader sees the district’s published rank', async () => {
      const page = await suite.pageAs('jj.leader');
      await page.getByRole('menuitem', { name: '考核' }).click();
      const row = page.getByTestId('own-results').getByRole('row').filter({ hasText: SCHEME_NAME });
      await row.waitFor();
      const rank = (
        await suite.api.query(
          'jj.leader',
          graphql(`
            query AssessmentTenant($id: ID!) {
              tenant(id: $id) {
                assessmentResults(period: { kind: YEAR, year: 2026 }) {
                  rank
                  of
                }
              }
            }
          `),
          {
            id: jinjiang,
          },
        )
      ).data!.tenant.assessmentResults[0];
      await expect(row.textContent()).resolves.toContain(`第 ${rank.rank} 名（共 ${rank.of} 个）`);
    }, 90_000);

    it('an assessor adds a custom indicator, previews it down to the counted case, saves, edits the draft and finds the item in the ranking', async () => {
      const page = await suite.pageAs('cd.assessor');
      await page.getByRole('menuitem', { name: '考核' }).click();
      await page.getByTestId('build-scheme').click();
      const dialog = page.getByRole('dialog', { name: '逐项新建考核方案' });
      await dialog.getByLabel('方案名称').fill(CUSTOM_SCHEME_NAME);
      await dialog.getByLabel('考核年度').fill('2026');
      await dialog.getByRole('button', { name: '添加考核项' }).click();
      const item = dialog.getByTestId('scheme-item-1');
      await item.getByLabel('代码', { exact: true }).fill('VISIT_CLAIMS');
      await item.getByLabel('名称', { exact: true }).fill('来访求决类占比');
      await item.getByText('自定义指标', { exact: true }).click();
      // Of the visits, the claims: 锦江区's claim came by visit.
      const denominator = item.getByTestId('denominator-conditions');
      await denominator.getByRole('button', { name: '添加条件' }).click();
      await chooseOption(page, denominator.getByLabel('字段', { exact: true }), '信访渠道');
      await chooseOption(page, denominator.getByLabel('取值', { exact: true }), '来访');
      const numerator = item.getByTestId('numerator-conditions');
      await numerator.getByRole('button', { name: '添加条件' }).click();
      await chooseOption(page, numerator.getByLabel('字段', { exact: true }), '事项类型');
      await chooseOption(page, numerator.getByLabel('取值', { exact: true }), '申诉求决类');
      // The formula as the server states it, as the library's items show theirs.
      await item
        .getByTestId('custom-formula')
        .filter({ hasText: '来访求决类占比 = 信访渠道为来访、事项类型为申诉求决类的件数 ÷ 信访渠道为来访的件数' })
        .waitFor();

      await item.getByTestId('preview-indicator').click();
      const preview = page.getByRole('dialog', { name: '预览：来访求决类占比' });
      await preview.getByRole('row').filter({ hasText: '锦江区' }).first().click();
      await preview
        .getByTestId('counted-fact')
        .getByRole('link', { name: new RegExp(`^${kase.number} 小区消防通道被占用`) })
        .waitFor();
      await preview.locator('.ant-modal-close').click();
      await preview.waitFor({ state: 'hidden' });

      await dialog.getByRole('button', { name: /新\s*建/ }).click();
      await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
      const customId = page.url().split('/').pop()!;
      await page.getByRole('cell', { name: /^来访求决类占比 = 信访渠道为来访/ }).waitFor();

      // The draft is edited: the item renamed and reweighted, its custom indicator kept.
      await page.getByTestId('edit-scheme').click();
      const editor = page.getByRole('dialog', { name: '编辑考核方案' });
      const edited = editor.getByTestId('scheme-item-1');
      await edited.getByTestId('custom-formula').filter({ hasText: '信访渠道为来访' }).waitFor();
      await edited.getByLabel('名称', { exact: true }).fill('来访事项中求决类占比');
      await edited.getByLabel('分值', { exact: true }).fill('20');
      await editor.getByRole('button', { name: /保\s*存/ }).click();
      await editor.waitFor({ state: 'hidden' });
      await page.getByRole('columnheader', { name: '来访事项中求决类占比（20分）' }).waitFor();
      await page.getByTestId('cell-锦江区-VISIT_CLAIMS').waitFor();

      const saved = (
        await suite.api.query(
          'cd.assessor',
          graphql(`
            query AssessmentAssessmentScheme($id: ID!) {
              assessmentScheme(id: $id) {
                version
                totalPoints
                items {
                  code
                  name
                  points
                  indicator {
                    formula
                  }
                }
              }
              scores(schemeId: $id) {
                targets {
                  name
                  items {
                    code
                    numerator
                    denominator
                  }
                }
              }
            }
          `),
          { id: customId },
        )
      ).data;
      expect(saved!.assessmentScheme).toMatchObject({
        version: 2,
        totalPoints: 20,
        items: [{ code: 'VISIT_CLAIMS', name: '来访事项中求决类占比', points: 20 }],
      });
      expect(saved!.assessmentScheme!.items[0].indicator!.formula).toMatch(
        /^来访事项中求决类占比 = 信访渠道为来访、事项类型为申诉求决类的件数 ÷ 信访渠道为来访的件数/,
      );
      const jinjiangItem = saved!.scores.targets.find((t: { name: string }) => t.name === '锦江区')!.items[0];
      expect(jinjiangItem.numerator).toBeGreaterThanOrEqual(1);
    }, 180_000);
  });
}
