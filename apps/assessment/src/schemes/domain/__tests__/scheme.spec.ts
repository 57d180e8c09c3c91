import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type AppError, ErrorCode } from '#common/errors';
import { type IsoDate, fromDayNumber, isoDate, plusDays, toDayNumber } from '#common/calendar';
import {
  type AssessmentPeriod,
  type SchemeItem,
  BelowMinimumRule,
  CONFERENCE_MEETINGS,
  DEFAULT_GRADE_THRESHOLDS,
  Grade,
  ItemKind,
  ON_TIME_REPLY_RATE,
  PeriodKind,
  ScoringRuleKind,
  districtTemplate,
  formulaText,
  gradeOf,
  itemRanks,
  oneYearEarlier,
  periodLabel,
  periodRange,
  periodsOverlap,
  rankWithTies,
  regularPoints,
  ruleText,
  sameTimeLastYear,
  scoreScheme,
  totalPoints,
  validateGradeThresholds,
  validateScheme,
} from '../index.js';

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('the district template', () => {
  it('is a valid scheme of 5/10/10/10/5/60 points, 100 in all', () => {
    const scheme = validateScheme(districtTemplate());
    expect(scheme.items.map((item) => [item.name, item.points])).toEqual([
      ['及时受理率', 5],
      ['按期答复率', 10],
      ['重复信访', 10],
      ['参评满意率', 10],
      ['群众参评率', 5],
      ['年度重点工作', 60],
    ]);
    expect(regularPoints(scheme.items)).toBe(100);
    for (const item of scheme.items) expect(ruleText(item)).not.toBe('');
  });

  it('is a fresh copy each time', () => {
    const a = districtTemplate();
    (a.items[0]!.indicator!.numerator as unknown[]).push({ field: 'collective', operator: 'IS_TRUE' });
    expect(districtTemplate().items[0]!.indicator!.numerator).toHaveLength(1);
  });

  it('scores two counties, totals, grades and ranks them', () => {
    const scheme = districtTemplate();
    const results = scoreScheme(scheme, [
      {
        id: 'B',
        raw: {
          TIMELY_ACCEPTANCE: { numerator: 98, denominator: 100 },
          ON_TIME_REPLY: { numerator: 90, denominator: 100 },
          REPEAT_PETITIONS: { numerator: 3 },
          SATISFACTION: { numerator: 45, denominator: 50 },
          PARTICIPATION: { numerator: 50, denominator: 80 },
          KEY_TASKS: { manual: { points: 50, comment: '重点工作基本完成', evidence: [] } },
        },
      },
      {
        id: 'A',
        raw: {
          TIMELY_ACCEPTANCE: { numerator: 0, denominator: 0 },
          ON_TIME_REPLY: { numerator: 10, denominator: 10 },
          SATISFACTION: { numerator: 10, denominator: 10 },
          PARTICIPATION: { numerator: 10, denominator: 10 },
          KEY_TASKS: { manual: { points: 58, comment: '重点工作全部完成', evidence: ['doc-1'] } },
        },
      },
      { id: 'C', raw: {} },
    ]);
    // B: 4.9 + 9 + 7 + 9 + 3.13 + 50 = 83.03; A: 5 (no cases: full) + 10 + 10 (no repeats) + 10 + 5 + 58 = 98.
    expect(results.map((r) => [r.id, r.total, r.grade, r.rank])).toEqual([
      ['A', 98, Grade.EXCELLENT, 1],
      ['B', 83.03, Grade.GOOD, 2],
      ['C', null, null, null],
    ]);
    expect(results[1]!.items.PARTICIPATION!.points).toBe(3.13);
  });
});

