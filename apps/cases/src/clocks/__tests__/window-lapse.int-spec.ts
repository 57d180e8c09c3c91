import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { isoDate, officialCalendar, provisionalCalendar } from '#common/calendar';
import { ManualClock } from '#common/clock';
import { clockTriggers } from '#common/deadlines';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CASE_TRIGGER_PREFIX, CaseDeadlinesQueue, triggerJob, type LapseJob } from '../queues/case-deadlines.queue.js';
import { DeadlineReconciler } from '../deadline-reconcile.service.js';
import { TriggerFiring } from '../trigger-firing.service.js';
import { WindowLapses } from '../window-lapse.service.js';
import { deliverDeadlineEvents, flushQueues, jobIds, startCasesWorker } from './deadline-harness.js';
import { graphql } from '#test/gql/index.js';

const cst = (local: string) => new Date(`${local}+08:00`);
const ID = '11010519491231002X';

/**
 * The petitioner's windows on a controlled clock, with real PostgreSQL and Redis: nobody is reminded
 * or supervised because a petitioner did not ask for review; the window's lapse finalizes the
 * matter by a job (or the reconciliation, when Redis lost the job), and the same matter is then
 * refused as final.
 */
describe('petitioner windows', () => {
  const clock = new ManualClock(cst('2026-03-02T09:00')); // Monday
  let t: CasesTestApp;
  let worker: INestApplicationContext;
  let api: CaseApi;
  let jinjiang: string;
  let housing: string;
  let category: string;

  const registration = (title: string, overrides: Record<string, unknown> = {}) => ({
    channel: 'LETTER',
    kind: 'CLAIM',
    categoryId: category,
    title,
    content: '信访人反映的问题。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '孙某', idNumber: ID, representative: true }],
    ...overrides,
  });
  /** A claim walked to delivery today by the district and its housing bureau. */
  const delivered = async (title: string): Promise<CaseView> => {
    let kase = await api.step('jj.registrar', 'registerCase', registration(title));
    kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.handler', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'DOES_NOT_SUPPORT', text: '经调查，诉求缺乏依据。' });
    return api.step('jj.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
  };
  const stageOf = async (caseId: string, stage: string) =>
    (
      await t.admin.query(
        `SELECT id, tenant_id AS "caseTenantId", deadline::text AS deadline, stopped_on::text AS "stoppedOn" FROM cases.case_stages WHERE case_id = $1 AND stage = $2`,
        [caseId, stage],
      )
    ).rows[0];
  const supervisionOf = async (caseId: string) => ({
    triggers: (await t.admin.query(`SELECT trigger_id FROM cases.deadline_triggers WHERE case_id = $1`, [caseId])).rows,
    events: (await t.admin.query(`SELECT id FROM cases.outbox WHERE topic = 'supervision.triggered' AND payload->>'subjectId' = $1`, [caseId])).rows,
  });

  beforeAll(async () => {
    t = await startCasesApp({ clock });
    worker = await startCasesWorker(t.db.config, clock);
    api = new CaseApi(t.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    category = await categoryId(api, 'sc.registrar');
  });

  afterAll(async () => {
    await worker.get(CaseDeadlinesQueue).queue.obliterate({ force: true });
    await worker.close();
    await t.close();
  });

  let kase: CaseView;
  let window: { id: string; caseTenantId: string; deadline: string };

  it('gives a review window no reminder and no overdue job, only its lapse at midnight after the last day', async () => {
    kase = await delivered('某小区物业违规收费');
    await deliverDeadlineEvents(t, worker);
    window = await stageOf(kase.id, 'REVIEW_WINDOW');
    // 03-02 + 30 = Wednesday 04-01.
    expect(window.deadline).toBe('2026-04-01');
    expect((await jobIds(worker)).filter((id) => id.includes(window.id))).toEqual([`case-${window.id}-LAPSE-2026-04-01`]);
    const job = await worker.get(CaseDeadlinesQueue).queue.getJob(`case-${window.id}-LAPSE-2026-04-01`);
    expect(job!.data).toEqual({
      triggerId: `case-${window.id}-LAPSE-2026-04-01`,
      kind: 'LAPSE',
      deadline: '2026-04-01',
      caseTenantId: window.caseTenantId,
      caseId: kase.id,
      stageId: window.id,
      ownerTenantId: jinjiang,
      ownerTenantPath: '510000.510100.510104',
    });
    expect(job!.delay).toBe(cst('2026-04-02T00:00').getTime() - cst('2026-03-02T09:00').getTime());
  });

  it('emits no trigger for the window: not the reconciliation in its reminder days, not a trigger job left from before', async () => {
    clock.set(cst('2026-03-31T10:00')); // a working morning, one day before the last day
    const reconciled = await worker.get(DeadlineReconciler).reconcileOnce();
    expect(reconciled).toMatchObject({ owed: 0, emitted: 0 });
    // A trigger job scheduled for the window before windows stopped being supervised finds no clock to supervise.
    const [, , overdue] = clockTriggers(CASE_TRIGGER_PREFIX, window.id, isoDate(window.deadline), [3, 1], provisionalCalendar(officialCalendar()));
    clock.set(cst('2026-04-02T08:00'));
    const old = triggerJob(
      { caseTenantId: window.caseTenantId, stageId: window.id, ownerTenantId: jinjiang, ownerTenantPath: '510000.510100.510104' },
      overdue,
    );
    expect(await worker.get(TriggerFiring).fire(old)).toEqual({ outcome: 'DROPPED' });
    expect(await supervisionOf(kase.id)).toEqual({ triggers: [], events: [] });
  });

  it('may not be closed by an office, before or after the last day', async () => {
    const closing = await api.mutate('jj.registrar', 'closeCase', { caseId: kase.id, version: kase.version, reason: 'WINDOW_LAPSED' });
    expect(errorCode(closing)).toBe('INVALID_TRANSITION');
    expect(closing.errors![0].message).toContain('系统自动终结');
  });

  it('finalizes the matter when the lapse job fires after the last day, once, as the system, with history, audit and events', async () => {
    const job = (await worker.get(CaseDeadlinesQueue).queue.getJob(`case-${window.id}-LAPSE-2026-04-01`))!.data as LapseJob;
    clock.set(cst('2026-04-01T23:59'));
    expect(await worker.get(WindowLapses).fire(job)).toEqual({ outcome: 'RETRY', at: cst('2026-04-02T00:00') });
    expect((await api.case('jj.registrar', kase.id))!.state).toBe('DELIVERED');

    clock.set(cst('2026-04-02T00:05'));
    expect(await worker.get(WindowLapses).fire(job)).toEqual({ outcome: 'FINALIZED' });
    expect(await worker.get(WindowLapses).fire(job)).toEqual({ outcome: 'DROPPED' });

    const after = (await api.case('jj.registrar', kase.id))!;
    expect(after).toMatchObject({
      state: 'FINALIZED',
      closeReason: 'WINDOW_LAPSED',
      finishedOn: '2026-04-02',
      openStages: [],
      deadline: null,
      version: kase.version + 1,
    });
    expect(await stageOf(kase.id, 'REVIEW_WINDOW')).toMatchObject({ stoppedOn: '2026-04-02' });
    const timeline = await api.query(
      'jj.registrar',
      graphql(`
        query WindowLapseSpecCase($id: ID!) {
          case(id: $id) {
            timeline {
              action
              fromState
              toState
              actorName
              details {
                closeReason
                lapsedStage
                windowDeadline
              }
            }
          }
        }
      `),
      { id: kase.id },
    );
    const last = timeline.data!.case.timeline.at(-1);
    expect(last).toMatchObject({ action: 'LAPSE', fromState: 'DELIVERED', toState: 'FINALIZED', actorName: 'system' });
    expect(last!.details).toEqual({ closeReason: 'WINDOW_LAPSED', lapsedStage: 'REVIEW_WINDOW', windowDeadline: '2026-04-01' });
    const audit = await t.admin.query(`SELECT actor_id, after FROM cases.audit_log WHERE action = 'case.lapse' AND entity_id = $1`, [kase.id]);
    expect(audit.rows).toEqual([{ actor_id: null, after: expect.objectContaining({ state: 'FINALIZED' }) }]);
    const facts = await t.admin.query(
      `SELECT payload FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'caseId' = $1 AND payload->>'action' = 'LAPSE'`,
      [kase.id],
    );
    expect(facts.rows.map((r) => r.payload)).toEqual([
      expect.objectContaining({ fromState: 'DELIVERED', toState: 'FINALIZED', closeReason: 'WINDOW_LAPSED', finishedOn: '2026-04-02' }),
    ]);
    const stopped = await t.admin.query(
      `SELECT tenant_path::text AS path, payload FROM cases.outbox WHERE topic = 'case.deadline' AND payload->>'stageId' = $1 AND payload->>'change' = 'STOPPED'`,
      [window.id],
    );
    expect(stopped.rows).toEqual([{ path: '510000.510100.510104', payload: expect.objectContaining({ stage: 'REVIEW_WINDOW', stoppedOn: '2026-04-02' }) }]);
    expect(await supervisionOf(kase.id)).toEqual({ triggers: [], events: [] });
    // The stopped window keeps no job.
    await deliverDeadlineEvents(t, worker);
    expect((await jobIds(worker)).filter((id) => id.includes(window.id) && !id.includes('LAPSE'))).toEqual([]);
  });

  it('refuses the same matter registered again as final (ALREADY_FINALIZED), linked or not', async () => {
    for (const extra of [{}, { repeatOfId: kase.id }, { newMatterReason: '信访人称有新情况' }]) {
      const again = await api.mutate('jj.registrar', 'registerCase', registration('某小区物业违规收费', { content: '再次反映物业收费问题。', ...extra }));
      expect(errorCode(again)).toBe('ALREADY_FINALIZED');
      expect(again.errors![0].message).toContain('期限届满终结');
      expect(again.errors![0].message).toContain('第三十五条');
      expect(again.errors![0].extensions!.details).toMatchObject({ caseId: kase.id, closeReason: 'WINDOW_LAPSED' });
    }
  });

  it('finalizes a lapsed re-examination window whose job Redis lost, in the reconciliation, as the reviewing office', async () => {
    clock.set(cst('2026-04-06T09:00')); // Monday
    let reviewed = await delivered('某路段占道经营');
    reviewed = await api.step('cd.registrar', 'requestReview', { caseId: reviewed.id, version: reviewed.version });
    reviewed = await api.step('cd.leader', 'decideReview', {
      caseId: reviewed.id,
      version: reviewed.version,
      outcome: 'DOES_NOT_SUPPORT',
      text: '维持原处理意见。',
      result: 'UPHELD',
    });
    expect(reviewed.state).toBe('REVIEWED');
    const reWindow = await stageOf(reviewed.id, 'REEXAMINATION_WINDOW');
    // 04-06 + 30 = Wednesday 05-06.
    expect(reWindow.deadline).toBe('2026-05-06');
    await deliverDeadlineEvents(t, worker);
    expect((await jobIds(worker)).filter((id) => id.includes(reWindow.id))).toEqual([`case-${reWindow.id}-LAPSE-2026-05-06`]);
    await flushQueues(worker, t.db.config.queuePrefix);

    clock.set(cst('2026-05-06T20:00'));
    expect(await worker.get(WindowLapses).reconcileOnce()).toEqual({ lapsed: 0, finalized: 0 });
    clock.set(cst('2026-05-07T00:10'));
    expect(await worker.get(WindowLapses).reconcileOnce()).toEqual({ lapsed: 1, finalized: 1 });
    expect(await worker.get(WindowLapses).reconcileOnce()).toEqual({ lapsed: 0, finalized: 0 });
    const after = (await api.case('cd.registrar', reviewed.id))!;
    expect(after).toMatchObject({ state: 'FINALIZED', closeReason: 'WINDOW_LAPSED', finishedOn: '2026-05-07' });
    const { rows } = await t.admin.query(
      `SELECT tr.action, tr.actor_id, tn.code FROM cases.case_transitions tr JOIN core.tenants tn ON tn.id = tr.actor_tenant_id WHERE tr.case_id = $1 ORDER BY seq DESC LIMIT 1`,
      [reviewed.id],
    );
    expect(rows).toEqual([{ action: 'LAPSE', actor_id: null, code: '510100' }]);
    expect(await supervisionOf(reviewed.id)).toEqual({ triggers: [], events: [] });
    const again = await api.mutate('jj.registrar', 'registerCase', registration('某路段占道经营'));
    expect(errorCode(again)).toBe('ALREADY_FINALIZED');
    expect(again.errors![0].message).toContain('申请复核');
  });
});
