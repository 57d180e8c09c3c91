import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoDate } from '#common/calendar';
import { AppError, ErrorCode } from '#common/errors';
import { isWithin } from '#common/tenancy';
import {
  NoticeKind,
  NoticeReason,
  NoticeState,
  checkHandRaised,
  escalatedAddressing,
  escalationDueOn,
  feedbackDueOn,
  firstAddressing,
  handRaisedAddressing,
  isAddressedBelow,
  isDueForEscalation,
  kindForTrigger,
  nextKind,
  type Addressing,
  type JurisdictionRef,
  type LadderStep,
} from '../index.js';

/** A chain of jurisdictions from the root down, `depth` long. */
function chain(depth: number): JurisdictionRef[] {
  const codes = ['530000', '530100', '530102', '530102001', '530102001001'].slice(0, depth);
  const names = ['云南省', '昆明市', '五华区', '华山街道', '某社区'];
  return codes.map((_, i) => ({ id: `t${i}`, path: codes.slice(0, i + 1).join('.'), name: names[i] }));
}

describe('the ladder', () => {
  it('climbs from a supervision notice to the accountability recommendation and stops', () => {
    const steps: NoticeKind[] = [NoticeKind.SUPERVISION];
    for (let kind = nextKind(NoticeKind.SUPERVISION); kind; kind = nextKind(kind)) steps.push(kind);
    expect(steps).toEqual([NoticeKind.SUPERVISION, NoticeKind.CIRCULAR, NoticeKind.SUMMONS, NoticeKind.ACCOUNTABILITY]);
    expect(nextKind(NoticeKind.REMINDER)).toBeNull();
    expect(nextKind(NoticeKind.LISTED)).toBe(NoticeKind.ACCOUNTABILITY);
  });

  it('turns a reminder trigger into a reminder and an overdue trigger into a supervision notice', () => {
    expect(kindForTrigger('REMINDER')).toEqual({ kind: NoticeKind.REMINDER, reason: null });
    expect(kindForTrigger('OVERDUE')).toEqual({ kind: NoticeKind.SUPERVISION, reason: NoticeReason.OVERDUE });
  });

  const unit = { id: 'unit', name: '司法所' };
  const issued = (step: LadderStep): Addressing => {
    expect(step.stopped).toBeNull();
    return step.addressing!;
  };
  const who = (a: Addressing) => [a.issuer.name, a.addressee.name, a.addresseeUnit?.id ?? null];

  it('addresses a township unit, then the township, then each level above, issued one level up each time, and stops at the top with a reason', () => {
    const lineage = chain(4);
    const [province, city, county, township] = lineage;
    let addressing = issued(firstAddressing(township, township, unit, lineage));
    expect(who(addressing)).toEqual([township.name, township.name, 'unit']);
    const seen = [];
    for (let step = 0; step < 3; step++) {
      addressing = issued(escalatedAddressing(addressing, lineage));
      seen.push(who(addressing));
    }
    expect(seen).toEqual([
      [county.name, township.name, null],
      [city.name, county.name, null],
      [province.name, city.name, null],
    ]);
    const top = escalatedAddressing(addressing, lineage);
    expect(top).toEqual({ addressing: null, stopped: '云南省已是最高一级机构，没有上级机构可以继续升级督办' });
  });

  it('has the office above issue the first notice when no unit of the owner handles the clock, and never lets the province supervise itself', () => {
    const lineage = chain(4);
    const [province, city, county, township] = lineage;
    // An unrouted township case: the county supervises the township, and the ladder ends with
    // the province supervising the city (before, the province issued the last rung to itself).
    let addressing = issued(firstAddressing(township, township, null, lineage));
    expect(who(addressing)).toEqual([county.name, township.name, null]);
    addressing = issued(escalatedAddressing(addressing, lineage));
    expect(who(addressing)).toEqual([city.name, county.name, null]);
    addressing = issued(escalatedAddressing(addressing, lineage));
    expect(who(addressing)).toEqual([province.name, city.name, null]);
    expect(escalatedAddressing(addressing, lineage).stopped).toMatch(/^云南省已是最高一级机构/);
    // The province's own clock with no unit handling it: nobody is left to issue the first notice.
    expect(firstAddressing(province, province, null, lineage)).toEqual({
      addressing: null,
      stopped: '云南省之上没有上级机构，本机构内又无承办单位，无法下发督办通知',
    });
    expect(who(issued(firstAddressing(province, province, unit, lineage)))).toEqual([province.name, province.name, 'unit']);
  });

  it('has the assigning office supervise a task held by a child tenant, not the child itself', () => {
    const lineage = chain(3);
    const [, city, county] = lineage;
    expect(who(issued(firstAddressing(city, county, null, lineage)))).toEqual([city.name, county.name, null]);
    expect(who(issued(firstAddressing(city, county, unit, lineage)))).toEqual([city.name, county.name, 'unit']);
  });

  it('moves a notice an office once issued to itself off the office on its next step', () => {
    const lineage = chain(3);
    const [, city, county] = lineage;
    const selfAddressed: Addressing = { issuer: county, addressee: county, addresseeUnit: null };
    expect(who(issued(escalatedAddressing(selfAddressed, lineage)))).toEqual([city.name, county.name, null]);
  });

  it('refuses a hand-raised notice an office would address to itself', () => {
    const [, city, county] = chain(3);
    expect(who(handRaisedAddressing(city, county, null))).toEqual([city.name, county.name, null]);
    expect(who(handRaisedAddressing(county, county, unit))).toEqual([county.name, county.name, 'unit']);
    expect(() => handRaisedAddressing(county, county, null)).toThrow(expect.objectContaining({ code: ErrorCode.VALIDATION }));
  });

  it('never has an office supervise itself: each issuer is the parent of the one before, each addressee strictly below it, and the ladder stops with a reason at the top', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (depth, ownerAt, belowOwner, withUnit, steps) => {
          const lineage = chain(depth);
          const owner = lineage[ownerAt % depth];
          // The supervised tenant is the owner or, for a task it assigned, a tenant below it.
          const responsible = lineage[Math.min(depth - 1, (ownerAt % depth) + (belowOwner % 2))];
          const handling = withUnit ? { id: 'u', name: null } : null;
          const parentOf = (j: JurisdictionRef) => lineage[lineage.indexOf(j) - 1] ?? null;
          const first = firstAddressing(owner, responsible, handling, lineage);
          const nobodyBelow = responsible === owner && !withUnit;
          if (nobodyBelow && parentOf(owner) === null) {
            expect(first.addressing).toBeNull();
            expect(first.stopped).toMatch(/没有上级机构/);
            return;
          }
          let addressing = first.addressing!;
          expect(addressing.issuer).toBe(nobodyBelow ? parentOf(owner) : owner);
          for (let i = 0; i <= steps; i++) {
            expect(isAddressedBelow(addressing)).toBe(true);
            expect(addressing.addresseeUnit === null && addressing.issuer === addressing.addressee).toBe(false);
            expect(isWithin(responsible.path, addressing.addressee.path)).toBe(true);
            const next = escalatedAddressing(addressing, lineage);
            if (parentOf(addressing.issuer) === null) {
              expect(next).toEqual({ addressing: null, stopped: expect.stringContaining(addressing.issuer.name) });
              return;
            }
            expect(next.addressing!.issuer).toBe(parentOf(addressing.issuer));
            addressing = next.addressing!;
          }
        },
      ),
    );
  });

  it('treats a parent it does not know as the top', () => {
    const [, city, county] = chain(3);
    const first = issued(firstAddressing(county, county, unit, [city, county].slice(1)));
    expect(escalatedAddressing(first, [county]).stopped).toMatch(/^五华区已是最高一级机构/);
  });
});