describe('validateScheme', () => {
  const scheme = districtTemplate();

  it('refuses item points that do not sum to the total, bonus and deduction items excluded', () => {
    const bonus: SchemeItem = {
      code: 'MEETINGS_BONUS',
      name: '召开联席会议',
      kind: ItemKind.BONUS,
      points: 6,
      indicator: CONFERENCE_MEETINGS,
      rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: 1, fromFull: false },
    };
    expect(validateScheme({ ...scheme, items: [...scheme.items, bonus] }).items).toHaveLength(7);
    const error = refusal(() => validateScheme({ ...scheme, totalPoints: 95 }));
    expect([error.code, error.message]).toEqual([ErrorCode.VALIDATION, '考核项分值合计 100 分，与方案总分 95 分不符（加分项、扣分项不计入）']);
  });

  it('refuses a repeated item code and an invalid item', () => {
    expect(refusal(() => validateScheme({ ...scheme, items: [...scheme.items, scheme.items[0]!] })).message).toBe('考核项代码“TIMELY_ACCEPTANCE”重复');
    const broken = { ...scheme.items[1]!, belowMinimum: undefined };
    expect(refusal(() => validateScheme({ ...scheme, items: [broken] })).message).toContain('须设置最小分母');
  });

  it('sums fractional points without float noise', () => {
    const thirds = [33.33, 33.33, 33.34].map((p, i) => ({ ...scheme.items[5]!, code: `PART_${i}`, points: p }));
    expect(validateScheme({ ...scheme, items: thirds }).items).toHaveLength(3);
    expect(totalPoints([0.1, 0.2])).toBe(0.3);
    expect(totalPoints([1, null])).toBeNull();
  });
});

describe('grades', () => {
  it('grades by the default thresholds', () => {
    expect([95, 90, 89.99, 80, 60, 59.99].map((t) => gradeOf(t))).toEqual([Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.FAIR, Grade.POOR]);
    expect(DEFAULT_GRADE_THRESHOLDS).toEqual({ excellent: 90, good: 80, fair: 60 });
  });

  it('takes configured thresholds, refusing ones that do not descend', () => {
    expect(gradeOf(85, { excellent: 85, good: 75, fair: 65 })).toBe(Grade.EXCELLENT);
    expect(refusal(() => validateGradeThresholds({ excellent: 80, good: 80, fair: 60 })).code).toBe(ErrorCode.VALIDATION);
  });
});

