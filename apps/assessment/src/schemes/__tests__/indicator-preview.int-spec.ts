import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { isoDate } from '#common/calendar';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { graphql } from '#test/gql/index.js';
import type { AssessmentItemInput, AssessmentPeriodInput, FactPart, IndicatorInput, IndicatorPreviewInput, ScoringRuleInput } from '#test/gql/graphql.js';
import { errorCode, gql, SERVICE_SDL } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentHarness } from '../../facts/__tests__/assessment-harness.js';
import { FactSource, IndicatorKind, Measure } from '../domain/index.js';
import { ScoreComputation } from '../score-computation.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  wenyi: { code: '430102001', name: '文艺路街道', level: 'TOWNSHIP', parent: 'furong' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  yuelu: { code: '430104', name: '岳麓区', level: 'COUNTY', parent: 'changsha' },
  zhuzhou: { code: '430200', name: '株洲市', level: 'CITY', parent: 'hunan' },
  hetang: { code: '430202', name: '荷塘区', level: 'COUNTY', parent: 'zhuzhou' },
});

const PERIOD: AssessmentPeriodInput = { kind: 'YEAR', year: 2026 };

/** Three custom indicators, one of each kind, written as the console sends them. */
const RATED_VISITS: IndicatorInput = {
  code: 'RATED_VISITS_SATISFIED',
  name: '来信来访满意率',
  source: 'CASE',
  kind: 'RATE',
  denominator: [
    { field: 'channel', operator: 'IN', values: ['VISIT', 'LETTER'] },
    { field: 'rated', operator: 'IS_TRUE' },
  ],
  numerator: [{ field: 'rating', operator: 'EQ', value: 'SATISFIED' }],
};
const GROUP_VISIT_PERSONS: IndicatorInput = {
  code: 'GROUP_VISIT_PERSONS',
  name: '多人来访人次',
  source: 'CASE',
  kind: 'COUNT',
  measure: 'PERSON_TIMES',
  numerator: [
    { field: 'channel', operator: 'EQ', value: 'VISIT' },
    { field: 'personCount', operator: 'GTE', value: '2' },
  ],
};
const VISITS_YOY: IndicatorInput = {
  code: 'VISITS_YOY',
  name: '来访件数同比',
  source: 'CASE',
  kind: 'YOY_CHANGE',
  numerator: [{ field: 'channel', operator: 'EQ', value: 'VISIT' }],
};

graphql(`
  fragment IndicatorPreviewSpecFact on FactReference {
    id
    label
    date
    tenantId
    source
    case {
      id
    }
  }
`);
const PREVIEW = graphql(`
  query IndicatorPreviewSpecPreview($input: IndicatorPreviewInput!) {
    previewIndicator(input: $input) {
      periodFrom
      periodTo
      asOf
      indicator {
        code
        formula
      }
      targets {
        tenantId
        name
        code
        value
        numerator
        denominator
        previous
        facts {
          ...IndicatorPreviewSpecFact
        }
      }
    }
  }
`);
const CHECK = graphql(`
  query IndicatorPreviewSpecCheck($indicator: IndicatorInput!) {
    checkIndicator(indicator: $indicator) {
      code
      formula
    }
  }
`);
const CREATE = graphql(`
  mutation IndicatorPreviewSpecCreate($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) {
      id
      items {
        code
      }
    }
  }
`);
const SCORES = graphql(`
  query IndicatorPreviewSpecScores($id: ID!) {
    scores(schemeId: $id) {
      targets {
        tenantId
        name
        items {
          code
          value
          numerator
          denominator
          previous
        }
      }
    }
  }
`);
const FACTS = graphql(`
  query IndicatorPreviewSpecFacts($input: ScoreFactsInput!) {
    scoreFacts(input: $input) {
      ...IndicatorPreviewSpecFact
    }
  }
`);
const CATALOG = graphql(`
  query IndicatorPreviewSpecCatalog {
    indicatorCatalog {
      sources {
        source
        noun
        unit
        measures
        periodBases
        defaultPeriodField
        fields {
          name
          label
          type
          operators
          nullable
          description
          values {
            value
            label
          }
        }
      }
      kinds {
        kind
        rules
      }
    }
  }
`);

