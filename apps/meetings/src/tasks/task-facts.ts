import type { IsoDate } from '#common/calendar';
import type { OutboxEvent } from '#common/events';
import { isTaskOverdue } from './clock/domain/index.js';
import { type AssigneeKind, type TaskListKind, TaskState } from './domain/index.js';
import type { TaskRow } from './task.store.js';

/** The fact event of a task transition, for assessment (on-time completion per unit and jurisdiction). */
export interface TaskTransitionedPayload {
  taskId: string;
  /** The row's version after the change: a consumer keeps the latest. */
  version: number;
  number: string;
  rootId: string;
  parentId: string | null;
  listId: string;
  listKind: TaskListKind;
  assigningTenantId: string;
  assigneeKind: AssigneeKind | null;
  assigneeTenantId: string | null;
  assigneeMemberId: string | null;
  assigneeName: string | null;
  action: string;
  from: TaskState | null;
  to: TaskState;
  deadline: string;
  listed: boolean;
  createdOn: string;
  reportedDoneOn: string | null;
  closedOn: string | null;
  on: string;
  /** Once finished: whether it was finished by its deadline. */
  onTime: boolean | null;
}

/** The fact event of a row after a change (or, emitted again for a rebuild, as it stands), under the row's tenant. */
export function taskTransitionedEvent(before: TaskRow | null, after: TaskRow, action: string, today: IsoDate): OutboxEvent {
  const finishedOn = after.reportedDoneOn ?? after.closedOn;
  const finished = after.state === TaskState.SIGNED_OFF || after.state === TaskState.REPORTED_DONE;
  const fact: TaskTransitionedPayload = {
    taskId: after.id,
    version: after.version,
    number: after.number,
    rootId: after.rootId,
    parentId: after.parentId,
    listId: after.listId,
    listKind: after.listKind,
    assigningTenantId: after.assigningTenantId,
    assigneeKind: after.assigneeKind,
    assigneeTenantId: after.assigneeTenantId,
    assigneeMemberId: after.assigneeMemberId,
    assigneeName: after.assigneeName,
    action,
    from: before?.state ?? null,
    to: after.state,
    deadline: after.deadline,
    listed: after.listed,
    createdOn: after.createdOn,
    reportedDoneOn: after.reportedDoneOn,
    closedOn: after.closedOn,
    on: today,
    onTime: finished ? !isTaskOverdue({ state: after.state, deadline: after.deadline, finishedOn }, today) : null,
  };
  return { topic: 'task.transitioned', payload: fact, tenant: { tenantId: after.tenantId, tenantPath: after.tenantPath } };
}
