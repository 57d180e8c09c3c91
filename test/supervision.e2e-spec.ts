import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseApi, type CaseView } from './helpers/case-api.js';
import { errorCode } from './helpers/graphql-client.js';
import { SupervisionApi, type NoticeView } from './helpers/supervision-api.js';
import { SupervisionJobs } from './helpers/supervision-jobs.js';
import { SystemUnderTest, eventually } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

/**
 * 督查督办 end to end: the built system as separate processes on real PostgreSQL and Redis, its
 * clock moved by the test. Delayed BullMQ jobs wait for Redis's clock, which the test cannot move,
 * so once the services' clock has reached a job's moment the test promotes it; the workers run it
 * as they would have. Every date below is worked out by hand from the 2026 official calendar
 * (Labour Day 05-01..05, make-up workday 05-09; Mid-Autumn and National Day 09-25..10-07).
 *
 * One timeline for the file, moving forward only: the first case goes overdue in May and, nobody
 * answering, climbs the ladder until September; the second is extended in autumn and answered;
 * the third is registered in November, and Redis loses its data before its deadline passes.
 */
describe('supervision end to end, through the gateway with the demo accounts', () => {
  const system = new SystemUnderTest({ clockStart: new Date('2026-03-16T01:00:00Z') });
  let api: CaseApi;
  let sv: SupervisionApi;
  let jobs: SupervisionJobs;
  const ids: Record<string, string> = {};
  const setToday = (date: string) => system.setToday(date);

  beforeAll(async () => {
    await system.start();
    api = new CaseApi(system.gatewayUrl);
    sv = new SupervisionApi(api);
    jobs = new SupervisionJobs(system);
    ids.sichuan = await api.idOf('sc.tenant-admin', 'tenant', '510000');
    ids.chengdu = await api.idOf('sc.tenant-admin', 'tenant', '510100');
    ids.jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
    ids.housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
    ids.jjLeader = await api.idOf('jj.leader', 'user', '');
    ids.category = await categoryId(api, 'jj.registrar');
  }, 120_000);
  afterAll(async () => {
    await jobs?.close();
    await system.stop();
  }, 30_000);

  /** The running clock of a stage: its row id names its jobs (the API does not show it). */
  const clockOf = async (caseId: string, stage: string): Promise<string> =>
    (await system.admin.query(`SELECT id FROM cases.case_stages WHERE case_id = $1 AND stage = $2 AND stopped_on IS NULL`, [caseId, stage])).rows[0].id;
  /** The jobs of a clock under the default leads (3 and 1 days) and its overdue trigger. */
  const jobIds = (stageId: string, deadline: string) => ({
    three: `case-${stageId}-REMINDER-3-${deadline}`,
    one: `case-${stageId}-REMINDER-1-${deadline}`,
    overdue: `case-${stageId}-OVERDUE-${deadline}`,
  });
  const clockRun = (kase: CaseView, stage: string) => kase.stages.filter((s) => s.stage === stage).at(-1)!;
  const kinds = (notices: NoticeView[] | null) => notices?.map((n) => [n.kind, n.state]);

  /**
   * Behind the API, for one case: each trigger recorded once and emitted once, and each trigger
   * made one notice.
   */
  async function behindTheApi(caseId: string) {
    const rows = async (sql: string) => (await system.admin.query(sql, [caseId])).rows;
    return {
      triggers: (await rows(`SELECT kind, lead_days, deadline::text FROM cases.deadline_triggers WHERE case_id = $1 ORDER BY fired_at, kind`)).map((r) =>
        [r.kind, r.lead_days, r.deadline].join(' '),
      ),
      eventsPerTrigger: (
        await rows(
          `SELECT count(*)::int AS n FROM cases.outbox WHERE topic = 'supervision.triggered' AND payload->>'subjectId' = $1::text GROUP BY payload->>'triggerId'`,
        )
      ).map((r) => r.n),
      noticesPerTrigger: (
        await rows(`SELECT count(*)::int AS n FROM meetings.notices WHERE subject_id = $1 AND trigger_id IS NOT NULL GROUP BY trigger_id`)
      ).map((r) => r.n),
      notices: (await rows(`SELECT kind FROM meetings.notices WHERE subject_id = $1 ORDER BY issued_at, kind`)).map((r) => r.kind),
    };
  }

  /** A claim registered at 锦江区 and assigned to its 住建局, which receives and accepts it today. */
  async function assignedToTheHousingBureau(title: string): Promise<CaseView> {
    let kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: ids.category,
      title,
      content: '信访人反映小区问题长期未解决，要求处理。',
      problemJurisdictionId: ids.jinjiang,
      petitioners: [{ name: '刘某', phone: '13900139000', representative: true }],
    });
    kase = await api.step('jj.registrar', 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'ASSIGN',
      tenantId: ids.jinjiang,
      unitId: ids.housing,
      completionReportDue: '2026-12-31',
    });
    kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
    expect(kase).toMatchObject({ state: 'ACCEPTED', handlingUnitId: ids.housing, openStages: ['HANDLE'] });
    return kase;
  }

  it('reminds the handling unit once before the deadline and issues one supervision notice once it has passed, however often the jobs run', async () => {
    setToday('2026-03-16'); // Monday
    const kase = await assignedToTheHousingBureau('小区二次供水水质不达标');
    ids.first = kase.id;
    // 03-16 + 60 days = 05-15, a Friday. Reminders on Tuesday 05-12 and Thursday 05-14 at 09:00;
    // overdue from 00:00 on Saturday 05-16.
    expect(clockRun(kase, 'HANDLE').deadline).toBe('2026-05-15');
    const handle = await clockOf(kase.id, 'HANDLE');
    const job = jobIds(handle, '2026-05-15');
    await jobs.waitForClockJobs(handle, Object.values(job));
    // Nothing is owed yet: a job run early goes back to wait for its moment.
    expect(await sv.ofCase('jj.supervisor', kase.id)).toEqual([]);

    setToday('2026-05-12'); // Tuesday, in the three-day window
    const reminded = await jobs.promoteClock(handle);
    expect([reminded[job.three], reminded[job.one], reminded[job.overdue]].map((r) => [r.state, r.result?.outcome])).toEqual([
      ['completed', 'EMITTED'],
      ['delayed', undefined],
      ['delayed', undefined],
    ]);
    await jobs.quiet();
    let inbox = await sv.inbox('jj.handler', kase.id);
    expect(inbox.notices).toEqual([
      expect.objectContaining({
        kind: 'REMINDER',
        state: 'ISSUED',
        reason: null,
        stage: 'HANDLE',
        clockId: handle,
        deadline: '2026-05-15',
        issuerTenantId: ids.jinjiang,
        addresseeTenantId: ids.jinjiang,
        addresseeUnitId: ids.housing,
        feedbackDue: null,
      }),
    ]);
    expect(inbox.unreadCount).toBe(1);

    setToday('2026-05-18'); // Monday: overdue since Saturday
    const overdue = await jobs.promoteClock(handle);
    // The one-day reminder is not sent late next to the overdue notice.
    expect([overdue[job.one], overdue[job.overdue]].map((r) => [r.state, r.result?.outcome])).toEqual([
      ['completed', 'DROPPED'],
      ['completed', 'EMITTED'],
    ]);
    await jobs.quiet();
    inbox = await sv.inbox('jj.handler', kase.id);
    expect(kinds(inbox.notices)).toEqual([
      ['REMINDER', 'CLOSED'],
      ['SUPERVISION', 'ISSUED'],
    ]);
    expect(inbox.notices[0].closeReason).toBe('期限已届满，转为督办单');
    // 督办单: issued by the county to the unit handling the case; written feedback in 30 days
    // (06-17), escalated when none has come 5 days after that (06-22).
    expect(inbox.notices[1]).toMatchObject({
      reason: 'OVERDUE',
      deadline: '2026-05-15',
      issuerTenantId: ids.jinjiang,
      issuerTenantName: '锦江区',
      addresseeTenantId: ids.jinjiang,
      addresseeUnitId: ids.housing,
      addresseeUnitName: '住房和城乡建设局',
      issuedByName: 'system',
      feedbackDue: '2026-06-17',
      escalateOn: '2026-06-22',
      feedbackOverdue: false,
    });
    expect(inbox.unreadCount).toBe(1);
    expect(kinds(await sv.issued('jj.supervisor', kase.id))).toEqual(kinds(inbox.notices));
    expect(kinds(await sv.ofCase('jj.leader', kase.id))).toEqual(kinds(inbox.notices));

    // The trigger jobs run once more, and a reconciliation pass: nothing is owed, nothing new.
    expect((await jobs.rerun(job.overdue)).result).toEqual({ outcome: 'DUPLICATE' });
    expect((await jobs.rerun(job.three)).result).toEqual({ outcome: 'DUPLICATE' });
    expect(await jobs.reconcile()).toMatchObject({ owed: 0, emitted: 0 });
    expect(await jobs.delayedOf(handle)).toEqual([]);
    await jobs.quiet();
    expect(kinds(await sv.ofCase('jj.leader', kase.id))).toEqual([
      ['REMINDER', 'CLOSED'],
      ['SUPERVISION', 'ISSUED'],
    ]);
    expect(await behindTheApi(kase.id)).toEqual({
      triggers: ['REMINDER 3 2026-05-15', 'OVERDUE  2026-05-15'],
      eventsPerTrigger: [1, 1],
      noticesPerTrigger: [1, 1],
      notices: ['REMINDER', 'SUPERVISION'],
    });
  });

  it('escalates the unanswered notice up the ladder, one level up each time, seen by the offices addressed and not by a sibling county, and stops at the top with the reason', async () => {
    const caseId = ids.first;
    const chain = async () => (await sv.ofCase('sc.supervisor', caseId))!;
    // Each notice escalates the day after its feedback due date plus 5 days, and not before.
    const steps = [
      { last: '2026-06-22', next: '2026-06-23' }, // the 督办单 of 05-18: due 06-17
      { last: '2026-07-28', next: '2026-07-29' }, // the 通报 of 06-23: due 07-23
      { last: '2026-09-02', next: '2026-09-03' }, // the 约谈 of 07-29: due 08-28 — issued by the province, which has nobody above
    ];
    for (const step of steps) {
      setToday(step.last);
      expect((await chain()).at(-1)!.escalateOn).toBe(step.last);
      expect(await jobs.escalate()).toBe(0);
      setToday(step.next);
      expect(await jobs.escalate()).toBe(1);
    }

    const notices = await chain();
    expect(kinds(notices)).toEqual([
      ['REMINDER', 'CLOSED'],
      ['SUPERVISION', 'ESCALATED'],
      ['CIRCULAR', 'ESCALATED'],
      ['SUMMONS', 'ISSUED'],
    ]);
    const [, supervision, circular, summons] = notices;
    // Addressed one level up each time, by the office above the previous issuer; no office
    // supervises itself, so the province's summons to the city is the last rung.
    expect(notices.slice(1).map((n) => [n.issuerTenantId, n.addresseeTenantId, n.addresseeUnitId])).toEqual([
      [ids.jinjiang, ids.jinjiang, ids.housing],
      [ids.chengdu, ids.jinjiang, null],
      [ids.sichuan, ids.chengdu, null],
    ]);
    expect(notices.slice(2).map((n) => n.escalatedFromId)).toEqual([supervision.id, circular.id]);
    expect(notices.slice(1).map((n) => [n.reason, n.feedbackDue, n.escalateOn, n.ladderStoppedReason])).toEqual([
      ['OVERDUE', '2026-06-17', null, null],
      ['OVERDUE', '2026-07-23', null, null],
      ['OVERDUE', '2026-08-28', null, '四川省已是最高一级机构，没有上级机构可以继续升级督办'],
    ]);
    expect((await sv.notice('cd.supervisor', summons.id)).data!.notice.history.map((h) => h.action)).toEqual(['ISSUE', 'STOP_ESCALATION']);

    // Each office finds in its inbox what is addressed to it, and what it issued in its list.
    const inboxKinds = async (username: string) => (await sv.inbox(username, caseId)).notices.map((n) => n.kind);
    const issuedKinds = async (username: string) => (await sv.issued(username, caseId)).map((n) => n.kind);
    expect(await inboxKinds('jj.handler')).toEqual(['REMINDER', 'SUPERVISION']);
    expect(await inboxKinds('jj.leader')).toEqual(['REMINDER', 'SUPERVISION', 'CIRCULAR']);
    expect(await issuedKinds('jj.supervisor')).toEqual(['REMINDER', 'SUPERVISION']);
    expect(await inboxKinds('cd.supervisor')).toEqual(['SUMMONS']);
    expect(await issuedKinds('cd.supervisor')).toEqual(['CIRCULAR']);
    expect(await inboxKinds('sc.supervisor')).toEqual([]);
    expect(await issuedKinds('sc.supervisor')).toEqual(['SUMMONS']);
    // The unit sees its own notices on the case; the city the whole ladder.
    expect((await sv.ofCase('jj.handler', caseId))!.map((n) => n.kind)).toEqual(['REMINDER', 'SUPERVISION']);
    expect(kinds(await sv.ofCase('cd.supervisor', caseId))).toEqual(kinds(notices));

    // 武侯区, the sibling county, sees none of it, nor the case.
    expect((await sv.inbox('wh.tenant-admin')).notices).toEqual([]);
    expect((await sv.inbox('wh.tenant-admin')).unreadCount).toBe(0);
    expect(await sv.issued('wh.tenant-admin')).toEqual([]);
    expect(await sv.ofCase('wh.tenant-admin', caseId)).toBeNull();
    for (const notice of notices) expect(errorCode(await sv.notice('wh.tenant-admin', notice.id))).toBe('NOT_FOUND');
    expect(errorCode(await sv.notice('wh.handler', summons.id))).toBe('NOT_FOUND');

    // The city's summary of its districts for the year: 锦江区 with the three notices, 武侯区 with none.
    const summary = await api.query(
      'cd.supervisor',
      graphql(`
        query SupervisionE2eSupervisionSummary {
          supervisionSummary(period: { from: "2026-01-01", to: "2026-12-31" }) {
            tenantName
            issued
            escalated
            byKind {
              kind
              issued
            }
          }
        }
      `),
      {},
    );
    const byName = Object.fromEntries(summary.data!.supervisionSummary.map((row: { tenantName: string }) => [row.tenantName, row]));
    expect(byName['锦江区']).toEqual({
      tenantName: '锦江区',
      issued: 3,
      escalated: 2,
      byKind: ['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS'].map((kind) => ({ kind, issued: 1 })),
    });
    expect(byName['武侯区']).toEqual({ tenantName: '武侯区', issued: 0, escalated: 0, byKind: [] });

    // The top of the ladder stays where it is.
    setToday('2026-10-09');
    expect(await jobs.escalate()).toBe(0);
    expect((await chain()).length).toBe(4);
    expect((await behindTheApi(caseId)).notices).toEqual(['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS']);
  });

  it('counts the notices it issued and escalated in the meetings worker’s metrics, by kind', async () => {
    const text = await (await fetch(`${system.workerUrls.meetings}/metrics`)).text();
    const value = (name: string, kind: string) =>
      Number(new RegExp(`^${name}\\{kind="${kind}",service="meetings-worker"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    // The ladder above: a reminder and a supervision notice from the deadline jobs, then two escalations.
    for (const kind of ['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS']) {
      expect([kind, value('petition_supervision_notices_issued_total', kind) >= 1]).toEqual([kind, true]);
    }
    expect(value('petition_supervision_notices_escalated_total', 'CIRCULAR')).toBeGreaterThanOrEqual(1);
    expect(value('petition_supervision_notices_escalated_total', 'SUMMONS')).toBeGreaterThanOrEqual(1);
  });

  it('extended before its deadline, a case gets no overdue notice at the old deadline and a new reminder before the new one', async () => {
    setToday('2026-09-03'); // Thursday
    let kase = await assignedToTheHousingBureau('老旧小区加装电梯久拖不决');
    ids.extended = kase.id;
    // 09-03 + 60 days = 11-02, a Monday. The three-day reminder on Friday 10-30; the one-day one
    // falls on Sunday 11-01 and moves to Monday 09:00.
    expect(clockRun(kase, 'HANDLE').deadline).toBe('2026-11-02');
    const handle = await clockOf(kase.id, 'HANDLE');
    const before = jobIds(handle, '2026-11-02');
    await jobs.waitForClockJobs(handle, Object.values(before));

    setToday('2026-10-30'); // Friday
    expect((await jobs.promoteClock(handle))[before.three].result).toEqual({ outcome: 'EMITTED' });
    await jobs.quiet();
    expect((await sv.inbox('jj.handler', kase.id)).notices).toEqual([expect.objectContaining({ kind: 'REMINDER', deadline: '2026-11-02' })]);
    const staleOverdue = (await jobs.deadlines.getJob(before.overdue))!;

    kase = await api.step('jj.handler', 'extendCase', {
      caseId: kase.id,
      version: kase.version,
      days: 10,
      approverId: ids.jjLeader,
      reason: '涉及多户业主意见征询',
    });
    // 11-02 + 10 = 11-12, a Thursday. Reminders Monday 11-09 and Wednesday 11-11.
    expect(clockRun(kase, 'HANDLE')).toMatchObject({ deadline: '2026-11-12', extensionDays: 10 });
    const after = jobIds(handle, '2026-11-12');
    await jobs.waitForClockJobs(handle, Object.values(after));

    setToday('2026-11-03'); // Tuesday: the old deadline has passed
    const early = await jobs.promoteClock(handle);
    expect(Object.values(early).map((r) => r.state)).toEqual(['delayed', 'delayed', 'delayed']);
    // A copy of the old overdue job that a worker still held finds the deadline moved.
    expect((await jobs.replay({ id: staleOverdue.id!, data: staleOverdue.data })).result).toEqual({ outcome: 'DROPPED' });
    expect(await jobs.reconcile()).toMatchObject({ emitted: 0 });
    await jobs.quiet();
    expect(kinds(await sv.ofCase('jj.supervisor', kase.id))).toEqual([['REMINDER', 'ISSUED']]);

    setToday('2026-11-09'); // Monday: three days before the new deadline
    const reminded = await jobs.promoteClock(handle);
    expect([reminded[after.three], reminded[after.one], reminded[after.overdue]].map((r) => r.state)).toEqual(['completed', 'delayed', 'delayed']);
    await jobs.quiet();
    const notices = (await sv.inbox('jj.handler', kase.id)).notices;
    expect(notices.map((n) => [n.kind, n.deadline])).toEqual([
      ['REMINDER', '2026-11-02'],
      ['REMINDER', '2026-11-12'],
    ]);
    expect(await behindTheApi(kase.id)).toEqual({
      triggers: ['REMINDER 3 2026-11-02', 'REMINDER 3 2026-11-12'],
      eventsPerTrigger: [1, 1],
      noticesPerTrigger: [1, 1],
      notices: ['REMINDER', 'REMINDER'],
    });
  });

  it('takes the unit’s written feedback, rejected once and accepted the second time, and closes the notices when the stage completes', async () => {
    const caseId = ids.extended;
    const handle = await clockOf(caseId, 'HANDLE');
    setToday('2026-11-13'); // Friday: the extended deadline passed at midnight
    expect((await jobs.promoteClock(handle))[jobIds(handle, '2026-11-12').overdue].result).toEqual({ outcome: 'EMITTED' });
    await jobs.quiet();
    let [notice] = (await sv.inbox('jj.handler', caseId, { kind: 'SUPERVISION' })).notices;
    expect(notice).toMatchObject({
      state: 'ISSUED',
      deadline: '2026-11-12',
      addresseeUnitId: ids.housing,
      feedbackDue: '2026-12-13',
      escalateOn: '2026-12-18',
    });

    notice = (await sv.markRead('jj.handler', notice.id)).data!.markNoticeRead;
    expect(notice.state).toBe('READ');
    // Another unit of the county may not answer for the housing bureau.
    const stranger = await sv.mutate('jj.member-unit', 'submitNoticeFeedback', {
      noticeId: notice.id,
      version: notice.version,
      text: '代为反馈',
      attachments: [],
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(stranger));
    notice = await sv.step('jj.handler', 'submitNoticeFeedback', {
      noticeId: notice.id,
      version: notice.version,
      text: '已约谈物业公司，正在制定加装方案。',
      attachments: ['files/2026/11/约谈记录.pdf'],
    });
    expect(notice).toMatchObject({ state: 'FEEDBACK_SUBMITTED', escalateOn: null });
    // Only the issuing office decides on it.
    expect(errorCode(await sv.mutate('cd.supervisor', 'acceptNoticeFeedback', { noticeId: notice.id, version: notice.version }))).toBe('FORBIDDEN');

    setToday('2026-11-16'); // Monday
    notice = await sv.step('jj.supervisor', 'rejectNoticeFeedback', { noticeId: notice.id, version: notice.version, reason: '未写明加装完成时间' });
    // Rejected: to be answered again within the interval, or it escalates.
    expect(notice).toMatchObject({ state: 'REJECTED', escalateOn: '2026-11-21' });
    expect((await sv.inbox('jj.handler', caseId, { kind: 'SUPERVISION' })).notices[0].state).toBe('REJECTED');
    notice = await sv.step('jj.handler', 'submitNoticeFeedback', {
      noticeId: notice.id,
      version: notice.version,
      text: '加装方案已经业主表决通过，计划于 2026-12-20 前完工。',
      attachments: [],
    });
    notice = await sv.step('jj.supervisor', 'acceptNoticeFeedback', { noticeId: notice.id, version: notice.version, comment: '同意，按期完成' });
    expect(notice).toMatchObject({ state: 'ACCEPTED', escalateOn: null });
    const second = await sv.mutate('jj.supervisor', 'acceptNoticeFeedback', { noticeId: notice.id, version: notice.version });
    expect(errorCode(second)).toBe('INVALID_TRANSITION');

    const full = (await sv.notice('jj.handler', notice.id)).data!.notice;
    expect(full.feedback.map((f) => [f.decision, f.decisionComment, f.attachments])).toEqual([
      ['REJECTED', '未写明加装完成时间', ['files/2026/11/约谈记录.pdf']],
      ['ACCEPTED', '同意，按期完成', []],
    ]);
    expect(full.history.map((h) => h.action)).toEqual(['ISSUE', 'READ', 'SUBMIT_FEEDBACK', 'REJECT', 'SUBMIT_FEEDBACK', 'ACCEPT']);

    // The unit decides the case: its handling clock stops, and with it the notices on it.
    setToday('2026-11-18');
    let kase = (await api.case('jj.handler', caseId))!;
    kase = await api.step('jj.handler', 'decideCase', { caseId, version: kase.version, outcome: 'SUPPORTS', text: '支持加装电梯，已列入本年度改造计划。' });
    expect(clockRun(kase, 'HANDLE')).toMatchObject({ stoppedOn: '2026-11-18', onTime: false });
    await jobs.quiet();
    const closed = (await sv.ofCase('jj.supervisor', caseId))!;
    expect(closed.map((n) => [n.kind, n.state, n.closeReason])).toEqual([
      ['REMINDER', 'CLOSED', '期限已届满，转为督办单'],
      ['REMINDER', 'CLOSED', '期限已届满，转为督办单'],
      ['SUPERVISION', 'CLOSED', '办理环节已于 2026-11-18 办结，督办事项已整改'],
    ]);
    expect((await sv.inbox('jj.handler', caseId)).notices.every((n) => n.state === 'CLOSED')).toBe(true);
    // The stopped clock's jobs are gone.
    await eventually(async () => (await jobs.delayedOf(handle)).length === 0);
    expect((await behindTheApi(caseId)).notices).toEqual(['REMINDER', 'REMINDER', 'SUPERVISION']);
  });

  it('loses no deadline when Redis loses its data: the reconciliation recreates the missing trigger, once', async () => {
    setToday('2026-11-23'); // Monday
    const kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: ids.category,
      title: '拆迁安置房质量问题',
      content: '来信反映安置房墙体开裂。',
      problemJurisdictionId: ids.jinjiang,
      petitioners: [{ name: '陈某', representative: true }],
    });
    ids.lost = kase.id;
    // Left with the county's registrar: 11-23 + 15 = 12-08, a Tuesday. Three days before is a
    // Saturday, so both reminders fall on Monday 12-07 at 09:00: one is sent, the one-day one.
    expect(clockRun(kase, 'ROUTE').deadline).toBe('2026-12-08');
    const route = await clockOf(kase.id, 'ROUTE');
    const job = jobIds(route, '2026-12-08');
    await jobs.waitForClockJobs(route, Object.values(job));
    setToday('2026-12-07');
    const reminded = await jobs.promoteClock(route);
    expect([reminded[job.three], reminded[job.one]].map((r) => r.result?.outcome)).toEqual(['DROPPED', 'EMITTED']);
    await jobs.quiet();
    expect(kinds((await sv.inbox('jj.registrar', kase.id)).notices)).toEqual([['REMINDER', 'ISSUED']]);

    // Redis loses everything: the overdue job, the events' queues, the schedulers.
    expect(await jobs.loseRedisData()).toBeGreaterThan(0);
    setToday('2026-12-09'); // Wednesday: overdue since midnight, and no job left to say so
    expect(await jobs.delayedOf(route)).toEqual([]);

    // Each worker would register the lost reconciliation again within a minute (KeptJobScheduler);
    // restarting the workers, as an operator would after the outage, does it at once (the meetings
    // worker's escalation scheduler too, which the later tests run).
    await system.restartWorker('cases');
    await system.restartWorker('meetings');
    await eventually(async () => (await sv.inbox('jj.registrar', kase.id, { kind: 'SUPERVISION' })).notices.length > 0, 90_000);
    const [recovery] = await jobs.reconciliations();
    expect(recovery.result).toMatchObject({ owed: 1, emitted: 1 });
    // Another pass finds nothing owed.
    expect(await jobs.reconcile()).toMatchObject({ owed: 0, emitted: 0 });
    await jobs.quiet();

    const notices = (await sv.inbox('jj.registrar', kase.id)).notices;
    // Left with the county's registrar, no unit handles it: the city supervises the county.
    expect(notices.map((n) => [n.kind, n.state, n.deadline, n.issuerTenantId, n.addresseeTenantId, n.addresseeUnitId])).toEqual([
      ['REMINDER', 'CLOSED', '2026-12-08', ids.chengdu, ids.jinjiang, null],
      ['SUPERVISION', 'ISSUED', '2026-12-08', ids.chengdu, ids.jinjiang, null],
    ]);
    expect(await behindTheApi(kase.id)).toEqual({
      triggers: ['REMINDER 1 2026-12-08', 'OVERDUE  2026-12-08'],
      eventsPerTrigger: [1, 1],
      noticesPerTrigger: [1, 1],
      notices: ['REMINDER', 'SUPERVISION'],
    });
    // The earlier cases gained nothing from the recovery.
    expect((await behindTheApi(ids.first)).triggers).toHaveLength(2);
    expect((await behindTheApi(ids.extended)).triggers).toHaveLength(3);
  }, 150_000);

  it('supervises an unrouted township case from the county up, never an office itself, and stops at the province with the reason', async () => {
    setToday('2026-12-10'); // Thursday
    const township = await api.idOf('cxl.registrar', 'tenant', '510104001');
    const kase = await api.step('cxl.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'cxl.registrar'),
      title: '街道辖区内噪声扰民',
      content: '来访反映夜间施工噪声。',
      problemJurisdictionId: township,
      petitioners: [{ name: '孙某', representative: true }],
    });
    // 12-10 + 15 = 12-25, a Friday: overdue from Saturday.
    expect(clockRun(kase, 'ROUTE').deadline).toBe('2026-12-25');
    const route = await clockOf(kase.id, 'ROUTE');
    await jobs.waitForClockJobs(route, Object.values(jobIds(route, '2026-12-25')));
    setToday('2026-12-28');
    await jobs.promoteClock(route);
    await jobs.quiet();
    const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (let step = 0; step < 3; step++) {
      const open = (await sv.ofCase('sc.supervisor', kase.id))!.at(-1)!;
      setToday(nextDay(open.escalateOn!));
      // Notices of the earlier tests may come due on the same passes: this case's ladder is checked below.
      expect(await jobs.escalate()).toBeGreaterThanOrEqual(1);
    }
    const notices = (await sv.ofCase('sc.supervisor', kase.id))!.filter((n) => n.kind !== 'REMINDER');
    expect(notices.map((n) => [n.kind, n.state, n.issuerTenantId, n.addresseeTenantId, n.addresseeUnitId])).toEqual([
      ['SUPERVISION', 'ESCALATED', ids.jinjiang, township, null],
      ['CIRCULAR', 'ESCALATED', ids.chengdu, ids.jinjiang, null],
      ['SUMMONS', 'ISSUED', ids.sichuan, ids.chengdu, null],
    ]);
    expect(notices.at(-1)).toMatchObject({ escalateOn: null, ladderStoppedReason: '四川省已是最高一级机构，没有上级机构可以继续升级督办' });
    expect((await sv.inbox('cxl.registrar', kase.id)).notices.map((n) => n.kind)).toContain('SUPERVISION');
  }, 120_000);

  it('supervises nobody for a petitioner’s review window: it lapses by its job, the matter is final, and its repeat is refused', async () => {
    setToday('2026-12-10'); // Thursday
    const petitioner = { name: '周某', idNumber: '11010519491231002X', representative: true };
    let kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: ids.category,
      title: '小区停车位被物业出租',
      content: '来信反映小区公共停车位被物业擅自出租。',
      problemJurisdictionId: ids.jinjiang,
      petitioners: [petitioner],
    });
    kase = await api.step('jj.registrar', 'routeCase', {
      caseId: kase.id,
      version: kase.version,
      mode: 'TRANSFER',
      tenantId: ids.jinjiang,
      unitId: ids.housing,
    });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, { caseId: kase.id, version: kase.version });
    kase = await api.step('jj.handler', 'decideCase', {
      caseId: kase.id,
      version: kase.version,
      outcome: 'EXPLAINS',
      text: '停车位属业主共有，已责成物业停止出租。',
    });
    kase = await api.step('jj.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
    const deadline = clockRun(kase, 'REVIEW_WINDOW').deadline!;
    const window = await clockOf(kase.id, 'REVIEW_WINDOW');
    // No reminder and no overdue job: only the lapse.
    await jobs.waitForClockJobs(window, [`case-${window}-LAPSE-${deadline}`]);

    // In the window's last days, and once it has passed, nobody is reminded or supervised.
    setToday(deadline);
    expect(await jobs.reconcile()).toMatchObject({ owed: 0, emitted: 0, lapsed: 0, finalized: 0 });
    expect(await jobs.promoteClock(window)).toEqual({ [`case-${window}-LAPSE-${deadline}`]: expect.objectContaining({ state: 'delayed' }) });
    expect((await api.case('jj.registrar', kase.id))!.state).toBe('DELIVERED');

    const next = new Date(new Date(`${deadline}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    setToday(next);
    const lapsed = await jobs.promoteClock(window);
    expect(lapsed[`case-${window}-LAPSE-${deadline}`]).toMatchObject({ state: 'completed', result: { outcome: 'FINALIZED' } });
    await jobs.quiet();
    expect(await api.case('jj.supervisor', kase.id)).toMatchObject({ state: 'FINALIZED', closeReason: 'WINDOW_LAPSED', finishedOn: next, openStages: [] });
    expect(await sv.ofCase('jj.supervisor', kase.id)).toEqual([]);
    expect(await behindTheApi(kase.id)).toEqual({ triggers: [], eventsPerTrigger: [], noticesPerTrigger: [], notices: [] });
    // The assessment facts hold the ending.
    await eventually(
      async () => (await system.admin.query(`SELECT 1 FROM assessment.case_facts WHERE case_id = $1 AND state = 'FINALIZED'`, [kase.id])).rowCount === 1,
    );

    const again = await api.mutate('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: ids.category,
      title: '小区停车位被物业出租',
      content: '信访人再次反映停车位问题。',
      problemJurisdictionId: ids.jinjiang,
      petitioners: [petitioner],
    });
    expect(errorCode(again)).toBe('ALREADY_FINALIZED');
    expect(again.errors![0].message).toContain('期限届满终结');
  }, 120_000);
});
