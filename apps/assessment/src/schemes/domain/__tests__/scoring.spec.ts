import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type AppError, ErrorCode } from '#common/errors';
import {
  type IndicatorDefinition,
  type ItemRaw,
  type SchemeItem,
  type ScoringRule,
  BelowMinimumRule,
  COLLECTIVE_VISIT_BATCHES_YOY,
  CONFERENCE_MEETINGS,
  ItemKind,
  REPEAT_PETITIONS,
  SATISFACTION_RATE,
  ScoringRuleKind,
  itemBounds,
  roundPoints,
  ruleText,
  scoreItem,
  validateManualEntry,
  validateSchemeItem,
  wilsonLowerBound,
  yearOnYearChange,
} from '../index.js';

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

const rateItem = (rule: ScoringRule, extra: Partial<SchemeItem> = {}): SchemeItem => ({
  code: 'SATISFACTION',
  name: '参评满意率',
  kind: ItemKind.REGULAR,
  points: 10,
  indicator: SATISFACTION_RATE,
  rule,
  minDenominator: 1,
  belowMinimum: BelowMinimumRule.FULL_POINTS,
  ...extra,
});
const countItem = (indicator: IndicatorDefinition, rule: ScoringRule, extra: Partial<SchemeItem> = {}): SchemeItem => ({
  code: 'ITEM',
  name: '考核项',
  kind: ItemKind.REGULAR,
  points: 10,
  indicator,
  rule,
  ...extra,
});
const points = (item: SchemeItem, raw: ItemRaw) => scoreItem(validateSchemeItem(item), raw).points;

const TIMES = { kind: ScoringRuleKind.RATE_TIMES_POINTS } as const;
const LINEAR = { kind: ScoringRuleKind.LINEAR, floor: 0.6, target: 0.95 } as const;

describe('the Wilson lower bound', () => {
  it('matches the known value for 9 of 10 at 95%', () => {
    expect(wilsonLowerBound(9, 10)).toBeCloseTo(0.5958, 4);
    expect(wilsonLowerBound(4, 4)).toBeCloseTo(0.5101, 4);
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it('never exceeds the raw rate, and grows towards it with the sample', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 }), (n, k0, m) => {
        const k = Math.min(k0, n);
        const rate = k / n;
        expect(wilsonLowerBound(k, n)).toBeLessThanOrEqual(rate + 1e-12);
        expect(wilsonLowerBound(k * m, n * m)).toBeLessThanOrEqual(wilsonLowerBound(k * (m + 1), n * (m + 1)) + 1e-12);
        expect(rate - wilsonLowerBound(k * 100_000, n * 100_000)).toBeLessThan(0.005);
      }),
    );
  });
});

describe('yearOnYearChange', () => {
  it('is (current − previous) ÷ previous, 0 from nothing to nothing, null from nothing to something', () => {
    expect(yearOnYearChange(1843, 2028)).toBeCloseTo(-0.0912, 4);
    expect(yearOnYearChange(0, 0)).toBe(0);
    expect(yearOnYearChange(3, 0)).toBeNull();
  });
});

