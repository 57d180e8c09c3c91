import { describe, expect, it } from '@jest/globals';
import {
  builtSchemeInput,
  conditionInput,
  customIndicatorForm,
  customIndicatorInput,
  drillParts,
  factLink,
  itemFormOf,
  itemIndicatorKind,
  itemInput,
  itemValueText,
  libraryIndicatorOf,
  parseNumberList,
  periodFormOf,
  periodInput,
  rankingDownloadPath,
  rankingRows,
  ruleInput,
  ruleKindsFor,
  signed,
  templateSchemeInput,
  updatedSchemeInput,
  type IndicatorDefinitionView,
  type SchemeItemView,
} from '../assessment';

describe('scheme forms → API input', () => {
  it('creates from the template with the year as the period, the level left to the server when not chosen', () => {
    expect(templateSchemeInput({ name: ' 2026年度区县信访工作考核 ', year: 2026 })).toEqual({
      name: '2026年度区县信访工作考核',
      period: { kind: 'YEAR', year: 2026 },
      targetLevel: null,
    });
    expect(templateSchemeInput({ name: 'x', year: 2027, targetLevel: 'TOWNSHIP' }).targetLevel).toBe('TOWNSHIP');
  });

  it('sends only the fields of the chosen rule kind', () => {
    const leftovers = {
      floor: 0.6,
      target: 0.95,
      perEvent: -1,
      fromFull: true,
      bands: [{ atMost: 0, points: 10 }],
      otherwise: 0,
      table: [10, 8],
      higherIsBetter: true,
      minimum: 2,
      min: 0,
      max: 60,
    };
    expect(ruleInput({ kind: 'RATE_TIMES_POINTS', ...leftovers })).toEqual({ kind: 'RATE_TIMES_POINTS' });
    expect(ruleInput({ kind: 'LINEAR', ...leftovers })).toEqual({ kind: 'LINEAR', floor: 0.6, target: 0.95 });
    expect(ruleInput({ kind: 'PER_EVENT', ...leftovers })).toEqual({ kind: 'PER_EVENT', perEvent: -1, fromFull: true });
    expect(ruleInput({ kind: 'CHANGE_BANDS', ...leftovers })).toEqual({ kind: 'CHANGE_BANDS', bands: [{ atMost: 0, points: 10 }], otherwise: 0 });
    expect(ruleInput({ kind: 'RANK', ...leftovers })).toEqual({ kind: 'RANK', table: [10, 8], higherIsBetter: true, minimum: 2 });
    expect(ruleInput({ kind: 'MANUAL', ...leftovers })).toEqual({ kind: 'MANUAL', min: 0, max: 60 });
    expect(ruleInput({ kind: 'LINEAR', floor: 0.5, target: null })).toEqual({ kind: 'LINEAR', floor: 0.5 });
  });

  it('builds an item from the library with its limits, the minimum denominator a rate’s only, and a manual item without indicator', () => {
    const library = [
      { code: 'TIMELY_ACCEPTANCE_RATE', kind: 'RATE' as const },
      { code: 'REPEAT_PETITIONS', kind: 'COUNT' as const },
    ];
    expect(
      itemInput(
        {
          code: 'H1 ',
          name: '及时受理率',
          kind: 'REGULAR',
          points: 10,
          libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
          rule: { kind: 'RATE_TIMES_POINTS' },
          minDenominator: 5,
          cap: 10,
        },
        library,
      ),
    ).toEqual({
      code: 'H1',
      name: '及时受理率',
      kind: 'REGULAR',
      points: 10,
      libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
      indicator: null,
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 5,
      belowMinimum: null,
      cap: 10,
      floor: null,
    });
    const rate = {
      code: 'H2',
      name: 'x',
      kind: 'REGULAR' as const,
      points: 5,
      libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
      rule: { kind: 'RATE_TIMES_POINTS' as const },
    };
    expect(itemInput({ ...rate, belowMinimum: 'WILSON_LOWER_BOUND' }, library).belowMinimum).toBeNull();
    expect(itemInput({ ...rate, minDenominator: 3, belowMinimum: 'WILSON_LOWER_BOUND' }, library).belowMinimum).toBe('WILSON_LOWER_BOUND');
    // A count keeps no minimum the form still holds from before its indicator changed.
    const count = itemInput(
      { ...rate, libraryIndicator: 'REPEAT_PETITIONS', rule: { kind: 'PER_EVENT', perEvent: -1 }, minDenominator: 1, belowMinimum: 'FULL_POINTS' },
      library,
    );
    expect([count.minDenominator, count.belowMinimum]).toEqual([null, null]);
    expect(
      itemInput(
        { code: 'K', name: '重点工作', kind: 'REGULAR', points: 60, libraryIndicator: 'X', rule: { kind: 'MANUAL', max: 60 }, minDenominator: 3 },
        library,
      ),
    ).toMatchObject({
      libraryIndicator: null,
      indicator: null,
      minDenominator: null,
      rule: { kind: 'MANUAL', max: 60 },
    });
  });

  it('totals a built scheme over its regular items only, bonus and deduction items aside', () => {
    const rule = { kind: 'PER_EVENT' as const, perEvent: -1 };
    const input = builtSchemeInput({
      name: '本级指标',
      period: { kind: 'YEAR', year: 2026, quarter: 3 },
      targetLevel: '',
      items: [
        { code: 'A', name: 'A', kind: 'REGULAR', points: 60, libraryIndicator: 'X', rule: { kind: 'RATE_TIMES_POINTS' } },
        { code: 'B', name: 'B', kind: 'REGULAR', points: 40, rule: { kind: 'MANUAL', max: 40 } },
        { code: 'D', name: 'D', kind: 'DEDUCTION', points: 5, libraryIndicator: 'Y', rule },
      ],
    });
    expect(input.totalPoints).toBe(100);
    expect(input.period).toEqual({ kind: 'YEAR', year: 2026 });
    expect(input.targetLevel).toBeNull();
    expect(input.items!.map((item) => [item.code, item.rule])).toEqual([
      ['A', { kind: 'RATE_TIMES_POINTS' }],
      ['B', { kind: 'MANUAL', max: 40 }],
      ['D', rule],
    ]);
  });

  it('sends a draft’s changes under the version it was read at, totalled again', () => {
    const input = updatedSchemeInput(
      { id: 's1', version: 4 },
      {
        name: ' 改名 ',
        period: { kind: 'QUARTER', year: 2026, quarter: 2, half: 1 },
        items: [{ code: 'A', name: 'A', kind: 'REGULAR', points: 30, libraryIndicator: 'X', rule: { kind: 'RATE_TIMES_POINTS' } }],
      },
    );
    expect(input).toMatchObject({ id: 's1', version: 4, name: '改名', period: { kind: 'QUARTER', year: 2026, quarter: 2 }, totalPoints: 30 });
    expect(input.period).not.toHaveProperty('half');
  });

  it('reads a stored period back into the form: year, half, quarter or dates', () => {
    expect(periodFormOf({ periodKind: 'YEAR', periodFrom: '2026-01-01', periodTo: '2026-12-31' })).toEqual({ kind: 'YEAR', year: 2026 });
    expect(periodFormOf({ periodKind: 'HALF_YEAR', periodFrom: '2026-07-01', periodTo: '2026-12-31' })).toEqual({ kind: 'HALF_YEAR', year: 2026, half: 2 });
    expect(periodFormOf({ periodKind: 'QUARTER', periodFrom: '2026-04-01', periodTo: '2026-06-30' })).toEqual({ kind: 'QUARTER', year: 2026, quarter: 2 });
    expect(periodFormOf({ periodKind: 'RANGE', periodFrom: '2026-03-15', periodTo: '2026-09-14' })).toEqual({
      kind: 'RANGE',
      from: '2026-03-15',
      to: '2026-09-14',
    });
    expect(periodInput(periodFormOf({ periodKind: 'RANGE', periodFrom: '2026-03-15', periodTo: '2026-09-14' }))).toEqual({
      kind: 'RANGE',
      from: '2026-03-15',
      to: '2026-09-14',
    });
  });

  it('reads the points by rank from a typed list, refusing anything that is not a number', () => {
    expect(parseNumberList('10, 8，6、4 2')).toEqual([10, 8, 6, 4, 2]);
    expect(parseNumberList('10, 八')).toBeNull();
    expect(parseNumberList('  ')).toBeNull();
  });
});

