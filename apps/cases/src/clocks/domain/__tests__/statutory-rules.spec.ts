import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoDate, officialCalendar, type Stage } from '#common/calendar';
import { deadlineFor, effectiveRule, extensionRefusal, isPetitionerWindow, PETITIONER_WINDOWS, STATUTORY_RULES, tighteningError } from '../statutory-rules.js';

const d = isoDate;
const stages = Object.keys(STATUTORY_RULES) as Stage[];
const statutory = stages.filter((s) => STATUTORY_RULES[s].days !== null);

describe('the statutory rule table', () => {
  it('states the periods of the regulation', () => {
    const table = Object.fromEntries(stages.map((s) => [s, [STATUTORY_RULES[s].days, STATUTORY_RULES[s].unit]]));
    expect(table).toEqual({
      ROUTE: [15, 'CALENDAR_DAYS'],
      RECEIVE: [null, 'CALENDAR_DAYS'],
      OBJECT: [5, 'WORKING_DAYS'],
      NOTIFY: [15, 'CALENDAR_DAYS'],
      HANDLE: [60, 'CALENDAR_DAYS'],
      REVIEW_WINDOW: [30, 'CALENDAR_DAYS'],
      REVIEW: [30, 'CALENDAR_DAYS'],
      REEXAMINATION_WINDOW: [30, 'CALENDAR_DAYS'],
      REEXAMINATION: [30, 'CALENDAR_DAYS'],
    });
    expect(STATUTORY_RULES.HANDLE.maxExtensionDays).toBe(30);
    expect(STATUTORY_RULES.REEXAMINATION.pausable).toBe(true);
  });
});

describe('whose clock', () => {
  it('gives the petitioner the windows to ask for review and re-examination, and every other clock to an office', () => {
    expect(Object.fromEntries(stages.map((s) => [s, STATUTORY_RULES[s].holder]))).toEqual({
      ROUTE: 'OFFICE',
      RECEIVE: 'OFFICE',
      OBJECT: 'OFFICE',
      NOTIFY: 'OFFICE',
      HANDLE: 'OFFICE',
      REVIEW_WINDOW: 'PETITIONER',
      REVIEW: 'OFFICE',
      REEXAMINATION_WINDOW: 'PETITIONER',
      REEXAMINATION: 'OFFICE',
    });
    expect(PETITIONER_WINDOWS).toEqual(['REVIEW_WINDOW', 'REEXAMINATION_WINDOW']);
    expect(stages.filter(isPetitionerWindow)).toEqual(PETITIONER_WINDOWS);
  });

  it('lets no office shorten a petitioner’s window, by any number of days', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PETITIONER_WINDOWS), fc.integer({ min: 0, max: 30 }), (stage, days) => {
        expect(tighteningError(stage, days)).toContain('机关不能缩短');
        expect(() => effectiveRule(stage, [{ tightenings: { [stage]: days } }])).toThrow('机关不能缩短');
      }),
    );
    expect(effectiveRule('REVIEW_WINDOW', [{ tightenings: { HANDLE: 30 } }])).toMatchObject({ days: 30, tightened: false });
  });
});

describe('effectiveRule', () => {
  it('takes the tightest period of the chain, never longer than the statute', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statutory.filter((s) => !isPetitionerWindow(s))),
        fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 4 }),
        (stage, values) => {
          const max = STATUTORY_RULES[stage].days!;
          const chain = values.map((v) => ({ tightenings: v === undefined ? {} : { [stage]: v % (max + 1) } }));
          const given = chain.map((s) => s.tightenings[stage]).filter((v): v is number => v !== undefined);
          expect(effectiveRule(stage, chain).days).toBe(Math.min(max, ...given));
        },
      ),
    );
  });

  it('refuses a tightening that would loosen the statute', () => {
    expect(() => effectiveRule('NOTIFY', [{}, { tightenings: { NOTIFY: 20 } }])).toThrow('不得长于《信访工作条例》第二十三条规定的 15 日');
    expect(tighteningError('OBJECT', 6)).toBe('异议退回期限不得长于《信访工作条例》第二十三条规定的 5 日，本级只能缩短不能放宽（收到 6 日）');
    expect(tighteningError('NOTIFY', -1)).toContain('非负整数');
    expect(tighteningError('NOTIFY', 3)).toBeNull();
    expect(tighteningError('RECEIVE', 2)).toBeNull();
  });

  it("refuses a tightening looser than an ancestor's, and ignores it if stored anyway", () => {
    const city = { tightenings: { NOTIFY: 5 } };
    expect(tighteningError('NOTIFY', 7, [{}, city])).toBe('受理告知期限不得长于上级已设定的 5 日（收到 7 日）');
    expect(effectiveRule('NOTIFY', [city, { tightenings: { NOTIFY: 7 } }]).days).toBe(5);
  });

  it('counts calendar-day rules as the nearest tenant chooses; working-day rules stay so', () => {
    const chain = [{ dayCounting: 'WORKING_DAYS' as const }, {}, { dayCounting: 'CALENDAR_DAYS' as const }];
    expect(effectiveRule('HANDLE', chain.slice(0, 2)).unit).toBe('WORKING_DAYS');
    expect(effectiveRule('HANDLE', chain).unit).toBe('CALENDAR_DAYS');
    expect(effectiveRule('OBJECT', [{ dayCounting: 'CALENDAR_DAYS' }]).unit).toBe('WORKING_DAYS');
  });
});

describe('deadlineFor refuses', () => {
  const calendar = officialCalendar();
  it('a second or oversized extension, and an extension where none is allowed', () => {
    expect(() => deadlineFor('HANDLE', d('2026-03-02'), { calendar, extensionDays: 31 })).toThrow('延长期限应为 1 至 30 日的整数，收到 31');
    expect(() => deadlineFor('NOTIFY', d('2026-03-02'), { calendar, extensionDays: 5 })).toThrow('受理告知期限不能延长');
  });
  it('pauses on a clock that does not pause', () => {
    expect(() => deadlineFor('HANDLE', d('2026-03-02'), { calendar, pauses: [[d('2026-03-03'), d('2026-03-04')]] })).toThrow('不因听证');
  });
});

describe('extensionRefusal', () => {
  it('allows the handling period one extension of 1 to 30 days', () => {
    expect(extensionRefusal('HANDLE', 1)).toBeNull();
    expect(extensionRefusal('HANDLE', 30)).toBeNull();
    expect(extensionRefusal('HANDLE', 31)).toBe('延长期限应为 1 至 30 日的整数，收到 31');
    expect(extensionRefusal('HANDLE', 0)).toBe('延长期限应为 1 至 30 日的整数，收到 0');
    expect(extensionRefusal('HANDLE', 1.5)).toContain('收到 1.5');
    expect(extensionRefusal('HANDLE', '10')).toContain('收到 10');
  });
  it('refuses any extension of a stage the regulation gives none', () => {
    expect(extensionRefusal('NOTIFY', 5)).toBe('受理告知期限不能延长');
  });
});
