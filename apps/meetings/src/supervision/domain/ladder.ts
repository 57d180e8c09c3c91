import { type IsoDate, compareDates, plusDays } from '#common/calendar';
import type { DeadlineTriggerKind } from '#common/events';
import { validation } from '#common/errors';
import { isStrictlyWithin, isWithin } from '#common/tenancy';
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
 * The next rung of the ladder: who issues it and to whom, or, when no office is left to issue it,
 * why the ladder stops there (kept with the notice or the trigger, for the offices to see).
 */
export type LadderStep = { addressing: Addressing; stopped: null } | { addressing: null; stopped: string };

/**
 * Whether the addressee is below the issuer, so that no office supervises itself: a unit of the
 * issuer's tenant or of one below it, or a tenant strictly inside the issuer's subtree.
 */
export function isAddressedBelow(addressing: Addressing): boolean {
  const { issuer, addressee, addresseeUnit } = addressing;
  return addresseeUnit !== null ? isWithin(addressee.path, issuer.path) : isStrictlyWithin(addressee.path, issuer.path);
}

/**
 * The first notice on a clock (a reminder or the 督办单 once it has run out). It is addressed to
 * what is supervised: the handling unit inside the responsible tenant, or the responsible tenant
 * itself. The office that owns the deadline issues it when the addressee is below that office (a
 * unit of its own, or a child tenant that holds an assignment of its); otherwise no one below the
 * owner answers for the clock, and the owner's parent issues it to the owner. At the root with
 * nobody below, no office is left to issue it: the ladder cannot start, and says why.
 *
 * `lineage` is the chain of jurisdictions from the root down to (at least) the owner.
 */
export function firstAddressing(
  owner: JurisdictionRef,
  responsible: JurisdictionRef,
  handlingUnit: UnitRef | null,
  lineage: readonly JurisdictionRef[],
): LadderStep {
  const byOwner: Addressing = { issuer: owner, addressee: responsible, addresseeUnit: handlingUnit };
  if (isAddressedBelow(byOwner)) return { addressing: byOwner, stopped: null };
  const above = parentIn(lineage, owner);
  if (!above) return { addressing: null, stopped: `${owner.name}之上没有上级机构，本机构内又无承办单位，无法下发督办通知` };
  return { addressing: { issuer: above, addressee: responsible, addresseeUnit: handlingUnit }, stopped: null };
}

/**
 * A notice a supervisor raises by hand: issued by the supervisor's own tenant (the responsible
 * tenant or one above it) to the handling unit, or to the responsible tenant without one. An
 * office cannot raise one against itself: with no unit handling it, its parent must.
 */
export function handRaisedAddressing(issuer: JurisdictionRef, responsible: JurisdictionRef, handlingUnit: UnitRef | null): Addressing {
  const addressing = { issuer, addressee: responsible, addresseeUnit: handlingUnit };
  if (!isAddressedBelow(addressing)) throw validation(`${issuer.name}不能督办本机构自身：该事项没有本机构内的承办单位，应由上级机构督办`);
  return addressing;
}

/**
 * One step up: the issuer is the parent of the previous issuer, and the addressee moves up one
 * level (a unit to its tenant, a tenant to its parent) but never past the previous issuer, so it
 * stays strictly below the new issuer. When the previous issuer has no parent (the root, or one
 * this service does not know), the ladder stops with the reason. `lineage` is the chain of
 * jurisdictions from the root down to (at least) the addressee.
 */
export function escalatedAddressing(current: Addressing, lineage: readonly JurisdictionRef[]): LadderStep {
  const issuer = parentIn(lineage, current.issuer);
  if (!issuer) return { addressing: null, stopped: `${current.issuer.name}已是最高一级机构，没有上级机构可以继续升级督办` };
  const raised = current.addresseeUnit ? current.addressee : (parentIn(lineage, current.addressee) ?? current.addressee);
  const addressee = isWithin(raised.path, current.issuer.path) ? raised : current.issuer;
  return { addressing: { issuer, addressee, addresseeUnit: null }, stopped: null };
}

function parentIn(lineage: readonly JurisdictionRef[], jurisdiction: JurisdictionRef): JurisdictionRef | null {
  const parentPath = jurisdiction.path.includes('.') ? jurisdiction.path.slice(0, jurisdiction.path.lastIndexOf('.')) : null;
  return (parentPath && lineage.find((j) => j.path === parentPath)) || null;
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

/**
 * The escalation chain a notice belongs to, from the first notice to the last: each notice of
 * `sameSubject` linked to the previous one by `escalatedFrom`. Links to notices the caller does not
 * see (absent from `sameSubject`) end the chain there.
 */
export function escalationChain<T extends { id: string; escalatedFrom: string | null }>(notice: T, sameSubject: readonly T[]): T[] {
  const byId = new Map(sameSubject.map((n) => [n.id, n]));
  const byPrevious = new Map(sameSubject.filter((n) => n.escalatedFrom !== null).map((n) => [n.escalatedFrom!, n]));
  const previousOf = (n: T) => (n.escalatedFrom === null ? undefined : byId.get(n.escalatedFrom));
  const chain = [notice];
  for (let previous = previousOf(notice); previous; previous = previousOf(previous)) chain.unshift(previous);
  for (let next = byPrevious.get(notice.id); next; next = byPrevious.get(next.id)) chain.push(next);
  return chain;
}
