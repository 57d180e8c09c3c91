import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { ManualClock } from '#common/clock';
import type { EventEnvelope } from '#common/events';
import { EventWorker } from '#common/worker';
import { graphql } from '#test/gql/index.js';
import type { CreateTaskInput, RaiseNoticeInput, TasksSpecCreateMutation, TasksSpecTaskFragment } from '#test/gql/graphql.js';
import { errorCode, gql } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { ConferenceHarness } from '../../conferences/__tests__/conference-harness.js';
import { NoticeEscalation } from '../../supervision/notice-escalation.service.js';
import { TaskDeadlinesQueue } from '../clock/queues/task-deadlines.queue.js';
import { TaskDeadlines } from '../clock/task-deadlines.service.js';

const tree = new JurisdictionTree({
  shanxi: { code: '140000', name: '山西省', level: 'PROVINCE', parent: null },
  taiyuan: { code: '140100', name: '太原市', level: 'CITY', parent: 'shanxi' },
  xiaodian: { code: '140105', name: '小店区', level: 'COUNTY', parent: 'taiyuan' },
  yingze: { code: '140106', name: '迎泽区', level: 'COUNTY', parent: 'taiyuan' },
  jiancaoping: { code: '140108', name: '尖草坪区', level: 'COUNTY', parent: 'taiyuan' },
  pingyang: { code: '140105001', name: '坪阳街道', level: 'TOWNSHIP', parent: 'xiaodian' },
});
type Key = (typeof tree.keys)[number];

/** Monday 2026-12-07, 09:00 China time. */
const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));

