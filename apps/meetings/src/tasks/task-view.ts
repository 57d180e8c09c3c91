import type { IsoDate } from '#common/calendar';
import { isTaskOverdue } from './clock/domain/index.js';
import { AssigneeKind, type TaskAssignee } from './domain/index.js';
import type { Task } from './dto/task.types.js';
import type { TaskRow } from './task.store.js';

/** A row's assignee as the rules take it (`decideTaskAction`); null for a list's own task. */
export function assigneeOf(row: TaskRow): TaskAssignee | null {
  if (row.assigneeKind === null) return null;
  if (row.assigneeKind === AssigneeKind.CONFERENCE) return { kind: AssigneeKind.CONFERENCE, tenantId: row.assigneeTenantId! };
  return {
    kind: AssigneeKind.MEMBER_UNIT,
    tenantId: row.assigneeTenantId!,
    memberId: row.assigneeMemberId!,
    unitId: row.assigneeUnitId,
    liaisonUserId: row.assigneeLiaisonUserId!,
  };
}

/** The GraphQL shape of a row on `today`. */
export function taskView(row: TaskRow, today: IsoDate): Task {
  const finishedOn = row.reportedDoneOn ?? row.closedOn;
  return {
    ...row,
    assignee: row.assigneeKind
      ? {
          kind: row.assigneeKind,
          tenantId: row.assigneeTenantId!,
          memberId: row.assigneeMemberId,
          unitId: row.assigneeUnitId,
          name: row.assigneeName!,
        }
      : null,
    assignedTo: assigneeOf(row),
    overdue: isTaskOverdue({ state: row.state, deadline: row.deadline, finishedOn }, today),
  };
}