describe('ranking table rows', () => {
  const item = (code: string, points: number | null, belowMinimum = false) => ({ code, points, value: null, belowMinimum });
  const targets = [
    {
      tenantId: 'b',
      name: '武侯区',
      total: 79,
      rank: 2,
      grade: 'FAIR' as const,
      publishedTotal: 80,
      publishedRank: 1,
      items: [item('A', 5), item('B', 9, true)],
    },
    { tenantId: 'p', name: '青羊区', total: null, rank: null, grade: null, publishedTotal: null, publishedRank: null, items: [item('A', 5), item('B', null)] },
    {
      tenantId: 'a',
      name: '锦江区',
      total: 87.5,
      rank: 1,
      grade: 'GOOD' as const,
      publishedTotal: 75.25,
      publishedRank: 2,
      items: [item('A', 2.5), item('B', 10)],
    },
  ];

  it('orders by rank with the unranked last, each item under its code, the small-sample mark where a minimum applied', () => {
    const rows = rankingRows(targets);
    expect(rows.map((row) => row.target.name)).toEqual(['锦江区', '武侯区', '青羊区']);
    expect(rows[0]!.cells.B!.points).toBe(10);
    expect(rows.map((row) => row.smallSample)).toEqual([false, true, false]);
  });

  it('shows the difference to the published figures, none before publication or while a total is pending', () => {
    const rows = rankingRows(targets);
    expect(rows.map((row) => [row.change, row.rankChange])).toEqual([
      [12.25, 1],
      [-1, -1],
      [null, null],
    ]);
    expect([signed(12.25), signed(-1), signed(0)]).toEqual(['+12.25', '−1', '0']);
  });

  it('shows rates as percentages and counts as numbers', () => {
    expect(itemValueText(0.8333, 'RATE')).toBe('83.33%');
    expect(itemValueText(3, 'COUNT')).toBe('3');
    expect(itemValueText(null, 'RATE')).toBe('—');
  });
});

