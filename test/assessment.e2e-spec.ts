import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { graphql } from '#test/gql/index.js';
import type { AssessmentItemInput } from '#test/gql/graphql.js';
import { CaseApi, type CaseView } from './helpers/case-api.js';
import { errorCode } from './helpers/graphql-client.js';
import { SupervisionJobs } from './helpers/supervision-jobs.js';
import { SystemUnderTest, eventually } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';

const CREATE = graphql(`
  mutation AssessmentE2eCreate($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) {
      id
      version
      targetLevel
    }
  }
`);
const MANUAL = graphql(`
  mutation AssessmentE2eManual($input: ManualScoreInput!) {
    enterManualScore(input: $input) {
      id
    }
  }
`);
const REBUILD = graphql(`
  mutation AssessmentE2eRebuild($input: RebuildFactsInput!) {
    rebuildFacts(input: $input) {
      id
      source
    }
  }
`);
const PUBLISH = graphql(`
  mutation AssessmentE2ePublish($input: PublishSchemeInput!) {
    publishAssessmentScheme(input: $input) {
      asOf
      targets {
        name
        total
        rank
      }
    }
  }
`);
const SCORES = graphql(`
  query AssessmentE2eScores($id: ID!) {
    scores(schemeId: $id) {
      asOf
      targets {
        name
        total
        rank
        grade
        publishedTotal
        items {
          code
          numerator
          denominator
          value
          points
        }
      }
    }
  }
`);
const FACTS = graphql(`
  query AssessmentE2eFacts($input: ScoreFactsInput!) {
    scoreFacts(input: $input) {
      label
    }
  }
`);
const VERSION = graphql(`
  query AssessmentE2eVersion($id: ID!) {
    assessmentScheme(id: $id) {
      version
    }
  }
`);

/**
 * 考核 end to end, through the gateway with the demo accounts: cases of 锦江区 and 武侯区 run
 * through their lifecycle from March 2026, the facts reach the assessment service as events, 成都市
 * scores its two districts on the district template (5/10/10/10/5/60), enters the key-task points,
 * publishes and exports the ranking; the numbers are counted by hand below. Scored on 2026-06-01.
 *
 * 锦江区: A accepted on 03-03 (notice due 03-17: on time), decided on 03-20 (well within 60 days),
 *   rated 满意; B received on 03-02 but accepted only on 03-20 (late), its handling (due 05-19) still
 *   open on 06-01 (not on time). Acceptance 1/2 → 2.5; reply 1/2 → 5; no repeat → 10; satisfaction
 *   1/1 → 10; participation 1/1 → 5; key tasks 55 → 87.5, 良好, first.
 * 武侯区: C accepted on 03-03, decided on 03-10, rated 不满意; D a repeat of C, registered only.
 *   Acceptance 1/1 → 5; reply 1/1 → 10; one repeat → 9; satisfaction 0/1 → 0; participation 1/1 → 5;
 *   key tasks 50 → 79, 一般, second.
 * 锦江区 also declined E (arbitration) and had F withdrawn on 03-05, both at registration: ended
 * without a reply, they count in none of the template's items (participation counts replies).
 * 锦江区's own assessor then scores 锦江区 itself on the five headline rates (20 points each, rate ×
 * points): acceptance 1/2 → 10; completion on time A 1/1 → 20; participation 1/1 → 20; satisfaction
 * 1/1 → 20; first-petition resolution A of A and F (E declined: no matter to resolve) → 10; 80, 良好.
 */