describe('rankWithTies', () => {
  it('shares a rank between equal totals and skips the next (1, 1, 3)', () => {
    const ranked = rankWithTies(
      [
        { id: 'x', total: 88 },
        { id: 'y', total: 92.5 },
        { id: 'z', total: 92.5 },
        { id: 'w', total: null },
        { id: 'v', total: 70 },
      ],
      (e) => e.total,
    );
    expect(ranked.map((r) => [r.entry.id, r.rank])).toEqual([
      ['y', 1],
      ['z', 1],
      ['x', 3],
      ['v', 4],
      ['w', null],
    ]);
  });

  it('treats totals equal at 2 decimals as equal, and ranks ascending on request', () => {
    expect(rankWithTies([0.1 + 0.2, 0.3], (x) => x).map((r) => r.rank)).toEqual([1, 1]);
    expect(rankWithTies([3, 1, 2], (x) => x, { ascending: true }).map((r) => [r.entry, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('ranks each entry 1 + the number strictly better', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), (scores) => {
        for (const { entry, rank } of rankWithTies(scores, (s) => s)) expect(rank).toBe(1 + scores.filter((s) => s > entry).length);
      }),
    );
  });

  it('ranks an item’s targets by the value its rule scores, leaving out those without one', () => {
    const item: SchemeItem = {
      code: 'REPLY_RANK',
      name: '按期答复率排名',
      kind: ItemKind.REGULAR,
      points: 10,
      indicator: ON_TIME_REPLY_RATE,
      rule: { kind: ScoringRuleKind.RANK, higherIsBetter: true, minimum: 4 },
      minDenominator: 5,
      belowMinimum: BelowMinimumRule.ZERO,
    };
    const ranks = itemRanks(
      item,
      new Map([
        ['a', { numerator: 9, denominator: 10 }],
        ['b', { numerator: 18, denominator: 20 }],
        ['c', { numerator: 10, denominator: 10 }],
        ['d', { numerator: 2, denominator: 2 }],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({
      c: { rank: 1, targets: 3 },
      a: { rank: 2, targets: 3 },
      b: { rank: 2, targets: 3 },
      d: { rank: null, targets: 3 },
    });
    expect(formulaText(item.indicator!)).toContain('按期答复率 = ');
  });
});

describe('periods', () => {
  const range = (start: string, end: string) => ({ start: isoDate(start), end: isoDate(end) });

  it('turns years, halves and quarters into their first and last days', () => {
    expect(periodRange({ kind: PeriodKind.YEAR, year: 2024 })).toEqual(range('2024-01-01', '2024-12-31'));
    expect(periodRange({ kind: PeriodKind.HALF_YEAR, year: 2024, half: 2 })).toEqual(range('2024-07-01', '2024-12-31'));
    expect(periodRange({ kind: PeriodKind.QUARTER, year: 2024, quarter: 1 })).toEqual(range('2024-01-01', '2024-03-31'));
    expect(periodRange({ kind: PeriodKind.QUARTER, year: 2023, quarter: 1 })).toEqual(range('2023-01-01', '2023-03-31'));
    expect(periodRange({ kind: PeriodKind.RANGE, start: '2021-01-01', end: '2023-06-30' })).toEqual(range('2021-01-01', '2023-06-30'));
  });

  it('names periods in Chinese', () => {
    const labels = (
      [
        { kind: PeriodKind.YEAR, year: 2024 },
        { kind: PeriodKind.HALF_YEAR, year: 2024, half: 1 },
        { kind: PeriodKind.QUARTER, year: 2024, quarter: 3 },
        { kind: PeriodKind.RANGE, start: '2021-01-01', end: '2023-06-30' },
      ] as AssessmentPeriod[]
    ).map(periodLabel);
    expect(labels).toEqual(['2024年度', '2024年上半年', '2024年第三季度', '2021-01-01至2023-06-30']);
  });

  it('refuses impossible periods', () => {
    const bad: AssessmentPeriod[] = [
      { kind: PeriodKind.RANGE, start: '2024-06-30', end: '2024-01-01' },
      { kind: PeriodKind.QUARTER, year: 2024, quarter: 5 as 1 },
      { kind: PeriodKind.HALF_YEAR, year: 2024, half: 3 as 1 },
      { kind: PeriodKind.YEAR, year: 2024.5 },
    ];
    for (const period of bad) expect(refusal(() => periodRange(period)).code).toBe(ErrorCode.VALIDATION);
    expect(refusal(() => periodRange(bad[0]!)).message).toBe('考核期的开始日期 2024-06-30 晚于结束日期 2024-01-01');
  });

  it('tells overlapping periods, sharing one day being enough', () => {
    expect(periodsOverlap(range('2024-01-01', '2024-06-30'), range('2024-06-30', '2024-12-31'))).toBe(true);
    expect(periodsOverlap(range('2024-01-01', '2024-06-30'), range('2024-07-01', '2024-12-31'))).toBe(false);
    expect(periodsOverlap(range('2024-01-01', '2024-12-31'), range('2024-03-01', '2024-03-31'))).toBe(true);
  });

  it('overlaps symmetrically, and exactly when some day lies in both', () => {
    const BASE = toDayNumber(isoDate('2024-01-01'));
    const arbRange = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([from, length]) => ({
      start: fromDayNumber(BASE + from),
      end: fromDayNumber(BASE + from + length),
    }));
    fc.assert(
      fc.property(arbRange, arbRange, (a, b) => {
        const days = (r: { start: IsoDate; end: IsoDate }) =>
          new Set(Array.from({ length: toDayNumber(r.end) - toDayNumber(r.start) + 1 }, (_, i) => plusDays(r.start, i)));
        const shared = [...days(a)].some((d) => days(b).has(d));
        expect(periodsOverlap(a, b)).toBe(shared);
        expect(periodsOverlap(b, a)).toBe(shared);
      }),
    );
  });

  it('splits a year into quarters that follow one another without overlap', () => {
    const quarters = ([1, 2, 3, 4] as const).map((quarter) => periodRange({ kind: PeriodKind.QUARTER, year: 2024, quarter }));
    quarters.slice(1).forEach((q, i) => {
      expect(q.start).toBe(plusDays(quarters[i]!.end, 1));
      expect(periodsOverlap(q, quarters[i]!)).toBe(false);
    });
  });

  it('compares with the same period a year earlier, month ends kept', () => {
    expect(sameTimeLastYear(range('2024-01-01', '2024-12-31'))).toEqual(range('2023-01-01', '2023-12-31'));
    expect(sameTimeLastYear(range('2024-02-01', '2024-02-29'))).toEqual(range('2023-02-01', '2023-02-28'));
    expect(sameTimeLastYear(range('2025-02-01', '2025-02-28'))).toEqual(range('2024-02-01', '2024-02-29'));
    expect(oneYearEarlier(isoDate('2024-02-29'))).toBe('2023-02-28');
    expect(oneYearEarlier(isoDate('2025-01-10'))).toBe('2024-01-10');
  });
});
