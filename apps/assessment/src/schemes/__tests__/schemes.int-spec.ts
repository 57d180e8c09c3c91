import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '#common/auth';
import { isoDate } from '#common/calendar';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { graphql } from '#test/gql/index.js';
import type { AssessmentItemInput, FactPart, IndicatorInput, SchemesSpecSchemeFragment } from '#test/gql/graphql.js';
import { errorCode, gql, subgraphDocument } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentHarness } from '../../facts/__tests__/assessment-harness.js';
import { BelowMinimumRule, INDICATOR_LIBRARY, ItemKind, ScoringRuleKind, validateScheme } from '../domain/index.js';
import { REDEFINED, redefineDrafts } from '../../migrations/1767000000330-case-endings.js';
import { ScoreComputation } from '../score-computation.js';
import { binaryBody } from '#test/helpers/http.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  yuelu: { code: '430104', name: '岳麓区', level: 'COUNTY', parent: 'changsha' },
  wenyi: { code: '430102001', name: '文艺路街道', level: 'TOWNSHIP', parent: 'furong' },
  zhuzhou: { code: '430200', name: '株洲市', level: 'CITY', parent: 'hunan' },
  hetang: { code: '430202', name: '荷塘区', level: 'COUNTY', parent: 'zhuzhou' },
});

graphql(`
  fragment SchemesSpecScheme on AssessmentScheme {
    id
    name
    state
    version
    periodFrom
    periodTo
    periodLabel
    targetLevel
    totalPoints
    items {
      code
      name
      kind
      points
      ruleText
      indicator {
        code
        formula
        source
      }
      rule {
        kind
        perEvent
        min
        max
      }
    }
  }
`);
const CREATE = graphql(`
  mutation SchemesSpecCreate($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) {
      ...SchemesSpecScheme
    }
  }
`);
const UPDATE = graphql(`
  mutation SchemesSpecUpdate($input: UpdateSchemeInput!) {
    updateAssessmentScheme(input: $input) {
      ...SchemesSpecScheme
    }
  }
`);
const MANUAL = graphql(`
  mutation SchemesSpecManual($input: ManualScoreInput!) {
    enterManualScore(input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation SchemesSpecPublish($input: PublishSchemeInput!) {
    publishAssessmentScheme(input: $input) {
      id
      publishedBy
      asOf
      targets {
        name
        total
        rank
        grade
      }
    }
  }
`);
const SCORES = graphql(`
  query SchemesSpecScores($id: ID!) {
    scores(schemeId: $id) {
      asOf
      targets {
        tenantId
        name
        total
        rank
        grade
        publishedTotal
        publishedRank
        items {
          code
          value
          numerator
          denominator
          points
          belowMinimum
          manual {
            points
            comment
          }
        }
      }
    }
  }
`);
const VERSION = graphql(`
  query SchemesSpecVersion($id: ID!) {
    assessmentScheme(id: $id) {
      version
    }
  }
`);
const SNAPSHOT = graphql(`
  query SchemesSpecSnapshot($id: ID!) {
    assessmentSnapshot(schemeId: $id) {
      targets {
        name
        total
      }
    }
  }
`);
/** The published ranking over HTTP, with the body as bytes and, when it is a workbook, its ranking sheet. */
async function downloadRanking(server: unknown, schemeId: string, token: string | null) {
  const call = request(server as never)
    .get(`/exports/assessment/schemes/${schemeId}/ranking.xlsx`)
    .buffer(true)
    .parse(binaryBody);
  const response = await (token ? call.set('Authorization', `Bearer ${token}`) : call);
  const body = response.body as Buffer;
  if (!String(response.headers['content-type']).startsWith('application/vnd.openxmlformats'))
    return { response, json: JSON.parse(body.toString('utf8')), sheet: null };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  return { response, json: null, sheet: workbook.getWorksheet('排名')! };
}

const FACTS = graphql(`
  query SchemesSpecFacts($input: ScoreFactsInput!) {
    scoreFacts(input: $input) {
      id
      label
      date
      tenantId
      source
    }
  }
`);

/**
 * Hand-counted (as of 2026-12-01, registered in 2026):
 * 芙蓉区 — four cases: acceptance on time 3 of 4 (one notice late), replies on time 2 of 3 (one
 *   open past its due date, one not yet due), 2 repeat petitions, 2 finished and rated (满意,
 *   基本满意): 3.75 + 6.67 + 8 + 10 + 5, key tasks 50 → 83.42, 良好, first.
 * 天心区 — one case, accepted on time, answered late, rated 不满意: 5 + 0 + 10 + 0 + 5, key tasks
 *   40 → 60, 一般, third.
 * 岳麓区 — no case: every rate below its minimum denominator of 1 scores full: 5 + 10 + 10 + 10 + 5,
 *   key tasks 30 → 70, 一般, second.
 * Two more first-petition claims of 芙蓉区 ended without a reply and without a clock: d1 declined
 * (arbitration) and w1 withdrawn (文艺路街道); they count in none of the template's items.
 */
