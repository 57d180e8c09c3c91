import { Injectable } from '@nestjs/common';
import { type Countdown, type IsoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { groupBy } from '#common/collections';
import { notFound } from '#common/errors';
import { decodeCursor, toConnection, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import {
  CadenceKind,
  type ReportingCadence,
  cadencePeriod,
  isDoneOnTime,
  isTaskOverdue,
  reportingEndsOn,
  reportingStatus,
  runsDeadlineClock,
  taskCountdown,
  TaskListKind,
  TaskState,
} from './domain/index.js';
import type { TaskFilter } from './dto/task.inputs.js';
import type { Task, TaskDashboard, TaskDashboardRow, TaskHistoryEntry, TaskReport, TaskReporting } from './dto/task.types.js';
import { TaskCalendars } from './task-calendar.js';
import { TASK_COLUMNS, TaskStore, type TaskRow } from './task-store.js';

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
    private readonly calendars: TaskCalendars,
    private readonly clock: Clock,
  ) {}

  list(ctx: TenantContext, filter: TaskFilter | null | undefined, page: PageArgs): Promise<Connection<Task>> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const params: unknown[] = [];
      const where: string[] = ['true'];
      if (filter?.listId) where.push(`t.list_id = $${params.push(filter.listId)}`);
      if (filter?.state) where.push(`t.state = $${params.push(filter.state)}`);
      if (filter?.assigningTenantId) where.push(`t.assigning_tenant_id = $${params.push(filter.assigningTenantId)}`);
      if (filter?.assigneeTenantId) where.push(`t.assignee_tenant_id = $${params.push(filter.assigneeTenantId)}`);
      if (filter?.memberId) where.push(`t.assignee_member_id = $${params.push(filter.memberId)}`);
      if (filter?.rootsOnly) where.push('t.parent_id IS NULL');
      if (filter?.overdue) {
        // The SQL of `isTaskOverdue`, so that a page is filtered before it is cut.
        where.push(`t.state <> 'CANCELLED' AND (CASE WHEN t.state IN ('REPORTED_DONE', 'SIGNED_OFF')
          THEN coalesce(t.reported_done_on, t.closed_on) ELSE $${params.push(today)}::date END) > t.deadline`);
      }
      const after = decodeCursor(page.after, ['timestamp', 'uuid']);
      if (after) {
        const [at, id] = after;
        where.push(`(t.created_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
      }
      const rows: (TaskRow & { createdAt: Date })[] = await em.query(
        `SELECT ${TASK_COLUMNS}, t.created_at AS "createdAt" FROM ${MEETINGS_SCHEMA}.tasks t WHERE ${where.join(' AND ')}
          ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.push(page.first + 1)}`,
        params,
      );
      return toConnection(
        rows.map((row) => ({ ...TaskStore.view(row, today), createdAt: row.createdAt })),
        page.first,
        (task) => [task.createdAt.toISOString(), task.id],
      );
    });
  }

  byIds(ctx: TenantContext, ids: readonly string[]): Promise<(Task | null)[]> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const rows: TaskRow[] = await em.query(`SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.id = ANY($1::uuid[])`, [[...ids]]);
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        return row ? TaskStore.view(row, today) : null;
      });
    });
  }

  /** The direct subtasks of each task (assignments of a list's task, the split of a cascaded one). */
  childrenOf(ctx: TenantContext, parentIds: readonly string[]): Promise<Task[]> {
    return this.transactions.run(ctx, async (em) => {
      const today = this.clock.today();
      const rows: TaskRow[] = await em.query(
        `SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.parent_id = ANY($1::uuid[]) ORDER BY t.number`,
        [[...parentIds]],
      );
      return rows.map((row) => TaskStore.view(row, today));
    });
  }

  reportsOf(ctx: TenantContext, taskIds: readonly string[]): Promise<(TaskReport & { taskId: string })[]> {
    return this.transactions.run(ctx, (em) =>
      em.query(
        `SELECT id, task_id AS "taskId", reported_on::text AS "reportedOn", text, percent, evidence, final, reporter_name AS "reporterName", at
           FROM ${MEETINGS_SCHEMA}.task_reports WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, at`,
        [[...taskIds]],
      ),
    );
  }

  historyOf(ctx: TenantContext, taskIds: readonly string[]): Promise<(TaskHistoryEntry & { taskId: string })[]> {
    return this.transactions.run(ctx, (em) =>
      em.query(
        `SELECT task_id AS "taskId", seq, action, from_state AS "fromState", to_state AS "toState", actor_name AS "actorName", reason, at
           FROM ${MEETINGS_SCHEMA}.task_history WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, seq`,
        [[...taskIds]],
      ),
    );
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
    const status = reportingStatus(task.createdOn as IsoDate, cadence, reports.map((r) => r.reportedOn as IsoDate), end);
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
      const [tenant]: { path: string }[] = await em.query(`SELECT tenant_path::text AS path FROM ${MEETINGS_SCHEMA}.jurisdictions WHERE tenant_id = $1`, [
        tenantId ?? ctx.tenantId,
      ]);
      if (!tenant) throw notFound('机构');
      const [scope, param] = subtree ? ['t.assigning_tenant_path <@ $1::ltree', tenant.path] : ['t.assigning_tenant_id = $1', tenantId ?? ctx.tenantId];
      const rows: CountedRow[] = await em.query(
        `SELECT ${TASK_COLUMNS},
                coalesce((SELECT array_agg(r.reported_on::text ORDER BY r.reported_on) FROM ${MEETINGS_SCHEMA}.task_reports r
                           WHERE r.tenant_id = t.tenant_id AND r.task_id = t.id), '{}') AS "reportDates"
           FROM ${MEETINGS_SCHEMA}.tasks t
          WHERE t.parent_id IS NOT NULL AND ${scope}`,
        [param],
      );
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
