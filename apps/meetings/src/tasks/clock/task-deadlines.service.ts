import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { plusDays } from '#common/calendar';
import { Clock } from '#common/clock';
import { type ClockTrigger, REMINDER_LEAD_DAYS, jobVerdict, mayEmitNow, owedTrigger } from '#common/deadlines';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { NoticeLifecycle } from '../../supervision/notice-lifecycle.service.js';
import { type RunningClock, supervisionTrigger, taskTriggers } from './domain/index.js';
import { TaskDeadlinesQueue, type TaskTriggerJob } from './queues/task-deadlines.queue.js';
import { TaskCalendars } from './task-calendars.service.js';
import { TaskClockStore } from './task-clock.store.js';

export type TaskFireOutcome = { outcome: 'EMITTED' } | { outcome: 'DUPLICATE' } | { outcome: 'DROPPED' } | { outcome: 'RETRY'; at: Date };

export interface TaskReconcileResult {
  scanned: number;
  emitted: number;
}

/** Tasks the reconciliation checks per pass, at most. */
const RECONCILE_LIMIT = 10_000;

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
    private readonly store: TaskClockStore,
    private readonly queue: TaskDeadlinesQueue,
    private readonly lifecycle: NoticeLifecycle,
    private readonly calendars: TaskCalendars,
    private readonly clock: Clock,
  ) {}

  /** Gives the named clocks the jobs their rows call for now (none once stopped). */
  async schedule(em: EntityManager, clocks: readonly string[]): Promise<void> {
    if (!clocks.length) return;
    const running = await this.store.runningShared(em, clocks);
    const byClock = new Map(running.map((clock) => [clock.clockId, clock]));
    const calendars = await this.calendars.forTenantPaths(
      em,
      running.map((clock) => clock.tenantPath),
    );
    await this.queue.reschedule(
      clocks.map((clockId) => {
        const clock = byClock.get(clockId);
        const triggers = clock ? taskTriggers(clock, calendars.get(clock.tenantPath)!) : [];
        return { clockId, jobs: triggers.map((trigger) => ({ data: this.job(clock!, trigger), at: trigger.at })) };
      }),
    );
  }

  /** Fires one job: locks the task as its tenant, checks its clock still runs to this deadline and owes this trigger now. */
  fire(job: TaskTriggerJob): Promise<TaskFireOutcome> {
    const ctx = systemContextFor(job.tenantId, job.tenantPath, `task-deadline-${job.triggerId}`);
    return this.transactions.run(ctx, async (em): Promise<TaskFireOutcome> => {
      const [clock] = await this.store.lockRunning(em, [job.taskId], false);
      if (!clock || clock.clockId !== job.clockId || clock.deadline !== job.deadline) return { outcome: 'DROPPED' };
      const now = this.clock.now();
      const calendar = await this.calendars.forTenantPath(em, clock.tenantPath);
      const verdict = jobVerdict(job.triggerId, taskTriggers(clock, calendar), await this.store.recorded(em, clock), now, calendar.calendar);
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
    const due = await this.transactions.runAsSystem((em) => this.store.due(em, until, RECONCILE_LIMIT));
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
        for (const clock of await this.store.lockRunning(em, ids, true)) {
          const trigger = owedTrigger(taskTriggers(clock, calendar), await this.store.recorded(em, clock), now);
          if (trigger && mayEmitNow(trigger, now, calendar.calendar)) owed.push({ clock, trigger });
        }
        return this.record(em, owed, now);
      });
    }
    if (emitted) this.logger.log(`reconciliation issued ${emitted} missing task deadline triggers`);
    return { scanned: due.length, emitted };
  }

  /** Records the triggers (a row already there wins) and issues a notice for each one this call recorded; returns how many. */
  private async record(em: EntityManager, due: readonly { clock: RunningClock; trigger: ClockTrigger }[], firedAt: Date): Promise<number> {
    if (!due.length) return 0;
    const fresh = await this.store.record(em, due, firedAt);
    const triggers = due.filter((d) => fresh.has(d.trigger.id)).map(({ clock, trigger }) => supervisionTrigger(clock, trigger, firedAt, randomUUID()));
    await this.lifecycle.fromTriggers(em, triggers);
    return triggers.length;
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
