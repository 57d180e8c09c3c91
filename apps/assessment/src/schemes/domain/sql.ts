import type { IsoDate } from '#common/calendar';
import { AppError, ErrorCode } from '#common/errors';
import { FACT_SOURCES, type FieldSpec, type FieldSqlContext, fieldOf } from './fields.js';
import { type Condition, type IndicatorDefinition, numeratorConditions, periodBasisOf, validateIndicator } from './indicator.js';
import { type DateRange, oneYearEarlier, sameTimeLastYear } from './periods.js';
import { FieldType, FilterOperator, IndicatorKind, Measure, PeriodBasis } from './vocabulary.js';

export type SqlParam = string | number | readonly string[];

export interface CompileOptions {
  /** The fact table's alias in the caller's query; a plain lower-case identifier. */
  alias: string;
  /** The assessment period, both ends included. */
  period: DateRange;
  /**
   * The day the facts are read as of (normally the day of computation, at or after the period
   * end): derived fields such as `handleOnTime` decide "open but overdue" against it. It does not
   * clip period membership.
   */
  asOf: IsoDate;
  /** The number of the first placeholder (`$n`) to use; lower ones are the caller's. Default 1. */
  firstParam?: number;
}

/**
 * An indicator as SQL fragments over one fact table. The contract with the query around them:
 *
 * ```sql
 * SELECT <alias>.<the caller's attribution column> AS jurisdiction_id,
 *        <select.numerator> AS numerator, <select.denominator> AS denominator, <select.previous> AS previous
 * FROM <table> <alias>
 * WHERE <where> [AND the caller's scope, e.g. the assessed jurisdictions]
 * GROUP BY 1
 * ```
 *
 * - Every fragment is a boolean SQL expression over whitelisted columns; user values are only
 *   ever in `params`, bound as `$firstParam …` with explicit casts, each placeholder used.
 * - `numerator`, `denominator` and `previous` are self-contained (each includes its period), so
 *   `where` only narrows the scan: several indicators over the same table can share one query by
 *   ORing their `where`s and numbering their params one after another (`firstParam` of the next =
 *   `firstParam` + `params.length` of the previous).
 * - The numerator includes the denominator's conditions: numerator ⊆ denominator.
 * - The sums are numeric in SQL (bigint from node-postgres as a string): parse them. A
 *   jurisdiction without rows is absent from the result: its counts are 0.
 * - For YOY_CHANGE, `previous` counts the same rows in the same period a year earlier, its
 *   derived fields read as of one year before `asOf`.
 */
export interface CompiledIndicator {
  table: string;
  where: string;
  /** The row counts in the numerator (this period, denominator and numerator conditions). */
  numerator: string;
  /** RATE only. */
  denominator: string | null;
  /** YOY_CHANGE only. */
  previous: string | null;
  /** What a counted row adds: `1`, or its person count. */
  measure: string;
  /** The aggregates to SELECT: `COALESCE(SUM(CASE WHEN <fragment> THEN <measure> ELSE 0 END), 0)`. */
  select: { numerator: string; denominator: string | null; previous: string | null };
  params: SqlParam[];
}

const ALIAS = /^[a-z_][a-z0-9_]{0,62}$/;

const CASTS: Readonly<Record<FieldType, string>> = {
  BOOLEAN: 'boolean',
  ENUM: 'text',
  DATE: 'date',
  NUMBER: 'numeric',
  UUID: 'uuid',
};

/** Hands out placeholders in order, keeping the values beside them. */
class Params {
  readonly values: SqlParam[] = [];
  constructor(private readonly first: number) {}

  bind(value: SqlParam, cast: string): string {
    this.values.push(value);
    return `$${this.first + this.values.length - 1}::${cast}`;
  }
}

/** Compiles a definition (validated first) into the fragments described on `CompiledIndicator`. */
export function compileIndicator(def: IndicatorDefinition, options: CompileOptions): CompiledIndicator {
  validateIndicator(def);
  const { alias: t, period, asOf, firstParam = 1 } = options;
  // The alias is the one piece of text not from the catalogue: a programming error, not user input.
  if (!ALIAS.test(t)) throw new AppError(ErrorCode.INTERNAL, `表别名“${t}”无效`);
  if (!Number.isInteger(firstParam) || firstParam < 1) throw new AppError(ErrorCode.INTERNAL, `参数序号“${firstParam}”无效`);
  const params = new Params(firstParam);
  // Dates are bound on first use only: Postgres cannot type a parameter the text never mentions.
  const window = (range: DateRange, day: IsoDate): FieldSqlContext => {
    const lazy = (value: IsoDate) => {
      let placeholder: string | undefined;
      return () => (placeholder ??= params.bind(value, 'date'));
    };
    const [start, end, at] = [lazy(range.start), lazy(range.end), lazy(day)];
    return {
      t,
      get periodStart() {
        return start();
      },
      get periodEnd() {
        return end();
      },
      get asOf() {
        return at();
      },
      constant: (values) => params.bind(values, 'text[]'),
    };
  };

  const current = window(period, asOf);
  const currentPeriod = periodSql(def, current);
  // Each condition is compiled (and its values bound) once; the numerator reuses the denominator's text.
  const compiled = new Map<Condition, string>();
  for (const condition of [...(def.denominator ?? []), ...def.numerator]) compiled.set(condition, conditionSql(def, condition, current, params));
  const numerator = and([currentPeriod, ...numeratorConditions(def).map((c) => compiled.get(c)!)]);
  const denominator = def.kind === IndicatorKind.RATE ? and([currentPeriod, ...def.denominator!.map((c) => compiled.get(c)!)]) : null;
  let previous: string | null = null;
  if (def.kind === IndicatorKind.YOY_CHANGE) {
    const before = window(sameTimeLastYear(period), oneYearEarlier(asOf));
    previous = and([periodSql(def, before), ...def.numerator.map((c) => conditionSql(def, c, before, params))]);
  }

  const measure = def.measure === Measure.PERSON_TIMES ? `COALESCE(${t}.person_count, 0)` : '1';
  const sum = (fragment: string | null) => (fragment === null ? null : `COALESCE(SUM(CASE WHEN ${fragment} THEN ${measure} ELSE 0 END), 0)`);
  const where = denominator ?? (previous === null ? numerator : `((${numerator}) OR (${previous}))`);
  return {
    table: FACT_SOURCES[def.source].table,
    where,
    numerator,
    denominator,
    previous,
    measure,
    select: { numerator: sum(numerator)!, denominator: sum(denominator), previous: sum(previous) },
    params: params.values,
  };
}