describe('assessment end to end, through the gateway with the demo accounts', () => {
  const system = new SystemUnderTest({ clockStart: new Date('2026-03-02T01:00:00Z') });
  let api: CaseApi;
  let jobs: SupervisionJobs;
  const ids: Record<string, string> = {};
  const cases: Record<string, CaseView> = {};
  let scheme: { id: string; version: number };

  /** A mutation that must succeed; returns its field. */
  async function run<T, V extends { input: unknown }>(username: string, document: TypedDocumentNode<T, V>, input: V['input']): Promise<T[keyof T]> {
    const result = await api.query(username, document, { input } as V);
    if (result.errors) throw new Error(`${username} ${getOperationAST(document)?.name?.value}: ${JSON.stringify(result.errors)}`);
    return Object.values(result.data!)[0] as T[keyof T];
  }

  /** A claim registered by a district for itself and assigned to its housing bureau, received today. */
  async function registered(prefix: 'jj' | 'wh', code: string, title: string, repeatOfId?: string): Promise<CaseView> {
    const kase = await api.step(`${prefix}.registrar`, 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: ids.category,
      title,
      content: '信访人反映问题，要求处理。',
      problemJurisdictionId: ids[prefix],
      petitioners: [{ name: '王某', phone: '13900139002', representative: true }],
      ...(repeatOfId ? { repeatOfId } : {}),
    });
    if (repeatOfId) return kase;
    const routed = await api.step(`${prefix}.registrar`, 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'ASSIGN',
      tenantId: ids[prefix],
      unitId: await api.idOf(`${prefix}.registrar`, 'unit', `${code}/住房和城乡建设局`),
      completionReportDue: '2026-12-31',
    });
    return api.step(`${prefix}.handler`, 'receiveCase', { caseId: routed.id, version: routed.version });
  }

  /** A claim a district registers for itself and ends at once: declined or closed as given. */
  async function endedAtRegistration(title: string, step: 'declineCase' | 'closeCase', input: object): Promise<CaseView> {
    const kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: ids.category,
      title,
      content: '信访人反映问题，要求处理。',
      problemJurisdictionId: ids.jj,
      petitioners: [{ name: '李某', phone: '13900139003', representative: true }],
    });
    return api.step('jj.registrar', step, { caseId: kase.id, version: kase.version, ...input });
  }

  const decidedAndRated = async (prefix: 'jj' | 'wh', kase: CaseView, rating: string) => {
    let k = await api.step(`${prefix}.handler`, 'decideCase', {
      caseId: kase.id,
      version: kase.version,
      outcome: 'SUPPORTS',
      text: '经调查，诉求合理，予以支持。',
    });
    k = await api.step(`${prefix}.handler`, 'deliverCase', { caseId: k.id, version: k.version });
    return api.step(`${prefix}.registrar`, 'rateCase', { caseId: k.id, version: k.version, rating });
  };

  beforeAll(async () => {
    await system.start();
    api = new CaseApi(system.gatewayUrl);
    jobs = new SupervisionJobs(system);
    ids.chengdu = await api.idOf('cd.tenant-admin', 'tenant', '510100');
    ids.jj = await api.idOf('cd.tenant-admin', 'tenant', '510104');
    ids.wh = await api.idOf('cd.tenant-admin', 'tenant', '510107');
    ids.category = await categoryId(api, 'jj.registrar');

    cases.A = await registered('jj', '510104', '小区电梯长期停运');
    cases.B = await registered('jj', '510104', '农贸市场噪音扰民');
    cases.C = await registered('wh', '510107', '拆迁补偿款未足额发放');
    system.setToday('2026-03-03');
    cases.A = await api.step('jj.handler', 'acceptCase', { caseId: cases.A.id, version: cases.A.version });
    cases.C = await api.step('wh.handler', 'acceptCase', { caseId: cases.C.id, version: cases.C.version });
    system.setToday('2026-03-05');
    cases.D = await registered('wh', '510107', '拆迁补偿款未足额发放（再次来访）', cases.C.id);
    cases.E = await endedAtRegistration('劳动合同解除经济补偿争议', 'declineCase', { reason: 'ARBITRATION', target: '成都市锦江区劳动人事争议仲裁委员会' });
    cases.F = await endedAtRegistration('物业费收取标准异议', 'closeCase', { reason: 'WITHDRAWN' });
    system.setToday('2026-03-10');
    cases.C = await decidedAndRated('wh', cases.C, 'DISSATISFIED');
    system.setToday('2026-03-20');
    cases.A = await decidedAndRated('jj', cases.A, 'SATISFIED');
    cases.B = await api.step('jj.handler', 'acceptCase', { caseId: cases.B.id, version: cases.B.version });
    system.setToday('2026-06-01');
    // The review windows of A and C (delivered in March) have lapsed: a reconciliation pass (this
    // one, or a scheduled one just before) has finalized them.
    await jobs.reconcile();
    await jobs.quiet();
    for (const [prefix, kase] of [
      ['jj', cases.A!],
      ['wh', cases.C!],
    ] as const) {
      expect((await api.case(`${prefix}.registrar`, kase.id))!.state).toBe('FINALIZED');
    }
  }, 120_000);
  afterAll(async () => {
    await jobs?.close();
    await system.stop();
  }, 30_000);

  it('scores the city’s districts on the template from the facts, as counted by hand', async () => {
    scheme = await run('cd.assessor', CREATE, { name: '2026年度区县信访工作考核', period: { kind: 'YEAR', year: 2026 } });
    for (const [district, points] of [
      ['jj', 55],
      ['wh', 50],
    ] as const) {
      await run('cd.assessor', MANUAL, {
        schemeId: scheme.id,
        itemCode: 'KEY_TASKS',
        tenantId: ids[district],
        points,
        comment: '年度重点工作',
        evidence: ['考核台账'],
      });
    }
    const scores = (await api.query('cd.assessor', SCORES, { id: scheme.id })).data!.scores;
    expect(scores.asOf).toBe('2026-06-01');
    expect(scores.targets.map((t) => [t.name, t.total, t.rank, t.grade])).toEqual([
      ['锦江区', 87.5, 1, 'GOOD'],
      ['武侯区', 79, 2, 'FAIR'],
    ]);
    const jinjiang = Object.fromEntries(scores.targets[0].items.map((i) => [i.code, [i.numerator, i.denominator, i.points]]));
    expect(jinjiang).toEqual({
      TIMELY_ACCEPTANCE: [1, 2, 2.5],
      ON_TIME_REPLY: [1, 2, 5],
      REPEAT_PETITIONS: [0, null, 10],
      SATISFACTION: [1, 1, 10],
      PARTICIPATION: [1, 1, 5],
      KEY_TASKS: [null, null, 55],
    });
    const wuhou = Object.fromEntries(scores.targets[1].items.map((i) => [i.code, [i.numerator, i.denominator, i.points]]));
    expect(wuhou.REPEAT_PETITIONS).toEqual([1, null, 9]);
    expect(wuhou.SATISFACTION).toEqual([0, 1, 0]);
    // The district's drill-down names the case behind the late reply.
    const late = await api.query('cd.assessor', FACTS, {
      input: { schemeId: scheme.id, itemCode: 'ON_TIME_REPLY', tenantId: ids.jj, part: 'DENOMINATOR' },
    });
    expect(late.data!.scoreFacts.map((f) => f.label).sort()).toEqual([cases.A!.number, cases.B!.number].sort());
  });

  it('rebuilds the facts from the cases service into exactly the rows kept incrementally', async () => {
    const facts = async () =>
      (
        await system.admin.query(
          `SELECT case_id, tenant_path::text, version, state, rating, first_petition, finished_on::text, notify_due::text, notify_done::text,
                  handle_due::text, handle_done::text, reviewed, declined, decline_reason, ending, final, review_result, reexamination_result
             FROM assessment.case_facts ORDER BY case_id`,
        )
      ).rows;
    const kept = await facts();
    expect(kept).toHaveLength(6);
    // How each ended, from the events the cases service sends.
    const ending = (kase: CaseView) => kept.find((row) => row.case_id === kase.id);
    expect(ending(cases.A!)).toMatchObject({ ending: 'DECIDED', final: true, state: 'FINALIZED' });
    expect(ending(cases.E!)).toMatchObject({ ending: 'DECLINED', decline_reason: 'ARBITRATION' });
    expect(ending(cases.F!)).toMatchObject({ ending: 'WITHDRAWN', decline_reason: null });
    await system.admin.query(`DELETE FROM assessment.case_facts`);
    const rebuild = await run('cd.assessor', REBUILD, { source: 'CASES', from: '2026-01-01', to: '2026-12-31' });
    expect(rebuild.source).toBe('CASES');
    await eventually(async () => (await facts()).length === 6);
    await jobs.quiet();
    expect(await facts()).toEqual(kept);
  });

  it('publishes, exports the ranking, and shows each district its own result', async () => {
    const current = (await api.query('cd.assessor', VERSION, { id: scheme.id })).data!.assessmentScheme;
    const snapshot = await run('cd.assessor', PUBLISH, { id: scheme.id, version: current!.version });
    expect(snapshot.targets).toEqual([
      { name: '锦江区', total: 87.5, rank: 1 },
      { name: '武侯区', total: 79, rank: 2 },
    ]);
    // The file through the gateway, as the console's 导出 link fetches it.
    const exported = await fetch(`${system.gatewayUrl}/exports/assessment/schemes/${scheme.id}/ranking.xlsx`, {
      headers: { authorization: `Bearer ${await api.token('cd.assessor')}` },
    });
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('排名')!;
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([1, '锦江区', 2.5, 5, 10, 10, 5, 55, 87.5, '良好']);
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([2, '武侯区', 5, 10, 9, 0, 5, 50, 79, '一般']);

    const results = graphql(`
      query AssessmentE2eTenant($id: ID!) {
        tenant(id: $id) {
          name
          assessmentResults(period: { kind: YEAR, year: 2026 }) {
            schemeName
            total
            rank
            of
            grade
          }
        }
      }
    `);
    const own = (await api.query('jj.leader', results, { id: ids.jj })).data!.tenant;
    expect(own.assessmentResults).toEqual([{ schemeName: '2026年度区县信访工作考核', total: 87.5, rank: 1, of: 2, grade: 'GOOD' }]);
    // Editing what was published is refused.
    const edit = await api.query(
      'cd.assessor',
      graphql(`
        mutation AssessmentE2eUpdateAssessmentScheme($input: UpdateSchemeInput!) {
          updateAssessmentScheme(input: $input) {
            id
          }
        }
      `),
      {
        input: { id: scheme.id, version: current!.version + 1, name: '改名' },
      },
    );
    expect(errorCode(edit)).toBe('PUBLISHED');
  });
  it('lets 锦江区 compute its own headline rates, resolution counting no decline or withdrawal as resolved', async () => {
    const items = ['TIMELY_ACCEPTANCE_RATE', 'ON_TIME_COMPLETION_RATE', 'PARTICIPATION_RATE', 'SATISFACTION_RATE', 'FIRST_PETITION_RESOLUTION_RATE'].map(
      (code, i): AssessmentItemInput => ({
        code: `H${i + 1}`,
        name: code,
        points: 20,
        libraryIndicator: code,
        rule: { kind: 'RATE_TIMES_POINTS' },
        minDenominator: 1,
        belowMinimum: 'FULL_POINTS',
      }),
    );
    const own = await run('jj.assessor', CREATE, {
      name: '锦江区本级信访工作指标',
      period: { kind: 'YEAR', year: 2026 },
      targetLevel: 'COUNTY',
      totalPoints: 100,
      items,
    });
    expect(own.targetLevel).toBe('COUNTY');
    const scores = (await api.query('jj.assessor', SCORES, { id: own.id })).data!.scores;
    expect(scores.targets.map((t) => [t.name, t.total, t.grade, t.items.map((i) => [i.numerator, i.denominator, i.points])])).toEqual([
      [
        '锦江区',
        80,
        'GOOD',
        [
          [1, 2, 10],
          [1, 1, 20],
          [1, 1, 20],
          [1, 1, 20],
          [1, 2, 10],
        ],
      ],
    ]);
    const denominator = await api.query('jj.assessor', FACTS, {
      input: { schemeId: own.id, itemCode: 'H5', tenantId: ids.jj, part: 'DENOMINATOR' },
    });
    expect(denominator.data!.scoreFacts.map((f) => f.label).sort()).toEqual([cases.A!.number, cases.F!.number].sort());
    // Its parent's level is not its to assess.
    const above = await api.query(
      'jj.assessor',
      graphql(`
        mutation AssessmentE2eCreateAssessmentScheme($input: CreateSchemeInput!) {
          createAssessmentScheme(input: $input) {
            id
          }
        }
      `),
      {
        input: { name: '成都市', period: { kind: 'YEAR', year: 2026 }, targetLevel: 'CITY', totalPoints: 100, items },
      },
    );
    expect(errorCode(above)).toBe('VALIDATION');
  });
});
