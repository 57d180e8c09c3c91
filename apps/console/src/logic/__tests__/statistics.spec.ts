import { describe, expect, it } from '@jest/globals';
import {
  barSeries,
  compareMonths,
  compareRows,
  formatChange,
  formatRate,
  indicatorsExportUrl,
  periodLabel,
  periodRange,
  samePeriodLastYear,
  statisticsExportUrl,
  totalOf,
  yearOnYear,
} from '../statistics';

describe('periodRange', () => {
  it('covers whole months, quarters and years, and a custom range as given', () => {
    expect(periodRange({ kind: 'MONTH', year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange({ kind: 'MONTH', year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange({ kind: 'QUARTER', year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange({ kind: 'QUARTER', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange({ kind: 'YEAR', year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange({ kind: 'CUSTOM', from: '2026-01-01', to: '2026-08-03' })).toEqual({ from: '2026-01-01', to: '2026-08-03' });
  });
});

describe('samePeriodLastYear', () => {
  it('moves both ends one year back, 29 February to 28 February, a month’s end to the month’s end', () => {
    expect(samePeriodLastYear({ from: '2026-01-01', to: '2026-08-03' })).toEqual({ from: '2025-01-01', to: '2025-08-03' });
    expect(samePeriodLastYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(samePeriodLastYear({ from: '2025-02-01', to: '2025-02-28' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('yearOnYear', () => {
  it('is the change against last year, none when only this year has cases', () => {
    // Seed 003's county, 2024 against 2023: 2026 batches after 2230, −9.15%.
    expect(formatChange(yearOnYear(2026, 2230))).toBe('−9.15%');
    expect(formatChange(yearOnYear(3, 2))).toBe('+50.00%');
    expect(formatChange(yearOnYear(2, 2))).toBe('0.00%');
    expect(yearOnYear(4, 0)).toBeNull();
    expect(yearOnYear(0, 0)).toBe(0);
    expect(formatChange(null)).toBe('—');
  });
});

describe('compareRows', () => {
  const current = [
    { key: 'VISIT', label: '来访', batches: 3, personTimes: 9 },
    { key: 'LETTER', label: '来信', batches: 1, personTimes: 1 },
  ];
  const lastYear = [
    { key: 'LETTER', label: '来信', batches: 2, personTimes: 2 },
    { key: 'PHONE', label: '来电', batches: 1, personTimes: 1 },
  ];

  it('sets each group beside last year, zero where a period had none, largest first', () => {
    const rows = compareRows(current, lastYear);
    expect(rows.map((r) => [r.label, r.batches, r.lastYearBatches, r.batchesChange])).toEqual([
      ['来访', 3, 0, null],
      ['来信', 1, 2, -0.5],
      ['来电', 0, 1, -1],
    ]);
    const total = totalOf(rows);
    expect([total.batches, total.personTimes, total.lastYearBatches, total.lastYearPersonTimes]).toEqual([4, 10, 3, 3]);
    expect(formatChange(total.batchesChange)).toBe('+33.33%');
  });

  it('gives a chart the labels and both series in the table order', () => {
    expect(barSeries(compareRows(current, lastYear))).toEqual({ labels: ['来访', '来信', '来电'], current: [3, 1, 0], lastYear: [0, 2, 1] });
  });
});

describe('compareMonths', () => {
  it('gives every month of the period beside the same month of last year, zero where none', () => {
    const rows = compareMonths(
      [{ key: '2026-03', label: '2026年3月', batches: 2, personTimes: 4 }],
      [
        { key: '2025-01', label: '2025年1月', batches: 1, personTimes: 1 },
        { key: '2025-03', label: '2025年3月', batches: 1, personTimes: 2 },
      ],
      { from: '2026-01-01', to: '2026-04-15' },
    );
    expect(rows.map((r) => [r.label, r.batches, r.lastYearBatches, r.batchesChange])).toEqual([
      ['1月', 0, 1, -1],
      ['2月', 0, 0, 0],
      ['3月', 2, 1, 1],
      ['4月', 0, 0, 0],
    ]);
  });

  it('names the months with their year across a new year', () => {
    expect(compareMonths([], [], { from: '2025-12-01', to: '2026-01-31' }).map((r) => [r.key, r.label])).toEqual([
      ['2025-12', '2025年12月'],
      ['2026-01', '2026年1月'],
    ]);
  });
});

describe('periodLabel', () => {
  it('names a period as the reports do', () => {
    expect(periodLabel({ from: '2026-01-01', to: '2026-08-03' })).toBe('2026年1-8月');
    expect(periodLabel({ from: '2026-08-01', to: '2026-08-31' })).toBe('2026年8月');
    expect(periodLabel({ from: '2025-01-01', to: '2025-12-31' })).toBe('2025年');
    expect(periodLabel({ from: '2026-01-05', to: '2026-08-03' })).toBe('2026-01-05至2026-08-03');
  });
});

describe('formatRate and statisticsExportUrl', () => {
  it('prints a rate with two decimals, none over nothing', () => {
    expect(formatRate(0.95951)).toBe('95.95%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(null)).toBe('—');
  });

  it('links the file of the period, basis and jurisdiction shown', () => {
    const url = new URL(statisticsExportUrl({ from: '2026-01-01', to: '2026-08-03' }, 'PROBLEM_JURISDICTION', 't1'), 'http://host');
    expect(url.pathname).toBe('/exports/statistics.xlsx');
    expect(JSON.parse(url.searchParams.get('period')!)).toEqual({ from: '2026-01-01', to: '2026-08-03' });
    expect([url.searchParams.get('basis'), url.searchParams.get('jurisdictionId')]).toEqual(['PROBLEM_JURISDICTION', 't1']);
    expect(
      new URL(statisticsExportUrl({ from: '2026-01-01', to: '2026-01-31' }, 'HANDLING_OFFICE', null), 'http://host').searchParams.has('jurisdictionId'),
    ).toBe(false);
  });

  it('links the indicators’ file of the period and jurisdiction shown, the period as the assessment takes it', () => {
    const url = new URL(indicatorsExportUrl({ from: '2026-01-01', to: '2026-08-03' }, 't1'), 'http://host');
    expect(url.pathname).toBe('/exports/assessment/indicators.xlsx');
    expect(JSON.parse(url.searchParams.get('period')!)).toEqual({ kind: 'RANGE', from: '2026-01-01', to: '2026-08-03' });
    expect(url.searchParams.get('jurisdictionId')).toBe('t1');
  });
});