describe('roundPoints', () => {
  it('rounds half away from zero at 2 decimals, despite binary fractions', () => {
    expect([roundPoints(1.005), roundPoints(-1.005), roundPoints(6.666666), roundPoints(2.675), roundPoints(-0.001)]).toEqual([1.01, -1.01, 6.67, 2.68, 0]);
  });

  it('rounds every number as its cents read to 15 significant digits do, half cents and their neighbours included', () => {
    const byDigits = (x: number) => (Math.sign(x) * Math.round(Number((Math.abs(x) * 100).toPrecision(15)))) / 100 || 0;
    // Half cents as written (k.5 / 100) and the doubles right beside them, where the binary error lies.
    const nearHalfCent = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -3, max: 3 })).map(([cents, step]) => {
      let x = (cents + 0.5) / 100;
      for (let i = 0; i < Math.abs(step); i += 1) x = step > 0 ? x + Number.EPSILON * Math.abs(x) : x - Number.EPSILON * Math.abs(x);
      return x;
    });
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), nearHalfCent), (x) => {
        expect(roundPoints(x)).toBe(byDigits(x));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('rate rules', () => {
  it('scores rate × points, rounded at the end only', () => {
    expect(points(rateItem(TIMES), { numerator: 47, denominator: 50 })).toBe(9.4);
    expect(points(rateItem(TIMES), { numerator: 2, denominator: 3 })).toBe(6.67);
    expect(points(rateItem(TIMES, { points: 5 }), { numerator: 1, denominator: 3 })).toBe(1.67);
  });

  it('scores LINEAR: 0 at or below the floor, full at or above the target, in proportion between', () => {
    const item = rateItem(LINEAR);
    expect(points(item, { numerator: 50, denominator: 100 })).toBe(0);
    expect(points(item, { numerator: 60, denominator: 100 })).toBe(0);
    expect(points(item, { numerator: 80, denominator: 100 })).toBe(5.71);
    expect(points(item, { numerator: 95, denominator: 100 })).toBe(10);
    expect(points(item, { numerator: 100, denominator: 100 })).toBe(10);
  });

  it('never divides by zero: a zero denominator is below any minimum', () => {
    const zero = { numerator: 0, denominator: 0 };
    expect(scoreItem(rateItem(TIMES), zero)).toEqual({ value: null, scored: null, belowMinimum: true, points: 10 });
    expect(points(rateItem(TIMES, { belowMinimum: BelowMinimumRule.ZERO }), zero)).toBe(0);
    expect(points(rateItem(TIMES, { belowMinimum: BelowMinimumRule.WILSON_LOWER_BOUND }), zero)).toBe(0);
    expect(points(rateItem(LINEAR, { belowMinimum: BelowMinimumRule.WILSON_LOWER_BOUND }), {})).toBe(0);
  });

  it('applies the stated rule below the minimum denominator', () => {
    const raw = { numerator: 4, denominator: 4 };
    expect(points(rateItem(TIMES, { minDenominator: 10, belowMinimum: BelowMinimumRule.FULL_POINTS }), { numerator: 1, denominator: 4 })).toBe(10);
    expect(points(rateItem(TIMES, { minDenominator: 10, belowMinimum: BelowMinimumRule.ZERO }), raw)).toBe(0);
    const wilson = scoreItem(rateItem(TIMES, { minDenominator: 10, belowMinimum: BelowMinimumRule.WILSON_LOWER_BOUND }), raw);
    expect(wilson.value).toBe(1);
    expect(wilson.scored).toBeCloseTo(0.5101, 4);
    expect(wilson.points).toBe(5.1);
    // At the minimum the raw rate counts.
    expect(points(rateItem(TIMES, { minDenominator: 10, belowMinimum: BelowMinimumRule.ZERO }), { numerator: 9, denominator: 10 })).toBe(9);
  });

  it('keeps a FULL_POINTS item within its own cap', () => {
    expect(points(rateItem(TIMES, { cap: 8 }), { numerator: 0, denominator: 0 })).toBe(8);
  });
});

describe('per-event rules', () => {
  const repeat = countItem(REPEAT_PETITIONS, { kind: ScoringRuleKind.PER_EVENT, perEvent: -1, fromFull: true });

  it('deducts per event from the full points, down to the floor', () => {
    expect(points(repeat, { numerator: 0 })).toBe(10);
    expect(points(repeat, { numerator: 3 })).toBe(7);
    expect(points(repeat, { numerator: 12 })).toBe(0);
    expect(points({ ...repeat, floor: -5 }, { numerator: 12 })).toBe(-2);
  });

  it('adds per event up to the cap (a bonus: +1 per meeting, at most 6)', () => {
    const bonus = countItem(CONFERENCE_MEETINGS, { kind: ScoringRuleKind.PER_EVENT, perEvent: 1, fromFull: false }, { kind: ItemKind.BONUS, points: 6 });
    expect(points(bonus, { numerator: 4 })).toBe(4);
    expect(points(bonus, { numerator: 9 })).toBe(6);
  });

  it('makes a deduction item negative whatever the rule’s sign, bounded by its points', () => {
    const deduction = countItem(REPEAT_PETITIONS, { kind: ScoringRuleKind.PER_EVENT, perEvent: 0.5, fromFull: false }, { kind: ItemKind.DEDUCTION, points: 3 });
    expect(itemBounds(deduction)).toEqual({ floor: -3, cap: 0 });
    expect(points(deduction, { numerator: 4 })).toBe(-2);
    expect(points(deduction, { numerator: 10 })).toBe(-3);
    expect(points({ ...deduction, rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -0.5, fromFull: false } }, { numerator: 4 })).toBe(-2);
    expect(points(deduction, { numerator: 0 })).toBe(0);
  });
});