/** The parts of an indicator a drill-down lists the rows of. */
export type IndicatorPart = 'NUMERATOR' | 'DENOMINATOR' | 'PREVIOUS';

/**
 * The rows one part of an indicator counts, compiled on their own (a count of exactly those rows),
 * so that `params` are those of `where` alone: a rate's denominator without its numerator's
 * values, a year-on-year change's previous count on last year's period and as-of day. Null when
 * the indicator has no such part.
 */
export function compilePart(
  def: IndicatorDefinition,
  part: IndicatorPart,
  options: CompileOptions,
): { table: string; where: string; params: SqlParam[] } | null {
  if (part === 'DENOMINATOR' && def.kind !== IndicatorKind.RATE) return null;
  if (part === 'PREVIOUS' && def.kind !== IndicatorKind.YOY_CHANGE) return null;
  const { denominator: _denominator, ...rest } = def;
  const numerator = part === 'DENOMINATOR' ? def.denominator! : numeratorConditions(def);
  const shifted = part === 'PREVIOUS' ? { period: sameTimeLastYear(options.period), asOf: oneYearEarlier(options.asOf) } : {};
  const compiled = compileIndicator({ ...rest, kind: IndicatorKind.COUNT, numerator }, { ...options, ...shifted });
  return { table: compiled.table, where: compiled.numerator, params: compiled.params };
}

/**
 * An indicator reduced to its period: the rows its period basis admits (this period's, and for a
 * year-on-year change also last year's), whatever its conditions. Its compiled `where` holds every
 * row the indicator's own `where` holds, so it may narrow the scan of a query that sums the
 * indicator's self-contained fragments.
 */
export function periodOnly(def: IndicatorDefinition): IndicatorDefinition {
  const { denominator: _denominator, ...rest } = def;
  return { ...rest, kind: def.kind === IndicatorKind.RATE ? IndicatorKind.COUNT : def.kind, numerator: [] };
}

function and(parts: string[]): string {
  const real = parts.filter((part) => part !== 'TRUE');
  return real.length === 0 ? 'TRUE' : real.join(' AND ');
}

function periodSql(def: IndicatorDefinition, c: FieldSqlContext): string {
  const basis = periodBasisOf(def);
  switch (basis.basis) {
    case PeriodBasis.FIELD: {
      const column = fieldOf(def.source, basis.field)!.sql(c);
      return `${column} >= ${c.periodStart} AND ${column} <= ${c.periodEnd}`;
    }
    case PeriodBasis.BACKLOG:
      // Open at the start: registered before it and not finished before it.
      return `${c.t}.registered_on < ${c.periodStart} AND (${c.t}.finished_on IS NULL OR ${c.t}.finished_on >= ${c.periodStart})`;
    case PeriodBasis.ALL:
      return 'TRUE';
  }
}

/**
 * One condition as SQL. IS_TRUE / IS_FALSE never match NULL (an undecided derived field counts on
 * neither side); NE and NOT_IN do match NULL, as "not equal" reads to a user.
 */
function conditionSql(def: IndicatorDefinition, condition: Condition, c: FieldSqlContext, params: Params): string {
  const field: FieldSpec = fieldOf(def.source, condition.field)!;
  const expr = field.sql(c);
  const cast = CASTS[field.type];
  const value = () => params.bind(condition.value as string | number, cast);
  const list = () => params.bind(condition.value as readonly string[], `${cast}[]`);
  switch (condition.operator) {
    case FilterOperator.IS_TRUE:
      return `${expr} IS TRUE`;
    case FilterOperator.IS_FALSE:
      return `${expr} IS FALSE`;
    case FilterOperator.IS_NULL:
      return `${expr} IS NULL`;
    case FilterOperator.NOT_NULL:
      return `${expr} IS NOT NULL`;
    case FilterOperator.EQ:
      return `${expr} = ${value()}`;
    case FilterOperator.NE:
      return `${expr} IS DISTINCT FROM ${value()}`;
    case FilterOperator.IN:
      return `${expr} = ANY(${list()})`;
    case FilterOperator.NOT_IN:
      return `(${expr} = ANY(${list()})) IS NOT TRUE`;
    case FilterOperator.GTE:
      return `${expr} >= ${value()}`;
    case FilterOperator.LTE:
      return `${expr} <= ${value()}`;
  }
}