describe('drill-down', () => {
  it('offers the parts an indicator has', () => {
    expect(drillParts('RATE')).toEqual(['NUMERATOR', 'DENOMINATOR']);
    expect(drillParts('COUNT')).toEqual(['NUMERATOR']);
    expect(drillParts('YOY_CHANGE')).toEqual(['NUMERATOR', 'PREVIOUS']);
    expect(drillParts(null)).toEqual([]);
  });

  it('links cases into the case desk and notices into 督办件, nothing for facts without a page', () => {
    expect(factLink({ source: 'CASE', id: 'c1' })).toBe('/cases/c1');
    expect(factLink({ source: 'NOTICE', id: 'n1' })).toBe('/notices/n1');
    expect(factLink({ source: 'TASK', id: 't1' })).toBeNull();
  });

  it('downloads the ranking from the assessment export route', () => {
    expect(rankingDownloadPath('5a3c')).toBe('/exports/assessment/schemes/5a3c/ranking.xlsx');
  });
});

describe('custom indicators', () => {
  const visits: IndicatorDefinitionView = {
    code: 'VISIT_CLAIMS',
    source: 'CASE',
    kind: 'RATE',
    measure: 'COUNT',
    period: { basis: 'FIELD', field: 'registeredOn' },
    denominator: [{ field: 'channel', operator: 'IN', value: null, values: ['VISIT', 'LETTER'] }],
    numerator: [{ field: 'kind', operator: 'EQ', value: 'CLAIM', values: null }],
    unit: null,
  };

  it('sends each condition with the value its operator takes (none, one as text, or a list) once it is filled in', () => {
    expect(conditionInput({ field: 'rated', operator: 'IS_TRUE', value: 'x', values: ['y'] })).toEqual({ field: 'rated', operator: 'IS_TRUE' });
    expect(conditionInput({ field: 'personCount', operator: 'GTE', value: 5 })).toEqual({ field: 'personCount', operator: 'GTE', value: '5' });
    expect(conditionInput({ field: 'channel', operator: 'NOT_IN', value: 'VISIT', values: ['PHONE'] })).toEqual({
      field: 'channel',
      operator: 'NOT_IN',
      values: ['PHONE'],
    });
    expect(conditionInput({ field: 'personCount', operator: 'GTE', value: 0 })).toEqual({ field: 'personCount', operator: 'GTE', value: '0' });
    // Not filled in yet: no condition, so no formula asked for.
    expect(conditionInput({ field: 'channel', operator: 'EQ', value: '' })).toBeNull();
    expect(conditionInput({ field: 'channel', operator: 'IN', values: [] })).toBeNull();
    expect(conditionInput({ field: 'channel' })).toBeNull();
  });

  it('builds the indicator named after its item, a denominator for rates only, nothing while a choice is missing', () => {
    const form = customIndicatorForm(visits);
    expect(customIndicatorInput(form, { code: ' VISIT_CLAIMS ', name: '来访求决类占比' })).toEqual({
      code: 'VISIT_CLAIMS',
      name: '来访求决类占比',
      source: 'CASE',
      kind: 'RATE',
      measure: 'COUNT',
      period: { basis: 'FIELD', field: 'registeredOn' },
      denominator: [{ field: 'channel', operator: 'IN', values: ['VISIT', 'LETTER'] }],
      numerator: [{ field: 'kind', operator: 'EQ', value: 'CLAIM' }],
      unit: null,
    });
    expect(customIndicatorInput({ ...form, kind: 'COUNT' }, { code: 'C', name: 'c' })!.denominator).toBeNull();
    expect(customIndicatorInput({ ...form, periodBasis: 'BACKLOG' }, { code: 'C', name: 'c' })!.period).toEqual({ basis: 'BACKLOG', field: null });
    // The formula shows before the item is named.
    expect(customIndicatorInput(form, { code: '', name: null })).toMatchObject({ code: 'CUSTOM', name: '自定义指标' });
    expect(customIndicatorInput({ ...form, numerator: [...form.numerator!, { field: 'rating' }] }, { code: 'C', name: 'c' })).toBeNull();
    expect(customIndicatorInput({ ...form, periodField: null }, { code: 'C', name: 'c' })).toBeNull();
    expect(customIndicatorInput({ ...form, source: null }, { code: 'C', name: 'c' })).toBeNull();
  });

  it('recognises a copy of a library indicator by what it counts, not by its name', () => {
    const library = [{ ...visits, code: 'OTHER' }, visits];
    expect(libraryIndicatorOf(visits, library)).toBe(visits);
    expect(libraryIndicatorOf({ ...visits, numerator: [{ field: 'kind', operator: 'EQ', value: 'SUGGESTION' }] }, library)).toBeUndefined();
    expect(libraryIndicatorOf({ ...visits, code: 'MINE' }, library)).toBeUndefined();
  });

  it('offers the rules the indicator’s kind is scored by, or a manual item; all until an indicator is chosen', () => {
    const kinds = [{ kind: 'RATE' as const, rules: ['RATE_TIMES_POINTS' as const, 'LINEAR' as const] }];
    expect(ruleKindsFor('RATE', kinds)).toEqual(['RATE_TIMES_POINTS', 'LINEAR', 'MANUAL']);
    expect(ruleKindsFor(null, kinds)).toBeUndefined();
    const library = [{ code: 'L', kind: 'COUNT' as const }];
    expect(itemIndicatorKind({ rule: { kind: 'LINEAR' }, libraryIndicator: 'L' }, library)).toBe('COUNT');
    expect(itemIndicatorKind({ rule: { kind: 'LINEAR' }, indicatorMode: 'CUSTOM', libraryIndicator: 'L', custom: { kind: 'YOY_CHANGE' } }, library)).toBe(
      'YOY_CHANGE',
    );
    expect(itemIndicatorKind({ rule: { kind: 'MANUAL' }, libraryIndicator: 'L' }, library)).toBeNull();
  });

  it('sends a custom item’s indicator in place of a library one', () => {
    const input = itemInput({
      code: 'VISIT_CLAIMS',
      name: '来访求决类占比',
      kind: 'REGULAR',
      points: 20,
      indicatorMode: 'CUSTOM',
      libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
      custom: customIndicatorForm(visits),
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 1,
      belowMinimum: 'FULL_POINTS',
    });
    expect(input).toMatchObject({
      libraryIndicator: null,
      indicator: { code: 'VISIT_CLAIMS', name: '来访求决类占比', kind: 'RATE' },
      minDenominator: 1,
      belowMinimum: 'FULL_POINTS',
    });
  });

  it('reads a stored item back into the form: the library’s as the library’s, others as custom, default bounds left to follow the points', () => {
    const stored = (overrides: Partial<SchemeItemView>): SchemeItemView => ({
      code: 'VISIT_CLAIMS',
      name: '来访求决类占比',
      kind: 'REGULAR',
      points: 10,
      indicator: visits,
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 1,
      belowMinimum: 'FULL_POINTS',
      cap: 10,
      floor: 0,
      ...overrides,
    });
    const custom = itemFormOf(stored({}), []);
    expect(custom).toMatchObject({
      indicatorMode: 'CUSTOM',
      libraryIndicator: null,
      custom: customIndicatorForm(visits),
      cap: null,
      floor: null,
      minDenominator: 1,
    });
    expect(itemInput(custom).indicator).toEqual(customIndicatorInput(customIndicatorForm(visits), custom));
    expect(itemFormOf(stored({}), [visits])).toMatchObject({ indicatorMode: 'LIBRARY', libraryIndicator: 'VISIT_CLAIMS', custom: null });
    expect(itemFormOf(stored({ cap: 8, floor: 2 }), [])).toMatchObject({ cap: 8, floor: 2 });
    expect(itemFormOf(stored({ kind: 'DEDUCTION', points: 5, cap: 0, floor: -5 }), [])).toMatchObject({ cap: null, floor: null });

    // The rule's own fields only, without the type names the API adds to what it shows.
    const bands = itemFormOf(
      stored({
        indicator: { ...visits, kind: 'YOY_CHANGE', denominator: null },
        rule: {
          kind: 'CHANGE_BANDS',
          bands: [{ atMost: -0.1, points: 10, __typename: 'ChangeBand' } as { atMost: number; points: number }],
          otherwise: 0,
          min: null,
          table: [1],
        },
      }),
      [],
    );
    expect(bands.rule).toEqual({ kind: 'CHANGE_BANDS', bands: [{ atMost: -0.1, points: 10 }], otherwise: 0 });
    const manual = itemFormOf(
      stored({ indicator: null, rule: { kind: 'MANUAL', min: 0, max: 60 }, minDenominator: null, belowMinimum: null, points: 60, cap: 60 }),
      [],
    );
    expect(manual).toMatchObject({ indicatorMode: null, custom: null, rule: { kind: 'MANUAL', min: 0, max: 60 } });
  });
});
