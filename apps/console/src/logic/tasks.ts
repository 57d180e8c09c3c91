import type { Role, TaskAssigneeKind, TaskState } from '../gql/graphql';

/** A task as the tree table needs it: its id and its parent's. */
export interface TaskNode {
  id: string;
  parentId?: string | null;
}

export type TaskRow<T extends TaskNode> = T & { children?: TaskRow<T>[] };

/**
 * The rows of the task tree from the flat list the viewer sees: each task under its parent (antd
 * renders `children` as rows below); a task whose parent the viewer cannot see is a top row.
 * Order within a level is the list's.
 */
export function taskTreeRows<T extends TaskNode>(tasks: readonly T[]): TaskRow<T>[] {
  const ids = new Set(tasks.map((task) => task.id));
  const byParent = new Map<string, T[]>();
  for (const task of tasks) {
    if (task.parentId && ids.has(task.parentId)) byParent.set(task.parentId, [...(byParent.get(task.parentId) ?? []), task]);
  }
  const toRow = (task: T): TaskRow<T> => {
    const children = (byParent.get(task.id) ?? []).map(toRow);
    return children.length > 0 ? { ...task, children } : { ...task };
  };
  return tasks.filter((task) => !task.parentId || !ids.has(task.parentId)).map(toRow);
}

export type TaskForm = 'receive' | 'start' | 'split' | 'report' | 'signOff' | 'sendBack' | 'cancel';

/** What the viewer can be to a task: its assignee, or the office that assigned it. */
export interface TaskViewer {
  tenantId: string;
  unitId: string | null;
  roles: readonly Role[];
}

export interface TaskForActions {
  state: TaskState;
  assigningTenantId: string;
  assignee?: { kind: TaskAssigneeKind; tenantId: string; unitId?: string | null } | null;
}

/** The states each form applies to (the API's transitions); the server refuses the rest. */
const FORM_STATES: Readonly<Record<TaskForm, readonly TaskState[]>> = {
  receive: ['ASSIGNED'],
  start: ['RECEIVED', 'SENT_BACK'],
  split: ['RECEIVED', 'IN_PROGRESS', 'SENT_BACK'],
  report: ['RECEIVED', 'IN_PROGRESS', 'SENT_BACK'],
  signOff: ['REPORTED_DONE'],
  sendBack: ['REPORTED_DONE'],
  cancel: ['ASSIGNED', 'RECEIVED', 'IN_PROGRESS', 'REPORTED_DONE', 'SENT_BACK'],
};

const ASSIGNEE_FORMS: readonly TaskForm[] = ['receive', 'start', 'split', 'report'];
const OFFICE_FORMS: readonly TaskForm[] = ['signOff', 'sendBack', 'cancel'];
const OFFICE_ROLES: readonly Role[] = ['CONFERENCE_OFFICE', 'TENANT_ADMIN'];

function isAssignee(task: TaskForActions, viewer: TaskViewer): boolean {
  const assignee = task.assignee;
  if (!assignee || assignee.tenantId !== viewer.tenantId) return false;
  if (assignee.kind === 'CONFERENCE') return viewer.roles.some((role) => OFFICE_ROLES.includes(role));
  return (assignee.unitId != null && assignee.unitId === viewer.unitId) || viewer.roles.includes('MEMBER_UNIT');
}

/**
 * The forms the task page offers the viewer: the assignee's (receive, start, split — a child
 * conference only —, report) or the assigning office's (sign off, send back, cancel), in the
 * states that allow them. An assignee never judges its own work.
 */
export function taskForms(task: TaskForActions, viewer: TaskViewer): TaskForm[] {
  const assignee = isAssignee(task, viewer);
  const office = !assignee && viewer.tenantId === task.assigningTenantId && viewer.roles.some((role) => OFFICE_ROLES.includes(role));
  const mine = [...(assignee ? ASSIGNEE_FORMS : []), ...(office ? OFFICE_FORMS : [])];
  return mine.filter((form) => FORM_STATES[form].includes(task.state) && (form !== 'split' || task.assignee?.kind === 'CONFERENCE'));
}

export interface DashboardRow {
  name: string;
  assigned: number;
  signedOff: number;
  doneOnTime: number;
  overdue: number;
  lateReports: number;
  completionRate?: number | null;
}

export interface BarSeries {
  name: string;
  data: number[];
}

/** The bar chart per assignee: one category per row, one series per count. */
export function dashboardBars(rows: readonly DashboardRow[]): { categories: string[]; series: BarSeries[] } {
  const counts: [keyof DashboardRow, string][] = [
    ['assigned', '交办'],
    ['signedOff', '已销号'],
    ['doneOnTime', '按时完成'],
    ['overdue', '逾期'],
    ['lateReports', '迟报'],
  ];
  return {
    categories: rows.map((row) => row.name),
    series: counts.map(([key, name]) => ({ name, data: rows.map((row) => row[key] as number) })),
  };
}

/** A completion rate as the dashboard shows it: a dash when nothing was assigned. */
export function percentLabel(rate: number | null | undefined): string {
  return rate == null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/**
 * The trend of sign-offs: per day (China time) the number of tasks signed off that day and the
 * running total, in date order.
 */
export function signOffTrend(closedOn: readonly (string | null | undefined)[]): { dates: string[]; daily: number[]; cumulative: number[] } {
  const byDay = new Map<string, number>();
  for (const day of closedOn) if (day) byDay.set(day, (byDay.get(day) ?? 0) + 1);
  const dates = [...byDay.keys()].sort();
  const daily = dates.map((day) => byDay.get(day)!);
  let total = 0;
  const cumulative = daily.map((count) => (total += count));
  return { dates, daily, cumulative };
}
