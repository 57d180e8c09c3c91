import { Role } from '#common/auth';
import { forbidden, validation } from '#common/errors';
import { AssigneeKind, TASK_ACTION_LABELS, TaskAction } from './vocabulary.js';

/** Who acts: their tenant, user and unit (null for a tenant-wide user), and their roles. */
export interface TaskActor {
  tenantId: string;
  userId: string | null;
  unitId: string | null;
  roles: readonly Role[];
}

/** Who staffs a tenant's conference office: its office and its administrator. They run the lists and judge the tasks. */
export const TASK_OFFICE_ROLES: readonly Role[] = [Role.CONFERENCE_OFFICE, Role.TENANT_ADMIN];

/** Who works on an assigned task: a child conference's office, a member unit's liaison and staff. */
export const TASK_ASSIGNEE_ROLES: readonly Role[] = [...TASK_OFFICE_ROLES, Role.MEMBER_UNIT, Role.HANDLER];

/**
 * The roles each action's mutation declares (the resolver takes them from here, so the actions
 * offered and the guard cannot differ): the assignee's work, and the office's split and judgement.
 */
export const TASK_ACTION_ROLES: Readonly<Record<TaskAction, readonly Role[]>> = {
  RECEIVE: TASK_ASSIGNEE_ROLES,
  START: TASK_ASSIGNEE_ROLES,
  REPORT_PROGRESS: TASK_ASSIGNEE_ROLES,
  REPORT_DONE: TASK_ASSIGNEE_ROLES,
  SPLIT: TASK_OFFICE_ROLES,
  SIGN_OFF: TASK_OFFICE_ROLES,
  SEND_BACK: TASK_OFFICE_ROLES,
  CANCEL: TASK_OFFICE_ROLES,
};

/** The actor staffs their tenant's conference office. */
export function isConferenceOffice(actor: Pick<TaskActor, 'roles'>): boolean {
  return actor.roles.some((role) => TASK_OFFICE_ROLES.includes(role));
}

/**
 * A member unit of the assigning tenant's conference, or the conference of a child tenant. A
 * member is a unit of the tenant or a named outside body (no unit), and has a liaison user.
 */
export type TaskAssignee =
  | { kind: AssigneeKind.MEMBER_UNIT; tenantId: string; memberId: string; unitId: string | null; liaisonUserId: string }
  | { kind: AssigneeKind.CONFERENCE; tenantId: string };

export interface AssignedTask {
  assigningTenantId: string;
  assignee: TaskAssignee;
}

/** Actions of the assignee: receipt, work and reports; splitting is for a child conference only. */
const ASSIGNEE_ACTIONS: ReadonlySet<TaskAction> = new Set([
  TaskAction.RECEIVE,
  TaskAction.START,
  TaskAction.REPORT_PROGRESS,
  TaskAction.REPORT_DONE,
  TaskAction.SPLIT,
]);

/** Actions of the assigning conference office: judging the result and withdrawing the task. */
const ASSIGNER_ACTIONS: ReadonlySet<TaskAction> = new Set([TaskAction.SIGN_OFF, TaskAction.SEND_BACK, TaskAction.CANCEL]);

/**
 * The actor is the task's assignee: the member's liaison or a user of the member unit, or the
 * office of the child conference.
 */
export function isAssignee(task: AssignedTask, actor: TaskActor): boolean {
  const a = task.assignee;
  if (a.kind === AssigneeKind.MEMBER_UNIT) {
    if (actor.tenantId !== a.tenantId) return false;
    return (actor.userId !== null && actor.userId === a.liaisonUserId) || (a.unitId !== null && actor.unitId === a.unitId);
  }
  return actor.tenantId === a.tenantId && isConferenceOffice(actor);
}

/** The actor staffs the conference office of the tenant that assigned the task. */
export function isAssigningOffice(task: Pick<AssignedTask, 'assigningTenantId'>, actor: TaskActor): boolean {
  return actor.tenantId === task.assigningTenantId && isConferenceOffice(actor);
}

/** FORBIDDEN unless the actor may take `action` on the task. */
export function checkMayAct(task: AssignedTask, actor: TaskActor, action: TaskAction): void {
  if (ASSIGNEE_ACTIONS.has(action)) {
    if (!isAssignee(task, actor)) throw forbidden(`只有任务承办方可以${TASK_ACTION_LABELS[action]}`);
    if (action === TaskAction.SPLIT && task.assignee.kind !== AssigneeKind.CONFERENCE) {
      throw forbidden('只有承接交办任务的下级联席会议可以分解任务');
    }
    return;
  }
  if (ASSIGNER_ACTIONS.has(action)) {
    // Checked first: an office unit that is itself the assignee does not judge its own work.
    if (isAssignee(task, actor)) throw forbidden(`承办单位不能${TASK_ACTION_LABELS[action]}本单位承办的任务`);
    if (!isAssigningOffice(task, actor)) throw forbidden(`只有交办任务的联席会议办公室可以${TASK_ACTION_LABELS[action]}`);
    return;
  }
  throw forbidden();
}

/** What the assigning tenant's conference looks like to an assignment: its current members and the child tenants with a conference. */
export interface AssigningConference {
  tenantId: string;
  memberIds: ReadonlySet<string>;
  childConferenceTenantIds: ReadonlySet<string>;
}

/**
 * VALIDATION unless the assignee is a member unit of this conference or the conference of a
 * direct child tenant.
 */
export function checkAssignee(conference: AssigningConference, assignee: TaskAssignee): void {
  if (assignee.kind === AssigneeKind.MEMBER_UNIT) {
    if (assignee.tenantId !== conference.tenantId || !conference.memberIds.has(assignee.memberId)) {
      throw validation('只能交办给本级联席会议的成员单位', { memberId: assignee.memberId });
    }
    return;
  }
  if (!conference.childConferenceTenantIds.has(assignee.tenantId)) {
    throw validation('只能向直属下级的联席会议交办任务', { tenantId: assignee.tenantId });
  }
}

/** A split goes to the member units of the receiving child conference, never further down in one step. */
export function checkSplitAssignee(receiving: AssigningConference, assignee: TaskAssignee): void {
  if (assignee.kind !== AssigneeKind.MEMBER_UNIT) throw validation('分解任务只能交办给本级联席会议的成员单位');
  checkAssignee(receiving, assignee);
}
