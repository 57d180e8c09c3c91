import { type IsoDate, compareDates } from '#common/calendar';
import { validation } from '#common/errors';

/** A task's deadline may not fall before the day the task was created. */
export function checkTaskDeadline(createdOn: IsoDate, deadline: IsoDate): void {
  if (compareDates(deadline, createdOn) < 0) {
    throw validation(`任务期限（${deadline}）不能早于任务创建日期（${createdOn}）`, { field: 'deadline', createdOn, deadline });
  }
}

/** A subtask must be finished in time for its parent: its deadline may not be after the parent's. */
export function checkSubtaskDeadline(parentDeadline: IsoDate, deadline: IsoDate): void {
  if (compareDates(deadline, parentDeadline) > 0) {
    throw validation(`下级任务期限（${deadline}）不能晚于上级任务期限（${parentDeadline}）`, {
      field: 'deadline',
      parentDeadline,
      deadline,
    });
  }
}

export interface ParentTask {
  deadline: IsoDate;
  /** 挂牌督办 */
  listed: boolean;
}

export interface SubtaskInput {
  deadline: IsoDate;
  listed?: boolean;
}

/**
 * The deadline and flags of a subtask split from `parent` on `createdOn`: its deadline within the
 * parent's and not before today; a listed (挂牌督办) parent lists every subtask.
 */
export function subtaskTerms(parent: ParentTask, input: SubtaskInput, createdOn: IsoDate): { deadline: IsoDate; listed: boolean } {
  checkTaskDeadline(createdOn, input.deadline);
  checkSubtaskDeadline(parent.deadline, input.deadline);
  return { deadline: input.deadline, listed: parent.listed || (input.listed ?? false) };
}