describe('assessment: schemes computed from the facts, published and exported', () => {
  const h = new AssessmentHarness(tree);
  let assessor: string;
  let scheme: SchemesSpecSchemeFragment;
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    await h.start();
    assessor = await h.token('changsha', [Role.ASSESSOR]);
    const decided = { ending: 'DECIDED' as const, outcome: 'SUPPORTS' };
    const onTime = (notifyDone: string, handleDue: string, handleDone: string | null) => [
      { stage: 'NOTIFY', startedOn: '2026-03-02', deadline: '2026-03-17', stoppedOn: notifyDone },
      { stage: 'HANDLE', startedOn: '2026-03-05', deadline: handleDue, stoppedOn: handleDone },
    ];
    const cases = {
      c1: h.caseFact('furong', {
        stages: onTime('2026-03-05', '2026-05-04', '2026-04-20'),
        finishedOn: '2026-04-25',
        rating: 'SATISFIED',
        toState: 'CLOSED',
        ...decided,
      }),
      c2: h.caseFact('furong', { stages: onTime('2026-03-20', '2026-05-04', null) }),
      c3: h.caseFact('wenyi', {
        firstPetition: false,
        registeredOn: '2026-05-20',
        stages: [
          { stage: 'NOTIFY', startedOn: '2026-05-20', deadline: '2026-06-01', stoppedOn: '2026-05-30' },
          { stage: 'HANDLE', startedOn: '2026-05-30', deadline: '2026-07-30', stoppedOn: '2026-07-01' },
        ],
        finishedOn: '2026-07-05',
        rating: 'BASICALLY_SATISFIED',
        toState: 'CLOSED',
        ...decided,
      }),
      c4: h.caseFact('furong', {
        firstPetition: false,
        registeredOn: '2026-06-01',
        stages: [
          { stage: 'NOTIFY', startedOn: '2026-06-01', deadline: '2026-06-10', stoppedOn: '2026-06-01' },
          { stage: 'HANDLE', startedOn: '2026-11-20', deadline: '2027-01-19', stoppedOn: null },
        ],
      }),
      t1: h.caseFact('tianxin', {
        stages: onTime('2026-03-10', '2026-05-04', '2026-05-10'),
        finishedOn: '2026-05-12',
        rating: 'DISSATISFIED',
        toState: 'CLOSED',
        ...decided,
      }),
      d1: h.caseFact('furong', { finishedOn: '2026-03-02', toState: 'CLOSED', ending: 'DECLINED', declineReason: 'ARBITRATION' }),
      w1: h.caseFact('wenyi', { finishedOn: '2026-08-01', toState: 'CLOSED', ending: 'WITHDRAWN', closeReason: 'WITHDRAWN' }),
      // Another city's, and a year earlier: counted by nobody here.
      x1: h.caseFact('hetang', { stages: onTime('2026-03-30', '2026-05-04', null) }),
      old: h.caseFact('furong', { registeredOn: '2025-06-01', firstPetition: false }),
    };
    for (const [key, fact] of Object.entries(cases)) numbers[key] = fact.number;
    await h.deliver(Object.values(cases).map((fact) => h.envelope('case.transitioned', 'hunan', fact)));
  });
  afterAll(() => h.stop());

  it('creates the district template for the city’s counties, its formulas shown', async () => {
    const created = await gql(h.server, CREATE, { input: { name: '2026年度区县信访工作考核', period: { kind: 'YEAR', year: 2026 } } }, assessor);
    expect(created.errors).toBeUndefined();
    scheme = created.data!.createAssessmentScheme;
    expect(scheme).toMatchObject({
      state: 'DRAFT',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      periodLabel: '2026年度',
      targetLevel: 'COUNTY',
      totalPoints: 100,
    });
    expect(scheme.items.map((i) => [i.code, i.points])).toEqual([
      ['TIMELY_ACCEPTANCE', 5],
      ['ON_TIME_REPLY', 10],
      ['REPEAT_PETITIONS', 10],
      ['SATISFACTION', 10],
      ['PARTICIPATION', 5],
      ['KEY_TASKS', 60],
    ]);
    expect(scheme.items[3].indicator!.formula).toContain('基本满意');
    expect(scheme.items[5]).toMatchObject({ indicator: null, rule: { kind: 'MANUAL', min: 0, max: 60 } });
  });

  it('refuses bad schemes and bad scores, writing nothing', async () => {
    const count = async () =>
      Number((await h.rows(`SELECT (SELECT count(*) FROM assessment.schemes) + (SELECT count(*) FROM assessment.manual_scores) AS n`))[0].n);
    const before = await count();
    const item = (code: string, points: number, extra: object = {}): AssessmentItemInput => ({
      code,
      name: code,
      points,
      libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 1,
      belowMinimum: 'FULL_POINTS',
      ...extra,
    });
    const sum = await gql(
      h.server,
      CREATE,
      { input: { name: '合计不符', period: { kind: 'YEAR', year: 2026 }, totalPoints: 100, items: [item('A', 40), item('B', 50)] } },
      assessor,
    );
    expect([errorCode(sum), sum.errors?.[0]?.message]).toEqual(['VALIDATION', '考核项分值合计 90 分，与方案总分 100 分不符（加分项、扣分项不计入）']);
    const unknownField = await gql(
      h.server,
      CREATE,
      {
        input: {
          name: '未知字段',
          period: { kind: 'YEAR', year: 2026 },
          totalPoints: 10,
          items: [
            {
              code: 'X',
              name: '自定义',
              points: 10,
              rule: { kind: 'RATE_TIMES_POINTS' },
              indicator: { code: 'X', name: '自定义', source: 'CASE', kind: 'RATE', numerator: [{ field: 'mood', operator: 'IS_TRUE' }], denominator: [] },
            },
          ],
        },
      },
      assessor,
    );
    expect(errorCode(unknownField)).toBe('VALIDATION');
    expect(unknownField.errors![0].message).toContain('mood');
    const range = await gql(
      h.server,
      MANUAL,
      { input: { schemeId: scheme.id, itemCode: 'KEY_TASKS', tenantId: tree.ids.furong, points: 61, comment: '超出' } },
      assessor,
    );
    expect([errorCode(range), range.errors?.[0]?.message]).toEqual(['VALIDATION', '人工评分须在 0 至 60 分之间，填写的是 61 分']);
    for (const outside of [tree.ids.hetang, tree.ids.wenyi]) {
      const refused = await gql(
        h.server,
        MANUAL,
        { input: { schemeId: scheme.id, itemCode: 'KEY_TASKS', tenantId: outside, points: 50, comment: '非考核对象' } },
        assessor,
      );
      expect([errorCode(refused), refused.errors?.[0]?.message]).toEqual(['VALIDATION', '该机构不是本考核方案的考核对象']);
    }
    const computed = await gql(
      h.server,
      MANUAL,
      { input: { schemeId: scheme.id, itemCode: 'SATISFACTION', tenantId: tree.ids.furong, points: 5, comment: '定量项' } },
      assessor,
    );
    expect(errorCode(computed)).toBe('VALIDATION');
    const county = await gql(
      h.server,
      MANUAL,
      { input: { schemeId: scheme.id, itemCode: 'KEY_TASKS', tenantId: tree.ids.furong, points: 50, comment: '自评' } },
      await h.token('furong', [Role.ASSESSOR]),
    );
    expect(errorCode(county)).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('computes every item from the facts, with the manual points, totals, ranks and grades counted by hand', async () => {
    for (const [key, points] of [
      ['furong', 50],
      ['tianxin', 40],
      ['yuelu', 30],
    ] as const) {
      const entered = await gql(
        h.server,
        MANUAL,
        { input: { schemeId: scheme.id, itemCode: 'KEY_TASKS', tenantId: tree.ids[key], points, comment: '年度重点工作完成情况', evidence: ['附件-1'] } },
        assessor,
      );
      expect(entered.errors).toBeUndefined();
    }
    const result = (await gql(h.server, SCORES, { id: scheme.id }, assessor)).data!.scores;
    const summary = result.targets.map((t) => [t.name, t.total, t.rank, t.grade]);
    expect(summary).toEqual([
      ['芙蓉区', 83.42, 1, 'GOOD'],
      ['岳麓区', 70, 2, 'FAIR'],
      ['天心区', 60, 3, 'FAIR'],
    ]);
    const furong = Object.fromEntries(result.targets[0].items.map((i) => [i.code, i]));
    expect(furong.TIMELY_ACCEPTANCE).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, points: 3.75 });
    expect(furong.ON_TIME_REPLY).toMatchObject({ numerator: 2, denominator: 3, points: 6.67 });
    expect(furong.REPEAT_PETITIONS).toMatchObject({ numerator: 2, value: 2, points: 8 });
    expect(furong.SATISFACTION).toMatchObject({ numerator: 2, denominator: 2, points: 10 });
    expect(furong.KEY_TASKS).toMatchObject({ points: 50, manual: { points: 50, comment: '年度重点工作完成情况' } });
    const yuelu = Object.fromEntries(result.targets[1].items.map((i) => [i.code, i]));
    expect(yuelu.ON_TIME_REPLY).toMatchObject({ numerator: 0, denominator: 0, value: null, belowMinimum: true, points: 10 });
  });

  it('drills down from an item to the cases in its numerator and denominator', async () => {
    const input = { schemeId: scheme.id, itemCode: 'ON_TIME_REPLY', tenantId: tree.ids.furong };
    const first = await gql(h.server, FACTS, { input: { ...input, part: 'NUMERATOR' } }, assessor);
    expect(first.errors).toBeUndefined();
    const numerator = first.data!.scoreFacts;
    const denominator = (await gql(h.server, FACTS, { input: { ...input, part: 'DENOMINATOR' } }, assessor)).data!.scoreFacts;
    expect(numerator.map((f) => f.label).sort()).toEqual([numbers.c1, numbers.c3].sort());
    expect(denominator.map((f) => f.label).sort()).toEqual([numbers.c1, numbers.c2, numbers.c3].sort());
    // The township's case counts for its county.
    expect(numerator.find((f) => f.label === numbers.c3)).toMatchObject({ tenantId: tree.ids.wenyi, source: 'CASE' });
    const paged = (await gql(h.server, FACTS, { input: { ...input, part: 'DENOMINATOR', first: 2 } }, assessor)).data!.scoreFacts;
    const rest = (await gql(h.server, FACTS, { input: { ...input, part: 'DENOMINATOR', first: 2, after: paged[1].id } }, assessor)).data!.scoreFacts;
    expect([...paged, ...rest].map((f) => f.id)).toEqual(denominator.map((f) => f.id));
  });

  it('publishes a snapshot that later facts do not change, shows the difference, and refuses to edit it', async () => {
    const current = (await gql(h.server, VERSION, { id: scheme.id }, assessor)).data!.assessmentScheme;
    const snapshot = await gql(h.server, PUBLISH, { input: { id: scheme.id, version: current!.version } }, assessor);
    expect(snapshot.errors).toBeUndefined();
    expect(snapshot.data!.publishAssessmentScheme.targets.map((t) => [t.name, t.total, t.rank])).toEqual([
      ['芙蓉区', 83.42, 1],
      ['岳麓区', 70, 2],
      ['天心区', 60, 3],
    ]);
    // A dissatisfied, late case for 岳麓区 arrives after publication.
    await h.deliver([
      h.envelope(
        'case.transitioned',
        'changsha',
        h.caseFact('yuelu', {
          stages: [{ stage: 'HANDLE', startedOn: '2026-03-05', deadline: '2026-05-04', stoppedOn: '2026-06-01' }],
          finishedOn: '2026-06-02',
          rating: 'DISSATISFIED',
          ending: 'DECIDED',
          outcome: 'DOES_NOT_SUPPORT',
        }),
      ),
    ]);
    const later = (await gql(h.server, SCORES, { id: scheme.id }, assessor)).data!.scores.targets;
    const yuelu = later.find((t) => t.name === '岳麓区');
    expect(yuelu).toMatchObject({ total: 50, publishedTotal: 70, publishedRank: 2, rank: 3 });
    const frozen = (await gql(h.server, SNAPSHOT, { id: scheme.id }, assessor)).data!.assessmentSnapshot;
    expect(frozen!.targets.find((t) => t.name === '岳麓区')!.total).toBe(70);

    const edit = await gql(h.server, UPDATE, { input: { id: scheme.id, version: current!.version + 1, name: '改名' } }, assessor);
    expect(errorCode(edit)).toBe('PUBLISHED');
    const score = await gql(
      h.server,
      MANUAL,
      { input: { schemeId: scheme.id, itemCode: 'KEY_TASKS', tenantId: tree.ids.furong, points: 60, comment: '改分' } },
      assessor,
    );
    expect(errorCode(score)).toBe('PUBLISHED');
    const again = await gql(h.server, PUBLISH, { input: { id: scheme.id, version: current!.version + 1 } }, assessor);
    expect(errorCode(again)).toBe('PUBLISHED');
    const overlap = await gql(h.server, CREATE, { input: { name: '2026年度区县信访工作考核', period: { kind: 'HALF_YEAR', year: 2026, half: 2 } } }, assessor);
    expect(errorCode(overlap)).toBe('VALIDATION');
    expect(overlap.errors![0].message).toContain('重叠');
    const nextYear = await gql(h.server, CREATE, { input: { name: '2026年度区县信访工作考核', period: { kind: 'YEAR', year: 2027 } } }, assessor);
    expect(nextYear.errors).toBeUndefined();
    // A draft changes under its version; its points must still make its total.
    const draft = nextYear.data!.createAssessmentScheme;
    const renamed = await gql(
      h.server,
      UPDATE,
      { input: { id: draft.id, version: draft.version, name: '2027年度区县信访工作考核', totalPoints: 110 } },
      assessor,
    );
    expect([errorCode(renamed), renamed.errors?.[0]?.message]).toEqual(['VALIDATION', '考核项分值合计 100 分，与方案总分 110 分不符（加分项、扣分项不计入）']);
    const ok = await gql(h.server, UPDATE, { input: { id: draft.id, version: draft.version, name: '2027年度区县信访工作考核' } }, assessor);
    expect(ok.data!.updateAssessmentScheme).toMatchObject({ name: '2027年度区县信访工作考核', version: draft.version + 1, periodLabel: '2027年度' });
    const stale = await gql(h.server, UPDATE, { input: { id: draft.id, version: draft.version, name: '旧版本' } }, assessor);
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('scores a scheme of its own: linear, per-event deduction and bonus items, custom grades', async () => {
    // 芙蓉区: acceptance 0.75 → (0.75 − 0.6) ÷ 0.3 × 10 = 5; 满意 only 1 of 2 rated → 5; 2 repeats × −2 = −4; bonus 3 → 9.
    // 天心区: acceptance 1 → 10; 0 of 1 satisfied → 0; no repeat → 0; bonus 0 → 10.
    // 岳麓区: no acceptance clock → below the minimum, ZERO → 0; 0 of 1 → 0; bonus 1 → 1.
    const items: AssessmentItemInput[] = [
      {
        code: 'ACCEPTANCE',
        name: '及时受理',
        points: 10,
        libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
        rule: { kind: 'LINEAR', floor: 0.6, target: 0.9 },
        minDenominator: 1,
        belowMinimum: 'ZERO',
      },
      {
        code: 'SATISFIED',
        name: '满意率',
        points: 10,
        libraryIndicator: 'SATISFACTION_RATE_STRICT',
        rule: { kind: 'RATE_TIMES_POINTS' },
        minDenominator: 1,
        belowMinimum: 'FULL_POINTS',
      },
      {
        code: 'REPEATS',
        name: '重复信访扣分',
        kind: 'DEDUCTION',
        points: 5,
        libraryIndicator: 'REPEAT_PETITIONS',
        rule: { kind: 'PER_EVENT', perEvent: -2, fromFull: false },
      },
      { code: 'EXTRA', name: '创新工作加分', kind: 'BONUS', points: 3, rule: { kind: 'MANUAL', min: 0, max: 3 } },
    ];
    const created = await gql(
      h.server,
      CREATE,
      {
        input: {
          name: '专项考核',
          period: { kind: 'RANGE', from: '2026-01-01', to: '2026-12-31' },
          totalPoints: 20,
          items,
          grades: { excellent: 15, good: 10, fair: 5 },
        },
      },
      assessor,
    );
    expect(created.errors).toBeUndefined();
    const own = created.data!.createAssessmentScheme;
    expect(own.items.map((i) => i.ruleText.length > 0)).toEqual([true, true, true, true]);
    for (const [key, points] of [
      ['furong', 3],
      ['tianxin', 0],
      ['yuelu', 1],
    ] as const) {
      await gql(h.server, MANUAL, { input: { schemeId: own.id, itemCode: 'EXTRA', tenantId: tree.ids[key], points, comment: '创新工作' } }, assessor);
    }
    const targets = (await gql(h.server, SCORES, { id: own.id }, assessor)).data!.scores.targets;
    expect(targets.map((t) => [t.name, t.total, t.rank, t.grade, t.items.map((i) => i.points)])).toEqual([
      ['天心区', 10, 1, 'GOOD', [10, 0, 0, 0]],
      ['芙蓉区', 9, 2, 'FAIR', [5, 5, -4, 3]],
      ['岳麓区', 1, 3, 'POOR', [0, 0, 0, 1]],
    ]);
  });

  it('changes a draft’s items: reordered, reweighted, removed and added, a custom indicator among them, the manual points of a kept item kept', async () => {
    const created = (await gql(h.server, CREATE, { input: { name: '编辑中的方案', period: { kind: 'YEAR', year: 2026 } } }, assessor)).data!
      .createAssessmentScheme;
    await gql(h.server, MANUAL, { input: { schemeId: created.id, itemCode: 'KEY_TASKS', tenantId: tree.ids.furong, points: 50, comment: '保留' } }, assessor);
    const repeats: IndicatorInput = {
      code: 'REPEATS',
      name: '重复信访件数',
      source: 'CASE',
      kind: 'COUNT',
      numerator: [{ field: 'firstPetition', operator: 'IS_FALSE' }],
    };
    const items: AssessmentItemInput[] = [
      { code: 'KEY_TASKS', name: '年度重点工作', points: 50, rule: { kind: 'MANUAL', min: 0, max: 50 } },
      {
        code: 'SATISFACTION',
        name: '参评满意率',
        points: 30,
        libraryIndicator: 'SATISFACTION_RATE',
        rule: { kind: 'RATE_TIMES_POINTS' },
        minDenominator: 1,
        belowMinimum: 'FULL_POINTS',
      },
      { code: 'REPEATS', name: '重复信访', points: 20, indicator: repeats, rule: { kind: 'PER_EVENT', perEvent: -5, fromFull: true } },
    ];
    const updated = await gql(
      h.server,
      UPDATE,
      { input: { id: created.id, version: created.version, name: '改过的方案', period: { kind: 'HALF_YEAR', year: 2026, half: 1 }, totalPoints: 100, items } },
      assessor,
    );
    expect(updated.errors).toBeUndefined();
    const scheme = updated.data!.updateAssessmentScheme;
    expect(scheme).toMatchObject({ name: '改过的方案', version: created.version + 1, periodLabel: '2026年上半年', totalPoints: 100 });
    expect(scheme.items.map((i) => [i.code, i.points, i.rule.kind])).toEqual([
      ['KEY_TASKS', 50, 'MANUAL'],
      ['SATISFACTION', 30, 'RATE_TIMES_POINTS'],
      ['REPEATS', 20, 'PER_EVENT'],
    ]);
    expect(scheme.items[2].indicator!.formula).toMatch(/^重复信访件数 = 重复信访的件数/);
    expect(await h.rows(`SELECT code, ordinal FROM assessment.scheme_items WHERE scheme_id = $1 ORDER BY ordinal`, [created.id])).toEqual([
      { code: 'KEY_TASKS', ordinal: 1 },
      { code: 'SATISFACTION', ordinal: 2 },
      { code: 'REPEATS', ordinal: 3 },
    ]);
    // 芙蓉区 in the first half: 2 repeats (c3, c4) → 20 − 10; its manual points stayed with the kept item.
    const furong = (await gql(h.server, SCORES, { id: created.id }, assessor)).data!.scores.targets.find((t) => t.name === '芙蓉区');
    expect(Object.fromEntries(furong!.items.map((i) => [i.code, i.points]))).toMatchObject({ KEY_TASKS: 50, REPEATS: 10 });
    expect(furong!.items.find((i) => i.code === 'KEY_TASKS')!.manual).toMatchObject({ points: 50, comment: '保留' });
  });

  it('scores a chosen level of the subtree, its own level as itself, and refuses a level above the assessing tenant', async () => {
    const items: AssessmentItemInput[] = [
      {
        code: 'REPLY',
        name: '按期答复率',
        points: 10,
        libraryIndicator: 'ON_TIME_REPLY_RATE',
        rule: { kind: 'RATE_TIMES_POINTS' },
        minDenominator: 1,
        belowMinimum: 'ZERO',
      },
    ];
    const townships = await gql(
      h.server,
      CREATE,
      { input: { name: '街道考核', period: { kind: 'QUARTER', year: 2026, quarter: 2 }, targetLevel: 'TOWNSHIP', totalPoints: 10, items } },
      assessor,
    );
    expect(townships.data!.createAssessmentScheme).toMatchObject({ targetLevel: 'TOWNSHIP', periodFrom: '2026-04-01', periodTo: '2026-06-30' });
    const targets = (await gql(h.server, SCORES, { id: townships.data!.createAssessmentScheme.id }, assessor)).data!.scores.targets;
    // 文艺路街道's one case (registered 05-20) was answered in time: 1 of 1.
    expect(targets.map((t) => [t.name, t.items[0].numerator, t.items[0].denominator, t.total])).toEqual([['文艺路街道', 1, 1, 10]]);
    // Its own level: the city alone, over its whole subtree (文艺路街道's c3 of Q2; c4 not yet due; 株洲市's x1 not its own).
    const own = await gql(
      h.server,
      CREATE,
      { input: { name: '本级', period: { kind: 'QUARTER', year: 2026, quarter: 2 }, targetLevel: 'CITY', totalPoints: 10, items } },
      assessor,
    );
    expect(own.errors).toBeUndefined();
    const itself = (await gql(h.server, SCORES, { id: own.data!.createAssessmentScheme.id }, assessor)).data!.scores.targets;
    expect(itself.map((t) => [t.name, t.items[0].numerator, t.items[0].denominator, t.total])).toEqual([['长沙市', 1, 1, 10]]);
    const above = await gql(
      h.server,
      CREATE,
      { input: { name: '上级', period: { kind: 'YEAR', year: 2026 }, targetLevel: 'PROVINCE', totalPoints: 10, items } },
      assessor,
    );
    expect([errorCode(above), above.errors?.[0]?.message]).toEqual(['VALIDATION', '被考核的层级不能高于本机构']);
  });

  it('lets a county compute its own headline rates over its jurisdiction: scored, drilled into, published and exported', async () => {
    const county = await h.token('furong', [Role.ASSESSOR]);
    const headline = ['TIMELY_ACCEPTANCE_RATE', 'ON_TIME_COMPLETION_RATE', 'PARTICIPATION_RATE', 'SATISFACTION_RATE', 'FIRST_PETITION_RESOLUTION_RATE'];
    const items = headline.map((code, i): AssessmentItemInput => ({
      code: `H${i + 1}`,
      name: INDICATOR_LIBRARY.find((indicator) => indicator.code === code)!.name,
      points: 20,
      libraryIndicator: code,
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 1,
      belowMinimum: 'FULL_POINTS',
    }));
    const created = await gql(
      h.server,
      CREATE,
      { input: { name: '芙蓉区本级信访工作指标', period: { kind: 'YEAR', year: 2026 }, targetLevel: 'COUNTY', totalPoints: 100, items } },
      county,
    );
    expect(created.errors).toBeUndefined();
    const own = created.data!.createAssessmentScheme;
    expect(own.targetLevel).toBe('COUNTY');
    // 芙蓉区 and 文艺路街道's cases, none of 天心区's: acceptance c1 c3 c4 on time, c2 late → 3/4 = 15; completed in
    // time c1 c3 → 20; replied c1 c3, both rated (d1 declined and w1 withdrawn got no reply) → 20; satisfied 2/2 → 20;
    // first-petition claims decided, mediated or withdrawn c1, w1 (d1 declined), c1 resolved → 1/2 = 10. 85, 良好.
    const targets = (await gql(h.server, SCORES, { id: own.id }, county)).data!.scores.targets;
    expect(targets.map((t) => [t.name, t.total, t.rank, t.grade, t.items.map((i) => [i.numerator, i.denominator, i.points])])).toEqual([
      [
        '芙蓉区',
        85,
        1,
        'GOOD',
        [
          [3, 4, 15],
          [2, 2, 20],
          [2, 2, 20],
          [2, 2, 20],
          [1, 2, 10],
        ],
      ],
    ]);
    const drill = async (part: FactPart) =>
      (await gql(h.server, FACTS, { input: { schemeId: own.id, itemCode: 'H5', tenantId: tree.ids.furong, part } }, county))
        .data!.scoreFacts.map((f) => f.label)
        .sort();
    expect(await drill('DENOMINATOR')).toEqual([numbers.c1, numbers.w1].sort());
    expect(await drill('NUMERATOR')).toEqual([numbers.c1]);

    // Not its parent's level, and its sibling is no target of it.
    const parent = await gql(
      h.server,
      CREATE,
      { input: { name: '长沙市', period: { kind: 'YEAR', year: 2026 }, targetLevel: 'CITY', totalPoints: 100, items } },
      county,
    );
    expect([errorCode(parent), parent.errors?.[0]?.message]).toEqual(['VALIDATION', '被考核的层级不能高于本机构']);
    const sibling = await gql(h.server, FACTS, { input: { schemeId: own.id, itemCode: 'H5', tenantId: tree.ids.tianxin, part: 'DENOMINATOR' } }, county);
    expect([errorCode(sibling), sibling.errors?.[0]?.message]).toEqual(['VALIDATION', '该机构不是本考核方案的考核对象']);
    // The database, not only the code, keeps it there: a computation over the sibling's path, run as the county, counts nothing.
    const asCounty = {
      ...systemContextFor(tree.ids.furong, tree.pathOf('furong'), 'test-own-level'),
      userId: '7f000000-0000-4000-8000-0000000000c1',
      roles: [Role.ASSESSOR],
    };
    const overSibling = {
      id: own.id,
      tenantPath: tree.pathOf('tianxin'),
      targetLevel: 'COUNTY',
      period: { start: isoDate('2026-01-01'), end: isoDate('2026-12-31') },
    };
    const computation = h.app.get(ScoreComputation);
    const scheme = validateScheme({
      name: '越权',
      totalPoints: 20,
      items: [
        {
          code: 'H',
          name: 'H',
          kind: ItemKind.REGULAR,
          points: 20,
          indicator: INDICATOR_LIBRARY[0]!,
          rule: { kind: ScoringRuleKind.RATE_TIMES_POINTS },
          minDenominator: 1,
          belowMinimum: BelowMinimumRule.ZERO,
        },
      ],
    });
    const seen = await h.app.get(TenantTransactions).run(asCounty, async (em) => {
      const [target] = await computation.targets(em, overSibling);
      return {
        target,
        facts: await computation.facts(
          em,
          { ...overSibling, scheme },
          scheme.items[0]!,
          { tenantId: tree.ids.tianxin, path: tree.pathOf('tianxin'), name: '天心区', code: '430103' },
          'DENOMINATOR',
          isoDate('2026-12-01'),
          { first: 10, after: null },
        ),
      };
    });
    expect(seen).toEqual({ target: undefined, facts: [] });

    const current = (await gql(h.server, VERSION, { id: own.id }, county)).data!.assessmentScheme;
    const published = await gql(h.server, PUBLISH, { input: { id: own.id, version: current!.version } }, county);
    expect(published.data!.publishAssessmentScheme.targets).toEqual([{ name: '芙蓉区', total: 85, rank: 1, grade: 'GOOD' }]);
    const { sheet } = await downloadRanking(h.server, own.id, county);
    expect((sheet!.getRow(4).values as unknown[]).slice(1)).toEqual([1, '芙蓉区', 15, 20, 20, 20, 10, 85, '良好']);
  });

  it('downloads the snapshot over HTTP as the ranking sheet the bureaus circulate, its rows those of the published scores', async () => {
    const { response, sheet: downloaded } = await downloadRanking(h.server, scheme.id, assessor);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="assessment-ranking-${scheme.id}.xlsx"; filename*=UTF-8''${encodeURIComponent('2026年度信访工作考核排名.xlsx')}`,
    );
    const sheet = downloaded!;
    const scores = (await gql(h.server, SCORES, { id: scheme.id }, assessor)).data!.scores.targets;
    expect(sheet.getRows(4, scores.length)!.map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(9).value])).toEqual(
      [...scores].sort((a, b) => a.publishedRank! - b.publishedRank!).map((target) => [target.publishedRank, target.name, target.publishedTotal]),
    );
    expect(sheet.getCell('A1').value).toBe('2026年度区县信访工作考核（2026年度）考核结果通报');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '名次',
      '单位',
      '及时受理率（5分）',
      '按期答复率（10分）',
      '重复信访（10分）',
      '参评满意率（10分）',
      '群众参评率（5分）',
      '年度重点工作（60分）',
      '总分',
      '等次',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([1, '芙蓉区', 3.75, 6.67, 8, 10, 5, 50, 83.42, '良好']);
    expect(sheet.rowCount).toBe(6);
  });

  it('refuses the ranking download with a status, a code and a Chinese message: no session, unknown scheme, not published, not a reader', async () => {
    const anonymous = await downloadRanking(h.server, scheme.id, null);
    expect([anonymous.response.status, anonymous.json]).toEqual([401, { code: 'UNAUTHENTICATED', message: '未登录或登录已失效' }]);
    const forged = await downloadRanking(h.server, scheme.id, 'not-a-token');
    expect(forged.response.status).toBe(401);
    const unknown = await downloadRanking(h.server, '7f000000-0000-4000-8000-00000000dead', assessor);
    expect([unknown.response.status, unknown.json.code]).toEqual([404, 'NOT_FOUND']);
    const malformed = await downloadRanking(h.server, 'not-an-id', assessor);
    expect([malformed.response.status, malformed.json.code]).toEqual([400, 'VALIDATION']);
    const draft = (await h.rows(`SELECT id FROM assessment.schemes WHERE tenant_id = $1 AND state = 'DRAFT' LIMIT 1`, [tree.ids.changsha]))[0];
    const unpublished = await downloadRanking(h.server, draft.id, assessor);
    expect([unpublished.response.status, unpublished.json]).toEqual([400, { code: 'VALIDATION', message: '考核方案尚未通报，没有可导出的通报结果' }]);
    const registrar = await downloadRanking(h.server, scheme.id, await h.token('changsha', [Role.REGISTRAR]));
    expect([registrar.response.status, registrar.json.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('shows each county its own published result through Tenant.assessmentResults, and no other county’s', async () => {
    const query = subgraphDocument<
      { _entities: { assessmentResults: { schemeName: string; total: number; rank: number; of: number; grade: string }[] }[] },
      { id: string; period: { kind: string; year: number } }
    >(`query ($id: ID!, $period: AssessmentPeriodInput!) { _entities(representations: [{ __typename: "Tenant", id: $id }]) {
      ... on Tenant { assessmentResults(period: $period) { schemeName total rank of grade } } } }`);
    const own = await gql(h.server, query, { id: tree.ids.tianxin, period: { kind: 'YEAR', year: 2026 } }, await h.token('tianxin', [Role.LEADER]));
    expect(own.data!._entities[0].assessmentResults).toEqual([{ schemeName: '2026年度区县信访工作考核', total: 60, rank: 3, of: 3, grade: 'FAIR' }]);
    const sibling = await gql(h.server, query, { id: tree.ids.furong, period: { kind: 'YEAR', year: 2026 } }, await h.token('tianxin', [Role.LEADER]));
    expect(sibling.data!._entities[0].assessmentResults).toEqual([]);
    const otherYear = await gql(h.server, query, { id: tree.ids.tianxin, period: { kind: 'YEAR', year: 2025 } }, await h.token('tianxin', [Role.LEADER]));
    expect(otherYear.data!._entities[0].assessmentResults).toEqual([]);
  });
  it('brings along the drafts holding a library indicator now redefined on the ending, leaving published schemes as they were', async () => {
    const [participationBefore, participationAfter] = REDEFINED.find(([before]) => before.code === 'PARTICIPATION_RATE')!;
    // Both schemes from the template, as they were held before the redefinition.
    const held = await h.rows(
      `SELECT id, state, version FROM assessment.schemes WHERE tenant_id = $1 AND name IN ('2026年度区县信访工作考核', '2027年度区县信访工作考核')`,
      [tree.ids.changsha],
    );
    expect(held.map((row) => row.state).sort()).toEqual(['DRAFT', 'PUBLISHED']);
    await h.rows(`UPDATE assessment.scheme_items SET indicator = $2::jsonb WHERE scheme_id = ANY($1::uuid[]) AND code = 'PARTICIPATION'`, [
      held.map((row) => row.id),
      JSON.stringify(participationBefore),
    ]);
    await h.rows(redefineDrafts(REDEFINED));
    const items = await h.rows(
      `SELECT s.state, s.version, i.indicator FROM assessment.scheme_items i JOIN assessment.schemes s ON s.id = i.scheme_id WHERE s.id = ANY($1::uuid[]) AND i.code = 'PARTICIPATION'`,
      [held.map((row) => row.id)],
    );
    const draft = held.find((row) => row.state === 'DRAFT')!;
    expect(items.find((row) => row.state === 'DRAFT')).toEqual({ state: 'DRAFT', version: draft.version + 1, indicator: participationAfter });
    expect(participationAfter).toEqual(JSON.parse(JSON.stringify(INDICATOR_LIBRARY.find((indicator) => indicator.code === 'PARTICIPATION_RATE'))));
    expect(items.find((row) => row.state === 'PUBLISHED')!.indicator).toEqual(participationBefore);
  });
});
