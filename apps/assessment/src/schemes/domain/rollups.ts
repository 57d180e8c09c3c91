import { type IsoDate, compareDates, isoDate, plusDays } from '#common/calendar';
import { type FieldSqlContext, fieldOf } from './fields.js';
import { type Condition, type IndicatorDefinition, periodBasisOf } from './indicator.js';
import {
  BACKLOG_RESOLUTION_RATE,
  COLLECTIVE_VISIT_BATCHES,
  COLLECTIVE_VISIT_BATCHES_YOY,
  COLLECTIVE_VISIT_PERSON_TIMES,
  COLLECTIVE_VISIT_PERSON_TIMES_YOY,
  FIRST_PETITION_RESOLUTION_RATE,
  LEADER_OWNED_RESOLUTION_RATE,
  LEADER_RECEPTION_CASES,
  LEADER_RECEPTION_RESOLUTION_RATE,
  LEVEL_SKIPPING_VISIT_BATCHES,
  LEVEL_SKIPPING_VISIT_BATCHES_YOY,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY,
  ON_TIME_COMPLETION_RATE,
  ON_TIME_REPLY_RATE,
  PARTICIPATION_RATE,
  REPEAT_PETITIONS,
  REPEAT_PETITION_SHARE,
  SATISFACTION_RATE,
  SATISFACTION_RATE_STRICT,
  TIMELY_ACCEPTANCE_RATE,
} from './library.js';
import { type DateRange, sameTimeLastYear } from './periods.js';
import { FactSource, FilterOperator, IndicatorKind, PeriodBasis } from './vocabulary.js';

/*
 * Scores from the case counts (`assessment.case_fact_days` / `case_fact_months` / `case_fact_years`,
 * migrations 1767000000350 and 360): a library indicator over the cases is the sum of count columns over day ranges,
 * as it stands once every fact has settled; an indicator defined any other way (a changed
 * condition, a category, a date comparison, another period basis) is counted from the facts.
 */

/** Which days a term sums: the period; the period up to the as-of day; every day before the period; last year's period. */
export type RollupRange = 'PERIOD' | 'PERIOD_TO_AS_OF' | 'BEFORE_PERIOD' | 'PREVIOUS_PERIOD';

/** A count column summed over a range of days, added or taken away. */
export interface RollupTerm {
  column: string;
  sign: 1 | -1;
  range: RollupRange;
}

export interface RollupPlan {
  numerator: readonly RollupTerm[];
  denominator: readonly RollupTerm[] | null;
  previous: readonly RollupTerm[] | null;
  /**
   * The indicator reads fields decided at the as-of day (on time, finished): the counts are those
   * of settled facts, so the facts not yet settled at the as-of day are counted again from the
   * facts, at the as-of day and as settled, and the difference added.
   */
  unsettled: boolean;
  /**
   * The backlog's resolved claims: finished in the period (to the as-of day) and registered before
   * it, i.e. those finished in it less those registered in it and finished by its end — which the
   * counts give only with those registered in it and finished after, counted from the facts
   * (`backlogCarryOver`).
   */
  backlogCarryOver: boolean;
}

const term = (column: string, range: RollupRange = 'PERIOD', sign: 1 | -1 = 1): RollupTerm => ({ column, sign, range });

function plan(numerator: RollupTerm[], denominator: RollupTerm[] | null = null, previous: RollupTerm[] | null = null): Omit<RollupPlan, 'unsettled'> {
  return { numerator, denominator, previous, backlogCarryOver: false };
}

/**
 * The library's case indicators and the count columns they are summed from. The columns count the
 * rows of the definitions as the migration froze them: a definition changed in the library no
 * longer counts what its columns hold, which the scores-from-rollups spec (every entry computed
 * both ways on generated facts) catches.
 */
