import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { type IsoDate, isoDate } from '#common/calendar';
import { TenantTransactions, type TransactionShape, systemContextFor } from '#common/tenancy';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentHarness } from '../../facts/__tests__/assessment-harness.js';
import { caseFactOf, caseVersion } from '../../facts/__tests__/case-fact-arbitraries.js';
import {
  BelowMinimumRule,
  type DateRange,
  FactSource,
  FilterOperator,
  INDICATOR_LIBRARY,
  type IndicatorDefinition,
  IndicatorKind,
  ItemKind,
  Measure,
  ON_TIME_REPLY_RATE,
  SATISFACTION_RATE,
  type SchemeItem,
  ScoringRuleKind,
  rollupPlan,
  validateScheme,
} from '../domain/index.js';
import { type CountingMode, type SchemeForScoring, ScoreComputation } from '../score-computation.js';
import { COUNTING } from '../score.store.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  wenyi: { code: '430102001', name: '文艺路街道', level: 'TOWNSHIP', parent: 'furong' },
  kaifu: { code: '430105', name: '开福区', level: 'COUNTY', parent: 'changsha' },
});
const PROBLEMS = ['furong', 'tianxin', 'wenyi', 'kaifu', 'changsha'] as const;

/** Whole quarters and a range of odd days across month ends; as-of days before, at and after their ends. */
const PERIODS: readonly { period: DateRange; asOfs: string[] }[] = [
  { period: { start: isoDate('2026-01-01'), end: isoDate('2026-03-31') }, asOfs: ['2026-02-14', '2026-03-31', '2026-04-20', '2026-12-31'] },
  { period: { start: isoDate('2026-01-15'), end: isoDate('2026-05-10') }, asOfs: ['2026-01-15', '2026-05-10', '2026-06-01'] },
  { period: { start: isoDate('2026-04-01'), end: isoDate('2026-10-31') }, asOfs: ['2026-11-20'] },
];

/** The library's case indicators the counts answer. */
const ROLLED_UP = INDICATOR_LIBRARY.filter((indicator) => rollupPlan(indicator) !== null);

/** Indicators the counts cannot answer: a condition changed, one added on a field they do not keep. */
const CUSTOM: readonly IndicatorDefinition[] = [
  {
    ...SATISFACTION_RATE,
    code: 'SATISFIED_CLAIMS',
    numerator: [{ field: 'rating', operator: FilterOperator.EQ, value: 'SATISFIED' }],
    denominator: [{ field: 'kind', operator: FilterOperator.EQ, value: 'CLAIM' }],
  },
  {
    ...ON_TIME_REPLY_RATE,
    code: 'ON_TIME_REPLY_MANY',
    denominator: [...ON_TIME_REPLY_RATE.denominator!, { field: 'personCount', operator: FilterOperator.GTE, value: 3 }],
  },
  {
    code: 'LATE_NOTICES',
    name: '受理告知晚于登记五日',
    source: FactSource.CASE,
    kind: IndicatorKind.COUNT,
    measure: Measure.COUNT,
    numerator: [{ field: 'notifyDone', operator: FilterOperator.GTE, value: '2026-02-01' }],
  },
];

