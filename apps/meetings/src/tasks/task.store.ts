import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { conflict, notFound } from '#common/errors';
import type { TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { AssigneeKind, type CadenceKind, type TaskAction, type TaskAssignee, type TaskListKind, type TaskPriority, TaskState } from './domain/index.js';
import type { TaskHistoryEntry, TaskReport } from './dto/task.types.js';

/** A task row as read, before the GraphQL shape. */
export interface TaskRow {
  id: string;
  tenantId: string;
  tenantPath: string;
  number: string;
  rootId: string;
  parentId: string | null;
  listId: string;
  listName: string;
  listKind: TaskListKind;
  assigningTenantId: string;
  assigningTenantPath: string;
  assigneeKind: AssigneeKind | null;
  assigneeTenantId: string | null;
  assigneeMemberId: string | null;
  assigneeUnitId: string | null;
  assigneeLiaisonUserId: string | null;
  assigneeName: string | null;
  decisionId: string | null;
  title: string;
  description: string | null;
  requiredOutcome: string | null;
  priority: TaskPriority;
  deadline: IsoDate;
  listed: boolean;
  linkedCaseIds: string[];
  cadenceKind: CadenceKind;
  cadenceDays: number | null;
  state: TaskState;
  clockId: string | null;
  sendBackReason: string | null;
  cancelReason: string | null;
  createdOn: IsoDate;
  reportedDoneOn: IsoDate | null;
  closedOn: IsoDate | null;
  version: number;
}

export const TASK_COLUMNS = `t.id, t.tenant_id AS "tenantId", t.tenant_path::text AS "tenantPath", t.number, t.root_id AS "rootId",
  t.parent_id AS "parentId", t.list_id AS "listId", t.list_name AS "listName", t.list_kind AS "listKind",
  t.assigning_tenant_id AS "assigningTenantId", t.assigning_tenant_path::text AS "assigningTenantPath",
  t.assignee_kind AS "assigneeKind", t.assignee_tenant_id AS "assigneeTenantId", t.assignee_member_id AS "assigneeMemberId",
  t.assignee_unit_id AS "assigneeUnitId", t.assignee_liaison_user_id AS "assigneeLiaisonUserId", t.assignee_name AS "assigneeName",
  t.decision_id AS "decisionId", t.title, t.description, t.required_outcome AS "requiredOutcome", t.priority, t.deadline::text AS deadline,
  t.listed, t.linked_case_ids AS "linkedCaseIds", t.cadence_kind AS "cadenceKind", t.cadence_days AS "cadenceDays", t.state,
  t.clock_id AS "clockId", t.send_back_reason AS "sendBackReason", t.cancel_reason AS "cancelReason", t.created_on::text AS "createdOn",
  t.reported_done_on::text AS "reportedDoneOn", t.closed_on::text AS "closedOn", t.version`;

/** What the list of tasks is filtered by. */
export interface TaskQuery {
  listId?: string | null;
  state?: TaskState | null;
  assigningTenantId?: string | null;
  assigneeTenantId?: string | null;
  memberId?: string | null;
  rootsOnly?: boolean | null;
  /** Only the tasks overdue on that day. */
  overdueOn?: IsoDate | null;
  /** The (created at, id) of the last task of the page before, in descending order. */
  after?: readonly [string, string] | null;
  limit: number;
}

/** A progress report, or the report that a task is done. */
export interface NewTaskReport {
  reportedOn: IsoDate;
  text: string;
  percent: number;
  evidence: string[];
  final: boolean;
}

/** A new row: a list's own task (no assignee) or an assignment of one. */
export interface NewTask {
  tenantId: string;
  tenantPath: string;
  rootId: string | null;
  parentId: string | null;
  number: string;
  list: { id: string; name: string; kind: TaskListKind };
  assigningTenantId: string;
  assigningTenantPath: string;
  assignee: (TaskAssignee & { name: string }) | null;
  decisionId: string | null;
  title: string;
  description: string | null;
  requiredOutcome: string | null;
  priority: TaskPriority;
  deadline: IsoDate;
  listed: boolean;
  linkedCaseIds: string[];
  cadence: { kind: CadenceKind; days: number | null };
}

/** What a change does to a row, besides its state. */
export interface TaskChange {
  action: TaskAction | 'CREATE' | 'CASCADE_CANCEL' | 'ROOT_DONE';
  to: TaskState;
  reason?: string | null;
  reportedDoneOn?: IsoDate | null;
  closedOn?: IsoDate | null;
  sendBackReason?: string | null;
  cancelReason?: string | null;
}

/** The statements on `tasks`, `task_history` and `task_reports`. */
@Injectable()
export class TaskStore {
  async visible(em: EntityManager, ids: readonly string[], lock = false): Promise<TaskRow[]> {
    if (ids.length === 0) return [];
    return em.query(`SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id${lock ? ' FOR UPDATE' : ''}`, [
      [...ids],
    ]);
  }

  /** The task under a lock at the version the caller read: NOT_FOUND when unseen, CONFLICT when changed since. */
  async lockAt(em: EntityManager, id: string, version: number): Promise<TaskRow> {
    const [row] = await this.visible(em, [id], true);
    if (!row) throw notFound('任务');
    if (row.version !== version) throw conflict(`任务已被他人修改（当前版本 ${row.version}，提交的版本 ${version}），请刷新后重试`);
    return row;
  }

  children(em: EntityManager, parentIds: readonly string[], lock = false): Promise<TaskRow[]> {
    return em.query(`SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.parent_id = ANY($1::uuid[]) ORDER BY t.id${lock ? ' FOR UPDATE' : ''}`, [
      [...parentIds],
    ]);
  }

  /** Every task below `rootOrTask` in the tree (its subtasks, theirs …), as far as visible. */
  descendants(em: EntityManager, id: string, lock = false): Promise<TaskRow[]> {
    return em.query(
      `WITH RECURSIVE below AS (
         SELECT id FROM ${MEETINGS_SCHEMA}.tasks WHERE parent_id = $1
         UNION ALL SELECT t.id FROM ${MEETINGS_SCHEMA}.tasks t JOIN below b ON t.parent_id = b.id
       ) SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t JOIN below USING (id) ORDER BY t.id${lock ? ' FOR UPDATE OF t' : ''}`,
      [id],
    );
  }

  /** The direct subtasks of each task, by number. */
  childrenByNumber(em: EntityManager, parentIds: readonly string[]): Promise<TaskRow[]> {
    return em.query(`SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.parent_id = ANY($1::uuid[]) ORDER BY t.number`, [[...parentIds]]);
  }

  /** A page of the tasks the transaction's tenant sees, newest first. */
  list(em: EntityManager, query: TaskQuery): Promise<(TaskRow & { createdAt: Date })[]> {
    const params: unknown[] = [];
    const where: string[] = ['true'];
    if (query.listId) where.push(`t.list_id = $${params.push(query.listId)}`);
    if (query.state) where.push(`t.state = $${params.push(query.state)}`);
    if (query.assigningTenantId) where.push(`t.assigning_tenant_id = $${params.push(query.assigningTenantId)}`);
    if (query.assigneeTenantId) where.push(`t.assignee_tenant_id = $${params.push(query.assigneeTenantId)}`);
    if (query.memberId) where.push(`t.assignee_member_id = $${params.push(query.memberId)}`);
    if (query.rootsOnly) where.push('t.parent_id IS NULL');
    if (query.overdueOn) {
      // The SQL of `isTaskOverdue`, so that a page is filtered before it is cut.
      where.push(`t.state <> 'CANCELLED' AND (CASE WHEN t.state IN ('REPORTED_DONE', 'SIGNED_OFF')
        THEN coalesce(t.reported_done_on, t.closed_on) ELSE $${params.push(query.overdueOn)}::date END) > t.deadline`);
    }
    if (query.after) {
      const [at, id] = query.after;
      where.push(`(t.created_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    return em.query(
      `SELECT ${TASK_COLUMNS}, t.created_at AS "createdAt" FROM ${MEETINGS_SCHEMA}.tasks t WHERE ${where.join(' AND ')}
        ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.push(query.limit)}`,
      params,
    );
  }

  /**
   * The assignments made by one tenant's conference (or, given a path, by every conference in that
   * subtree), with the days each was reported on.
   */
  assignmentsWithReportDates(em: EntityManager, scope: { tenantId: string } | { subtreePath: string }): Promise<(TaskRow & { reportDates: IsoDate[] })[]> {
    const [where, param] =
      'subtreePath' in scope ? ['t.assigning_tenant_path <@ $1::ltree', scope.subtreePath] : ['t.assigning_tenant_id = $1', scope.tenantId];
    return em.query(
      `SELECT ${TASK_COLUMNS},
              coalesce((SELECT array_agg(r.reported_on::text ORDER BY r.reported_on) FROM ${MEETINGS_SCHEMA}.task_reports r
                         WHERE r.tenant_id = t.tenant_id AND r.task_id = t.id), '{}') AS "reportDates"
         FROM ${MEETINGS_SCHEMA}.tasks t
        WHERE t.parent_id IS NOT NULL AND ${where}`,
      [param],
    );
  }

  /** The assignments created or due between two days (inclusive) that the transaction's tenant sees. */
  assignmentsCreatedOrDueIn(em: EntityManager, from: string, to: string): Promise<TaskRow[]> {
    return em.query(
      `SELECT ${TASK_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t
        WHERE t.parent_id IS NOT NULL AND (t.created_on BETWEEN $1 AND $2 OR t.deadline BETWEEN $1 AND $2) ORDER BY t.id`,
      [from, to],
    );
  }

  reportsOf(em: EntityManager, taskIds: readonly string[]): Promise<(TaskReport & { taskId: string; reporterId: string | null })[]> {
    return em.query(
      `SELECT id, task_id AS "taskId", reported_on::text AS "reportedOn", text, percent, evidence, final, reporter_id AS "reporterId",
              reporter_name AS "reporterName", at
         FROM ${MEETINGS_SCHEMA}.task_reports WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, at`,
      [[...taskIds]],
    );
  }

  historyOf(em: EntityManager, taskIds: readonly string[]): Promise<(TaskHistoryEntry & { taskId: string })[]> {
    return em.query(
      `SELECT task_id AS "taskId", seq, action, from_state AS "fromState", to_state AS "toState", actor_name AS "actorName", reason, at
         FROM ${MEETINGS_SCHEMA}.task_history WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, seq`,
      [[...taskIds]],
    );
  }

  async insertReport(em: EntityManager, ctx: TenantContext, task: TaskRow, report: NewTaskReport, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_reports
         (tenant_id, id, tenant_path, task_id, reported_on, text, percent, evidence, final, reporter_id, reporter_name, at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [task.tenantId, task.tenantPath, task.id, report.reportedOn, report.text, report.percent, report.evidence, report.final, ctx.userId, ctx.username, at],
    );
  }

  /** A task number: the list's own tasks RW<year>-<sequence>, an assignment its parent's number and its place. */
  async rootNumber(em: EntityManager, today: IsoDate): Promise<string> {
    const [{ n }]: { n: string }[] = await em.query(`SELECT nextval('${MEETINGS_SCHEMA}.task_number_seq')::text AS n`);
    return `RW${today.slice(0, 4)}-${n.padStart(6, '0')}`;
  }

  /** Inserts tasks, ASSIGNED, created on `today`; returns their rows in the order given. */
  async insert(em: EntityManager, tasks: readonly (NewTask & { clockId: string | null })[], today: IsoDate, now: Date): Promise<TaskRow[]> {
    const ids = tasks.map(() => randomUUID());
    for (const [i, t] of tasks.entries()) {
      const member = t.assignee?.kind === AssigneeKind.MEMBER_UNIT ? t.assignee : null;
      await em.query(
        `INSERT INTO ${MEETINGS_SCHEMA}.tasks
           (tenant_id, id, tenant_path, number, root_id, parent_id, list_id, list_name, list_kind, assigning_tenant_id, assigning_tenant_path,
            assignee_kind, assignee_tenant_id, assignee_member_id, assignee_unit_id, assignee_liaison_user_id, assignee_name, decision_id,
            title, description, required_outcome, priority, deadline, listed, linked_case_ids, cadence_kind, cadence_days, state, clock_id,
            created_on, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27,
                 'ASSIGNED', $28, $29, $30, $30)`,
        [
          t.tenantId,
          ids[i],
          t.tenantPath,
          t.number,
          t.rootId ?? ids[i],
          t.parentId,
          t.list.id,
          t.list.name,
          t.list.kind,
          t.assigningTenantId,
          t.assigningTenantPath,
          t.assignee?.kind ?? null,
          t.assignee?.tenantId ?? null,
          member?.memberId ?? null,
          member?.unitId ?? null,
          member?.liaisonUserId ?? null,
          t.assignee?.name ?? null,
          t.decisionId,
          t.title,
          t.description,
          t.requiredOutcome,
          t.priority,
          t.deadline,
          t.listed,
          t.linkedCaseIds,
          t.cadence.kind,
          t.cadence.days,
          t.clockId,
          today,
          now,
        ],
      );
    }
    const rows = await this.visible(em, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * Moves a locked row to its new state under the version it was read at, with what the change
   * sets and its clock; false when that version is gone.
   */
  async update(em: EntityManager, before: TaskRow, change: TaskChange, clockId: string | null, at: Date): Promise<boolean> {
    const updated: unknown[] = await em.query(
      `WITH changed AS (
         UPDATE ${MEETINGS_SCHEMA}.tasks
            SET state = $4, clock_id = $5, reported_done_on = $6, closed_on = $7, send_back_reason = $8, cancel_reason = $9,
                updated_at = $10, version = version + 1
          WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING id
       ) SELECT id FROM changed`,
      [
        before.tenantId,
        before.id,
        before.version,
        change.to,
        clockId,
        change.reportedDoneOn === undefined ? before.reportedDoneOn : change.reportedDoneOn,
        change.closedOn === undefined ? before.closedOn : change.closedOn,
        change.sendBackReason === undefined ? before.sendBackReason : change.sendBackReason,
        change.cancelReason === undefined ? before.cancelReason : change.cancelReason,
        at,
      ],
    );
    return updated.length > 0;
  }

  /** The history entry of one change of a row (its seq: the row's version after it). */
  async insertHistory(em: EntityManager, ctx: TenantContext, before: TaskRow | null, after: TaskRow, change: TaskChange, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_history
         (tenant_id, tenant_path, task_id, seq, action, from_state, to_state, actor_id, actor_name, actor_tenant_id, reason, request_id, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        after.tenantId,
        after.tenantPath,
        after.id,
        after.version,
        change.action,
        before?.state ?? null,
        after.state,
        ctx.userId,
        ctx.username,
        ctx.tenantId,
        change.reason ?? null,
        ctx.requestId,
        at,
      ],
    );
  }
}
