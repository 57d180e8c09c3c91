import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { graphql } from '#test/gql/index.js';
import type { ConferenceTasksE2eCreateTaskMutation, ConferenceTasksE2eTaskFragment, ScheduleMeetingInput } from '#test/gql/graphql.js';
import { CaseApi } from './helpers/case-api.js';
import { errorCode } from './helpers/graphql-client.js';
import { SupervisionJobs } from './helpers/supervision-jobs.js';
import { SystemUnderTest } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';

graphql(`
  fragment ConferenceTasksE2eTask on Task {
    id
    number
    state
    version
    deadline
    overdue
    reportedDoneOn
    sendBackReason
    tenantId
    assignee {
      kind
      name
    }
  }
`);
const ESTABLISH = graphql(`
  mutation ConferenceTasksE2eEstablish($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      members {
        id
        name
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation ConferenceTasksE2eCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ConferenceTasksE2eSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      version
    }
  }
`);
const RECORD = graphql(`
  mutation ConferenceTasksE2eRecord($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      state
      decisions {
        id
      }
    }
  }
`);
const CREATE_TASK = graphql(`
  mutation ConferenceTasksE2eCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...ConferenceTasksE2eTask
      linkedCases {
        id
        number
        title
      }
      subtasks {
        ...ConferenceTasksE2eTask
      }
    }
  }
`);
const RECEIVE = graphql(`
  mutation ConferenceTasksE2eReceive($input: TaskStepInput!) {
    receiveTask(input: $input) {
      ...ConferenceTasksE2eTask
    }
  }
`);
const SPLIT = graphql(`
  mutation ConferenceTasksE2eSplit($input: SplitTaskInput!) {
    splitTask(input: $input) {
      ...ConferenceTasksE2eTask
    }
  }
`);
const REPORT = graphql(`
  mutation ConferenceTasksE2eReport($input: TaskReportInput!) {
    reportTask(input: $input) {
      ...ConferenceTasksE2eTask
    }
  }
`);
const SIGN_OFF = graphql(`
  mutation ConferenceTasksE2eSignOff($input: TaskStepInput!) {
    signOffTask(input: $input) {
      ...ConferenceTasksE2eTask
    }
  }
`);
const SEND_BACK = graphql(`
  mutation ConferenceTasksE2eSendBack($input: TaskReasonInput!) {
    sendBackTask(input: $input) {
      ...ConferenceTasksE2eTask
    }
  }
`);
const RAISE = graphql(`
  mutation ConferenceTasksE2eRaise($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
      kind
      issuerTenantId
      addresseeTenantId
    }
  }
`);
const TASK = graphql(`
  query ConferenceTasksE2eTaskView($id: ID!) {
    task(id: $id) {
      ...ConferenceTasksE2eTask
      subtasks {
        ...ConferenceTasksE2eTask
      }
      reporting {
        missed
      }
      supervisionNotices {
        kind
        state
        issuerTenantId
        addresseeTenantId
      }
    }
  }
`);
const LISTS = graphql(`
  query ConferenceTasksE2eLists {
    taskLists {
      id
      kind
      name
    }
  }
`);
const TASKS = graphql(`
  query ConferenceTasksE2eTasks {
    tasks(first: 20) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const ISSUED = graphql(`
  query ConferenceTasksE2eIssued {
    issuedNotices(first: 50) {
      edges {
        node {
          id
          subjectType
          subjectId
        }
      }
    }
  }
`);
const INBOX = graphql(`
  query ConferenceTasksE2eInbox {
    noticeInbox(first: 20) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const DASHBOARD = graphql(`
  query ConferenceTasksE2eDashboard($tenantId: ID, $subtree: Boolean) {
    taskDashboard(tenantId: $tenantId, subtree: $subtree) {
      total {
        assigned
        signedOff
        doneOnTime
        overdue
        lateReports
        completionRate
      }
      byList {
        name
        assigned
        signedOff
      }
      byAssignee {
        name
        assigned
        signedOff
        doneOnTime
        overdue
        lateReports
        completionRate
      }
    }
  }
`);
const TENANTS = graphql(`
  query ConferenceTasksE2eTenants {
    tenants(first: 100) {
      edges {
        node {
          id
          level
          parentId
        }
      }
    }
  }
`);
const COVERAGE = graphql(`
  query ConferenceTasksE2eCoverage($id: ID!, $level: TenantLevel!) {
    tenant(id: $id) {
      conferenceCoverage(level: $level) {
        jurisdictions
        withConference
        rate
      }
    }
  }
`);

/**
 * Joint conferences end to end, through the gateway with the demo accounts: 成都市's conference
 * holds a plenary and cascades a 减存量 task to the conferences of 锦江区 and 武侯区. 锦江区 splits
 * it to its 住建局 and 人社局, who report weekly and finish; 武侯区 lets the deadline pass, is
 * reminded and supervised, reports late and is sent back. The clock starts on Monday 2026-12-07;
 * weekly reports fall due on 12-14, 12-21 and 12-28; the deadline is Thursday 12-31, so the 3-day
 * reminder is owed at 09:00 on Monday 12-28, the 1-day one on Wednesday 12-30, and the overdue
 * trigger at 00:00 on 2027-01-01 (New Year's Day: overdue does not wait for office hours).
 */
describe('joint conference tasks end to end, through the gateway with the demo accounts', () => {
  const system = new SystemUnderTest({ clockStart: new Date('2026-12-07T01:00:00Z') });
  let api: CaseApi;
  let jobs: SupervisionJobs;
  const ids: Record<string, string> = {};
  const members: Record<string, string> = {};

  /** A mutation that must succeed; returns its field. */
  async function run<T, V extends { input: unknown }>(username: string, document: TypedDocumentNode<T, V>, input: V['input']): Promise<T[keyof T]> {
    const result = await api.query(username, document, { input } as V);
    if (result.errors) throw new Error(`${username} ${getOperationAST(document)?.name?.value}: ${JSON.stringify(result.errors)}`);
    return Object.values(result.data!)[0] as T[keyof T];
  }
  const task = async (username: string, id: string) => (await api.query(username, TASK, { id })).data!.task;
  /** A task the user must see. */
  const visibleTask = async (username: string, id: string) => {
    const seen = await task(username, id);
    if (!seen) throw new Error(`${username} does not see task ${id}`);
    return seen;
  };
  const report = (username: string, t: { id: string; version: number }, text: string, percent: number, final = false) =>
    run(username, REPORT, { id: t.id, version: t.version, text, percent, final, evidence: final ? ['台账-2026-12'] : [] });
  const clockOf = async (taskId: string): Promise<string> =>
    (await system.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [taskId])).rows[0].clock_id;

  async function establish(username: string, code: string, convenor: string, memberSpecs: [unit: string, liaison: string][]) {
    const conference = await run(username, ESTABLISH, {
      establishedOn: '2026-12-01',
      officeUnitId: await api.idOf(username, 'unit', `${code}/联席会议办公室`),
      convenors: [{ userId: convenor, title: '召集人' }],
      members: await Promise.all(
        memberSpecs.map(async ([unit, liaison]) => ({ unitId: await api.idOf(username, 'unit', `${code}/${unit}`), liaisonUserId: liaison })),
      ),
    });
    for (const m of conference.members) members[`${code}/${m.name}`] = m.id;
  }

  beforeAll(async () => {
    await system.start();
    api = new CaseApi(system.gatewayUrl);
    jobs = new SupervisionJobs(system);
    ids.chengdu = await api.idOf('cd.tenant-admin', 'tenant', '510100');
    ids.jinjiang = await api.idOf('cd.tenant-admin', 'tenant', '510104');
    ids.wuhou = await api.idOf('cd.tenant-admin', 'tenant', '510107');
    // 武侯区 has no leader nor liaison among the demo accounts: its administrator adds them.
    for (const [username, roles, unit] of [
      ['wh.leader', ['LEADER'], null],
      ['wh.member-unit', ['MEMBER_UNIT'], '住房和城乡建设局'],
    ] as const) {
      await run('wh.tenant-admin', CREATE_USER, {
        tenantId: ids.wuhou,
        unitId: unit ? await api.idOf('wh.tenant-admin', 'unit', `510107/${unit}`) : null,
        username,
        displayName: username,
        password: 'Demo@2026',
        roles: [...roles],
      });
    }
    await establish('cd.conference-office', '510100', await api.idOf('cd.leader', 'user', ''), [
      ['人力资源和社会保障局', await api.idOf('cd.member-unit', 'user', '')],
    ]);
    await establish('jj.conference-office', '510104', await api.idOf('jj.leader', 'user', ''), [
      ['住房和城乡建设局', await api.idOf('jj.handler', 'user', '')],
      ['人力资源和社会保障局', await api.idOf('jj.member-unit', 'user', '')],
    ]);
    await establish('wh.tenant-admin', '510107', await api.idOf('wh.leader', 'user', ''), [['住房和城乡建设局', await api.idOf('wh.member-unit', 'user', '')]]);
  }, 120_000);
  afterAll(async () => {
    await jobs?.close();
    await system.stop();
  }, 30_000);

  let root: ConferenceTasksE2eCreateTaskMutation['createTask'];
  let toJinjiang: ConferenceTasksE2eTaskFragment;
  let toWuhou: ConferenceTasksE2eTaskFragment;

  it('holds a plenary, decides, and cascades a 减存量 task to the two county conferences', async () => {
    const planned = await run('cd.conference-office', SCHEDULE, {
      kind: 'PLENARY',
      date: '2026-12-07',
      chairUserId: await api.idOf('cd.leader', 'user', ''),
      agenda: [{ text: '重复信访积案化解' }],
    });
    const held = await run('cd.conference-office', RECORD, {
      id: planned.id,
      version: planned.version,
      attendance: [],
      decisions: ['锦江区、武侯区年底前化解重复信访积案'],
    });
    expect(held.state).toBe('HELD');
    // A backlog case of 锦江区's, to be linked to the task.
    const kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title: '某小区烂尾楼重复信访',
      content: '业主多次反映小区停工多年，要求复工交房。',
      problemJurisdictionId: ids.jinjiang,
      petitioners: [{ name: '赵某', phone: '13900139001', representative: true }],
    });
    // 绵阳市's case, another city's: not the office's to link.
    const elsewhere = await api.step('my.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'my.registrar'),
      title: '绵阳市的信访事项',
      content: '来信反映的问题。',
      problemJurisdictionId: await api.idOf('my.registrar', 'tenant', '510700'),
      petitioners: [{ name: '钱某', representative: true }],
    });
    // The meetings service learns of cases from their events.
    await jobs.quiet();
    const lists = (await api.query('cd.conference-office', LISTS, {})).data!.taskLists;
    expect(lists.map((l) => l.name)).toEqual(['控增量清单', '减存量清单', '防变量清单']);
    const footprint = async () =>
      (
        await system.admin.query(
          `SELECT (SELECT count(*) FROM meetings.tasks) AS tasks, (SELECT count(*) FROM meetings.task_history) AS history,
                  (SELECT count(*) FROM meetings.audit_log) AS audit, (SELECT count(*) FROM meetings.outbox) AS outbox`,
        )
      ).rows[0];
    const before = await footprint();
    for (const linked of [[kase.id, elsewhere.id], ['00000000-0000-4000-8000-000000000000']]) {
      const refused = await api.query(
        'cd.conference-office',
        graphql(`
          mutation ConferenceTasksE2eCreateTask2($input: CreateTaskInput!) {
            createTask(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            listId: lists.find((l) => l.kind === 'REDUCE_BACKLOG')!.id,
            title: '化解重复信访积案',
            priority: 'HIGH',
            deadline: { date: '2026-12-31' },
            listed: false,
            linkedCaseIds: linked,
            assignees: [{ tenantId: ids.jinjiang }],
          },
        },
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused.errors![0].message).toBe('关联的信访事项（linkedCaseIds）中有信访事项不存在或不在本辖区内');
    }
    expect(await footprint()).toEqual(before);
    // An agenda item shows the case's own number and title; a client-sent number is not accepted.
    const agenda = await api.query(
      'cd.conference-office',
      graphql(`
        mutation ConferenceTasksE2eScheduleMeeting($input: ScheduleMeetingInput!) {
          scheduleMeeting(input: $input) {
            agenda {
              caseId
              caseNumber
              caseTitle
            }
          }
        }
      `),
      {
        input: { kind: 'SPECIAL', date: '2026-12-10', chairUserId: await api.idOf('cd.leader', 'user', ''), agenda: [{ caseId: kase.id }] },
      },
    );
    expect(agenda.data!.scheduleMeeting.agenda).toEqual([{ caseId: kase.id, caseNumber: kase.number, caseTitle: '某小区烂尾楼重复信访' }]);
    // A case number is the server's to fill: the input type has no such field, so it is forged past the types.
    const forged = await api.query(
      'cd.conference-office',
      graphql(`
        mutation ConferenceTasksE2eScheduleMeeting2($input: ScheduleMeetingInput!) {
          scheduleMeeting(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          kind: 'SPECIAL',
          date: '2026-12-10',
          chairUserId: await api.idOf('cd.leader', 'user', ''),
          agenda: [{ caseId: kase.id, caseNumber: 'XF-伪造' }],
        } as unknown as ScheduleMeetingInput,
      },
    );
    expect(errorCode(forged)).toBe('VALIDATION');
    root = await run('cd.conference-office', CREATE_TASK, {
      listId: lists.find((l) => l.kind === 'REDUCE_BACKLOG')!.id,
      decisionId: held.decisions[0].id,
      title: '化解重复信访积案',
      requiredOutcome: '积案清零',
      priority: 'HIGH',
      deadline: { date: '2026-12-31' },
      listed: true,
      linkedCaseIds: [kase.id],
      assignees: [{ tenantId: ids.jinjiang }, { tenantId: ids.wuhou }],
    });
    // The linked case is the cases service's, resolved through the gateway.
    expect(root.linkedCases).toEqual([{ id: kase.id, number: kase.number, title: '某小区烂尾楼重复信访' }]);
    [toJinjiang, toWuhou] = root.subtasks;
    expect(root.subtasks.map((t) => [t.assignee!.name, t.tenantId, t.state])).toEqual([
      ['锦江区联席会议', ids.jinjiang, 'ASSIGNED'],
      ['武侯区联席会议', ids.wuhou, 'ASSIGNED'],
    ]);
    // Each assignment's deadline is supervised: its jobs are in place once its event is applied.
    await jobs.quiet();
    const clock = await clockOf(toWuhou.id);
    expect(await jobs.delayedOfTask(clock)).toEqual(
      [`task-${clock}-OVERDUE-2026-12-31`, `task-${clock}-REMINDER-1-2026-12-31`, `task-${clock}-REMINDER-3-2026-12-31`].sort(),
    );
  });

  it('shows a county none of its sibling’s tasks', async () => {
    const seen = (await api.query('wh.tenant-admin', TASKS, {})).data!.tasks.edges.map((e) => e.node.id);
    expect(seen).toEqual([toWuhou.id]);
    expect(await task('wh.tenant-admin', toJinjiang.id)).toBeNull();
    expect(await task('jj.conference-office', toWuhou.id)).toBeNull();
    expect(await task('jj.conference-office', root.id)).toBeNull();
  });

  it('lets 锦江区 split its task to two member units, who report weekly and finish, and reports it done itself', async () => {
    let county = await run('jj.conference-office', RECEIVE, { id: toJinjiang.id, version: toJinjiang.version });
    const [housing0, labour0] = await run('jj.conference-office', SPLIT, {
      id: county.id,
      version: county.version,
      subtasks: [
        { memberId: members['510104/住房和城乡建设局'], description: '烂尾楼项目积案', deadline: { date: '2026-12-25' } },
        { memberId: members['510104/人力资源和社会保障局'], description: '欠薪积案' },
      ],
    });
    expect([housing0.deadline, labour0.deadline]).toEqual(['2026-12-25', '2026-12-31']);
    let housing = await run('jj.handler', RECEIVE, { id: housing0.id, version: housing0.version });
    let labour = await run('jj.member-unit', RECEIVE, { id: labour0.id, version: labour0.version });
    county = await visibleTask('jj.conference-office', county.id);
    for (const [date, percent] of [
      ['2026-12-14', 40],
      ['2026-12-21', 80],
    ] as const) {
      system.setToday(date);
      housing = await report('jj.handler', housing, `已化解 ${percent}%`, percent);
      labour = await report('jj.member-unit', labour, `已追回欠薪 ${percent}%`, percent);
      county = await report('jj.conference-office', county, `汇总：完成 ${percent}%`, percent);
    }
    system.setToday('2026-12-24');
    housing = await report('jj.handler', housing, '积案全部化解', 100, true);
    labour = await report('jj.member-unit', labour, '欠薪全部追回', 100, true);
    const own = await api.query(
      'jj.handler',
      graphql(`
        mutation ConferenceTasksE2eSignOffTask($input: TaskStepInput!) {
          signOffTask(input: $input) {
            id
          }
        }
      `),
      {
        input: { id: housing.id, version: housing.version },
      },
    );
    expect(errorCode(own)).toBe('FORBIDDEN');
    await run('jj.conference-office', SIGN_OFF, { id: housing.id, version: housing.version });
    await run('jj.conference-office', SIGN_OFF, { id: labour.id, version: labour.version });
    county = await report('jj.conference-office', county, '两项分解任务均已销号', 100, true);
    expect([county.state, county.reportedDoneOn, county.overdue]).toEqual(['REPORTED_DONE', '2026-12-24', false]);
    const seen = await visibleTask('cd.conference-office', county.id);
    expect(seen.subtasks.map((t) => [t.assignee!.name, t.state])).toEqual([
      ['住房和城乡建设局', 'SIGNED_OFF'],
      ['人力资源和社会保障局', 'SIGNED_OFF'],
    ]);
    expect(seen.reporting!.missed).toEqual([]);
  });

  it('reminds 武侯区 before the deadline and supervises it after, once each', async () => {
    await run('wh.tenant-admin', RECEIVE, { id: toWuhou.id, version: toWuhou.version });
    await jobs.quiet();
    const clock = await clockOf(toWuhou.id);
    system.setToday('2026-12-28');
    const early = await jobs.promoteTaskClock(clock);
    expect(early[`task-${clock}-REMINDER-3-2026-12-31`]).toMatchObject({ state: 'completed', result: { outcome: 'EMITTED' } });
    // The 1-day reminder and the overdue trigger are not owed yet: delayed again.
    expect(early[`task-${clock}-OVERDUE-2026-12-31`].state).toBe('delayed');
    expect((await visibleTask('wh.tenant-admin', toWuhou.id)).supervisionNotices.map((n) => [n.kind, n.state])).toEqual([['REMINDER', 'ISSUED']]);
    // 2027-01-01, after the deadline: overdue goes out; the 1-day reminder, superseded, is dropped.
    system.setToday('2027-01-01');
    const late = await jobs.promoteTaskClock(clock);
    expect(late[`task-${clock}-OVERDUE-2026-12-31`]).toMatchObject({ state: 'completed', result: { outcome: 'EMITTED' } });
    expect(late[`task-${clock}-REMINDER-1-2026-12-31`]).toMatchObject({ state: 'completed', result: { outcome: 'DROPPED' } });
    expect(await jobs.rerun(`task-${clock}-OVERDUE-2026-12-31`, jobs.taskDeadlines)).toMatchObject({ result: { outcome: 'DUPLICATE' } });
    const seen = await visibleTask('wh.tenant-admin', toWuhou.id);
    expect(seen.overdue).toBe(true);
    // The deadline is the city's, which assigned the task: the city supervises the district.
    expect(seen.supervisionNotices.map((n) => [n.kind, n.state, n.issuerTenantId, n.addresseeTenantId])).toEqual([
      ['REMINDER', 'CLOSED', ids.chengdu, ids.wuhou],
      ['SUPERVISION', 'ISSUED', ids.chengdu, ids.wuhou],
    ]);
    // The notices of a task are the office's and its ancestors' to see, not a sibling's.
    expect((await visibleTask('cd.conference-office', toWuhou.id)).supervisionNotices).toHaveLength(2);
    const notices = await api.query('jj.tenant-admin', INBOX, {});
    expect(notices.data!.noticeInbox.edges).toEqual([]);
  });

  it('lets the city’s conference office raise a notice on the task it assigned and find it among the notices it issued', async () => {
    const summons = await run('cd.conference-office', RAISE, {
      subjectType: 'TASK',
      subjectId: toWuhou.id,
      kind: 'SUMMONS',
      reason: 'SHIRKING',
      text: '积案化解任务逾期，约谈区联席办负责人',
    });
    expect(summons).toMatchObject({ kind: 'SUMMONS', issuerTenantId: ids.chengdu, addresseeTenantId: ids.wuhou });
    const issued = (await api.query('cd.conference-office', ISSUED, {})).data!.issuedNotices.edges.map((e) => e.node);
    expect(issued.map((n) => n.id)).toContain(summons.id);
    expect(new Set(issued.map((n) => n.subjectType))).toEqual(new Set(['TASK']));
    // Not on a task another conference assigned, even one it sees.
    const county = await visibleTask('cd.conference-office', toJinjiang.id);
    const split = county.subtasks[0];
    const refused = await api.query(
      'cd.conference-office',
      graphql(`
        mutation ConferenceTasksE2eRaiseNotice($input: RaiseNoticeInput!) {
          raiseNotice(input: $input) {
            id
          }
        }
      `),
      {
        input: { subjectType: 'TASK', subjectId: split.id, kind: 'SUMMONS', reason: 'SHIRKING', text: '越级督办' },
      },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(refused));
  });

  it('signs off 锦江区’s task and sends 武侯区’s back when it reports late', async () => {
    system.setToday('2027-01-04');
    let wuhou: ConferenceTasksE2eTaskFragment = await visibleTask('wh.tenant-admin', toWuhou.id);
    wuhou = await report('wh.tenant-admin', wuhou, '正在化解', 70);
    wuhou = await report('wh.tenant-admin', wuhou, '已化解', 100, true);
    expect([wuhou.state, wuhou.overdue]).toEqual(['REPORTED_DONE', true]);
    const jinjiang = await visibleTask('cd.conference-office', toJinjiang.id);
    const signed = await run('cd.conference-office', SIGN_OFF, { id: jinjiang.id, version: jinjiang.version });
    expect(signed.state).toBe('SIGNED_OFF');
    const sent = await run('cd.conference-office', SEND_BACK, { id: wuhou.id, version: wuhou.version, reason: '未附化解台账，部分积案未见群众签字' });
    expect([sent.state, sent.sendBackReason]).toEqual(['SENT_BACK', '未附化解台账，部分积案未见群众签字']);
    expect((await visibleTask('cd.conference-office', root.id)).state).toBe('ASSIGNED');
  });

  it('shows the same numbers on the dashboards and coverage at city and county level', async () => {
    const city = (await api.query('cd.conference-office', DASHBOARD, {})).data!.taskDashboard;
    // 锦江区 on time, reported every week; 武侯区 sent back, past the deadline, its reports due
    // 12-14, 12-21 and 12-28 all missed (it first reported on 01-04).
    expect(city.total).toEqual({ assigned: 2, signedOff: 1, doneOnTime: 1, overdue: 1, lateReports: 3, completionRate: 0.5 });
    expect(city.byList).toEqual([{ name: '减存量清单', assigned: 2, signedOff: 1 }]);
    expect(city.byAssignee).toEqual(
      [
        { name: '武侯区联席会议', assigned: 1, signedOff: 0, doneOnTime: 0, overdue: 1, lateReports: 3, completionRate: 0 },
        { name: '锦江区联席会议', assigned: 1, signedOff: 1, doneOnTime: 1, overdue: 0, lateReports: 0, completionRate: 1 },
      ].sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    );
    const subtree = (await api.query('cd.conference-office', DASHBOARD, { subtree: true })).data!.taskDashboard;
    expect(subtree.total).toEqual({ assigned: 4, signedOff: 3, doneOnTime: 3, overdue: 1, lateReports: 3, completionRate: 0.75 });
    const county = (await api.query('jj.conference-office', DASHBOARD, {})).data!.taskDashboard;
    expect(county.byAssignee.map((r) => [r.name, r.assigned, r.signedOff, r.doneOnTime, r.overdue, r.lateReports, r.completionRate])).toEqual([
      ['人力资源和社会保障局', 1, 1, 1, 0, 0, 1],
      ['住房和城乡建设局', 1, 1, 1, 0, 0, 1],
    ]);
    const wuhou = (await api.query('wh.tenant-admin', DASHBOARD, {})).data!.taskDashboard;
    expect(wuhou.total).toMatchObject({ assigned: 0, completionRate: null });
    expect(errorCode(await api.query('wh.tenant-admin', DASHBOARD, { tenantId: ids.jinjiang }))).toBe('NOT_FOUND');

    const tenants = (await api.query('cd.tenant-admin', TENANTS, {})).data!.tenants.edges.map((e) => e.node);
    const counties = tenants.filter((t) => t.level === 'COUNTY' && t.parentId === ids.chengdu).length;
    const cityCoverage = (await api.query('cd.conference-office', COVERAGE, { id: ids.chengdu, level: 'COUNTY' })).data!.tenant.conferenceCoverage;
    expect(cityCoverage).toEqual({ jurisdictions: counties, withConference: 2, rate: 2 / counties });
    const townships = (await api.query('jj.conference-office', COVERAGE, { id: ids.jinjiang, level: 'TOWNSHIP' })).data!.tenant.conferenceCoverage;
    expect(townships).toMatchObject({ withConference: 0, rate: 0 });
  });
});
