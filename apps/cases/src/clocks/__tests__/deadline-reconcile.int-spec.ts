import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '#common/clock';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { insertCase } from '../../__tests__/case-rows.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CaseDeadlinesQueue, type TriggerJob } from '../queues/case-deadlines.queue.js';
import { DeadlineReconciler } from '../deadline-reconcile.service.js';
import { TriggerFiring } from '../trigger-firing.service.js';
import { deliverDeadlineEvents, flushQueues, jobIds, startCasesWorker } from './deadline-harness.js';

const cst = (local: string) => new Date(`${local}+08:00`);

/**
 * The reconciliation on a database of its own, so that every owed clock in it is one this file
 * made: Redis loses the jobs, and one pass recreates exactly the missing triggers.
 */
describe('deadline reconciliation', () => {
  const clock = new ManualClock(cst('2026-03-02T09:00')); // Monday
  let t: CasesTestApp;
  let worker: INestApplicationContext;
  let api: CaseApi;
  let guizhou: string;

  const triggers = async () =>
    (
      await t.admin.query(
        `SELECT t.trigger_id, t.case_id, t.kind, t.lead_days, tn.code AS owner FROM cases.deadline_triggers t JOIN core.tenants tn ON tn.id = t.tenant_id ORDER BY t.trigger_id`,
      )
    ).rows;
  const events = async () =>
    (await t.admin.query(`SELECT payload->>'triggerId' AS "triggerId", tenant_id FROM cases.outbox WHERE topic = 'supervision.triggered' ORDER BY 1`)).rows;
  const reconcile = () => worker.get(DeadlineReconciler).reconcileOnce();
  const register = async (title: string) =>
    api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title,
      content: '信访内容。',
      problemJurisdictionId: await tenantIdOf(t.admin, '510104'),
      petitioners: [{ name: '王某', representative: true }],
    });

  beforeAll(async () => {
    t = await startCasesApp({ clock });
    worker = await startCasesWorker(t.db.config, clock);
    api = new CaseApi(t.server);
    // A second province: the pass runs once per tree, each as its root.
    guizhou = randomUUID();
    await t.admin.query(`INSERT INTO core.tenants (id, code, name, level, parent_id, path) VALUES ($1, '520000', '贵州省', 'PROVINCE', NULL, '520000')`, [
      guizhou,
    ]);
  });

  afterAll(async () => {
    await worker.get(CaseDeadlinesQueue).queue.obliterate({ force: true });
    await worker.close();
    await t.close();
  });

  const ids: Record<string, string> = {};

  it('after Redis lost the jobs, emits every owed trigger that is missing, in every province, and nothing a second time', async () => {
    // Registered Monday 03-02: route deadlines Tuesday 03-17, both reminders due Monday 03-16 09:00.
    const reminded = await register('已提醒的事项');
    const missed = await register('漏提醒的事项');
    await deliverDeadlineEvents(t, worker);
    expect((await jobIds(worker)).length).toBe(6);
    ids.reminded = reminded.id;
    ids.missed = missed.id;
    ids.overdue = (await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-09', deadline: '2026-03-10' }] })).id;
    ids.later = (await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-20', deadline: '2026-03-20' }] })).id;
    ids.stopped = (await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-09', deadline: '2026-03-10' }] })).id;
    await t.admin.query(`UPDATE cases.case_stages SET stopped_on = '2026-03-09', on_time = true WHERE case_id = $1`, [ids.stopped]);
    ids.guizhou = (await insertCase(t.admin, { tenantCode: '520000', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-09', deadline: '2026-03-12' }] })).id;

    clock.set(cst('2026-03-16T10:00'));
    // The job of the first case ran; then Redis lost everything.
    const queue = worker.get(CaseDeadlinesQueue).queue;
    const routeOf = async (caseId: string) =>
      (await t.admin.query(`SELECT id FROM cases.case_stages WHERE case_id = $1 AND stage = 'ROUTE'`, [caseId])).rows[0].id;
    const job = await queue.getJob(`case-${await routeOf(reminded.id)}-REMINDER-1-2026-03-17`);
    expect(await worker.get(TriggerFiring).fire(job!.data as TriggerJob)).toEqual({ outcome: 'EMITTED' });
    await flushQueues(worker, t.db.config.queuePrefix);
    expect(await jobIds(worker)).toEqual([]);

    expect(await reconcile()).toMatchObject({ roots: 2, owed: 3, emitted: 3 });
    expect(await triggers()).toEqual(
      expect.arrayContaining([
        { trigger_id: `case-${await routeOf(reminded.id)}-REMINDER-1-2026-03-17`, case_id: reminded.id, kind: 'REMINDER', lead_days: 1, owner: '510104' },
        { trigger_id: `case-${await routeOf(missed.id)}-REMINDER-1-2026-03-17`, case_id: missed.id, kind: 'REMINDER', lead_days: 1, owner: '510104' },
        expect.objectContaining({ case_id: ids.overdue, kind: 'OVERDUE', lead_days: null, owner: '510104' }),
        expect.objectContaining({ case_id: ids.guizhou, kind: 'OVERDUE', owner: '520000' }),
      ]),
    );
    expect(await triggers()).toHaveLength(4);

    expect(await reconcile()).toMatchObject({ roots: 2, owed: 0, emitted: 0 });
    const emitted = await events();
    expect(emitted).toHaveLength(4);
    expect(new Set(emitted.map((e: { triggerId: string }) => e.triggerId)).size).toBe(4);
    expect(emitted.find((e: { triggerId: string }) => e.triggerId.includes('OVERDUE-2026-03-12'))).toMatchObject({ tenant_id: guizhou });
  });

  it('holds reminders until office hours but not overdue triggers', async () => {
    clock.set(cst('2026-03-17T20:00')); // Tuesday evening
    const tomorrow = await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-18', deadline: '2026-03-18' }] });
    // The route clocks of the registered cases ran out today: overdue from midnight, not yet.
    expect(await reconcile()).toMatchObject({ owed: 0, emitted: 0 });

    clock.set(cst('2026-03-18T00:30'));
    // Overdue at night: the two route clocks; the reminder waits for the morning.
    expect(await reconcile()).toMatchObject({ owed: 2, emitted: 2 });
    expect((await triggers()).filter((r: { case_id: string }) => r.case_id === tomorrow.id)).toEqual([]);

    // In the morning: tomorrow's one-day reminder, and the three-day one of Friday 03-20, owed since yesterday morning.
    clock.set(cst('2026-03-18T09:00'));
    expect(await reconcile()).toMatchObject({ owed: 2, emitted: 2 });
    expect((await triggers()).filter((r: { case_id: string }) => r.case_id === tomorrow.id || r.case_id === ids.later)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ case_id: tomorrow.id, kind: 'REMINDER', lead_days: 1 }),
        expect.objectContaining({ case_id: ids.later, kind: 'REMINDER', lead_days: 3 }),
      ]),
    );
  });

  it("follows the reminder leads in force for the clock's owner", async () => {
    await t.admin.query(`INSERT INTO cases.calendar_settings (tenant_id, tenant_path, reminder_lead_days) VALUES ($1, '510000.510100', '{7}')`, [
      await tenantIdOf(t.admin, '510100'),
    ]);
    // Wednesday 03-25 is seven days after Wednesday 03-18.
    const week = await insertCase(t.admin, { tenantCode: '510104', openStages: [{ stage: 'HANDLE', startedOn: '2026-01-24', deadline: '2026-03-25' }] });
    // The 03-25 clock gets its seven-day reminder; the 03-20 one, reminded three days before, not a seven-day one after it.
    expect(await reconcile()).toMatchObject({ owed: 1, emitted: 1 });
    expect((await triggers()).filter((r: { case_id: string }) => r.case_id === week.id)).toEqual([
      expect.objectContaining({ case_id: week.id, kind: 'REMINDER', lead_days: 7 }),
    ]);
  });
});