describe('change bands', () => {
  const item = countItem(
    COLLECTIVE_VISIT_BATCHES_YOY,
    {
      kind: ScoringRuleKind.CHANGE_BANDS,
      bands: [
        { atMost: -0.1, points: 5 },
        { atMost: 0, points: 3 },
      ],
      otherwise: 0,
    },
    { points: 5 },
  );

  it('gives the first band the change does not exceed, else the rest', () => {
    expect(points(item, { numerator: 90, previous: 100 })).toBe(5);
    expect(points(item, { numerator: 95, previous: 100 })).toBe(3);
    expect(points(item, { numerator: 100, previous: 100 })).toBe(3);
    expect(points(item, { numerator: 105, previous: 100 })).toBe(0);
  });

  it('counts nothing to nothing as no change, and something from nothing as above every band', () => {
    expect(points(item, { numerator: 0, previous: 0 })).toBe(3);
    expect(points(item, { numerator: 3, previous: 0 })).toBe(0);
  });
});

describe('rank rules', () => {
  const linear = rateItem({ kind: ScoringRuleKind.RANK, higherIsBetter: true, minimum: 4 });
  const table = rateItem({ kind: ScoringRuleKind.RANK, higherIsBetter: true, minimum: 2, table: [10, 8, 6] });
  const raw = { numerator: 9, denominator: 10 };

  it('runs linearly from full points for the first to the minimum for the last', () => {
    expect([1, 2, 3, 4].map((rank) => points(linear, { ...raw, rank, targets: 4 }))).toEqual([10, 8, 6, 4]);
    expect(points(linear, { ...raw, rank: 1, targets: 1 })).toBe(10);
  });

  it('reads a table, the minimum past its end and for the unranked', () => {
    expect([1, 2, 3, 4].map((rank) => points(table, { ...raw, rank, targets: 4 }))).toEqual([10, 8, 6, 2]);
    expect(points(table, { ...raw, rank: null, targets: 4 })).toBe(2);
  });
});

describe('manual items', () => {
  const manual = countItem(
    REPEAT_PETITIONS,
    { kind: ScoringRuleKind.MANUAL, min: 0, max: 60 },
    { code: 'KEY_TASKS', name: '年度重点工作', points: 60, indicator: null },
  );

  it('takes the assessor’s points, and is pending until entered', () => {
    expect(points(manual, { manual: { points: 55.5, comment: '全年召开联席会议 6 次', evidence: ['file-1'] } })).toBe(55.5);
    expect(scoreItem(manual, {}).points).toBeNull();
  });

  it('refuses points outside the range, with too many decimals, or without a comment', () => {
    const cases: [number, string, string][] = [
      [65, '说明', '人工评分须在 0 至 60 分之间，填写的是 65 分'],
      [-1, '说明', '人工评分须在 0 至 60 分之间，填写的是 -1 分'],
      [Number.NaN, '说明', '人工评分须在 0 至 60 分之间，填写的是 NaN 分'],
      [10.123, '说明', '人工评分最多保留两位小数'],
      [10, '  ', '人工评分须填写评分说明'],
    ];
    for (const [p, comment, message] of cases) {
      const error = refusal(() => scoreItem(manual, { manual: { points: p, comment, evidence: [] } }));
      expect([error.code, error.message]).toEqual([ErrorCode.VALIDATION, message]);
    }
    expect(validateManualEntry({ min: 0, max: 5 }, { points: 5, comment: '满分', evidence: [] }).points).toBe(5);
  });
});

