import type { TaskAction, TaskReportInput } from '../gql/graphql';
import type { ClockCount } from './clock-tag';
import { attachmentLines } from './notices';

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

/** The days left on a task's deadline as the API counts them; null once its clock has stopped (reported done, signed off, cancelled). */
export function taskClock(task: { daysLeft?: number | null; overdueDays?: number | null; dueSoon?: boolean }): ClockCount | null {
  if (task.daysLeft == null || task.overdueDays == null) return null;
  return { daysLeft: task.daysLeft, overdueDays: task.overdueDays, dueSoon: task.dueSoon ?? false };
}

/** What the report forms collect: progress (报送进展) with its percentage, or the final report (报结). */
export interface TaskReportValues {
  text?: string;
  percent?: number;
  evidence?: string;
}

/** The report's input: a final report is the whole work done (100%, as the API requires); evidence one item a line. */
export function taskReportInput(
  action: Extract<TaskAction, 'REPORT_PROGRESS' | 'REPORT_DONE'>,
  task: { id: string; version: number },
  values: TaskReportValues,
): TaskReportInput {
  const final = action === 'REPORT_DONE';
  return {
    id: task.id,
    version: task.version,
    text: values.text ?? '',
    percent: final ? 100 : (values.percent ?? 0),
    final,
    evidence: attachmentLines(values.evidence),
  };
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
