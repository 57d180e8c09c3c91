import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoDate } from '#common/calendar';
import { AppError, ErrorCode } from '#common/errors';
import {
  NoticeKind,
  NoticeReason,
  NoticeState,
  checkHandRaised,
  escalatedAddressing,
  escalationDueOn,
  feedbackDueOn,
  firstAddressing,
  isDueForEscalation,
  isWithin,
  kindForTrigger,
  nextKind,
  type Addressing,
  type JurisdictionRef,
} from '../index.js';

/** A chain of jurisdictions from the root down, `depth` long. */
function chain(depth: number): JurisdictionRef[] {
  const codes = ['530000', '530100', '530102', '530102001', '530102001001'].slice(0, depth);
  return codes.map((_, i) => ({ id: `t${i}`, path: codes.slice(0, i + 1).join('.'), name: `level${i}` }));
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

  it('addresses a township unit, then the township, then each level above, issued one level up each time', () => {
    const [province, city, county, township] = chain(4);
    let addressing: Addressing = firstAddressing(township, { id: 'unit', name: '司法所' });
    expect(addressing).toEqual({ issuer: township, addressee: township, addresseeUnit: { id: 'unit', name: '司法所' } });
    const lineage = [province, city, county, township];
    const seen: [string, string, string | null][] = [];
    for (let step = 0; step < 4; step++) {
      addressing = escalatedAddressing(addressing, lineage);
      seen.push([addressing.issuer.name, addressing.addressee.name, addressing.addresseeUnit?.id ?? null]);
    }
    expect(seen).toEqual([
      [county.name, township.name, null],
      [city.name, county.name, null],
      [province.name, city.name, null],
      [province.name, province.name, null],
    ]);
  });

  it('keeps the issuer the addressee or above it, and moves both one level at a time, capped at the root', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.integer({ min: 1, max: 6 }), (depth, withUnit, steps) => {
        const lineage = chain(depth);
        const responsible = lineage.at(-1)!;
        let addressing = firstAddressing(responsible, withUnit ? { id: 'u', name: null } : null);
        for (let i = 0; i < steps; i++) {
          const before = addressing;
          addressing = escalatedAddressing(before, lineage);
          expect(isWithin(addressing.addressee.path, addressing.issuer.path)).toBe(true);
          expect(isWithin(responsible.path, addressing.addressee.path)).toBe(true);
          expect(addressing.addresseeUnit).toBeNull();
          const up = (j: JurisdictionRef) => lineage[Math.max(0, lineage.indexOf(j) - 1)];
          expect(addressing.issuer).toBe(up(before.issuer));
          expect(addressing.addressee).toBe(before.addresseeUnit ? before.addressee : up(before.addressee));
        }
      }),
    );
  });

  it('treats a parent it does not know as the root', () => {
    const [, city, county] = chain(3);
    const next = escalatedAddressing(firstAddressing(county, null), [city, county].slice(1));
    expect(next.issuer).toBe(county);
    expect(next.addressee).toBe(county);
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
