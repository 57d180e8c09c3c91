import { describe, expect, it } from '@jest/globals';
import { isoDate } from '#common/calendar';
import { TaskState } from '../../../domain/index.js';
import { isDoneOnTime, isTaskOverdue, runsDeadlineClock, taskCountdown } from '../index.js';

describe('overdue and done on time', () => {
  const deadline = isoDate('2026-12-10');
  const { IN_PROGRESS, REPORTED_DONE, SIGNED_OFF, CANCELLED, SENT_BACK } = TaskState;

  it('counts an open task overdue from the day after its deadline', () => {
    expect(isTaskOverdue({ state: IN_PROGRESS, deadline, finishedOn: null }, isoDate('2026-12-10'))).toBe(false);
    expect(isTaskOverdue({ state: IN_PROGRESS, deadline, finishedOn: null }, isoDate('2026-12-11'))).toBe(true);
    // A send-back reopens the work: the day it was once reported done no longer counts.
    expect(isTaskOverdue({ state: SENT_BACK, deadline, finishedOn: isoDate('2026-12-09') }, isoDate('2026-12-11'))).toBe(true);
  });

  it('judges a finished task by the day it was reported done, whenever it is asked', () => {
    expect(isTaskOverdue({ state: REPORTED_DONE, deadline, finishedOn: isoDate('2026-12-10') }, isoDate('2027-01-05'))).toBe(false);
    expect(isTaskOverdue({ state: SIGNED_OFF, deadline, finishedOn: isoDate('2026-12-11') }, isoDate('2026-12-11'))).toBe(true);
    expect(isDoneOnTime({ state: SIGNED_OFF, deadline, finishedOn: isoDate('2026-12-10') })).toBe(true);
    expect(isDoneOnTime({ state: SIGNED_OFF, deadline, finishedOn: isoDate('2026-12-11') })).toBe(false);
    expect(isDoneOnTime({ state: REPORTED_DONE, deadline, finishedOn: isoDate('2026-12-01') })).toBe(false);
  });

  it('never counts a cancelled task overdue', () => {
    expect(isTaskOverdue({ state: CANCELLED, deadline, finishedOn: null }, isoDate('2027-06-01'))).toBe(false);
  });
});

describe('runsDeadlineClock', () => {
  it('runs while the assignee owes the work, and stops when it is reported done, signed off or cancelled', () => {
    const running = Object.values(TaskState).filter(runsDeadlineClock);
    expect(running.sort()).toEqual([TaskState.ASSIGNED, TaskState.IN_PROGRESS, TaskState.RECEIVED, TaskState.SENT_BACK].sort());
  });
});

describe('taskCountdown', () => {
  const deadline = isoDate('2026-12-10');

  it('counts down while the clock runs, by the task tenant’s longest reminder lead, and past the deadline', () => {
    expect(taskCountdown({ state: TaskState.RECEIVED, deadline }, isoDate('2026-12-01'), [3, 1])).toEqual({ daysLeft: 9, overdueDays: 0, dueSoon: false });
    expect(taskCountdown({ state: TaskState.SENT_BACK, deadline }, isoDate('2026-12-07'), [3, 1])).toEqual({ daysLeft: 3, overdueDays: 0, dueSoon: true });
    expect(taskCountdown({ state: TaskState.IN_PROGRESS, deadline }, isoDate('2026-12-10'), [])).toEqual({ daysLeft: 0, overdueDays: 0, dueSoon: false });
    expect(taskCountdown({ state: TaskState.ASSIGNED, deadline }, isoDate('2026-12-13'), [3])).toEqual({ daysLeft: 0, overdueDays: 3, dueSoon: false });
  });

  it('has nothing to count once the task is reported done, signed off or cancelled', () => {
    for (const state of [TaskState.REPORTED_DONE, TaskState.SIGNED_OFF, TaskState.CANCELLED]) {
      expect(taskCountdown({ state, deadline }, isoDate('2026-12-13'), [3])).toBeNull();
    }
  });
});
