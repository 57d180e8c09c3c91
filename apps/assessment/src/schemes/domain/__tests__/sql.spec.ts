import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type AppError, ErrorCode } from '#common/errors';
import { isoDate } from '#common/calendar';
import {
  type IndicatorDefinition,
  BACKLOG_RESOLUTION_RATE,
  COLLECTIVE_VISIT_PERSON_TIMES_YOY,
  FactSource,
  FilterOperator,
  INDICATOR_LIBRARY,
  IndicatorKind,
  Measure,
  PeriodBasis,
  SATISFACTION_RATE,
  TIMELY_ACCEPTANCE_RATE,
  compileIndicator,
  compilePart,
} from '../index.js';

const options = { alias: 'f', period: { start: isoDate('2024-01-01'), end: isoDate('2024-12-31') }, asOf: isoDate('2025-01-10') };
const NOTIFY_ON_TIME =
  '(CASE WHEN f.notify_done IS NOT NULL AND f.notify_done <= $3::date THEN f.notify_done <= f.notify_due WHEN f.notify_due < $3::date THEN FALSE END)';

describe('compileIndicator', () => {
  it('compiles a rate: period, denominator, numerator within it, and the sums to select', () => {
    const compiled = compileIndicator(TIMELY_ACCEPTANCE_RATE, options);
    const period = 'f.registered_on >= $1::date AND f.registered_on <= $2::date';
    expect(compiled).toEqual({
      table: 'assessment.case_facts',
      where: `${period} AND ${NOTIFY_ON_TIME} IS NOT NULL`,
      denominator: `${period} AND ${NOTIFY_ON_TIME} IS NOT NULL`,
      // IS TRUE implies IS NOT NULL: the denominator's condition is not repeated.
      numerator: `${period} AND ${NOTIFY_ON_TIME} IS TRUE`,
      previous: null,
      measure: '1',
      select: {
        numerator: `COALESCE(SUM(CASE WHEN ${period} AND ${NOTIFY_ON_TIME} IS TRUE THEN 1 ELSE 0 END), 0)`,
        denominator: `COALESCE(SUM(CASE WHEN ${period} AND ${NOTIFY_ON_TIME} IS NOT NULL THEN 1 ELSE 0 END), 0)`,
        previous: null,
      },
      params: ['2024-01-01', '2024-12-31', '2025-01-10'],
    });
  });

  it('compiles a year-on-year change in person-times with the previous period a year earlier', () => {
    const compiled = compileIndicator(COLLECTIVE_VISIT_PERSON_TIMES_YOY, options);
    const now = 'f.registered_on >= $1::date AND f.registered_on <= $2::date AND f.channel = $3::text AND f.collective IS TRUE';
    const before = 'f.registered_on >= $4::date AND f.registered_on <= $5::date AND f.channel = $6::text AND f.collective IS TRUE';
    expect(compiled.numerator).toBe(now);
    expect(compiled.previous).toBe(before);
    expect(compiled.denominator).toBeNull();
    expect(compiled.where).toBe(`((${now}) OR (${before}))`);
    expect(compiled.measure).toBe('COALESCE(f.person_count, 0)');
    expect(compiled.select.previous).toBe(`COALESCE(SUM(CASE WHEN ${before} THEN COALESCE(f.person_count, 0) ELSE 0 END), 0)`);
    // No derived field reads the as-of date here, so none is bound.
    expect(compiled.params).toEqual(['2024-01-01', '2024-12-31', 'VISIT', '2023-01-01', '2023-12-31', 'VISIT']);
  });

  it('compiles the backlog window: registered before the start, not finished before it', () => {
    const compiled = compileIndicator(BACKLOG_RESOLUTION_RATE, options);
    const backlog = 'f.registered_on < $1::date AND (f.finished_on IS NULL OR f.finished_on >= $1::date)';
    expect(compiled.denominator).toBe(`${backlog} AND f.kind = $2::text`);
    expect(compiled.numerator).toBe(
      `${backlog} AND f.kind = $2::text AND COALESCE(f.finished_on >= $1::date AND f.finished_on <= $4::date AND f.finished_on <= $3::date, FALSE) IS TRUE AND ` +
        `COALESCE(f.kind = ANY($5::text[]) AND (f.ending = ANY($6::text[]) OR (f.ending = ANY($7::text[]) AND (f.outcome = ANY($8::text[]) OR f.rating = ANY($9::text[])))), FALSE) IS TRUE`,
    );
    // Placeholders are numbered in the order first used; the resolved field's constants are bound too.
    expect(compiled.params).toEqual([
      '2024-01-01',
      'CLAIM',
      '2025-01-10',
      '2024-12-31',
      ['CLAIM'],
      ['MEDIATED'],
      ['DECIDED'],
      ['SUPPORTS', 'PARTLY_SUPPORTS'],
      ['SATISFIED', 'BASICALLY_SATISFIED'],
    ]);
  });

  it('binds every value as a cast parameter, numbering from firstParam', () => {
    const def: IndicatorDefinition = {
      code: 'CUSTOM',
      name: '自定义',
      source: FactSource.CASE,
      kind: IndicatorKind.RATE,
      measure: Measure.COUNT,
      period: { basis: PeriodBasis.ALL },
      denominator: [
        { field: 'channel', operator: FilterOperator.IN, value: ['LETTER', 'ONLINE'] },
        { field: 'categoryId', operator: FilterOperator.NE, value: '00000000-0000-4000-8000-000000000001' },
      ],
      numerator: [
        { field: 'rating', operator: FilterOperator.NOT_IN, value: ['DISSATISFIED'] },
        { field: 'personCount', operator: FilterOperator.GTE, value: 5 },
        { field: 'registeredOn', operator: FilterOperator.LTE, value: '2024-06-30' },
        { field: 'outcome', operator: FilterOperator.IS_NULL },
      ],
    };
    const compiled = compileIndicator(def, { ...options, firstParam: 4 });
    // Under the ALL basis no period date is bound: Postgres cannot type a parameter the text never uses.
    expect(compiled.denominator).toBe('f.channel = ANY($4::text[]) AND f.category_id IS DISTINCT FROM $5::uuid');
    expect(compiled.numerator).toBe(
      `${compiled.denominator} AND (f.rating = ANY($6::text[])) IS NOT TRUE AND f.person_count >= $7::numeric AND f.registered_on <= $8::date AND f.outcome IS NULL`,
    );
    expect(compiled.params).toEqual([['LETTER', 'ONLINE'], '00000000-0000-4000-8000-000000000001', ['DISSATISFIED'], 5, '2024-06-30']);
  });

  it('validates first, and refuses an alias that is not a plain identifier', () => {
    const bad = { ...TIMELY_ACCEPTANCE_RATE, numerator: [{ field: 'name; DROP TABLE x', operator: FilterOperator.IS_TRUE }] };
    expect(() => compileIndicator(bad, options)).toThrow(expect.objectContaining({ code: ErrorCode.VALIDATION }));
    let error: AppError | undefined;
    try {
      compileIndicator(TIMELY_ACCEPTANCE_RATE, { ...options, alias: 'f; DROP' });
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe(ErrorCode.INTERNAL);
  });

  it('uses exactly the placeholders it binds, for every library indicator and any offset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATOR_LIBRARY), fc.integer({ min: 1, max: 50 }), (def, firstParam) => {
        const compiled = compileIndicator(def, { ...options, firstParam });
        const text = [compiled.where, compiled.select.numerator, compiled.select.denominator ?? '', compiled.select.previous ?? ''].join(' ');
        const used = new Set([...text.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1])));
        expect([...used].sort((a, b) => a - b)).toEqual(compiled.params.map((_, i) => firstParam + i));
        expect(text).not.toMatch(/'/);
      }),
    );
  });
});

