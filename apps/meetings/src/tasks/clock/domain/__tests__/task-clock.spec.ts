import { describe, expect, it } from '@jest/globals';
import { isoDate } from '#common/calendar';
import { TaskState } from '../../../domain/index.js';
import { type RunningClock, type TenantCalendarRow, clockIdAfter, supervisionTrigger, taskCalendarOf, taskTriggers } from '../index.js';

const row = (tenantPath: string, reminderLeadDays: number[] | null, holiday?: string): TenantCalendarRow => ({
  tenantPath,
  reminderLeadDays,
  declaredYears: [],
  overrides: holiday ? [{ date: isoDate(holiday), kind: 'HOLIDAY', name: '地方假日' }] : [],
});

const clock: RunningClock = {
  tenantId: 't-child',
  tenantPath: '51.5101',
  taskId: 'task-1',
  clockId: 'clock-1',
  deadline: isoDate('2026-06-15'),
  number: 'RW2026-000001-1',
  title: '排查化解',
  assigneeUnitId: 'unit-1',
  assigningTenantId: 't-parent',
  assigningTenantPath: '51',
};

describe('task calendars', () => {
  it("takes the tenant's chain only: itself and its ancestors, not a sibling whose code starts alike", () => {
    const rows = [row('51', [3]), row('51.5101', [5], '2026-06-12'), row('51.51011', [1], '2026-06-11')];
    const calendar = taskCalendarOf(rows, '51.5101');
    expect(calendar.reminderLeadDays).toEqual([5]);
    expect(calendar.calendar.isWorkingDay(isoDate('2026-06-12'))).toBe(false);
    expect(calendar.calendar.isWorkingDay(isoDate('2026-06-11'))).toBe(true);
  });

  it('inherits the nearest reminder leads set above', () => {
    expect(taskCalendarOf([row('51', [2, 7]), row('51.5101', null)], '51.5101').reminderLeadDays).toEqual([2, 7]);
  });
});

describe('task clock ids', () => {
  it('keeps the clock while the work is owed, starts a fresh one when it is owed again, and drops it when it is not', () => {
    expect(clockIdAfter({ state: TaskState.RECEIVED, clockId: 'c' }, TaskState.IN_PROGRESS, 'new')).toBe('c');
    expect(clockIdAfter({ state: TaskState.REPORTED_DONE, clockId: null }, TaskState.SENT_BACK, 'new')).toBe('new');
    expect(clockIdAfter({ state: TaskState.IN_PROGRESS, clockId: 'c' }, TaskState.REPORTED_DONE, 'new')).toBeNull();
  });
});

describe('task triggers', () => {
  it('are named after the task clock and become supervision triggers owned by the assigning conference', () => {
    const triggers = taskTriggers(clock, taskCalendarOf([row('51', [3])], clock.tenantPath));
    expect(triggers.map((trigger) => trigger.id)).toContain('task-clock-1-OVERDUE-2026-06-15');
    const overdue = triggers.find((trigger) => trigger.kind === 'OVERDUE')!;
    const envelope = supervisionTrigger(clock, overdue, new Date('2026-06-16T01:00:00Z'), 'event-1');
    expect(envelope).toMatchObject({ id: 'event-1', topic: 'supervision.triggered', tenantId: 't-child', requestId: `task-deadline-${overdue.id}` });
    expect(envelope.payload).toMatchObject({
      subjectType: 'TASK',
      subjectId: 'task-1',
      stage: 'TASK',
      responsibleTenantId: 't-child',
      responsibleUnitId: 'unit-1',
      ownerTenantId: 't-parent',
      ownerTenantPath: '51',
    });
  });
});