graphql(`
  fragment TasksSpecTask on Task {
    id
    number
    tenantId
    rootId
    parentId
    listId
    listName
    listKind
    assigningTenantId
    state
    deadline
    listed
    priority
    requiredOutcome
    decisionId
    title
    createdOn
    reportedDoneOn
    closedOn
    sendBackReason
    cancelReason
    overdue
    version
    linkedCaseIds
    assignee {
      kind
      tenantId
      memberId
      unitId
      name
    }
  }
`);
const CREATE_LIST = graphql(`
  mutation TasksSpecCreateList($input: CreateTaskListInput!) {
    createTaskList(input: $input) {
      id
      kind
      name
      goal
      ownerName
      periodFrom
      periodTo
      version
    }
  }
`);
const UPDATE_LIST = graphql(`
  mutation TasksSpecUpdateList($input: UpdateTaskListInput!) {
    updateTaskList(input: $input) {
      name
      goal
      periodTo
      version
    }
  }
`);
const LISTS = graphql(`
  query TasksSpecLists($tenantId: ID) {
    taskLists(tenantId: $tenantId) {
      id
      kind
      name
      ownerName
    }
  }
`);
const CREATE = graphql(`
  mutation TasksSpecCreate($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TasksSpecTask
      subtasks {
        ...TasksSpecTask
      }
    }
  }
`);
const SPLIT = graphql(`
  mutation TasksSpecSplit($input: SplitTaskInput!) {
    splitTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const RECEIVE = graphql(`
  mutation TasksSpecReceive($input: TaskStepInput!) {
    receiveTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const START = graphql(`
  mutation TasksSpecStart($input: TaskStepInput!) {
    startTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const REPORT = graphql(`
  mutation TasksSpecReport($input: TaskReportInput!) {
    reportTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const SIGN_OFF = graphql(`
  mutation TasksSpecSignOff($input: TaskStepInput!) {
    signOffTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const SEND_BACK = graphql(`
  mutation TasksSpecSendBack($input: TaskReasonInput!) {
    sendBackTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const CANCEL = graphql(`
  mutation TasksSpecCancel($input: TaskReasonInput!) {
    cancelTask(input: $input) {
      ...TasksSpecTask
    }
  }
`);
const TASK = graphql(`
  query TasksSpecTaskView($id: ID!) {
    task(id: $id) {
      ...TasksSpecTask
      subtasks {
        id
        number
        state
        assignee {
          name
        }
      }
      reports {
        reportedOn
        percent
        final
        text
        evidence
      }
      reporting {
        cadence
        periodDays
        dueDates
        missed
        nextDue
      }
      history {
        seq
        action
        fromState
        toState
        reason
      }
      supervisionNotices {
        kind
        state
        issuerTenantId
        addresseeTenantId
        addresseeUnitId
        text
      }
      linkedCases {
        id
      }
    }
  }
`);
const TASKS = graphql(`
  query TasksSpecTasks($filter: TaskFilter) {
    tasks(filter: $filter, first: 50) {
      edges {
        node {
          id
          number
          state
          assignee {
            name
          }
        }
      }
    }
  }
`);
const DASHBOARD = graphql(`
  query TasksSpecDashboard($tenantId: ID, $subtree: Boolean) {
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
        doneOnTime
        overdue
        lateReports
        completionRate
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
const ESTABLISH = graphql(`
  mutation TasksSpecEstablish($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      members {
        id
        name
      }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation TasksSpecSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      version
    }
  }
`);
const RECORD = graphql(`
  mutation TasksSpecRecord($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      decisions {
        id
      }
    }
  }
`);
const RAISE = graphql(`
  mutation TasksSpecRaise($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
      kind
      issuerTenantId
      addresseeTenantId
      version
    }
  }
`);
const ISSUED = graphql(`
  query TasksSpecIssued {
    issuedNotices(first: 50) {
      edges {
        node {
          id
          kind
          subjectType
          subjectId
        }
      }
    }
  }
`);
const FEEDBACK = graphql(`
  mutation TasksSpecFeedback($input: NoticeFeedbackInput!) {
    submitNoticeFeedback(input: $input) {
      state
      version
    }
  }
`);
const ACCEPT = graphql(`
  mutation TasksSpecAccept($input: AcceptFeedbackInput!) {
    acceptNoticeFeedback(input: $input) {
      state
    }
  }
`);

describe('meetings: conference tasks (任务清单与任务)', () => {
  const h = new ConferenceHarness(tree, { clock, worker: true });
  const { units, users, token, office, unit, user, count, tokenOf } = h;
  const members: Record<string, string> = {};
  const listIds: Record<string, string> = {};
  /** Cases the cases service announced, by holder. */
  const knownCases: Record<string, string> = {};
  let countyList: string;
  let decisionId: string;

  async function establish(key: Key, memberSpecs: { unit?: string; name?: string; liaison: string }[]) {
    await unit(key, '联席办', 'CONFERENCE_OFFICE');
    await user(key, `${key}书记`, [Role.LEADER]);
    const result = await gql(
      h.server,
      ESTABLISH,
      {
        input: {
          establishedOn: '2026-01-05',
          officeUnitId: units[`${key}:联席办`],
          convenors: [{ userId: users[`${key}:${key}书记`], title: '召集人' }],
          members: memberSpecs.map((m) =>
            m.unit
              ? { unitId: units[`${key}:${m.unit}`], liaisonUserId: users[`${key}:${m.liaison}`] }
              : { name: m.name, liaisonUserId: users[`${key}:${m.liaison}`] },
          ),
        },
      },
      await office(key),
    );
    expect(result.errors).toBeUndefined();
    for (const m of result.data!.establishConference.members) members[`${key}:${m.name}`] = m.id;
  }

  /** What a refused command must leave as it was. */
  async function footprint() {
    return {
      tasks: await count(`SELECT count(*) FROM meetings.tasks`),
      versions: await count(`SELECT coalesce(sum(version), 0) AS count FROM meetings.tasks`),
      reports: await count(`SELECT count(*) FROM meetings.task_reports`),
      history: await count(`SELECT count(*) FROM meetings.task_history`),
      outbox: await count(`SELECT count(*) FROM meetings.outbox`),
      audit: await count(`SELECT count(*) FROM meetings.audit_log`),
    };
  }

  /** The worker takes the `task.deadline` events written so far, as the relay would hand them over (one batch per tenant). */
  async function deliverDeadlines(): Promise<void> {
    const { rows } = await h.admin.query(
      `UPDATE meetings.outbox SET relayed_at = now() WHERE topic = 'task.deadline' AND relayed_at IS NULL
       RETURNING id, topic, tenant_id, tenant_path::text, request_id, created_at, payload`,
    );
    const byTenant = new Map<string, EventEnvelope[]>();
    for (const row of rows.sort((a, b) => a.created_at - b.created_at)) {
      const envelope: EventEnvelope = {
        id: row.id,
        topic: row.topic,
        tenantId: row.tenant_id,
        tenantPath: row.tenant_path,
        requestId: row.request_id,
        occurredAt: row.created_at.toISOString(),
        payload: row.payload,
      };
      byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), envelope]);
    }
    for (const events of byTenant.values()) await h.worker.get(EventWorker).consumer.applyBatch(events);
  }

  /** A mutation that must succeed; its one field. */
  const call = async <T, V extends { input: unknown }>(document: TypedDocumentNode<T, V>, input: V['input'], as: string): Promise<T[keyof T]> => {
    const result = await gql(h.server, document, { input } as V, as);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as T[keyof T];
  };
  const isoToday = () => clock.today() as string;
  const read = async (id: string, as: string) => (await gql(h.server, TASK, { id }, as)).data!.task;
  /** A task the user must see. */
  const readVisible = async (id: string, as: string) => {
    const task = await read(id, as);
    if (!task) throw new Error(`task ${id} is not visible`);
    return task;
  };

  beforeAll(async () => {
    await h.start();
    await unit('taiyuan', '市公安局');
    await user('taiyuan', '公安联络员', [Role.MEMBER_UNIT], '市公安局');
    await user('taiyuan', '法院联络员', [Role.MEMBER_UNIT]);
    await establish('taiyuan', [
      { unit: '市公安局', liaison: '公安联络员' },
      { name: '市中级人民法院', liaison: '法院联络员' },
    ]);
    for (const key of ['xiaodian', 'yingze'] as const) {
      await unit(key, '住建局');
      await unit(key, '人社局');
      await user(key, '住建联络员', [Role.MEMBER_UNIT], '住建局');
      await user(key, '人社联络员', [Role.MEMBER_UNIT], '人社局');
      await establish(key, [
        { unit: '住建局', liaison: '住建联络员' },
        { unit: '人社局', liaison: '人社联络员' },
      ]);
    }
    const lists = await gql(h.server, LISTS, {}, await office('taiyuan'));
    for (const list of lists.data!.taskLists) listIds[list.kind] = list.id;
    // A held plenary with a decision for tasks to come from.
    const scheduled = await call(
      SCHEDULE,
      { kind: 'PLENARY', date: '2026-12-07', chairUserId: users['taiyuan:taiyuan书记'], agenda: [{ text: '积案化解' }] },
      await office('taiyuan'),
    );
    const held = await call(
      RECORD,
      { id: scheduled.id, version: scheduled.version, attendance: [], decisions: ['各区年底前化解重复信访积案'] },
      await office('taiyuan'),
    );
    decisionId = held.decisions[0].id;
    knownCases.xiaodian = await h.caseTransitioned('xiaodian', { number: 'XD2026-0001', title: '小店区的积案', holder: 'xiaodian' });
    knownCases.yingze = await h.caseTransitioned('yingze', { number: 'YZ2026-0001', title: '迎泽区的积案', holder: 'yingze' });
    knownCases.province = await h.caseTransitioned('shanxi', { number: 'SX2026-0001', title: '省信访局登记的事项', holder: 'shanxi' });
    countyList = (await gql(h.server, LISTS, {}, await office('xiaodian'))).data!.taskLists[0].id;
  });

  afterAll(() => h.stop());

  it('seeds the three standing lists with every conference, led by its office, and adds campaigns beside them', async () => {
    const own = await gql(h.server, LISTS, {}, await office('taiyuan'));
    expect(own.data!.taskLists.map((l: { kind: string; name: string; ownerName: string }) => [l.kind, l.name, l.ownerName])).toEqual([
      ['PREVENT_NEW', '控增量清单', '联席办'],
      ['REDUCE_BACKLOG', '减存量清单', '联席办'],
      ['CONTAIN_RISK', '防变量清单', '联席办'],
    ]);
    const campaign = await call(
      CREATE_LIST,
      { kind: 'CAMPAIGN', name: '积案清零专项行动', goal: '重复信访积案清零', periodFrom: '2026-12-01', periodTo: '2027-06-30' },
      await office('taiyuan'),
    );
    expect(campaign).toMatchObject({ kind: 'CAMPAIGN', ownerName: '联席办', version: 1 });
    const again = await gql(h.server, CREATE_LIST, { input: { kind: 'AD_HOC', name: '积案清零专项行动' } }, await office('taiyuan'));
    expect(errorCode(again)).toBe('CONFLICT');
    const standing = await gql(h.server, CREATE_LIST, { input: { kind: 'REDUCE_BACKLOG', name: '第二个减存量清单' } }, await office('taiyuan'));
    expect(errorCode(standing)).toBe('VALIDATION');
    const updated = await call(UPDATE_LIST, { id: campaign.id, version: 1, goal: '重复信访积案动态清零', periodTo: '2027-12-31' }, await office('taiyuan'));
    expect(updated).toEqual({ name: '积案清零专项行动', goal: '重复信访积案动态清零', periodTo: '2027-12-31', version: 2 });
    const stale = await gql(h.server, UPDATE_LIST, { input: { id: campaign.id, version: 1, goal: '旧版本' } }, await office('taiyuan'));
    expect(errorCode(stale)).toBe('CONFLICT');
    const renamed = await gql(h.server, UPDATE_LIST, { input: { id: listIds.PREVENT_NEW, version: 1, name: '改名' } }, await office('taiyuan'));
    expect([errorCode(renamed), renamed.errors?.[0]?.message]).toEqual(['VALIDATION', '三项清单不能改名']);
    const backwards = await gql(
      h.server,
      CREATE_LIST,
      { input: { kind: 'AD_HOC', name: '倒置', periodFrom: '2027-01-01', periodTo: '2026-01-01' } },
      await office('taiyuan'),
    );
    expect(errorCode(backwards)).toBe('VALIDATION');
    // A tenant below reads none of the city's lists.
    const county = await gql(h.server, LISTS, { tenantId: tree.ids.taiyuan }, await office('xiaodian'));
    expect(county.data!.taskLists).toEqual([]);
  });

  const backlogTask = (): CreateTaskInput => ({
    listId: listIds.REDUCE_BACKLOG,
    decisionId,
    title: '化解重复信访积案',
    description: '对本区 2025 年以来的重复信访事项逐件化解',
    requiredOutcome: '积案清零，群众满意',
    priority: 'HIGH',
    deadline: { date: '2026-12-31' },
    listed: true,
    assignees: [{ tenantId: tree.ids.xiaodian }, { tenantId: tree.ids.yingze }],
    linkedCaseIds: [knownCases.xiaodian],
  });

  it('refuses bad assignments, deadlines and callers, writing nothing', async () => {
    const before = await footprint();
    const cases: [object, string, string][] = [
      [{ assignees: [{ memberId: members['xiaodian:住建局'] }] }, 'VALIDATION', '只能交办给本级联席会议的成员单位'],
      [{ assignees: [{ tenantId: tree.ids.jiancaoping }] }, 'VALIDATION', '只能向直属下级的联席会议交办任务'],
      [{ assignees: [{ tenantId: tree.ids.pingyang }] }, 'VALIDATION', '只能向直属下级的联席会议交办任务'],
      [{ assignees: [{ tenantId: tree.ids.shanxi }] }, 'VALIDATION', '只能向直属下级的联席会议交办任务'],
      [{ deadline: { date: '2026-12-06' } }, 'VALIDATION', '任务期限（2026-12-06）不能早于任务创建日期（2026-12-07）'],
      [{ deadline: { date: '2026-12-31', workingDays: 5 } }, 'VALIDATION', '任务时限须给出日期或工作日数之一'],
      [{ assignees: [{ tenantId: tree.ids.xiaodian }, { tenantId: tree.ids.xiaodian }] }, 'VALIDATION', '承办方不能重复'],
      [{ cadence: { kind: 'EVERY_N_DAYS', days: 0 } }, 'VALIDATION', '报送周期须为 1 至 366 之间的整数天'],
    ];
    for (const [change, code, message] of cases) {
      const refused = await gql(h.server, CREATE, { input: { ...backlogTask(), ...change } }, await office('taiyuan'));
      expect([errorCode(refused), refused.errors?.[0]?.message]).toEqual([code, message]);
    }
    // Linked cases: the province's own case and one that does not exist are refused for the city;
    // the county may not link its sibling's.
    for (const [linked, as] of [
      [[knownCases.xiaodian, knownCases.province], 'taiyuan'],
      [[randomUUID()], 'taiyuan'],
      [[knownCases.yingze], 'xiaodian'],
    ] as const) {
      const input =
        as === 'taiyuan'
          ? { ...backlogTask(), linkedCaseIds: [...linked] }
          : { ...backlogTask(), listId: countyList, decisionId: null, assignees: [{ memberId: members['xiaodian:住建局'] }], linkedCaseIds: [...linked] };
      const refused = await gql(h.server, CREATE, { input }, await office(as));
      expect([errorCode(refused), refused.errors?.[0]?.message]).toEqual(['NOT_FOUND', '关联的信访事项（linkedCaseIds）中有信访事项不存在或不在本辖区内']);
      expect(refused.errors![0].extensions!.details).toEqual({ field: 'linkedCaseIds', caseIds: [linked.at(-1)] });
    }
    const foreignList = await gql(h.server, CREATE, { input: backlogTask() }, await office('xiaodian'));
    expect(errorCode(foreignList)).toBe('NOT_FOUND');
    const memberUnit = await gql(h.server, CREATE, { input: backlogTask() }, await tokenOf('taiyuan', '公安联络员'));
    expect(errorCode(memberUnit)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  let root: TasksSpecCreateMutation['createTask'];
  let toXiaodian: TasksSpecTaskFragment;
  let toYingze: TasksSpecTaskFragment;
  let toPolice: TasksSpecTaskFragment;

  it('creates a task from a decision in the 减存量 list, cascaded to two county conferences and assigned to a member unit', async () => {
    root = await call(
      CREATE,
      { ...backlogTask(), assignees: [...backlogTask().assignees, { memberId: members['taiyuan:市公安局'] }] },
      await office('taiyuan'),
    );
    expect(root).toMatchObject({
      parentId: null,
      assignee: null,
      state: 'ASSIGNED',
      listName: '减存量清单',
      listKind: 'REDUCE_BACKLOG',
      decisionId,
      listed: true,
      deadline: '2026-12-31',
      priority: 'HIGH',
      requiredOutcome: '积案清零，群众满意',
    });
    expect(root.number).toMatch(/^RW2026-\d{6}$/);
    expect(root.linkedCaseIds).toEqual([knownCases.xiaodian]);
    [toXiaodian, toYingze, toPolice] = root.subtasks;
    expect(root.subtasks.map((t) => [t.number, t.tenantId, t.assignee!.kind, t.assignee!.name, t.state])).toEqual([
      [`${root.number}-1`, tree.ids.xiaodian, 'CONFERENCE', '小店区联席会议', 'ASSIGNED'],
      [`${root.number}-2`, tree.ids.yingze, 'CONFERENCE', '迎泽区联席会议', 'ASSIGNED'],
      [`${root.number}-3`, tree.ids.taiyuan, 'MEMBER_UNIT', '市公安局', 'ASSIGNED'],
    ]);
    // Facts for assessment, one per row; a clock per assignment, each a supervised subject of its tenant.
    expect(await count(`SELECT count(*) FROM meetings.outbox WHERE topic = 'task.transitioned' AND payload->>'rootId' = $1`, [root.id])).toBe(4);
    expect(await count(`SELECT count(*) FROM meetings.outbox WHERE topic = 'task.deadline' AND payload->>'change' = 'STARTED'`)).toBe(3);
    expect(
      await count(`SELECT count(*) FROM meetings.supervised_subjects WHERE subject_type = 'TASK' AND subject_id = $1 AND tenant_id = $2`, [
        toXiaodian.id,
        tree.ids.xiaodian,
      ]),
    ).toBe(1);
    // Working days on the statutory calendar: 10 working days from Monday 2026-12-07 is Monday 12-21.
    const counted = await call(
      CREATE,
      { ...backlogTask(), listId: listIds.PREVENT_NEW, deadline: { workingDays: 10 }, assignees: [{ memberId: members['taiyuan:市中级人民法院'] }] },
      await office('taiyuan'),
    );
    expect(counted.deadline).toBe('2026-12-21');
  });

  it('shows a county its own assignment and nothing of its sibling’s; a member unit sees its unit’s tasks only', async () => {
    const xiaodian = await gql(h.server, TASKS, {}, await office('xiaodian'));
    expect(xiaodian.data!.tasks.edges.map((e) => e.node.id)).toEqual([toXiaodian.id]);
    expect(await read(toYingze.id, await office('xiaodian'))).toBeNull();
    expect(await read(root.id, await office('xiaodian'))).toBeNull();
    const police = await gql(h.server, TASKS, {}, await tokenOf('taiyuan', '公安联络员'));
    expect(police.data!.tasks.edges.map((e) => e.node.id)).toEqual([toPolice.id]);
    const city = await gql(h.server, TASKS, { filter: { rootsOnly: true } }, await office('taiyuan'));
    expect(city.data!.tasks.edges.length).toBe(2);
  });

  it('lets the county receive and split its task to two member units, with deadlines within its own and the listing carried down', async () => {
    const received = await call(RECEIVE, { id: toXiaodian.id, version: toXiaodian.version }, await office('xiaodian'));
    expect(received.state).toBe('RECEIVED');
    const late = await gql(
      h.server,
      SPLIT,
      { input: { id: received.id, version: received.version, subtasks: [{ memberId: members['xiaodian:住建局'], deadline: { date: '2027-01-05' } }] } },
      await office('xiaodian'),
    );
    expect([errorCode(late), late.errors![0].message]).toEqual(['VALIDATION', '下级任务期限（2027-01-05）不能晚于上级任务期限（2026-12-31）']);
    const foreign = await gql(
      h.server,
      SPLIT,
      { input: { id: received.id, version: received.version, subtasks: [{ memberId: members['yingze:住建局'] }] } },
      await office('xiaodian'),
    );
    expect(errorCode(foreign)).toBe('VALIDATION');
    const notTheirs = await gql(
      h.server,
      SPLIT,
      { input: { id: toYingze.id, version: toYingze.version, subtasks: [{ memberId: members['xiaodian:住建局'] }] } },
      await office('xiaodian'),
    );
    expect(errorCode(notTheirs)).toBe('NOT_FOUND');
    const subtasks = await call(
      SPLIT,
      {
        id: received.id,
        version: received.version,
        subtasks: [
          { memberId: members['xiaodian:住建局'], description: '烂尾楼项目', deadline: { date: '2026-12-25' } },
          { memberId: members['xiaodian:人社局'], description: '欠薪事项' },
        ],
      },
      await office('xiaodian'),
    );
    expect(subtasks.map((t) => [t.number, t.assignee!.name, t.deadline, t.listed, t.state, t.tenantId])).toEqual([
      [`${toXiaodian.number}-1`, '住建局', '2026-12-25', true, 'ASSIGNED', tree.ids.xiaodian],
      [`${toXiaodian.number}-2`, '人社局', '2026-12-31', true, 'ASSIGNED', tree.ids.xiaodian],
    ]);
    const parent = await readVisible(toXiaodian.id, await office('taiyuan'));
    expect(parent.state).toBe('IN_PROGRESS');
    expect(parent.subtasks.map((t) => t.assignee!.name)).toEqual(['住建局', '人社局']);
  });

  it('lets member units report weekly, counts a missed week as a late report, and refuses a member unit signing off its own task', async () => {
    const [housing, labour] = (await readVisible(toXiaodian.id, await office('xiaodian'))).subtasks;
    const housingAs = await tokenOf('xiaodian', '住建联络员');
    const labourAs = await tokenOf('xiaodian', '人社联络员');
    let h1 = await call(RECEIVE, { id: housing.id, version: 1 }, housingAs);
    let l1 = await call(RECEIVE, { id: labour.id, version: 1 }, labourAs);
    const other = await gql(h.server, REPORT, { input: { id: housing.id, version: h1.version, text: '代报', percent: 10 } }, labourAs);
    expect(errorCode(other)).toBe('NOT_FOUND');
    clock.advanceDays(6);
    h1 = await call(REPORT, { id: housing.id, version: h1.version, text: '已排查 12 件', percent: 40, evidence: ['附件-001'] }, housingAs);
    expect(h1.state).toBe('IN_PROGRESS');
    clock.advanceDays(7);
    h1 = await call(REPORT, { id: housing.id, version: h1.version, text: '已化解 10 件', percent: 80 }, housingAs);
    l1 = await call(REPORT, { id: labour.id, version: l1.version, text: '欠薪已追回', percent: 100 }, labourAs);
    const notFinal = await gql(h.server, REPORT, { input: { id: housing.id, version: h1.version, text: '完成', percent: 90, final: true } }, housingAs);
    expect(errorCode(notFinal)).toBe('VALIDATION');
    h1 = await call(REPORT, { id: housing.id, version: h1.version, text: '全部化解', percent: 100, final: true }, housingAs);
    l1 = await call(REPORT, { id: labour.id, version: l1.version, text: '全部办结', percent: 100, final: true }, labourAs);
    expect([h1.state, h1.reportedDoneOn, l1.state]).toEqual(['REPORTED_DONE', '2026-12-20', 'REPORTED_DONE']);
    const own = await gql(h.server, SIGN_OFF, { input: { id: housing.id, version: h1.version } }, housingAs);
    expect(errorCode(own)).toBe('FORBIDDEN');
    // The labour unit reported in week 2 only: the first week's report (due 12-14) is late.
    const labourView = await readVisible(labour.id, await office('xiaodian'));
    expect(labourView.reporting).toEqual({ cadence: 'WEEKLY', periodDays: 7, dueDates: ['2026-12-14'], missed: ['2026-12-14'], nextDue: null });
    const housingView = await readVisible(housing.id, await office('xiaodian'));
    expect(housingView.reporting!.missed).toEqual([]);
    expect(housingView.reports.map((r) => [r.reportedOn, r.percent, r.final])).toEqual([
      ['2026-12-13', 40, false],
      ['2026-12-20', 80, false],
      ['2026-12-20', 100, true],
    ]);
    // The county cannot report its own task done while a subtask awaits its sign-off.
    const parent = await readVisible(toXiaodian.id, await office('xiaodian'));
    const early = await gql(
      h.server,
      REPORT,
      { input: { id: parent.id, version: parent.version, text: '完成', percent: 100, final: true } },
      await office('xiaodian'),
    );
    expect(errorCode(early)).toBe('INVALID_TRANSITION');
    await call(SIGN_OFF, { id: housing.id, version: h1.version }, await office('xiaodian'));
    await call(SIGN_OFF, { id: labour.id, version: l1.version }, await office('xiaodian'));
    const done = await call(
      REPORT,
      { id: parent.id, version: parent.version, text: '两项分解任务均已销号', percent: 100, final: true },
      await office('xiaodian'),
    );
    expect(done.state).toBe('REPORTED_DONE');
  });

  it('refuses two sign-offs on the same version: exactly one wins', async () => {
    const task = await readVisible(toXiaodian.id, await office('taiyuan'));
    const as = await office('taiyuan');
    const results = await Promise.all([0, 1].map(() => gql(h.server, SIGN_OFF, { input: { id: task.id, version: task.version } }, as)));
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect((await readVisible(toXiaodian.id, as)).state).toBe('SIGNED_OFF');
  });

  it('supervises a deadline that runs out: a reminder before it, a supervision notice after, each once however often the jobs run', async () => {
    await deliverDeadlines();
    const queue = h.worker.get(TaskDeadlinesQueue).queue;
    const [{ clock_id: clockId }] = (await h.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [toYingze.id])).rows;
    const reminder = await queue.getJob(`task-${clockId}-REMINDER-3-2026-12-31`);
    const overdue = await queue.getJob(`task-${clockId}-OVERDUE-2026-12-31`);
    expect(reminder && overdue).toBeTruthy();
    // A signed-off assignment's clock stopped, and its jobs went with it.
    const [{ clock_id: signedOffClock }] = (await h.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [toXiaodian.id])).rows;
    expect(signedOffClock).toBeNull();
    expect((await queue.getJobs(['delayed', 'waiting'])).filter((job) => job.data!.taskId === toXiaodian.id)).toEqual([]);

    const deadlines = h.worker.get(TaskDeadlines);
    clock.set(new Date('2026-12-28T01:00:00Z'));
    expect(await deadlines.fire(reminder!.data)).toEqual({ outcome: 'EMITTED' });
    expect(await deadlines.fire(reminder!.data)).toEqual({ outcome: 'DUPLICATE' });
    clock.set(new Date('2027-01-01T01:00:00Z'));
    expect(await deadlines.fire(overdue!.data)).toEqual({ outcome: 'EMITTED' });
    const seen = await readVisible(toYingze.id, await office('yingze'));
    expect(seen.overdue).toBe(true);
    // The deadline is the city's, which assigned it: the city supervises the county, not the county itself.
    expect(seen.supervisionNotices.map((n) => [n.kind, n.state, n.issuerTenantId, n.addresseeTenantId, n.addresseeUnitId])).toEqual([
      ['REMINDER', 'CLOSED', tree.ids.taiyuan, tree.ids.yingze, null],
      ['SUPERVISION', 'ISSUED', tree.ids.taiyuan, tree.ids.yingze, null],
    ]);
    expect(seen.supervisionNotices[1].text).toContain('任务办理期限已于 2026-12-31 届满');
    expect(await read(toYingze.id, await office('xiaodian'))).toBeNull();

    // Redis loses every job: the reconciliation issues what the other two overdue assignments (the
    // police's and the court's) owe, and nothing twice.
    await queue.obliterate({ force: true });
    expect(await deadlines.reconcileOnce()).toEqual({ scanned: 3, emitted: 2 });
    expect(await deadlines.reconcileOnce()).toEqual({ scanned: 3, emitted: 0 });
    expect(await count(`SELECT count(*) FROM meetings.notices WHERE subject_id = $1`, [toYingze.id])).toBe(2);
    const police = await readVisible(toPolice.id, await office('taiyuan'));
    expect(police.supervisionNotices.map((n) => [n.kind, n.issuerTenantId, n.addresseeTenantId, n.addresseeUnitId])).toEqual([
      ['SUPERVISION', tree.ids.taiyuan, tree.ids.taiyuan, units['taiyuan:市公安局']],
    ]);
    // The court is a member without a unit of the city: nobody below the city answers for it, so
    // the province supervises the city.
    const court = await h.admin.query(
      `SELECT n.issuer_tenant_id, n.addressee_tenant_id, n.addressee_unit_id FROM meetings.notices n JOIN meetings.tasks t ON t.id = n.subject_id
        WHERE t.assignee_name = '市中级人民法院'`,
    );
    expect(court.rows).toEqual([{ issuer_tenant_id: tree.ids.shanxi, addressee_tenant_id: tree.ids.taiyuan, addressee_unit_id: null }]);
  });

  it('lets the conference office supervise the tasks its conference assigned, and list what it issued on them, not other subjects', async () => {
    const input: RaiseNoticeInput = {
      subjectType: 'TASK',
      subjectId: toYingze.id,
      kind: 'SUMMONS',
      reason: 'SHIRKING',
      text: '逾期未完成积案化解任务，约谈区联席办',
    };
    const summons = await call(RAISE, input, await office('taiyuan'));
    expect(summons).toMatchObject({ kind: 'SUMMONS', issuerTenantId: tree.ids.taiyuan, addresseeTenantId: tree.ids.yingze });
    const listed = (await gql(h.server, ISSUED, {}, await office('taiyuan'))).data!.issuedNotices.edges.map((e) => e.node);
    expect(listed.map((n) => n.subjectType)).toEqual(listed.map(() => 'TASK'));
    expect(listed.map((n) => n.id)).toContain(summons.id);
    // The county holds the task but did not assign it; a sibling county does not see it at all.
    const before = await footprint();
    expect(errorCode(await gql(h.server, RAISE, { input }, await office('yingze')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(h.server, RAISE, { input }, await office('xiaodian')))).toBe('NOT_FOUND');
    expect(errorCode(await gql(h.server, RAISE, { input }, await token('taiyuan', [Role.LEADER])))).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    // The county answers; the office decides on the answer.
    const answered = await call(FEEDBACK, { noticeId: summons.id, version: summons.version, text: '已制定整改方案', attachments: [] }, await office('yingze'));
    const accepted = await call(ACCEPT, { noticeId: summons.id, version: answered.version }, await office('taiyuan'));
    expect(accepted.state).toBe('ACCEPTED');
  });

  it('closes the notices of a task once it is reported done, late as it is', async () => {
    const as = await tokenOf('taiyuan', '公安联络员');
    const received = await call(RECEIVE, { id: toPolice.id, version: toPolice.version }, as);
    const started = await call(START, { id: toPolice.id, version: received.version }, as);
    const done = await call(REPORT, { id: toPolice.id, version: started.version, text: '已完成', percent: 100, final: true }, as);
    expect(done.overdue).toBe(true);
    const after = await readVisible(toPolice.id, await office('taiyuan'));
    expect(after.supervisionNotices.map((n) => n.state)).toEqual(['CLOSED']);
  });

  it('lets the city send the late county’s task back with a reason, restarting its clock', async () => {
    const yingzeAs = await office('yingze');
    let task: TasksSpecTaskFragment = await readVisible(toYingze.id, yingzeAs);
    task = await call(RECEIVE, { id: task.id, version: task.version }, yingzeAs);
    const notStarted = await gql(h.server, REPORT, { input: { id: task.id, version: task.version, text: '已完成', percent: 100, final: true } }, yingzeAs);
    expect(errorCode(notStarted)).toBe('INVALID_TRANSITION');
    task = await call(REPORT, { id: task.id, version: task.version, text: '正在化解', percent: 60 }, yingzeAs);
    task = await call(REPORT, { id: task.id, version: task.version, text: '已完成', percent: 100, final: true }, yingzeAs);
    const [{ clock_id: before }] = (await h.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [task.id])).rows;
    expect(before).toBeNull();
    const noReason = await gql(h.server, SEND_BACK, { input: { id: task.id, version: task.version, reason: ' ' } }, await office('taiyuan'));
    expect(errorCode(noReason)).toBe('VALIDATION');
    const sent = await call(SEND_BACK, { id: task.id, version: task.version, reason: '未附化解台账' }, await office('taiyuan'));
    expect([sent.state, sent.sendBackReason, sent.reportedDoneOn, sent.overdue]).toEqual(['SENT_BACK', '未附化解台账', null, true]);
    const [{ clock_id: after }] = (await h.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [task.id])).rows;
    expect(after).not.toBeNull();
    const history = (await readVisible(task.id, await office('taiyuan'))).history;
    expect(history.at(-1)).toMatchObject({ action: 'SEND_BACK', fromState: 'REPORTED_DONE', toState: 'SENT_BACK', reason: '未附化解台账' });
  });

  it('counts the dashboards per list and per assignee, for the office and for the city over its subtree', async () => {
    const city = (await gql(h.server, DASHBOARD, {}, await office('taiyuan'))).data!.taskDashboard;
    // Today is 2027-01-01. The city's assignments, all created on 12-07 with weekly reports due 12-14, 12-21, 12-28:
    // 小店区 signed off on time, its one report (the final, 12-20) too late for 12-14: 1 late report;
    // 迎泽区 reported on 01-01 only, then sent back: overdue, 3 late; 市公安局 reported done late on 01-01: 3 late;
    // the court's task (控增量, due 12-21) open and never reported: overdue, 3 late.
    expect(city.total).toEqual({ assigned: 4, signedOff: 1, doneOnTime: 1, overdue: 3, lateReports: 10, completionRate: 0.25 });
    const byAssignee = Object.fromEntries(city.byAssignee.map((row) => [row.name, row]));
    expect(byAssignee['小店区联席会议']).toMatchObject({ assigned: 1, signedOff: 1, doneOnTime: 1, overdue: 0, lateReports: 1, completionRate: 1 });
    expect(byAssignee['迎泽区联席会议']).toMatchObject({ assigned: 1, signedOff: 0, overdue: 1, lateReports: 3, completionRate: 0 });
    expect(city.byList.map((row) => [row.name, row.assigned])).toEqual([
      ['控增量清单', 1],
      ['减存量清单', 3],
    ]);
    const subtree = (await gql(h.server, DASHBOARD, { subtree: true }, await office('taiyuan'))).data!.taskDashboard;
    expect(subtree.total).toMatchObject({ assigned: 6, signedOff: 3, doneOnTime: 3 });
    const county = (await gql(h.server, DASHBOARD, {}, await office('xiaodian'))).data!.taskDashboard;
    expect(county.byAssignee.map((row) => [row.name, row.assigned, row.signedOff, row.doneOnTime, row.lateReports])).toEqual([
      ['人社局', 1, 1, 1, 1],
      ['住建局', 1, 1, 1, 0],
    ]);
    const sibling = await gql(h.server, DASHBOARD, { tenantId: tree.ids.xiaodian }, await office('yingze'));
    expect(errorCode(sibling)).toBe('NOT_FOUND');
  });

  it('signs off a list’s own task once its last live assignment is signed off', async () => {
    const task = await call(
      CREATE,
      {
        ...backlogTask(),
        listId: listIds.PREVENT_NEW,
        deadline: { date: '2027-12-31' },
        assignees: [{ memberId: members['taiyuan:市公安局'] }, { tenantId: tree.ids.yingze }],
      },
      await office('taiyuan'),
    );
    const [police, county] = task.subtasks;
    await call(CANCEL, { id: county.id, version: county.version, reason: '改由公安局办理' }, await office('taiyuan'));
    expect((await readVisible(task.id, await office('taiyuan'))).state).toBe('ASSIGNED');
    const as = await tokenOf('taiyuan', '公安联络员');
    let row = await call(RECEIVE, { id: police.id, version: police.version }, as);
    row = await call(REPORT, { id: row.id, version: row.version, text: '进展', percent: 50 }, as);
    row = await call(REPORT, { id: row.id, version: row.version, text: '完成', percent: 100, final: true }, as);
    await call(SIGN_OFF, { id: row.id, version: row.version }, await office('taiyuan'));
    const root = await readVisible(task.id, await office('taiyuan'));
    expect([root.state, root.closedOn]).toEqual(['SIGNED_OFF', isoToday()]);
  });

  it('cancels a task with every open task below it, and refuses a report on a cancelled task', async () => {
    const task = await call(
      CREATE,
      { ...backlogTask(), listId: listIds.CONTAIN_RISK, deadline: { date: '2027-01-29' }, assignees: [{ tenantId: tree.ids.xiaodian }] },
      await office('taiyuan'),
    );
    const assignment = task.subtasks[0];
    const received = await call(RECEIVE, { id: assignment.id, version: 1 }, await office('xiaodian'));
    const [sub] = await call(
      SPLIT,
      { id: received.id, version: received.version, subtasks: [{ memberId: members['xiaodian:住建局'] }] },
      await office('xiaodian'),
    );
    const cancelled = await call(CANCEL, { id: task.id, version: task.version, reason: '风险已化解' }, await office('taiyuan'));
    expect(cancelled.state).toBe('CANCELLED');
    const below = (await h.admin.query(`SELECT state, cancel_reason FROM meetings.tasks WHERE root_id = $1 AND id <> $1`, [task.id])).rows;
    expect(below).toEqual([
      { state: 'CANCELLED', cancel_reason: '风险已化解' },
      { state: 'CANCELLED', cancel_reason: '风险已化解' },
    ]);
    const before = await footprint();
    const report = await gql(
      h.server,
      REPORT,
      { input: { id: sub.id, version: sub.version + 1, text: '进展', percent: 10 } },
      await tokenOf('xiaodian', '住建联络员'),
    );
    expect(errorCode(report)).toBe('INVALID_TRANSITION');
    expect(report.errors![0].message).toContain('任务已撤销');
    expect(await footprint()).toEqual(before);
  });

  it('supervises a task sent back after its deadline again, and escalates an unanswered notice up the ladder as for a case', async () => {
    // 迎泽区's task was sent back on 2027-01-01, its new clock already past 2026-12-31.
    expect(await h.worker.get(TaskDeadlines).reconcileOnce()).toMatchObject({ emitted: 1 });
    const [notice] = (await h.admin.query(`SELECT id, kind, escalate_on::text FROM meetings.notices WHERE subject_id = $1 AND state = 'ISSUED'`, [toYingze.id]))
      .rows;
    expect(notice.kind).toBe('SUPERVISION');
    clock.set(new Date(`${notice.escalate_on}T01:00:00Z`));
    clock.advanceDays(1);
    expect(await h.worker.get(NoticeEscalation).escalateOnce()).toBeGreaterThanOrEqual(1);
    const seen = await readVisible(toYingze.id, await office('taiyuan'));
    expect(seen.supervisionNotices.map((n) => n.kind)).toContain('CIRCULAR');
    const circular = seen.supervisionNotices.find((n) => n.kind === 'CIRCULAR');
    // One level up: the city answers for its county now, to the province.
    expect([circular!.issuerTenantId, circular!.addresseeTenantId]).toEqual([tree.ids.shanxi, tree.ids.taiyuan]);
  });

  it('counts and reminds a task’s deadline on its tenant’s calendar, as the cases service keeps it', async () => {
    const consumer = h.worker.get(EventWorker).consumer;
    const changed = (key: Key, payload: object) =>
      consumer.apply({
        id: crypto.randomUUID(),
        topic: 'calendar.changed',
        tenantId: tree.ids[key],
        tenantPath: tree.pathOf(key),
        requestId: 'test',
        occurredAt: clock.now().toISOString(),
        payload,
      });
    // The city reminds 7 days ahead; its district, nearer, 5 days ahead, and — having declared its
    // 2027 arrangement, which the official data does not hold yet — makes Wednesday 2027-03-03 a holiday.
    await changed('taiyuan', { reminderLeadDays: [7], declaredYears: [], overrides: [], changedAt: '2027-02-20T00:00:00Z' });
    await changed('xiaodian', {
      reminderLeadDays: [5],
      declaredYears: [2027],
      overrides: [{ date: '2027-03-03', kind: 'HOLIDAY', name: '区庆' }],
      changedAt: '2027-02-20T00:00:00Z',
    });
    // An older word on the district changes nothing.
    await changed('xiaodian', { reminderLeadDays: [2], declaredYears: [], overrides: [], changedAt: '2027-02-01T00:00:00Z' });
    clock.set(new Date('2027-03-01T01:00:00Z')); // Monday
    const lists = (await gql(h.server, LISTS, {}, await office('xiaodian'))).data!.taskLists;
    const created = await call(
      CREATE,
      { ...backlogTask(), listId: lists[0].id, decisionId: null, deadline: { workingDays: 5 }, assignees: [{ memberId: members['xiaodian:住建局'] }] },
      await office('xiaodian'),
    );
    // Five working days after Monday, the holiday skipped: 2, 4, 5, 8, 9.
    expect(created.deadline).toBe('2027-03-09');
    await deliverDeadlines();
    const [{ clock_id: clockId }] = (await h.admin.query(`SELECT clock_id FROM meetings.tasks WHERE id = $1`, [created.subtasks[0].id])).rows;
    const jobs = (await h.worker.get(TaskDeadlinesQueue).queue.getDelayed())
      .filter((job) => job.data!.clockId === clockId)
      .map((job) => job.id)
      .sort();
    expect(jobs).toEqual([`task-${clockId}-OVERDUE-2027-03-09`, `task-${clockId}-REMINDER-5-2027-03-09`]);
  });

  it('refuses an unauthenticated caller and a role that may not read tasks', async () => {
    expect(errorCode(await gql(h.server, TASKS, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(h.server, TASKS, {}, await token('taiyuan', [Role.REGISTRAR])))).toBe('FORBIDDEN');
  });
});