describe('validateSchemeItem', () => {
  it('refuses a rule that does not fit the indicator, a rate without its minimum rule, and bad bounds', () => {
    const cases: [SchemeItem, string][] = [
      [rateItem({ kind: ScoringRuleKind.PER_EVENT, perEvent: -1, fromFull: true }), '考核项“参评满意率”的计分规则“按件计分”不适用于比率指标'],
      [rateItem(TIMES, { minDenominator: undefined }), '考核项“参评满意率”是比率指标，须设置最小分母（不小于 1 的整数）及分母不足时的计分规则'],
      [rateItem(TIMES, { minDenominator: 0 }), '考核项“参评满意率”是比率指标，须设置最小分母（不小于 1 的整数）及分母不足时的计分规则'],
      [
        countItem(REPEAT_PETITIONS, { kind: ScoringRuleKind.PER_EVENT, perEvent: -1, fromFull: true }, { minDenominator: 5 }),
        '考核项“考核项”不是比率指标，不设最小分母',
      ],
      [rateItem(TIMES, { floor: 6, cap: 5 }), '考核项“参评满意率”的最低分不能高于最高分'],
      [rateItem({ kind: ScoringRuleKind.LINEAR, floor: 0.9, target: 0.9 }), '考核项“参评满意率”线性计分的下限须低于目标值'],
      [rateItem({ kind: ScoringRuleKind.MANUAL, min: 0, max: 10 }), '考核项“参评满意率”为人工评分，不关联指标'],
      [rateItem(TIMES, { indicator: null }), '考核项“参评满意率”须关联指标'],
      [rateItem(TIMES, { points: -1 }), '考核项“参评满意率”的分值须为非负数'],
    ];
    for (const [item, message] of cases) {
      const error = refusal(() => validateSchemeItem(item));
      expect([error.code, error.message]).toEqual([ErrorCode.VALIDATION, message]);
    }
  });
});

describe('ruleText', () => {
  it('describes each rule in Chinese', () => {
    expect(ruleText(rateItem(TIMES))).toBe('得分 = 比率 × 10 分；分母为 0 时得满分；本项最高 10 分、最低 0 分');
    expect(ruleText(rateItem(LINEAR, { minDenominator: 10, belowMinimum: BelowMinimumRule.WILSON_LOWER_BOUND }))).toBe(
      '不高于 60% 得 0 分，达到 95% 得 10 分，其间按比例计分；分母不足 10 时按威尔逊区间下限（95% 置信）计算比率；本项最高 10 分、最低 0 分',
    );
    expect(ruleText(countItem(REPEAT_PETITIONS, { kind: ScoringRuleKind.PER_EVENT, perEvent: -1, fromFull: true }))).toBe(
      '以 10 分为基数，每件扣 1 分；本项最高 10 分、最低 0 分',
    );
    expect(
      ruleText(
        countItem(COLLECTIVE_VISIT_BATCHES_YOY, { kind: ScoringRuleKind.CHANGE_BANDS, bands: [{ atMost: -0.1, points: 5 }], otherwise: 0 }, { points: 5 }),
      ),
    ).toBe('同比变化不高于 -10% 得 5 分；其余（含上年同期为 0 而本期增加）得 0 分；本项最高 5 分、最低 0 分');
    expect(ruleText(rateItem({ kind: ScoringRuleKind.RANK, higherIsBetter: true, minimum: 4 }))).toBe(
      '按排名计分（数值高者在前）：第 1 名得 10 分，末名得 4 分，其间按名次等差递减；分母为 0 时得满分；本项最高 10 分、最低 0 分',
    );
    expect(
      ruleText(countItem(CONFERENCE_MEETINGS, { kind: ScoringRuleKind.PER_EVENT, perEvent: 1, fromFull: false }, { kind: ItemKind.BONUS, points: 6 })),
    ).toBe('每次计 1 分；本项最高 6 分、最低 0 分；加分项，不计入方案分值');
  });
});