describe('feedback and escalation dates', () => {
  const issued = isoDate('2026-03-01');

  it('owes feedback after the set days, except for reminders', () => {
    expect(feedbackDueOn(NoticeKind.SUPERVISION, issued, 30)).toBe('2026-03-31');
    expect(feedbackDueOn(NoticeKind.REMINDER, issued, 30)).toBeNull();
  });

  it('escalates an unanswered notice after its due date plus the interval, a rejected one after the rejection plus the interval', () => {
    const due = isoDate('2026-03-31');
    expect(escalationDueOn({ kind: NoticeKind.SUPERVISION, state: NoticeState.ISSUED, feedbackDue: due }, 5)).toBe('2026-04-05');
    expect(escalationDueOn({ kind: NoticeKind.CIRCULAR, state: NoticeState.REJECTED, feedbackDue: due }, 5, isoDate('2026-03-20'))).toBe('2026-03-25');
    expect(escalationDueOn({ kind: NoticeKind.SUPERVISION, state: NoticeState.FEEDBACK_SUBMITTED, feedbackDue: due }, 5)).toBeNull();
    expect(escalationDueOn({ kind: NoticeKind.ACCOUNTABILITY, state: NoticeState.ISSUED, feedbackDue: due }, 5)).toBeNull();
    expect(escalationDueOn({ kind: NoticeKind.REMINDER, state: NoticeState.ISSUED, feedbackDue: null }, 5)).toBeNull();
  });

  it('escalates only once the escalation day has passed', () => {
    const on = isoDate('2026-04-05');
    expect(isDueForEscalation(on, isoDate('2026-04-05'))).toBe(false);
    expect(isDueForEscalation(on, isoDate('2026-04-06'))).toBe(true);
    expect(isDueForEscalation(null, isoDate('2030-01-01'))).toBe(false);
  });
});

describe('hand-raised notices', () => {
  const today = isoDate('2026-03-01');
  const code = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it('are any kind but a reminder; listed supervision needs a fix-by date after today, the others none', () => {
    expect(code(() => checkHandRaised(NoticeKind.REMINDER, null, today))).toBe(ErrorCode.VALIDATION);
    expect(code(() => checkHandRaised(NoticeKind.SUPERVISION, null, today))).toBeNull();
    expect(code(() => checkHandRaised(NoticeKind.SUMMONS, isoDate('2026-04-01'), today))).toBe(ErrorCode.VALIDATION);
    expect(code(() => checkHandRaised(NoticeKind.LISTED, null, today))).toBe(ErrorCode.VALIDATION);
    expect(code(() => checkHandRaised(NoticeKind.LISTED, today, today))).toBe(ErrorCode.VALIDATION);
    expect(code(() => checkHandRaised(NoticeKind.LISTED, isoDate('2026-03-02'), today))).toBeNull();
  });
});
