import { Role } from '#common/auth';
import { isWithin, scopeUnitOf, type TenantContext } from '#common/tenancy';
import { forbidden } from '#common/errors';
import { isUnread, nextNoticeState } from './notice-state.js';
import { NoticeAction, type NoticeKind, type NoticeState, SubjectType } from './vocabulary.js';

type Actor = Pick<TenantContext, 'tenantId' | 'tenantPath' | 'unitId' | 'roles'>;

interface Addressed {
  addresseeTenantId: string;
  addresseeUnitId: string | null;
}

interface Issued {
  issuerTenantId: string;
  issuerTenantPath: string;
  subjectType: SubjectType;
}

/** A subject a notice is raised on; a task with the tenant whose conference assigned it. */
export type RaisedOn = { type: SubjectType.CASE } | { type: SubjectType.TASK; assigningTenantId: string };

const SUPERVISING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.TENANT_ADMIN];

/** Everyone who may receive, read and answer a notice: all but assessors. */
export const NOTICE_RECIPIENT_ROLES: readonly Role[] = [
  Role.HANDLER,
  Role.MEMBER_UNIT,
  Role.REGISTRAR,
  Role.LEADER,
  Role.SUPERVISOR,
  Role.CONFERENCE_OFFICE,
  Role.TENANT_ADMIN,
];

function supervises(actor: Actor): boolean {
  return actor.roles.some((role) => SUPERVISING_ROLES.includes(role));
}

/**
 * The subjects an actor supervises as the conference office only (not as a supervisor): the tasks
 * of its tenant's conference. Null when the actor supervises without that limit, or not at all.
 */
export function officeOnlySubjects(actor: Actor): SubjectType.TASK | null {
  return !supervises(actor) && actor.roles.includes(Role.CONFERENCE_OFFICE) ? SubjectType.TASK : null;
}

/** Who lists every notice their tenant issued; the conference office lists those on tasks. */
const LIST_ALL_ISSUED: readonly Role[] = [...SUPERVISING_ROLES, Role.LEADER];

/** The subjects whose notices the actor's `issuedNotices` lists: all (null), or the tasks only. */
export function issuedListScope(actor: Actor): SubjectType.TASK | null {
  return actor.roles.some((role) => LIST_ALL_ISSUED.includes(role)) ? null : SubjectType.TASK;
}

/**
 * Raising a notice by hand: supervisors and administrators on any subject in their subtree; the
 * joint-conference office on the tasks its own conference assigned (督办 of its task list), not
 * on cases nor on other conferences' tasks.
 */
export function checkMayRaise(subject: RaisedOn, actor: Actor): void {
  if (supervises(actor)) return;
  if (officeOnlySubjects(actor) === null) throw forbidden('只有督查人员或联席会议办公室可以下发督办通知');
  if (subject.type !== SubjectType.TASK || subject.assigningTenantId !== actor.tenantId) {
    throw forbidden('联席会议办公室只能督办本级联席会议交办的任务');
  }
}

/**
 * The addressee reads and answers: users of the addressee tenant, a unit-scoped user only for a
 * notice addressed to their own unit.
 */
function isAddressee(notice: Addressed, actor: Actor): boolean {
  const scope = scopeUnitOf(actor);
  return actor.tenantId === notice.addresseeTenantId && (scope === null || scope === notice.addresseeUnitId);
}

export function checkAddressee(notice: Addressed, actor: Actor): void {
  if (!isAddressee(notice, actor)) throw forbidden('只有受文单位可以阅知和反馈该督办通知');
}

/**
 * The issuer decides on feedback: supervisors and administrators of the issuing tenant, and its
 * conference office for the notices on tasks.
 */
function isIssuer(notice: Issued, actor: Actor): boolean {
  const office = officeOnlySubjects(actor);
  const mayDecide = supervises(actor) || (office !== null && office === notice.subjectType);
  return actor.tenantId === notice.issuerTenantId && mayDecide;
}

export function checkIssuer(notice: Issued, actor: Actor): void {
  if (!isIssuer(notice, actor)) throw forbidden('只有下发督办通知的机构的督查人员可以审核反馈');
}

/** Escalating by hand is for supervisors of the issuing tenant or of a tenant above it. */
function mayEscalate(notice: Issued, actor: Actor): boolean {
  return isWithin(notice.issuerTenantPath, actor.tenantPath) && supervises(actor);
}

export function checkMayEscalate(notice: Issued, actor: Actor): void {
  if (!mayEscalate(notice, actor)) throw forbidden('只有下发机构或其上级的督查人员可以升级督办');
}

type ActedOn = Addressed & Issued & { kind: NoticeKind; state: NoticeState };

/** Whether the state machine lets `action` happen to the notice now. */
function transitionAllowed(notice: ActedOn, action: Exclude<NoticeAction, NoticeAction.ISSUE>): boolean {
  try {
    nextNoticeState(notice.kind, notice.state, action);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the actor may do with the notice now, by the checks and the state machine the mutations
 * apply. Escalation also needs an office above the issuer: a root issuer's notice is not offered it.
 */
export function availableNoticeActions(notice: ActedOn, actor: Actor): NoticeAction[] {
  const actions: NoticeAction[] = [];
  if (actor.roles.some((role) => NOTICE_RECIPIENT_ROLES.includes(role)) && isAddressee(notice, actor)) {
    if (isUnread(notice.state)) actions.push(NoticeAction.READ);
    if (transitionAllowed(notice, NoticeAction.SUBMIT_FEEDBACK)) actions.push(NoticeAction.SUBMIT_FEEDBACK);
  }
  if (isIssuer(notice, actor)) {
    for (const action of [NoticeAction.ACCEPT, NoticeAction.REJECT] as const) if (transitionAllowed(notice, action)) actions.push(action);
  }
  if (mayEscalate(notice, actor) && notice.issuerTenantPath.includes('.') && transitionAllowed(notice, NoticeAction.ESCALATE)) {
    actions.push(NoticeAction.ESCALATE);
  }
  return actions;
}
