import { AppError, forbidden, validation } from '#common/errors';
import { type TaskActor, type TaskAssignee, TASK_ACTION_ROLES, checkMayAct, isAssigningOffice } from './access.js';
import { taskTransition } from './task-state.js';
import { TASK_ACTION_LABELS, TaskAction, type TaskState } from './vocabulary.js';

/** A task as deciding on an action needs it. */
export interface ActedTask {
  state: TaskState;
  assigningTenantId: string;
  /** Null for a list's own task: its assignments carry it out. */
  assignee: TaskAssignee | null;
  /** The states of its direct subtasks, as far as the actor sees them; none for a task never split. */
  subtaskStates: readonly TaskState[];
}

/** The order actions are offered in: the assignee's work as it goes, then the assigning office's judgement. */
export const TASK_ACTION_ORDER: readonly TaskAction[] = [
  TaskAction.RECEIVE,
  TaskAction.START,
  TaskAction.SPLIT,
  TaskAction.REPORT_PROGRESS,
  TaskAction.REPORT_DONE,
  TaskAction.SIGN_OFF,
  TaskAction.SEND_BACK,
  TaskAction.CANCEL,
];

/**
 * Whether the actor may take `action` on the task now, as far as the task and the actor decide it:
 * the state after it, or the refusal — FORBIDDEN for a role the action's mutation does not admit
 * or an actor who is neither the assignee (for the work) nor the assigning office (for the
 * judgement); VALIDATION for a list's own task, which its office only cancels; INVALID_TRANSITION
 * for a state or subtasks that do not allow it. What the user enters (a reason, a report, the
 * split's members and deadlines) the command checks after this.
 */
export function decideTaskAction(task: ActedTask, actor: TaskActor, action: TaskAction): TaskState {
  if (!actor.roles.some((role) => TASK_ACTION_ROLES[action].includes(role))) throw forbidden(`当前角色不能${TASK_ACTION_LABELS[action]}任务`);
  if (task.assignee === null) {
    if (action !== TaskAction.CANCEL) {
      throw validation(`清单中的原任务由其承办方办理，不能直接${action === TaskAction.SPLIT ? '分解' : '办理'}；请办理交办给承办方的任务`);
    }
    if (!isAssigningOffice(task, actor)) throw forbidden('只有交办任务的联席会议办公室可以撤销任务');
  } else {
    checkMayAct({ assigningTenantId: task.assigningTenantId, assignee: task.assignee }, actor, action);
  }
  return taskTransition(task.state, action, task.subtaskStates);
}

/** The actions the actor may take on the task now (those `decideTaskAction` allows), in working order. */
export function availableTaskActions(task: ActedTask, actor: TaskActor): TaskAction[] {
  return TASK_ACTION_ORDER.filter((action) => {
    try {
      decideTaskAction(task, actor, action);
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  });
}
