import { type IsoDate, compareDates, plusDays } from '#common/calendar';
import type { DeadlineTriggerKind } from '#common/events';
import { validation } from '#common/errors';
import { FEEDBACK_OWED_STATES, owesFeedback } from './notice-state.js';
import { NOTICE_KIND_LABELS, NoticeKind, NoticeReason, type NoticeState } from './vocabulary.js';

/**
 * The escalation ladder (督查督办): reminder → supervision notice → circular → summons →
 * recommendation to pursue accountability. Listed supervision (挂牌督办) is raised by hand and
 * stands beside the summons.
 */
const NEXT_KIND: Readonly<Record<NoticeKind, NoticeKind | null>> = {
  REMINDER: null,
  SUPERVISION: NoticeKind.CIRCULAR,
  CIRCULAR: NoticeKind.SUMMONS,
  SUMMONS: NoticeKind.ACCOUNTABILITY,
  LISTED: NoticeKind.ACCOUNTABILITY,
  ACCOUNTABILITY: null,
};

/** The kind an unanswered notice escalates to, or null at the top (and for reminders). */
export function nextKind(kind: NoticeKind): NoticeKind | null {
  return NEXT_KIND[kind];
}

/** A deadline trigger's notice: a reminder before the deadline, a supervision notice once it has passed. */
export function kindForTrigger(trigger: DeadlineTriggerKind): { kind: NoticeKind; reason: NoticeReason | null } {
  return trigger === 'REMINDER' ? { kind: NoticeKind.REMINDER, reason: null } : { kind: NoticeKind.SUPERVISION, reason: NoticeReason.OVERDUE };
}

/** A jurisdiction as supervision addresses it. */
export interface JurisdictionRef {
  id: string;
  path: string;
  name: string;
}

export interface UnitRef {
  id: string;
  name: string | null;
}

/** Who issues a notice and to whom. */
export interface Addressing {
  issuer: JurisdictionRef;
  addressee: JurisdictionRef;
  addresseeUnit: UnitRef | null;
}

/**
 * The first notice on a subject: issued by the responsible tenant's own bureau to the handling
 * unit, or to the tenant itself when no unit handles it.
 */
export function firstAddressing(responsible: JurisdictionRef, handlingUnit: UnitRef | null): Addressing {
  return { issuer: responsible, addressee: responsible, addresseeUnit: handlingUnit };
}

/**
 * A notice a supervisor raises by hand: issued by the supervisor's own tenant (the responsible
 * tenant or one above it) to the handling unit, or to the responsible tenant without one.
 */
export function handRaisedAddressing(issuer: JurisdictionRef, responsible: JurisdictionRef, handlingUnit: UnitRef | null): Addressing {
  return { issuer, addressee: responsible, addresseeUnit: handlingUnit };
}

/**
 * One step up: the addressee moves up (a unit to its tenant, a tenant to its parent) and the
 * issuer is the parent of the previous issuer, both capped at the root. `lineage` is the chain of
 * jurisdictions from the root down to (at least) the addressee; a parent missing from it counts
 * as the root. The issuer therefore stays the addressee's tenant or an ancestor of it.
 */
export function escalatedAddressing(current: Addressing, lineage: readonly JurisdictionRef[]): Addressing {
  return {
    issuer: parentIn(lineage, current.issuer),
    addressee: current.addresseeUnit ? current.addressee : parentIn(lineage, current.addressee),
    addresseeUnit: null,
  };
}

function parentIn(lineage: readonly JurisdictionRef[], jurisdiction: JurisdictionRef): JurisdictionRef {
  const parentPath = jurisdiction.path.includes('.') ? jurisdiction.path.slice(0, jurisdiction.path.lastIndexOf('.')) : null;
  return (parentPath && lineage.find((j) => j.path === parentPath)) || jurisdiction;
}

/** Whether `path` is `ancestor` or lies below it (ltree `<@`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The date written feedback is due, counted in calendar days from the day of issue; none for a reminder. */
export function feedbackDueOn(kind: NoticeKind, issuedOn: IsoDate, feedbackDays: number): IsoDate | null {
  return owesFeedback(kind) ? plusDays(issuedOn, feedbackDays) : null;
}

/**
 * The last day a notice may stay as it is before it escalates: unanswered, the feedback due date
 * plus the interval; rejected, the day of rejection plus the interval. Null when it does not
 * escalate from this state (feedback under review, accepted, final) or of this kind (top, reminder).
 */
export function escalationDueOn(
  notice: { kind: NoticeKind; state: NoticeState; feedbackDue: IsoDate | null },
  intervalDays: number,
  rejectedOn: IsoDate | null = null,
): IsoDate | null {
  if (nextKind(notice.kind) === null || !FEEDBACK_OWED_STATES.includes(notice.state)) return null;
  const from = rejectedOn ?? notice.feedbackDue;
  return from === null ? null : plusDays(from, intervalDays);
}

/** Whether a notice whose escalation day is `escalateOn` escalates on `today`: only once that day has passed. */
export function isDueForEscalation(escalateOn: IsoDate | null, today: IsoDate): boolean {
  return escalateOn !== null && compareDates(escalateOn, today) < 0;
}

/**
 * What a supervisor may raise by hand: any kind but a reminder (those come from deadlines);
 * listed supervision (挂牌督办) only with a fix-by date after today, other kinds without one.
 */
export function checkHandRaised(kind: NoticeKind, fixBy: IsoDate | null, today: IsoDate): void {
  if (kind === NoticeKind.REMINDER) throw validation('提醒由期限自动生成，不能手工下发');
  if (kind === NoticeKind.LISTED) {
    if (fixBy === null) throw validation('挂牌督办须设定整改期限');
    if (compareDates(fixBy, today) <= 0) throw validation('整改期限应晚于今天');
  } else if (fixBy !== null) {
    throw validation(`${NOTICE_KIND_LABELS[kind]}不设整改期限，挂牌督办才设`);
  }
}
