import { createRequire } from 'node:module';
import { validation } from '#common/errors';
import { type IsoDate, isoDate, weekdayOf, yearOf } from './iso-date.js';

/** Whether a date is a working day in China: the official holidays and make-up workdays (调休). */
export interface HolidayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /**
   * Whether the calendar knows the official arrangement of `year`. Outside it every weekday would
   * look like a working day, so the arithmetic refuses to compute instead.
   */
  covers(year: number): boolean;
}

/** One day set apart from the official calendar: a local holiday, or a day worked. */
export interface CalendarOverride {
  date: IsoDate;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
}

/**
 * Merges the override lists of a tenant's chain, ordered from the root ancestor down to the tenant
 * itself: on the same date the nearer tenant wins. The result is sorted by date.
 */
export function mergeOverrides(chain: readonly (readonly CalendarOverride[])[]): CalendarOverride[] {
  const byDate = new Map<IsoDate, CalendarOverride>();
  for (const list of chain) {
    for (const override of list) byDate.set(isoDate(override.date), override);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The official arrangement as date → name tables (as published by 国务院办公厅 each year). */
export interface OfficialArrangement {
  /** Days off, including the weekdays taken as holiday in lieu. */
  holidays: Readonly<Record<string, string>>;
  /** Weekend days worked (调休上班). */
  workdays: Readonly<Record<string, string>>;
}

export interface CalendarOptions {
  /** Applied on top of the official arrangement (see `mergeOverrides`). */
  overrides?: readonly CalendarOverride[];
  /**
   * Years the overrides complete, e.g. a year whose arrangement is published but not yet in the
   * package, entered by hand into the override table.
   */
  extraYears?: readonly number[];
}

const arrangementYears = new WeakMap<OfficialArrangement, ReadonlySet<number>>();

/** The years an arrangement lists holidays for, read once per arrangement: a calendar is built per deadline. */
function yearsOf(arrangement: OfficialArrangement): ReadonlySet<number> {
  let years = arrangementYears.get(arrangement);
  if (!years) {
    years = new Set(Object.keys(arrangement.holidays).map((date) => Number(date.slice(0, 4))));
    arrangementYears.set(arrangement, years);
  }
  return years;
}

/**
 * A calendar from an official arrangement plus overrides. A day is a working day when an override
 * says so, else when the arrangement lists it as a make-up workday, else when it is Monday to
 * Friday and not an official holiday.
 */
export function holidayCalendar(arrangement: OfficialArrangement, options: CalendarOptions = {}): HolidayCalendar {
  const overrides = new Map((options.overrides ?? []).map((o) => [isoDate(o.date), o.kind] as const));
  const years = new Set<number>([...yearsOf(arrangement), ...(options.extraYears ?? [])]);
  return {
    isWorkingDay(date) {
      const override = overrides.get(date);
      if (override) return override === 'WORKDAY';
      if (arrangement.workdays[date]) return true;
      const weekday = weekdayOf(date);
      return weekday >= 1 && weekday <= 5 && !arrangement.holidays[date];
    },
    covers: (year) => years.has(year),
  };
}

interface ChineseDaysData extends OfficialArrangement {
  inLieuDays: Readonly<Record<string, string>>;
}

let chineseDays: ChineseDaysData | undefined;

/**
 * The official arrangement from the npm package `chinese-days`. Only its data file is read: the
 * package's own date functions parse a date as UTC and take the weekday in the local zone, which
 * shifts by a day west of Greenwich.
 */
export function chineseDaysArrangement(): OfficialArrangement {
  chineseDays ??= createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  return chineseDays;
}

/** The years the `chinese-days` package covers, ascending. */
export function chineseDaysYears(): number[] {
  return [...yearsOf(chineseDaysArrangement())].sort((a, b) => a - b);
}

/** The official Chinese calendar (`chinese-days`) with a tenant's merged overrides on top. */
export function officialCalendar(options: CalendarOptions = {}): HolidayCalendar {
  return holidayCalendar(chineseDaysArrangement(), options);
}

/** Refuses a date whose year the calendar does not know. */
export function assertCovered(calendar: HolidayCalendar, date: IsoDate): void {
  const year = yearOf(date);
  if (!calendar.covers(year)) {
    throw validation(`尚无${year}年的法定节假日安排，无法计算期限；请先在节假日调整表中补充该年安排`, { year });
  }
}

/** The holidays fixed by date in 《全国年节及纪念日放假办法》: known for any year, unlike the lunar ones. */
const FIXED_DATE_HOLIDAYS: readonly string[] = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'];

/**
 * A calendar that never refuses: years `base` covers are answered by it; any other year is guessed
 * from the weekends and the fixed-date holidays, and `isGuessed` says so. The services compute a
 * deadline in a year whose arrangement is not yet published with it, store the deadline as
 * provisional, and recompute it once the arrangement is entered.
 */
export interface ProvisionalCalendar extends HolidayCalendar {
  isGuessed(year: number): boolean;
}

export function provisionalCalendar(base: HolidayCalendar): ProvisionalCalendar {
  return {
    isWorkingDay(date) {
      if (base.covers(yearOf(date))) return base.isWorkingDay(date);
      const weekday = weekdayOf(date);
      return weekday >= 1 && weekday <= 5 && !FIXED_DATE_HOLIDAYS.includes(date.slice(5));
    },
    covers: () => true,
    isGuessed: (year) => !base.covers(year),
  };
}

/**
 * A tenant's calendar from its chain, from the root down: the official arrangement with the
 * overrides of every level (the nearer winning on a date) and the years the chain has declared,
 * guessed where a year is not yet published.
 */
export function chainCalendar(overrideLevels: readonly (readonly CalendarOverride[])[], declaredYears: readonly number[]): ProvisionalCalendar {
  return provisionalCalendar(officialCalendar({ overrides: mergeOverrides(overrideLevels), extraYears: [...declaredYears] }));
}
