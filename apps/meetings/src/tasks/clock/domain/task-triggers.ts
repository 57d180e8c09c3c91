import type { IsoDate } from '#common/calendar';
import { type ClockTrigger, clockTriggers } from '#common/deadlines';
import type { EventEnvelope, SupervisionTriggerPayload } from '#common/events';
import type { TaskState } from '../../domain/index.js';
import { runsDeadlineClock } from './deadline-clock.js';
import type { TaskCalendar } from './calendar-chain.js';

/** Task trigger ids read `task-<clockId>-REMINDER-<lead>-<deadline>` / `task-<clockId>-OVERDUE-<deadline>`. */
export const TASK_TRIGGER_PREFIX = 'task';

/** `task.deadline`: a task's clock started, moved or stopped; the meetings worker keeps its jobs from the row. */
export interface TaskDeadlinePayload {
  taskId: string;
  clockId: string;
  change: 'STARTED' | 'STOPPED';
  deadline: string;
}

/** A task whose clock runs, as its triggers need it. */
export interface RunningClock {
  tenantId: string;
  tenantPath: string;
  taskId: string;
  clockId: string;
  deadline: IsoDate;
  number: string;
  title: string;
  assigneeUnitId: string | null;
  /** The tenant whose conference assigned the task: it owns the deadline and supervises it. */
  assigningTenantId: string;
  assigningTenantPath: string;
}

/** The reminders and the overdue trigger a running clock calls for on its tenant's calendar. */
export function taskTriggers(clock: Pick<RunningClock, 'clockId' | 'deadline'>, { calendar, reminderLeadDays }: TaskCalendar): ClockTrigger[] {
  return clockTriggers(TASK_TRIGGER_PREFIX, clock.clockId, clock.deadline, reminderLeadDays, calendar);
}

/**
 * The id of a task's clock after a change to `to`: none once the assignee no longer owes the work,
 * the same while it runs on, `fresh` when it starts (again).
 */
export function clockIdAfter(before: { state: TaskState; clockId: string | null }, to: TaskState, fresh: string): string | null {
  if (!runsDeadlineClock(to)) return null;
  return runsDeadlineClock(before.state) ? before.clockId : fresh;
}

/** A fired trigger as supervision takes it, as if it had come from another owner's outbox. */
export function supervisionTrigger(clock: RunningClock, trigger: ClockTrigger, firedAt: Date, id: string): EventEnvelope<SupervisionTriggerPayload> {
  return {
    id,
    topic: 'supervision.triggered',
    tenantId: clock.tenantId,
    tenantPath: clock.tenantPath,
    requestId: `task-deadline-${trigger.id}`,
    occurredAt: firedAt.toISOString(),
    payload: {
      triggerId: trigger.id,
      kind: trigger.kind,
      subjectType: 'TASK',
      subjectId: clock.taskId,
      subjectNumber: clock.number,
      subjectTitle: clock.title,
      stage: 'TASK',
      clockId: clock.clockId,
      deadline: trigger.deadline,
      leadDays: trigger.leadDays,
      responsibleTenantId: clock.tenantId,
      responsibleTenantPath: clock.tenantPath,
      responsibleUnitId: clock.assigneeUnitId,
      // The row is the assignee's (a child conference's row is the child's); the deadline is
      // the assigning conference's, which supervises it.
      ownerTenantId: clock.assigningTenantId,
      ownerTenantPath: clock.assigningTenantPath,
      firedAt: firedAt.toISOString(),
    },
  };
}