/**
 * Hand-counted, registered in 2026 unless said (as of 2026-12-01):
 * 芙蓉区 — f1 来访 3 人 满意, f2 来信 不满意, f3 (文艺路街道) 来访 6 人 满意, f4 来电 满意, f5 来访 1 人 未评价;
 *   2025: p1 来访. Rated letters and visits 2 满意 of 3; visitors in groups 3 + 6 = 9 人次; visits 3 against 1: +200%.
 * 天心区 — t1 来访 2 人 基本满意; 2025: p2, p3 来访. 0 of 1; 2 人次; visits 1 against 2: −50%.
 * 岳麓区 — nothing: 0 of 0 (no rate), 0, 0 against 0 (no change: 0).
 * 荷塘区 (株洲市) — h1 来访 5 人 满意: no target of 长沙市's.
 */
describe('assessment: previewing a custom indicator as a scheme would count it', () => {
  const h = new AssessmentHarness(tree);
  const numbers: Record<string, string> = {};
  let assessor: string;

  beforeAll(async () => {
    await h.start();
    assessor = await h.token('changsha', [Role.ASSESSOR]);
    const rated = (rating: string) => ({ rating, finishedOn: '2026-06-01', toState: 'CLOSED', ending: 'DECIDED' as const, outcome: 'SUPPORTS' });
    const cases = {
      f1: h.caseFact('furong', { personCount: 3, ...rated('SATISFIED') }),
      f2: h.caseFact('furong', { channel: 'LETTER', ...rated('DISSATISFIED') }),
      f3: h.caseFact('wenyi', { personCount: 6, collective: true, ...rated('SATISFIED') }),
      f4: h.caseFact('furong', { channel: 'PHONE', ...rated('SATISFIED') }),
      f5: h.caseFact('furong', {}),
      p1: h.caseFact('furong', { registeredOn: '2025-04-01' }),
      t1: h.caseFact('tianxin', { personCount: 2, ...rated('BASICALLY_SATISFIED') }),
      p2: h.caseFact('tianxin', { registeredOn: '2025-05-01' }),
      p3: h.caseFact('tianxin', { registeredOn: '2025-06-01' }),
      h1: h.caseFact('hetang', { personCount: 5, ...rated('SATISFIED') }),
    };
    for (const [key, fact] of Object.entries(cases)) numbers[key] = fact.number;
    await h.deliver(Object.values(cases).map((fact) => h.envelope('case.transitioned', 'hunan', fact)));
  });
  afterAll(() => h.stop());

  const preview = async (indicator: IndicatorInput, extra: Partial<IndicatorPreviewInput> = {}, token = assessor) =>
    gql(h.server, PREVIEW, { input: { indicator, period: PERIOD, ...extra } }, token);

  it('gives each target the numbers the computed scheme gives the same indicator, and lists the facts its drill-down lists', async () => {
    const item = (indicator: IndicatorInput, rule: ScoringRuleInput, extra: Partial<AssessmentItemInput> = {}): AssessmentItemInput => ({
      code: indicator.code,
      name: indicator.name,
      points: 10,
      indicator,
      rule,
      ...extra,
    });
    const created = await gql(
      h.server,
      CREATE,
      {
        input: {
          name: '自定义指标考核',
          period: PERIOD,
          totalPoints: 30,
          items: [
            item(RATED_VISITS, { kind: 'RATE_TIMES_POINTS' }, { minDenominator: 1, belowMinimum: 'FULL_POINTS' }),
            item(GROUP_VISIT_PERSONS, { kind: 'PER_EVENT', perEvent: -0.5, fromFull: true }),
            item(VISITS_YOY, { kind: 'CHANGE_BANDS', bands: [{ atMost: 0, points: 10 }], otherwise: 0 }),
          ],
        },
      },
      assessor,
    );
    expect(created.errors).toBeUndefined();
    const schemeId = created.data!.createAssessmentScheme.id;
    const scored = (await gql(h.server, SCORES, { id: schemeId }, assessor)).data!.scores.targets;

    const expected = {
      [RATED_VISITS.code]: [
        ['芙蓉区', 2, 3, null, 2 / 3],
        ['天心区', 0, 1, null, 0],
        ['岳麓区', 0, 0, null, null],
      ],
      [GROUP_VISIT_PERSONS.code]: [
        ['芙蓉区', 9, null, null, 9],
        ['天心区', 2, null, null, 2],
        ['岳麓区', 0, null, null, 0],
      ],
      [VISITS_YOY.code]: [
        ['芙蓉区', 3, null, 1, 2],
        ['天心区', 1, null, 2, -0.5],
        ['岳麓区', 0, null, 0, 0],
      ],
    };
    for (const indicator of [RATED_VISITS, GROUP_VISIT_PERSONS, VISITS_YOY]) {
      const result = await preview(indicator);
      expect(result.errors).toBeUndefined();
      const shown = result.data!.previewIndicator;
      expect(shown).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-12-31', asOf: '2026-12-01', indicator: { code: indicator.code } });
      expect(shown.indicator.formula).toMatch(new RegExp(`^${indicator.name} = `));
      type Counted = { name: string; numerator?: number | null; denominator?: number | null; previous?: number | null; value?: number | null };
      const counts = (t: Counted) => [t.name, t.numerator, t.denominator, t.previous, t.value];
      expect(shown.targets.map(counts)).toEqual(expected[indicator.code]);
      // The scheme's own computation, item by item: the same numbers for every target.
      const fromScheme = scored.map((t) => ({ ...t.items.find((i) => i.code === indicator.code), name: t.name }));
      expect([...shown.targets.map(counts)].sort()).toEqual([...fromScheme.map(counts)].sort());

      // Each part's facts are the drill-down's, township facts counted for their county.
      for (const part of <FactPart[]>(
        (indicator.kind === 'RATE' ? ['NUMERATOR', 'DENOMINATOR'] : indicator.kind === 'YOY_CHANGE' ? ['NUMERATOR', 'PREVIOUS'] : ['NUMERATOR'])
      )) {
        const listed = (await preview(indicator, { part, factsPerTarget: 50 })).data!.previewIndicator.targets;
        for (const target of listed) {
          const drilled = await gql(h.server, FACTS, { input: { schemeId, itemCode: indicator.code, tenantId: target.tenantId, part } }, assessor);
          expect(target.facts).toEqual(drilled.data!.scoreFacts);
        }
      }
    }

    const denominators = (await preview(RATED_VISITS, { part: 'DENOMINATOR' })).data!.previewIndicator.targets;
    expect(denominators[0].facts.map((f) => f.label).sort()).toEqual([numbers.f1, numbers.f2, numbers.f3].sort());
    const township = denominators[0].facts.find((f) => f.label === numbers.f3)!;
    expect(township).toMatchObject({ tenantId: tree.ids.wenyi, source: 'CASE', case: { id: township.id } });
    const lastYear = (await preview(VISITS_YOY, { part: 'PREVIOUS' })).data!.previewIndicator.targets;
    expect(lastYear.map((t) => t.facts.map((f) => f.label).sort())).toEqual([[numbers.p1], [numbers.p2, numbers.p3].sort(), []]);
  });

  it('lists at most the facts asked for per target, the first in key order', async () => {
    const all = (await preview(VISITS_YOY, { factsPerTarget: 50 })).data!.previewIndicator.targets;
    const one = (await preview(VISITS_YOY, { factsPerTarget: 1 })).data!.previewIndicator.targets;
    expect(all.map((t) => t.facts.length)).toEqual([3, 1, 0]);
    expect(one.map((t) => t.facts)).toEqual(all.map((t) => t.facts.slice(0, 1)));
    expect(one.map((t) => t.numerator)).toEqual([3, 1, 0]);
    const tooMany = await preview(VISITS_YOY, { factsPerTarget: 51 });
    expect(errorCode(tooMany)).toBe('VALIDATION');
  });

  it('refuses a bad definition with VALIDATION naming the field, and checks a good one into its formula', async () => {
    const refused = async (indicator: IndicatorInput, extra: Partial<IndicatorPreviewInput> = {}) => {
      const result = await preview(indicator, extra);
      expect(result.data).toBeNull();
      return [errorCode(result), result.errors?.[0]?.message, (result.errors?.[0]?.extensions?.details as { field?: string } | undefined)?.field];
    };
    expect(await refused({ ...RATED_VISITS, numerator: [{ field: 'mood', operator: 'IS_TRUE' }] })).toEqual([
      'VALIDATION',
      '指标“RATED_VISITS_SATISFIED”的分子中的字段“mood”未知：信访事项没有此字段',
      'numerator[0]',
    ]);
    const [code, message, field] = await refused({
      ...RATED_VISITS,
      denominator: [RATED_VISITS.denominator![1], { field: 'channel', operator: 'EQ', value: 'FAX' }],
    });
    expect([code, field]).toEqual(['VALIDATION', 'denominator[1]']);
    expect(message).toContain('“信访渠道”的取值“FAX”无效：可选值为 LETTER（来信）、VISIT（来访）');
    expect(await refused({ ...GROUP_VISIT_PERSONS, numerator: [{ field: 'personCount', operator: 'GTE', value: '两人' }] })).toEqual([
      'VALIDATION',
      '指标“GROUP_VISIT_PERSONS”的分子中的字段“人次”的取值“两人”无效：应为数值',
      'numerator[0]',
    ]);
    expect(await refused({ ...RATED_VISITS, numerator: [{ field: 'rated', operator: 'GTE', value: '1' }] })).toEqual([
      'VALIDATION',
      '指标“RATED_VISITS_SATISFIED”的分子中的字段“已参评”（是否）不能使用运算符“大于等于”',
      'numerator[0]',
    ]);
    expect(await refused({ ...GROUP_VISIT_PERSONS, source: 'TASK', numerator: [] })).toEqual([
      'VALIDATION',
      '指标“GROUP_VISIT_PERSONS”：只有信访事项可以按人次统计',
      'measure',
    ]);
    expect(await refused(GROUP_VISIT_PERSONS, { part: 'DENOMINATOR' })).toEqual(['VALIDATION', '指标“多人来访人次”没有分母', undefined]);
    expect(await refused(RATED_VISITS, { period: { kind: 'YEAR' } })).toEqual(['VALIDATION', '考核期须给出年度', 'period']);

    const checked = await gql(h.server, CHECK, { indicator: { ...GROUP_VISIT_PERSONS, unit: '人' } }, assessor);
    expect(checked.data!.checkIndicator).toEqual({
      code: 'GROUP_VISIT_PERSONS',
      formula: '多人来访人次 = 信访渠道为来访、人次不少于2的人次（登记日期在考核期内；不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    });
    const bad = await gql(h.server, CHECK, { indicator: { ...RATED_VISITS, denominator: null } }, assessor);
    expect([errorCode(bad), bad.errors?.[0]?.message]).toEqual([
      'VALIDATION',
      '指标“RATED_VISITS_SATISFIED”是比率指标，须设置分母条件（可为空列表，表示期内全部记录）',
    ]);
  });

  it('previews over the caller’s own subtree only, at its level or below, for assessors', async () => {
    const all = JSON.stringify((await preview(VISITS_YOY, { part: 'NUMERATOR', factsPerTarget: 50 })).data);
    expect(all).not.toContain(numbers.h1);
    const county = await h.token('furong', [Role.ASSESSOR]);
    const townships = (await preview(VISITS_YOY, {}, county)).data!.previewIndicator.targets;
    expect(townships.map((t) => [t.name, t.numerator, t.facts.map((f) => f.label)])).toEqual([['文艺路街道', 1, [numbers.f3]]]);
    const itself = (await preview(VISITS_YOY, { targetLevel: 'COUNTY' }, county)).data!.previewIndicator.targets;
    expect(itself.map((t) => [t.name, t.numerator, t.previous])).toEqual([['芙蓉区', 3, 1]]);
    const above = await preview(VISITS_YOY, { targetLevel: 'CITY' }, county);
    expect([errorCode(above), above.errors?.[0]?.message]).toEqual(['VALIDATION', '被考核的层级不能高于本机构']);
    const registrar = await preview(VISITS_YOY, {}, await h.token('changsha', [Role.REGISTRAR]));
    expect(errorCode(registrar)).toBe('FORBIDDEN');

    // Row-level security, not only the query, keeps a sibling out: a preview over 天心区's path, run as 芙蓉区, counts nothing.
    const asCounty = {
      ...systemContextFor(tree.ids.furong, tree.pathOf('furong'), 'test-preview'),
      userId: '7f000000-0000-4000-8000-0000000000c2',
      roles: [Role.ASSESSOR],
    };
    const definition = { code: 'V', name: '来访', source: FactSource.CASE, kind: IndicatorKind.COUNT, measure: Measure.COUNT, numerator: [] };
    const seen = await h.app
      .get(TenantTransactions)
      .run(asCounty, (em) =>
        h.app
          .get(ScoreComputation)
          .preview(
            em,
            { tenantPath: tree.pathOf('tianxin'), targetLevel: 'COUNTY', period: { start: isoDate('2026-01-01'), end: isoDate('2026-12-31') } },
            definition,
            'NUMERATOR',
            isoDate('2026-12-01'),
            10,
          ),
      );
    expect(seen).toEqual([]);
  });

  it('exposes the vocabulary a custom indicator is written in, and points counted cases at the cases service’s Case', async () => {
    const catalog = (await gql(h.server, CATALOG, {}, await h.token('changsha', [Role.LEADER]))).data!.indicatorCatalog;
    const cases = catalog.sources.find((s) => s.source === 'CASE')!;
    expect(cases).toMatchObject({
      noun: '信访事项',
      unit: '件',
      measures: ['COUNT', 'PERSON_TIMES'],
      periodBases: ['FIELD', 'BACKLOG', 'ALL'],
      defaultPeriodField: 'registeredOn',
    });
    const channel = cases.fields.find((f) => f.name === 'channel')!;
    expect(channel).toMatchObject({ label: '信访渠道', type: 'ENUM', operators: ['EQ', 'NE', 'IN', 'NOT_IN', 'IS_NULL', 'NOT_NULL'], nullable: false });
    expect(channel.values).toContainEqual({ value: 'VISIT', label: '来访' });
    expect(cases.fields.find((f) => f.name === 'handleOnTime')).toMatchObject({
      type: 'BOOLEAN',
      operators: ['IS_TRUE', 'IS_FALSE', 'IS_NULL', 'NOT_NULL'],
      values: null,
    });
    expect(cases.fields.find((f) => f.name === 'handleOnTime')!.description).toContain('到统计日');
    expect(catalog.sources.find((s) => s.source === 'JURISDICTION')).toMatchObject({
      measures: ['COUNT'],
      periodBases: ['FIELD', 'ALL'],
      defaultPeriodField: null,
    });
    expect(catalog.kinds).toEqual([
      { kind: 'RATE', rules: ['RATE_TIMES_POINTS', 'LINEAR', 'RANK'] },
      { kind: 'COUNT', rules: ['LINEAR', 'PER_EVENT', 'RANK'] },
      { kind: 'YOY_CHANGE', rules: ['CHANGE_BANDS', 'RANK'] },
    ]);

    const sdl: string = (await gql(h.server, SERVICE_SDL, {}, assessor)).data!._service.sdl;
    expect(sdl).toMatch(/type Case\s+@key\(fields: "id", resolvable: false\)\s*\{\s*id: ID!\s*\}/);
  });
});