const CATALOGUE: readonly (readonly [IndicatorDefinition, Omit<RollupPlan, 'unsettled'>])[] = [
  [TIMELY_ACCEPTANCE_RATE, plan([term('registered_notify_on_time')], [term('registered_notify_known')])],
  [ON_TIME_REPLY_RATE, plan([term('registered_handle_on_time')], [term('registered_handle_known')])],
  [ON_TIME_COMPLETION_RATE, plan([term('finished_handle_on_time')], [term('finished_handle_known')])],
  [PARTICIPATION_RATE, plan([term('finished_replied_rated')], [term('finished_replied')])],
  [SATISFACTION_RATE, plan([term('finished_replied_satisfied')], [term('finished_replied_rated')])],
  [SATISFACTION_RATE_STRICT, plan([term('finished_replied_fully_satisfied')], [term('finished_replied_rated')])],
  [FIRST_PETITION_RESOLUTION_RATE, plan([term('finished_first_claims_resolved')], [term('finished_first_claims')])],
  [REPEAT_PETITION_SHARE, plan([term('registered_repeat')], [term('registered')])],
  [REPEAT_PETITIONS, plan([term('registered_repeat')])],
  [
    BACKLOG_RESOLUTION_RATE,
    {
      // Open at the period start: registered before it, less finished before it (never before registration).
      denominator: [term('registered_backlog_claims', 'BEFORE_PERIOD'), term('finished_backlog_claims', 'BEFORE_PERIOD', -1)],
      numerator: [term('finished_backlog_claims_resolved', 'PERIOD_TO_AS_OF'), term('registered_backlog_claims_resolved', 'PERIOD_TO_AS_OF', -1)],
      previous: null,
      backlogCarryOver: true,
    },
  ],
  [COLLECTIVE_VISIT_BATCHES, plan([term('registered_collective_visits')])],
  [COLLECTIVE_VISIT_PERSON_TIMES, plan([term('registered_collective_visit_persons')])],
  [COLLECTIVE_VISIT_BATCHES_YOY, plan([term('registered_collective_visits')], null, [term('registered_collective_visits', 'PREVIOUS_PERIOD')])],
  [
    COLLECTIVE_VISIT_PERSON_TIMES_YOY,
    plan([term('registered_collective_visit_persons')], null, [term('registered_collective_visit_persons', 'PREVIOUS_PERIOD')]),
  ],
  [LEVEL_SKIPPING_VISIT_BATCHES, plan([term('registered_level_skipping_visits')])],
  [LEVEL_SKIPPING_VISIT_PERSON_TIMES, plan([term('registered_level_skipping_visit_persons')])],
  [LEVEL_SKIPPING_VISIT_BATCHES_YOY, plan([term('registered_level_skipping_visits')], null, [term('registered_level_skipping_visits', 'PREVIOUS_PERIOD')])],
  [
    LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY,
    plan([term('registered_level_skipping_visit_persons')], null, [term('registered_level_skipping_visit_persons', 'PREVIOUS_PERIOD')]),
  ],
  [LEADER_RECEPTION_CASES, plan([term('registered_via_reception')])],
  [LEADER_RECEPTION_RESOLUTION_RATE, plan([term('registered_reception_claims_resolved')], [term('registered_reception_claims')])],
  [LEADER_OWNED_RESOLUTION_RATE, plan([term('registered_owned_claims_resolved')], [term('registered_owned_claims')])],
];

function canonicalCondition(c: Condition): string {
  const value = Array.isArray(c.value) ? [...(c.value as readonly string[])].sort() : (c.value ?? null);
  return JSON.stringify([c.field, c.operator, value]);
}

/** What an indicator counts, whatever its code, name and unit: equal keys count the same rows. */
export function countingKey(def: IndicatorDefinition): string {
  const conditions = (list: readonly Condition[] | undefined) => (list ? list.map(canonicalCondition).sort() : null);
  return JSON.stringify([def.source, def.kind, def.measure, periodBasisOf(def), conditions(def.numerator), conditions(def.denominator)]);
}

/** Whether a field's SQL reads the as-of day. */
function readsAsOf(source: FactSource, field: string): boolean {
  let read = false;
  const context: FieldSqlContext = {
    t: 'f',
    get asOf() {
      read = true;
      return '$1';
    },
    periodStart: '$2',
    periodEnd: '$3',
    constant: () => '$4',
  };
  fieldOf(source, field)!.sql(context);
  return read;
}

const PLANS: ReadonlyMap<string, RollupPlan> = new Map(
  CATALOGUE.map(([def, counted]) => {
    const fields = [...def.numerator, ...(def.denominator ?? [])].map((c) => c.field);
    const unsettled = !counted.backlogCarryOver && fields.some((field) => readsAsOf(def.source, field));
    return [countingKey(def), { ...counted, unsettled }];
  }),
);

