import { Injectable } from '@nestjs/common';
import { type Countdown, type IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { groupBy } from '#common/collections';
import { notFound } from '#common/errors';
import { decodeCursor, toConnection, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import {
  type ReportingCadence,
  cadencePeriod,
  isDoneOnTime,
  isTaskOverdue,
  reportingEndsOn,
  reportingStatus,
  runsDeadlineClock,
  taskCountdown,
} from './clock/domain/index.js';
import { CadenceKind, TaskListKind, TaskState } from './domain/index.js';
import type { TaskFilter } from './dto/task.inputs.js';
import type { Task, TaskDashboard, TaskDashboardRow, TaskHistoryEntry, TaskList, TaskReport, TaskReporting } from './dto/task.types.js';
import { TaskCalendars } from './clock/task-calendars.service.js';
import { TaskListStore } from './task-list.store.js';
import { TaskStore, type TaskRow } from './task.store.js';
import { taskView } from './task-view.js';

/** A row of the dashboard's scope with the days it was reported on. */
interface CountedRow extends TaskRow {
  reportDates: IsoDate[];
}

const LIST_ORDER = Object.values(TaskListKind);

function cadenceOf(task: Pick<TaskRow, 'cadenceKind' | 'cadenceDays'>): ReportingCadence {
  return task.cadenceKind === CadenceKind.WEEKLY ? { kind: CadenceKind.WEEKLY } : { kind: CadenceKind.EVERY_N_DAYS, days: task.cadenceDays! };
}

/** Reads of tasks, their reports and history, and the dashboards; what a caller sees is row-level security's answer. */
@Injectable()
export class TaskQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: TaskStore,
    private readonly taskLists: TaskListStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly calendars: TaskCalendars,
    private readonly clock: Clock,
  ) {}

  /** The lists of a tenant's conference (the caller's own by default), standing lists first. */
  lists(ctx: TenantContext, tenantId: string | null | undefined): Promise<TaskList[]> {
    return this.transactions.run(ctx, (em) => this.taskLists.ofTenant(em, tenantId ?? ctx.tenantId));
  }

  listsByIds(ctx: TenantContext, ids: readonly string[]): Promise<(TaskList | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows = await this.taskLists.byIds(em, ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
  }

  list(ctx: TenantContext, filter: TaskFilter | null | undefined, page: PageArgs): Promise<Connection<Task>> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const rows = await this.store.list(em, {
        listId: filter?.listId,
        state: filter?.state,
        assigningTenantId: filter?.assigningTenantId,
        assigneeTenantId: filter?.assigneeTenantId,
        memberId: filter?.memberId,
        rootsOnly: filter?.rootsOnly,
        overdueOn: filter?.overdue ? today : null,
        after: decodeCursor(page.after, ['timestamp', 'uuid']),
        limit: page.first + 1,
      });
      return toConnection(
        rows.map((row) => ({ ...taskView(row, today), createdAt: row.createdAt })),
        page.first,
        (task) => [task.createdAt.toISOString(), task.id],
      );
    });
  }

  byIds(ctx: TenantContext, ids: readonly string[]): Promise<(Task | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const rows = await this.store.visible(em, ids);
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        return row ? taskView(row, today) : null;
      });
    });
  }

  /** The direct subtasks of each task (assignments of a list's task, the split of a cascaded one). */
  childrenOf(ctx: TenantContext, parentIds: readonly string[]): Promise<Task[]> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const rows = await this.store.childrenByNumber(em, parentIds);
      return rows.map((row) => taskView(row, today));
    });
  }

  reportsOf(ctx: TenantContext, taskIds: readonly string[]): Promise<(TaskReport & { taskId: string })[]> {
    return this.transactions.run(ctx, (em) => this.store.reportsOf(em, taskIds));
  }

  historyOf(ctx: TenantContext, taskIds: readonly string[]): Promise<(TaskHistoryEntry & { taskId: string })[]> {
    return this.transactions.run(ctx, (em) => this.store.historyOf(em, taskIds));
  }

  /** The reminder leads of tenants' calendars, by tenant path: the leads a task's deadline is reminded at (see `TaskDeadlines`). */
  reminderLeadDaysOf(ctx: TenantContext, tenantPaths: readonly string[]): Promise<number[][]> {
    return this.transactions.run(ctx, async (em) => {
      const calendars = await this.calendars.forTenantPaths(em, tenantPaths);
      return tenantPaths.map((path) => calendars.get(path)!.reminderLeadDays);
    });
  }

  /** The days left on a task's deadline today, while its clock runs (see `taskCountdown`). */
  countdown(task: Task, reminderLeadDays: readonly number[]): Countdown | null {
    return taskCountdown({ state: task.state, deadline: task.deadline as IsoDate }, this.clock.today(), reminderLeadDays);
  }

  /** Where an assignment's reporting stands (a list's own task reports nothing: null). */
  reporting(task: Task, reports: readonly TaskReport[]): TaskReporting | null {
    if (task.parentId === null) return null;
    const today = this.clock.today();
    const cadence = cadenceOf(task);
    const end = reportingEndsOn({ state: task.state, reportedDoneOn: task.reportedDoneOn as IsoDate | null, closedOn: task.closedOn as IsoDate | null }, today);
    const status = reportingStatus(
      task.createdOn as IsoDate,
      cadence,
      reports.map((r) => r.reportedOn as IsoDate),
      end,
    );
    return {
      cadence: task.cadenceKind,
      periodDays: cadencePeriod(cadence),
      dueDates: status.dueDates,
      missed: status.missed,
      nextDue: runsDeadlineClock(task.state) ? status.nextDue : null,
    };
  }

  /**
   * The assignments made by a tenant's conference (or, with `subtree`, by every conference in its
   * subtree), counted per list and per assignee: assigned (not cancelled), signed off, done on
   * time, overdue, late reports, completion rate. A tenant may ask for itself or one below it.
   */
  dashboard(ctx: TenantContext, tenantId: string | null | undefined, subtree: boolean): Promise<TaskDashboard> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const path = await this.jurisdictions.pathOf(em, tenantId ?? ctx.tenantId);
      if (path === null) throw notFound('机构');
      const rows: CountedRow[] = await this.store.assignmentsWithReportDates(em, subtree ? { subtreePath: path } : { tenantId: tenantId ?? ctx.tenantId });
      const byList = groupBy(rows, (row) => row.listId);
      const byAssignee = groupBy(rows, (row) => row.assigneeMemberId ?? row.assigneeTenantId!);
      const count = (key: string, name: string, assigningTenantId: string, group: CountedRow[]) => this.count(key, name, assigningTenantId, group, today);
      const ownTenant = tenantId ?? ctx.tenantId;
      return {
        tenantId: ownTenant,
        subtree,
        asOf: today,
        total: count(ownTenant, '合计', ownTenant, rows),
        // As the lists are shown: standing lists first, in their order.
        byList: [...byList.values()]
          .sort((a, b) => LIST_ORDER.indexOf(a[0]!.listKind) - LIST_ORDER.indexOf(b[0]!.listKind) || a[0]!.listName.localeCompare(b[0]!.listName, 'zh'))
          .map((group) => count(group[0]!.listId, group[0]!.listName, group[0]!.assigningTenantId, group)),
        byAssignee: [...byAssignee.entries()]
          .map(([key, group]) => count(key, group[0]!.assigneeName!, group[0]!.assigningTenantId, group))
          .sort((a, b) => a.assigningTenantId.localeCompare(b.assigningTenantId) || a.name.localeCompare(b.name, 'zh')),
      };
    });
  }

  private count(key: string, name: string, assigningTenantId: string, rows: readonly CountedRow[], today: IsoDate): TaskDashboardRow {
    const live = rows.filter((row) => row.state !== TaskState.CANCELLED);
    const finished = (row: CountedRow) => ({ state: row.state, deadline: row.deadline, finishedOn: row.reportedDoneOn ?? row.closedOn });
    const signedOff = live.filter((row) => row.state === TaskState.SIGNED_OFF).length;
    return {
      key,
      name,
      assigningTenantId,
      assigned: live.length,
      signedOff,
      doneOnTime: live.filter((row) => isDoneOnTime(finished(row))).length,
      overdue: live.filter((row) => isTaskOverdue(finished(row), today)).length,
      lateReports: live.reduce(
        (sum, row) => sum + reportingStatus(row.createdOn, cadenceOf(row), row.reportDates, reportingEndsOn(row, today)).missed.length,
        0,
      ),
      completionRate: live.length ? signedOff / live.length : null,
    };
  }
}