describe('compilePart', () => {
  /** Every placeholder from 1 to the number of params is mentioned, and no other. */
  const mentionsExactly = (sql: string, count: number) =>
    expect([...new Set([...sql.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1])))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );

  it('gives each part of every library indicator exactly the parameters its rows need', () => {
    for (const def of INDICATOR_LIBRARY) {
      for (const part of ['NUMERATOR', 'DENOMINATOR', 'PREVIOUS'] as const) {
        const compiled = compilePart(def, part, options);
        if (compiled === null) continue;
        mentionsExactly(compiled.where, compiled.params.length);
      }
    }
  });

  it('counts a year-on-year change’s previous rows in last year’s period, and knows no part an indicator lacks', () => {
    const previous = compilePart(COLLECTIVE_VISIT_PERSON_TIMES_YOY, 'PREVIOUS', options)!;
    expect(previous.params).toEqual(expect.arrayContaining(['2023-01-01', '2023-12-31']));
    expect(previous.params).not.toContain('2024-01-01');
    expect(compilePart(COLLECTIVE_VISIT_PERSON_TIMES_YOY, 'DENOMINATOR', options)).toBeNull();
    expect(compilePart(TIMELY_ACCEPTANCE_RATE, 'PREVIOUS', options)).toBeNull();
    // A rate's numerator is the whole indicator's; its denominator a count of its own, without the numerator's values.
    const full = compileIndicator(SATISFACTION_RATE, options);
    expect(compilePart(SATISFACTION_RATE, 'NUMERATOR', options)).toEqual({ table: full.table, where: full.numerator, params: full.params });
    expect(compilePart(SATISFACTION_RATE, 'DENOMINATOR', options)!.params).not.toContainEqual(['SATISFIED', 'BASICALLY_SATISFIED']);
  });
});