/** How the counts answer the indicator; null when they cannot (it is counted from the facts). */
export function rollupPlan(def: IndicatorDefinition): RollupPlan | null {
  if (def.source !== FactSource.CASE) return null;
  return PLANS.get(countingKey(def)) ?? null;
}

/** No count falls before this day (the earliest a date may be). */
const EARLIEST = isoDate('1900-01-01');

/** The days a range sums, both ends included; null when it holds none. */
export function rollupDays(range: RollupRange, period: DateRange, asOf: IsoDate): DateRange | null {
  const span = (start: IsoDate, end: IsoDate) => (compareDates(start, end) <= 0 ? { start, end } : null);
  switch (range) {
    case 'PERIOD':
      return span(period.start, period.end);
    case 'PERIOD_TO_AS_OF':
      return span(period.start, compareDates(asOf, period.end) < 0 ? asOf : period.end);
    case 'BEFORE_PERIOD':
      return compareDates(period.start, EARLIEST) > 0 ? span(EARLIEST, plusDays(period.start, -1)) : null;
    case 'PREVIOUS_PERIOD':
      return sameTimeLastYear(period);
  }
}

/** Which rows of counts: a year's, a month's or a day's, each on its first day. */
export type RollupGrain = 'Y' | 'M' | 'D';

/** The rows of one grain whose days lie in [from, until): those days, each row standing for all of its own. */
export interface RollupBucket {
  grain: RollupGrain;
  from: IsoDate;
  until: IsoDate;
}

const firstOfMonth = (date: IsoDate) => isoDate(`${date.slice(0, 7)}-01`);
const nextMonth = (date: IsoDate) => {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return isoDate(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`);
};
const firstOfYear = (date: IsoDate) => isoDate(`${date.slice(0, 4)}-01-01`);
const nextYear = (date: IsoDate) => isoDate(`${Number(date.slice(0, 4)) + 1}-01-01`);

/** The grains coarser than a day, coarsest first, with the first day of a date's row and of the next row. */
const COARSE_GRAINS = [
  { grain: 'Y', first: firstOfYear, next: nextYear },
  { grain: 'M', first: firstOfMonth, next: nextMonth },
] as const;

/** [from, until) as whole rows of the coarsest grain that fits, its ends by the finer ones. */
function bucketsOf(from: IsoDate, until: IsoDate, grains: readonly (typeof COARSE_GRAINS)[number][]): RollupBucket[] {
  if (compareDates(from, until) >= 0) return [];
  const [coarsest, ...finer] = grains;
  if (!coarsest) return [{ grain: 'D', from, until }];
  const first = from === coarsest.first(from) ? from : coarsest.next(from);
  const last = coarsest.first(until);
  if (compareDates(first, last) >= 0) return bucketsOf(from, until, finer);
  return [...bucketsOf(from, first, finer), { grain: coarsest.grain, from: first, until: last }, ...bucketsOf(last, until, finer)];
}

/** The year, month and day rows that together hold exactly the days of `range`, each once: whole years from year rows, whole months from month rows. */
export function rollupBuckets(range: DateRange): RollupBucket[] {
  return bucketsOf(range.start, plusDays(range.end, 1), COARSE_GRAINS);
}

/** A date no as-of day reaches: the facts read at it are read as settled. */
export const SETTLED = isoDate('9999-12-31');

/**
 * The backlog carry-over of `BACKLOG_RESOLUTION_RATE` as an indicator over the facts: its resolved
 * claims registered in the period to the as-of day and finished after that day.
 */
export function backlogCarryOver(def: IndicatorDefinition, period: DateRange, asOf: IsoDate): { indicator: IndicatorDefinition; period: DateRange } | null {
  const upTo = rollupDays('PERIOD_TO_AS_OF', period, asOf);
  if (!upTo) return null;
  const resolved = def.numerator.filter((c) => c.field !== 'finishedInPeriod');
  return {
    indicator: {
      code: def.code,
      name: def.name,
      source: FactSource.CASE,
      kind: IndicatorKind.COUNT,
      measure: def.measure,
      period: { basis: PeriodBasis.FIELD, field: 'finishedOn' },
      numerator: [
        ...(def.denominator ?? []),
        ...resolved,
        { field: 'registeredOn', operator: FilterOperator.GTE, value: upTo.start },
        { field: 'registeredOn', operator: FilterOperator.LTE, value: upTo.end },
      ],
    },
    period: { start: plusDays(upTo.end, 1), end: SETTLED },
  };
}