describe('assessment: scores from the case counts', () => {
  const h = new AssessmentHarness(tree);
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const assessing = () => ({
    ...systemContextFor(tree.ids.changsha, tree.pathOf('changsha'), 'test-rollup-scores'),
    userId: '7f000000-0000-4000-8000-0000000000a1',
    roles: [Role.ASSESSOR],
  });

  function itemFor(indicator: IndicatorDefinition): SchemeItem {
    const base = { code: indicator.code, name: indicator.name, kind: ItemKind.REGULAR, points: 1, indicator };
    switch (indicator.kind) {
      case IndicatorKind.RATE:
        return { ...base, rule: { kind: ScoringRuleKind.RATE_TIMES_POINTS }, minDenominator: 1, belowMinimum: BelowMinimumRule.FULL_POINTS };
      case IndicatorKind.COUNT:
        return { ...base, rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -0.1, fromFull: true } };
      case IndicatorKind.YOY_CHANGE:
        return { ...base, rule: { kind: ScoringRuleKind.CHANGE_BANDS, bands: [{ atMost: 0, points: 1 }], otherwise: 0 } };
    }
  }

  /**
   * Per target and item: counts, value and points, computed one way; in a transaction of `shape`, and
   * with `meanwhile` run (on other connections) right after the statement that reads the counts.
   */
  async function scores(
    indicators: readonly IndicatorDefinition[],
    period: DateRange,
    asOf: string,
    mode: CountingMode,
    targetLevel = 'COUNTY',
    { shape, meanwhile }: { shape?: TransactionShape; meanwhile?: () => Promise<void> } = {},
  ) {
    const items = indicators.map(itemFor);
    const scheme: SchemeForScoring = {
      id: randomUUID(),
      tenantPath: tree.pathOf('changsha'),
      targetLevel,
      period,
      scheme: validateScheme({ name: '汇总核验', totalPoints: items.length, items }),
    };
    const interleaved = (em: EntityManager): EntityManager =>
      !meanwhile
        ? em
        : new Proxy(em, {
            get: (target, property, receiver) =>
              property !== 'query'
                ? Reflect.get(target, property, receiver)
                : async (sql: string, params?: unknown[]) => {
                    const rows = await target.query(sql, params);
                    if (sql.includes('assessment.case_fact_months')) await meanwhile();
                    return rows;
                  },
          });
    const results = await h.app
      .get(TenantTransactions)
      .run(assessing(), (em: EntityManager) => h.app.get(ScoreComputation).compute(interleaved(em), scheme, asOf as IsoDate, mode), shape);
    return results.map((t) => ({ target: t.code, total: t.total, items: t.items.map(({ manual: _manual, ...item }) => item) }));
  }

  it('gives the same counts and scores from the counts as from the facts, for every library case indicator, period and as-of day', async () => {
    expect(ROLLED_UP.map((i) => i.code)).toEqual(expect.arrayContaining(['TIMELY_ACCEPTANCE_RATE', 'BACKLOG_RESOLUTION_RATE', 'COLLECTIVE_VISIT_BATCHES_YOY']));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...PROBLEMS), fc.array(caseVersion, { minLength: 1, maxLength: 2 })), { minLength: 5, maxLength: 40 }),
        async (cases) => {
          await h.rows(`TRUNCATE assessment.case_facts, assessment.processed_events`);
          await h.deliver(
            cases.flatMap(([problem, versions]) => {
              const caseId = randomUUID();
              return versions.map((v) => h.envelope('case.transitioned', 'hunan', caseFactOf(h, caseId, problem, v)));
            }),
          );
          for (const { period, asOfs } of PERIODS) {
            for (const asOf of asOfs) {
              for (const level of ['COUNTY', 'TOWNSHIP']) {
                const fromCounts = await scores(ROLLED_UP, period, asOf, 'ROLLUPS', level);
                expect(fromCounts).toEqual(await scores(ROLLED_UP, period, asOf, 'FACTS', level));
              }
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('counts from one state of the facts when a batch of facts is committed between its statements', async () => {
    await h.rows(`TRUNCATE assessment.case_facts, assessment.processed_events`);
    const versions = fc.sample(caseVersion, { numRuns: 20, seed: 5 });
    await h.deliver(versions.map((v, i) => h.envelope('case.transitioned', 'hunan', caseFactOf(h, randomUUID(), PROBLEMS[i % 4]!, v))));
    const { period } = PERIODS[0]!;
    const asOf = '2026-02-14';
    // Registered in the period and open at the as-of day (its notice due the day after): counted by
    // the counts as settled, and corrected from the facts as not.
    const open = () =>
      h.deliver([
        h.envelope(
          'case.transitioned',
          'hunan',
          caseFactOf(h, randomUUID(), 'furong', { ...versions[0]!, version: 1, registered: 30, finishedAfter: null, notifyDone: null, handleDone: null }),
        ),
      ]);
    const counted = (meanwhile?: () => Promise<void>, shape: TransactionShape = COUNTING) =>
      scores(ROLLED_UP, period, asOf, 'ROLLUPS', 'COUNTY', { shape, meanwhile });

    const before = await counted();
    expect(await counted(open)).toEqual(before);
    const withOne = await counted();
    expect(withOne).not.toEqual(before);

    // The same interleaving with a snapshot per statement counts the second case's correction without its counts.
    const perStatement = await counted(open, { settings: COUNTING.settings });
    const withTwo = await counted();
    expect(perStatement).not.toEqual(withOne);
    expect(perStatement).not.toEqual(withTwo);
  });

  it('counts an indicator the counts cannot answer from the facts, as before', async () => {
    expect(CUSTOM.map(rollupPlan)).toEqual([null, null, null]);
    // Thirty cases registered in the first quarter, spread over the counties.
    const versions = fc.sample(caseVersion, { numRuns: 30, seed: 17 }).map((v, i) => ({ ...v, registered: (i * 7) % 90 }));
    await h.rows(`TRUNCATE assessment.case_facts, assessment.processed_events`);
    await h.deliver(versions.map((v, i) => h.envelope('case.transitioned', 'hunan', caseFactOf(h, randomUUID(), PROBLEMS[i % 4]!, v))));
    const mixed = [...CUSTOM, ...ROLLED_UP.slice(0, 3)];
    const fromCounts = await scores(mixed, PERIODS[0]!.period, '2026-04-20', 'ROLLUPS');
    expect(fromCounts).toEqual(await scores(mixed, PERIODS[0]!.period, '2026-04-20', 'FACTS'));
    // Something was counted: the comparison is not of zeros alone.
    expect(fromCounts.flatMap((t) => t.items.map((i) => i.numerator ?? 0)).some((n) => n > 0)).toBe(true);
  });
});
