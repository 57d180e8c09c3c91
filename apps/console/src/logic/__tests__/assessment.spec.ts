import { describe, expect, it } from '@jest/globals';
import {
  builtSchemeInput,
  drillParts,
  factLink,
  itemInput,
  itemValueText,
  parseNumberList,
  rankingDownloadPath,
  rankingRows,
  ruleInput,
  signed,
  templateSchemeInput,
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
    const leftovers = { floor: 0.6, target: 0.95, perEvent: -1, fromFull: true, bands: [{ atMost: 0, points: 10 }], otherwise: 0, table: [10, 8], higherIsBetter: true, minimum: 2, min: 0, max: 60 };
    expect(ruleInput({ kind: 'RATE_TIMES_POINTS', ...leftovers })).toEqual({ kind: 'RATE_TIMES_POINTS' });
    expect(ruleInput({ kind: 'LINEAR', ...leftovers })).toEqual({ kind: 'LINEAR', floor: 0.6, target: 0.95 });
    expect(ruleInput({ kind: 'PER_EVENT', ...leftovers })).toEqual({ kind: 'PER_EVENT', perEvent: -1, fromFull: true });
    expect(ruleInput({ kind: 'CHANGE_BANDS', ...leftovers })).toEqual({ kind: 'CHANGE_BANDS', bands: [{ atMost: 0, points: 10 }], otherwise: 0 });
    expect(ruleInput({ kind: 'RANK', ...leftovers })).toEqual({ kind: 'RANK', table: [10, 8], higherIsBetter: true, minimum: 2 });
    expect(ruleInput({ kind: 'MANUAL', ...leftovers })).toEqual({ kind: 'MANUAL', min: 0, max: 60 });
    expect(ruleInput({ kind: 'LINEAR', floor: 0.5, target: null })).toEqual({ kind: 'LINEAR', floor: 0.5 });
  });

  it('builds an item from the library with its limits, and a manual item without indicator or minimum denominator', () => {
    expect(itemInput({ code: 'H1 ', name: '及时受理率', kind: 'REGULAR', points: 10, libraryIndicator: 'TIMELY_ACCEPTANCE_RATE', rule: { kind: 'RATE_TIMES_POINTS' }, minDenominator: 5, cap: 10 })).toEqual({
      code: 'H1',
      name: '及时受理率',
      kind: 'REGULAR',
      points: 10,
      libraryIndicator: 'TIMELY_ACCEPTANCE_RATE',
      rule: { kind: 'RATE_TIMES_POINTS' },
      minDenominator: 5,
      belowMinimum: null,
      cap: 10,
      floor: null,
    });
    expect(itemInput({ code: 'H2', name: 'x', kind: 'REGULAR', points: 5, libraryIndicator: 'X', rule: { kind: 'RATE_TIMES_POINTS' }, belowMinimum: 'WILSON_LOWER_BOUND' }).belowMinimum).toBeNull();
    expect(itemInput({ code: 'H2', name: 'x', kind: 'REGULAR', points: 5, libraryIndicator: 'X', rule: { kind: 'RATE_TIMES_POINTS' }, minDenominator: 3, belowMinimum: 'WILSON_LOWER_BOUND' }).belowMinimum).toBe('WILSON_LOWER_BOUND');
    expect(itemInput({ code: 'K', name: '重点工作', kind: 'REGULAR', points: 60, libraryIndicator: 'X', rule: { kind: 'MANUAL', max: 60 }, minDenominator: 3 })).toMatchObject({
      libraryIndicator: null,
      minDenominator: null,
      rule: { kind: 'MANUAL', max: 60 },
    });
  });

  it('totals a built scheme over its regular items only, bonus and deduction items aside', () => {
    const rule = { kind: 'PER_EVENT' as const, perEvent: -1 };
    const input = builtSchemeInput({
      name: '本级指标',
      year: 2026,
      items: [
        { code: 'A', name: 'A', kind: 'REGULAR', points: 60, libraryIndicator: 'X', rule: { kind: 'RATE_TIMES_POINTS' } },
        { code: 'B', name: 'B', kind: 'REGULAR', points: 40, rule: { kind: 'MANUAL', max: 40 } },
        { code: 'D', name: 'D', kind: 'DEDUCTION', points: 5, libraryIndicator: 'Y', rule },
      ],
    });
    expect(input.totalPoints).toBe(100);
    expect(input.period).toEqual({ kind: 'YEAR', year: 2026 });
    expect(input.items!.map((item) => [item.code, item.rule])).toEqual([
      ['A', { kind: 'RATE_TIMES_POINTS' }],
      ['B', { kind: 'MANUAL', max: 40 }],
      ['D', rule],
    ]);
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
    { tenantId: 'b', name: '武侯区', total: 79, rank: 2, grade: 'FAIR' as const, publishedTotal: 80, publishedRank: 1, items: [item('A', 5), item('B', 9, true)] },
    { tenantId: 'p', name: '青羊区', total: null, rank: null, grade: null, publishedTotal: null, publishedRank: null, items: [item('A', 5), item('B', null)] },
    { tenantId: 'a', name: '锦江区', total: 87.5, rank: 1, grade: 'GOOD' as const, publishedTotal: 75.25, publishedRank: 2, items: [item('A', 2.5), item('B', 10)] },
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