describe('properties', () => {
  const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((x) => x / 100);
  const arbRule: fc.Arbitrary<[IndicatorDefinition, ScoringRule]> = fc.oneof(
    fc.constant<[IndicatorDefinition, ScoringRule]>([SATISFACTION_RATE, TIMES]),
    fc
      .tuple(cents(0, 1), cents(0, 1))
      .filter(([a, b]) => a < b)
      .map(([floor, target]): [IndicatorDefinition, ScoringRule] => [SATISFACTION_RATE, { kind: ScoringRuleKind.LINEAR, floor, target }]),
    fc
      .tuple(
        cents(-5, 5).filter((x) => x !== 0),
        fc.boolean(),
      )
      .map(([perEvent, fromFull]): [IndicatorDefinition, ScoringRule] => [REPEAT_PETITIONS, { kind: ScoringRuleKind.PER_EVENT, perEvent, fromFull }]),
    fc
      .tuple(cents(-1, 1), cents(-20, 20), cents(-20, 20))
      .map(([atMost, p, otherwise]): [IndicatorDefinition, ScoringRule] => [
        COLLECTIVE_VISIT_BATCHES_YOY,
        { kind: ScoringRuleKind.CHANGE_BANDS, bands: [{ atMost, points: p }], otherwise },
      ]),
    fc
      .tuple(cents(-20, 20), fc.boolean())
      .map(([minimum, higherIsBetter]): [IndicatorDefinition, ScoringRule] => [SATISFACTION_RATE, { kind: ScoringRuleKind.RANK, minimum, higherIsBetter }]),
  );
  const arbItem: fc.Arbitrary<SchemeItem> = fc
    .record({
      rule: arbRule,
      kind: fc.constantFrom(...Object.values(ItemKind)),
      points: cents(0, 100),
      bounds: fc.option(
        fc.tuple(cents(-50, 50), cents(-50, 50)).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        { nil: undefined },
      ),
      minDenominator: fc.integer({ min: 1, max: 30 }),
      belowMinimum: fc.constantFrom(...Object.values(BelowMinimumRule)),
    })
    .map(({ rule: [indicator, rule], kind, points: p, bounds, minDenominator, belowMinimum }) => ({
      code: 'ITEM',
      name: '考核项',
      kind,
      points: p,
      indicator,
      rule,
      ...(bounds ? { floor: bounds[0], cap: bounds[1] } : {}),
      ...(indicator.kind === 'RATE' ? { minDenominator, belowMinimum } : {}),
    }));
  const arbRaw: fc.Arbitrary<ItemRaw> = fc
    .record({
      denominator: fc.integer({ min: 0, max: 500 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      previous: fc.integer({ min: 0, max: 500 }),
      targets: fc.integer({ min: 1, max: 30 }),
      r: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ denominator, share, previous, targets, r }) => ({
      numerator: Math.floor(denominator * share),
      denominator,
      previous,
      targets,
      rank: 1 + Math.floor(r * (targets - 1)),
    }));

  it('keeps points within the item’s [floor, cap]', () => {
    fc.assert(
      fc.property(arbItem, arbRaw, (item, raw) => {
        const { floor, cap } = itemBounds(validateSchemeItem(item));
        const score = scoreItem(item, raw).points!;
        expect(score).toBeGreaterThanOrEqual(floor);
        expect(score).toBeLessThanOrEqual(cap);
      }),
    );
  });

  it('makes LINEAR monotone in the rate', () => {
    fc.assert(
      fc.property(cents(0, 1), cents(0, 1), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b, x, y) => {
        fc.pre(a < b);
        const item = validateSchemeItem(rateItem({ kind: ScoringRuleKind.LINEAR, floor: a, target: b }));
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(scoreItem(item, { numerator: low, denominator: 1000 }).points!).toBeLessThanOrEqual(
          scoreItem(item, { numerator: high, denominator: 1000 }).points!,
        );
      }),
    );
  });
});
