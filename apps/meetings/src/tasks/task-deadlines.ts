import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, plusDays } from '#common/calendar';
import { Clock } from '#common/clock';
import { type ClockTrigger, REMINDER_LEAD_DAYS, type RecordedTrigger, clockTriggers, jobVerdict, mayEmitNow, owedTrigger } from '#common/deadlines';
import type { EventEnvelope, SupervisionTriggerPayload } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import { NoticeLifecycle } from '../supervision/notice-lifecycle.js';
import { TASK_TRIGGER_PREFIX, TaskDeadlinesQueue, type TaskTriggerJob } from './jobs/task-deadlines.queue.js';
import { type TaskCalendar, TaskCalendars } from './task-calendar.js';
import type { TaskDeadlinePayload } from './task.store.js';

/** A task whose clock runs, as its triggers need it. */
interface RunningClock {
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

export type TaskFireOutcome = { outcome: 'EMITTED' } | { outcome: 'DUPLICATE' } | { outcome: 'DROPPED' } | { outcome: 'RETRY'; at: Date };

export interface TaskReconcileResult {
  scanned: number;
  emitted: number;
}

const RUNNING_COLUMNS = `t.tenant_id AS "tenantId", t.tenant_path::text AS "tenantPath", t.id AS "taskId", t.clock_id AS "clockId",
  t.deadline::text AS deadline, t.number, t.title, t.assignee_unit_id AS "assigneeUnitId",
  t.assigning_tenant_id AS "assigningTenantId", t.assigning_tenant_path::text AS "assigningTenantPath"`;

/** Tasks the reconciliation checks per pass, at most. */
const RECONCILE_LIMIT = 10_000;

function triggersOf(clock: Pick<RunningClock, 'clockId' | 'deadline'>, { calendar, reminderLeadDays }: TaskCalendar): ClockTrigger[] {
  return clockTriggers(TASK_TRIGGER_PREFIX, clock.clockId, clock.deadline, reminderLeadDays, calendar);
}

/**
 * Supervision of task deadlines, the owner's side (the meetings worker): delayed jobs for every
 * running clock, kept from `task.deadline`; a fired job re-checks its task and, if the trigger is
 * still owed, records it and issues the notice in the same transaction, as the task's tenant; the
 * reconciliation catches what Redis lost. The case clocks' machinery, on `#common/deadlines`.
 */
@Injectable()
export class TaskDeadlines {
  private readonly logger = new Logger(TaskDeadlines.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly queue: TaskDeadlinesQueue,
    private readonly lifecycle: NoticeLifecycle,
    private readonly calendars: TaskCalendars,
    private readonly clock: Clock,
  ) {}

  /** `task.deadline`, a batch of one tenant's: the named clocks get the jobs their rows call for now (none once stopped). */
  async onTaskDeadline(em: EntityManager, events: readonly EventEnvelope<TaskDeadlinePayload>[]): Promise<void> {
    const clocks = [...new Set(events.map(({ payload }) => payload.clockId))];
    if (!clocks.length) return;
    // FOR SHARE: a transition moving one of these clocks waits until its jobs are in place.
    const running: RunningClock[] = await em.query(
      `SELECT ${RUNNING_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.clock_id = ANY($1::uuid[]) ORDER BY t.id FOR SHARE`,
      [clocks],
    );
    const byClock = new Map(running.map((clock) => [clock.clockId, clock]));
    const calendars = await this.calendars.forTenantPaths(em, running.map((clock) => clock.tenantPath));
    await this.queue.reschedule(
      clocks.map((clockId) => {
        const clock = byClock.get(clockId);
        const triggers = clock ? triggersOf(clock, calendars.get(clock.tenantPath)!) : [];
        return { clockId, jobs: triggers.map((trigger) => ({ data: this.job(clock!, trigger), at: trigger.at })) };
      }),
    );
  }

  /** Fires one job: locks the task as its tenant, checks its clock still runs to this deadline and owes this trigger now. */
  fire(job: TaskTriggerJob): Promise<TaskFireOutcome> {
    const ctx = systemContextFor(job.tenantId, job.tenantPath, `task-deadline-${job.triggerId}`);
    return this.transactions.run(ctx, async (em): Promise<TaskFireOutcome> => {
      const [clock] = await this.lockRunning(em, [job.taskId], false);
      if (!clock || clock.clockId !== job.clockId || clock.deadline !== job.deadline) return { outcome: 'DROPPED' };
      const now = this.clock.now();
      const calendar = await this.calendars.forTenantPath(em, clock.tenantPath);
      const verdict = jobVerdict(job.triggerId, triggersOf(clock, calendar), await this.recorded(em, clock), now, calendar.calendar);
      if (verdict.action === 'DROP') return { outcome: 'DROPPED' };
      if (verdict.action === 'DUPLICATE') return { outcome: 'DUPLICATE' };
      if (verdict.action === 'RETRY') return { outcome: 'RETRY', at: verdict.at };
      return (await this.record(em, [{ clock, trigger: verdict.trigger }], now)) ? { outcome: 'EMITTED' } : { outcome: 'DUPLICATE' };
    });
  }

  /**
   * Finds running clocks that owe a trigger now without one recorded, and records it, each as its
   * task's tenant: a Redis that lost its jobs loses no task deadline. Clocks a job holds are
   * skipped (the job, or the next pass, sees to them).
   */
  async reconcileOnce(): Promise<TaskReconcileResult> {
    const now = this.clock.now();
    // No tenant reminds earlier than the longest lead it may set.
    const until = plusDays(this.clock.today(), REMINDER_LEAD_DAYS.max);
    const due: { tenant_id: string; id: string; tenant_path: string }[] = await this.transactions.runAsSystem((em) =>
      em.query(`SELECT tenant_id, id, tenant_path FROM ${MEETINGS_SCHEMA}.task_clocks_due($1, $2)`, [until, RECONCILE_LIMIT]),
    );
    const byTenant = new Map<string, { path: string; ids: string[] }>();
    for (const row of due) {
      const entry = byTenant.get(row.tenant_id) ?? { path: row.tenant_path, ids: [] };
      entry.ids.push(row.id);
      byTenant.set(row.tenant_id, entry);
    }
    let emitted = 0;
    for (const [tenantId, { path, ids }] of byTenant) {
      const ctx = systemContextFor(tenantId, path, `task-deadline-reconcile-${now.toISOString()}`);
      emitted += await this.transactions.run(ctx, async (em) => {
        const owed = [];
        const calendar = await this.calendars.forTenantPath(em, path);
        for (const clock of await this.lockRunning(em, ids, true)) {
          const trigger = owedTrigger(triggersOf(clock, calendar), await this.recorded(em, clock), now);
          if (trigger && mayEmitNow(trigger, now, calendar.calendar)) owed.push({ clock, trigger });
        }
        return this.record(em, owed, now);
      });
    }
    if (emitted) this.logger.log(`reconciliation issued ${emitted} missing task deadline triggers`);
    return { scanned: due.length, emitted };
  }

  private lockRunning(em: EntityManager, taskIds: readonly string[], skipLocked: boolean): Promise<RunningClock[]> {
    return em.query(
      `SELECT ${RUNNING_COLUMNS} FROM ${MEETINGS_SCHEMA}.tasks t WHERE t.id = ANY($1::uuid[]) AND t.clock_id IS NOT NULL
        ORDER BY t.id FOR NO KEY UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
      [[...taskIds]],
    );
  }

  private recorded(em: EntityManager, clock: RunningClock): Promise<RecordedTrigger[]> {
    return em.query(
      `SELECT kind, lead_days AS "leadDays" FROM ${MEETINGS_SCHEMA}.task_deadline_triggers WHERE clock_id = $1 AND deadline = $2`,
      [clock.clockId, clock.deadline],
    );
  }

  /** Records the triggers (a row already there wins) and issues a notice for each one this call recorded; returns how many. */
  private async record(em: EntityManager, due: readonly { clock: RunningClock; trigger: ClockTrigger }[], firedAt: Date): Promise<number> {
    if (!due.length) return 0;
    const inserted: { trigger_id: string }[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.task_deadline_triggers (trigger_id, tenant_id, tenant_path, task_id, clock_id, kind, lead_days, deadline, fired_at)
       SELECT u.*, $9::timestamptz FROM unnest($1::text[], $2::uuid[], $3::ltree[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::date[]) u
       ON CONFLICT DO NOTHING RETURNING trigger_id`,
      [
        due.map((d) => d.trigger.id),
        due.map((d) => d.clock.tenantId),
        due.map((d) => d.clock.tenantPath),
        due.map((d) => d.clock.taskId),
        due.map((d) => d.clock.clockId),
        due.map((d) => d.trigger.kind),
        due.map((d) => d.trigger.leadDays),
        due.map((d) => d.trigger.deadline),
        firedAt,
      ],
    );
    const fresh = new Set(inserted.map((row) => row.trigger_id));
    const triggers = due.filter((d) => fresh.has(d.trigger.id)).map(({ clock, trigger }) => this.envelope(clock, trigger, firedAt));
    await this.lifecycle.fromTriggers(em, triggers);
    return triggers.length;
  }

  /** The trigger as supervision takes it, as if it had come from another owner's outbox. */
  private envelope(clock: RunningClock, trigger: ClockTrigger, firedAt: Date): EventEnvelope<SupervisionTriggerPayload> {
    return {
      id: randomUUID(),
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

  private job(clock: RunningClock, trigger: ClockTrigger): TaskTriggerJob {
    return {
      triggerId: trigger.id,
      kind: trigger.kind,
      leadDays: trigger.leadDays,
      deadline: trigger.deadline,
      taskId: clock.taskId,
      clockId: clock.clockId,
      tenantId: clock.tenantId,
      tenantPath: clock.tenantPath,
    };
  }
}
