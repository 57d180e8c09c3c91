import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { ManualClock } from '#common/clock';
import { EventWorker } from '#common/worker';
import { errorCode, gql, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { ConferenceHarness } from '../../conferences/__tests__/conference-harness.js';
import { graphql } from '#test/gql/index.js';

const tree = new JurisdictionTree({
  hubei: { code: '420000', name: '湖北省', level: 'PROVINCE', parent: null },
  wuhan: { code: '420100', name: '武汉市', level: 'CITY', parent: 'hubei' },
  jiangan: { code: '420102', name: '江岸区', level: 'COUNTY', parent: 'wuhan' },
  jianghan: { code: '420103', name: '江汉区', level: 'COUNTY', parent: 'wuhan' },
});

/** Monday 2026-12-07, 09:00 China time. */
const clock = new ManualClock(new Date('2026-12-07T01:00:00Z'));

const ACTIONS = ['RECEIVE', 'START', 'SPLIT', 'REPORT_PROGRESS', 'REPORT_DONE', 'SIGN_OFF', 'SEND_BACK', 'CANCEL'] as const;
type Action = (typeof ACTIONS)[number];
const RECEIVE = graphql(`
  mutation TaskActionsSpecReceiveTask($input: TaskStepInput!) {
    receiveTask(input: $input) {
      id
    }
  }
`);
const START = graphql(`
  mutation TaskActionsSpecStartTask($input: TaskStepInput!) {
    startTask(input: $input) {
      id
    }
  }
`);
const SPLIT = graphql(`
  mutation TaskActionsSpecSplitTask($input: SplitTaskInput!) {
    splitTask(input: $input) {
      id
    }
  }
`);
const REPORT = graphql(`
  mutation TaskActionsSpecReportTask($input: TaskReportInput!) {
    reportTask(input: $input) {
      id
    }
  }
`);
const SIGN_OFF = graphql(`
  mutation TaskActionsSpecSignOffTask($input: TaskStepInput!) {
    signOffTask(input: $input) {
      id
    }
  }
`);
const SEND_BACK = graphql(`
  mutation TaskActionsSpecSendBackTask($input: TaskReasonInput!) {
    sendBackTask(input: $input) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation TaskActionsSpecCancelTask($input: TaskReasonInput!) {
    cancelTask(input: $input) {
      id
    }
  }
`);
const VIEW = graphql(`
  query TaskActionsSpecTask($id: ID!) {
    task(id: $id) {
      id
      version
      state
      availableActions
      daysLeft
      overdueDays
      dueSoon
      overdue
      subtasks {
        id
      }
    }
  }
`);
const CREATE = graphql(`
  mutation TaskActionsSpecCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      subtasks {
        id
        assignee {
          name
        }
      }
    }
  }
`);

/**
 * `Task.availableActions` against the mutations: at every step of a task's life, each viewer is
 * offered exactly what the mutations then accept, and every action not offered is refused without
 * a trace. And the days left on a task, from the service's clock and its tenant's calendar.
 */
describe('meetings: the actions a task offers and its days left', () => {
  const h = new ConferenceHarness(tree, { clock, worker: true });
  const { units, users, token, office, unit, user, count, tokenOf } = h;
  const members: Record<string, string> = {};
  const viewers = {} as Record<
    'cityOffice' | 'cityAdmin' | 'citySupervisor' | 'policeLiaison' | 'policeChief' | 'countyOffice' | 'countyHousing' | 'siblingOffice',
    string
  >;

  async function establish(key: 'wuhan' | 'jiangan' | 'jianghan', member: string) {
    await unit(key, '联席办', 'CONFERENCE_OFFICE');
    await user(key, `${key}召集人`, [Role.LEADER]);
    await unit(key, member);
    await user(key, `${member}联络员`, [Role.MEMBER_UNIT], member);
    const result = await gql(
      h.server,
      graphql(`
        mutation TaskActionsSpecEstablishConference($input: EstablishConferenceInput!) {
          establishConference(input: $input) {
            members {
              id
              name
            }
          }
        }
      `),
      {
        input: {
          establishedOn: '2026-01-05',
          officeUnitId: units[`${key}:联席办`],
          convenors: [{ userId: users[`${key}:${key}召集人`], title: '召集人' }],
          members: [{ unitId: units[`${key}:${member}`], liaisonUserId: users[`${key}:${member}联络员`] }],
        },
      },
      await office(key),
    );
    expect(result.errors).toBeUndefined();
    members[`${key}:${member}`] = result.data!.establishConference.members[0].id;
  }

  const view = async (as: string, id: string) => {
    const result = await gql(h.server, VIEW, { id }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.task;
  };
  const version = async (id: string): Promise<number> => (await h.admin.query(`SELECT version FROM meetings.tasks WHERE id = $1`, [id])).rows[0].version;
  const footprint = async () => ({
    tasks: await count(`SELECT count(*) FROM meetings.tasks`),
    versions: await count(`SELECT coalesce(sum(version), 0) AS count FROM meetings.tasks`),
    reports: await count(`SELECT count(*) FROM meetings.task_reports`),
    history: await count(`SELECT count(*) FROM meetings.task_history`),
  });

  /** The action's mutation with an input that is valid as entered, at the task's current version. */
  async function attempt(as: string, action: Action, id: string): Promise<GraphQLResult<unknown>> {
    const input = { id, version: await version(id) };
    switch (action) {
      case 'RECEIVE':
        return gql(h.server, RECEIVE, { input }, as);
      case 'START':
        return gql(h.server, START, { input }, as);
      case 'SPLIT':
        return gql(h.server, SPLIT, { input: { ...input, subtasks: [{ memberId: members['jiangan:住建局'] }] } }, as);
      case 'REPORT_PROGRESS':
        return gql(h.server, REPORT, { input: { ...input, text: '正在办理', percent: 50 } }, as);
      case 'REPORT_DONE':
        return gql(h.server, REPORT, { input: { ...input, text: '已办结', percent: 100, final: true } }, as);
      case 'SIGN_OFF':
        return gql(h.server, SIGN_OFF, { input }, as);
      case 'SEND_BACK':
        return gql(h.server, SEND_BACK, { input: { ...input, reason: '未附台账' } }, as);
      case 'CANCEL':
        return gql(h.server, CANCEL, { input: { ...input, reason: '不再需要' } }, as);
    }
  }

  /**
   * What each viewer is offered on the task (nothing when they cannot see it), after checking that
   * every action not offered is refused by its mutation and leaves nothing behind.
   */
  async function offers(id: string): Promise<Record<keyof typeof viewers, Action[]>> {
    const before = await footprint();
    const offered = {} as Record<keyof typeof viewers, Action[]>;
    for (const [name, as] of Object.entries(viewers) as [keyof typeof viewers, string][]) {
      offered[name] = (await view(as, id))?.availableActions ?? [];
      for (const action of ACTIONS.filter((a) => !offered[name].includes(a))) {
        const refused = await attempt(as, action, id);
        expect([name, action, ['FORBIDDEN', 'INVALID_TRANSITION', 'VALIDATION', 'NOT_FOUND'].includes(errorCode(refused)!)]).toEqual([name, action, true]);
      }
    }
    expect(await footprint()).toEqual(before);
    // Only those who act on the task are listed below: everyone else is offered nothing.
    return Object.fromEntries(Object.entries(offered).filter(([, actions]) => actions.length > 0)) as typeof offered;
  }

  /** Takes an offered action: the mutation accepts it. */
  async function take(viewer: keyof typeof viewers, action: Action, id: string) {
    expect((await view(viewers[viewer], id))!.availableActions).toContain(action);
    const done = await attempt(viewers[viewer], action, id);
    expect(done.errors).toBeUndefined();
  }

  beforeAll(async () => {
    await h.start();
    await establish('wuhan', '市公安局');
    await user('wuhan', '公安局长', [Role.LEADER], '市公安局');
    await establish('jiangan', '住建局');
    await establish('jianghan', '住建局');
    viewers.cityOffice = await office('wuhan');
    viewers.cityAdmin = await token('wuhan', [Role.TENANT_ADMIN]);
    viewers.citySupervisor = await token('wuhan', [Role.SUPERVISOR]);
    viewers.policeLiaison = await tokenOf('wuhan', '市公安局联络员');
    viewers.policeChief = await tokenOf('wuhan', '公安局长');
    viewers.countyOffice = await office('jiangan');
    viewers.countyHousing = await tokenOf('jiangan', '住建局联络员');
    viewers.siblingOffice = await office('jianghan');
  });

  afterAll(() => h.stop());

  const newTask = async (as: string, listOf: 'wuhan' | 'jiangan', deadline: string, assignees: object[]) => {
    const lists = await gql(
      h.server,
      graphql(`
        query TaskActionsSpecTaskLists {
          taskLists {
            id
          }
        }
      `),
      {},
      as,
    );
    const created = await gql(
      h.server,
      CREATE,
      {
        input: {
          listId: lists.data!.taskLists[0].id,
          title: `任务-${randomUUID().slice(0, 6)}`,
          priority: 'NORMAL',
          deadline: { date: deadline },
          listed: false,
          assignees,
          linkedCaseIds: [],
        },
      },
      as,
    );
    expect([listOf, created.errors]).toEqual([listOf, undefined]);
    return created.data!.createTask;
  };

  it('offers each viewer, at every step, exactly what the mutations accept', async () => {
    const root = await newTask(viewers.cityOffice, 'wuhan', '2026-12-31', [{ tenantId: tree.ids.jiangan }, { memberId: members['wuhan:市公安局'] }]);
    const [toCounty, toPolice] = root.subtasks.map((t: { id: string }) => t.id);

    expect(await offers(root.id)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'] });
    expect(await offers(toCounty)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'], countyOffice: ['RECEIVE'] });
    // The police chief belongs to the unit but holds no role the work's mutations admit.
    expect(await offers(toPolice)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'], policeLiaison: ['RECEIVE'] });

    await take('countyOffice', 'RECEIVE', toCounty);
    expect(await offers(toCounty)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'], countyOffice: ['START', 'SPLIT', 'REPORT_PROGRESS'] });
    await take('countyOffice', 'SPLIT', toCounty);
    // Split to a unit whose work is not signed off yet: the county may not report its task done.
    expect(await offers(toCounty)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'], countyOffice: ['SPLIT', 'REPORT_PROGRESS'] });

    const [{ id: split }] = (await view(viewers.countyOffice, toCounty))!.subtasks;
    expect(await offers(split)).toEqual({ countyOffice: ['CANCEL'], countyHousing: ['RECEIVE'] });
    await take('countyHousing', 'RECEIVE', split);
    await take('countyHousing', 'START', split);
    expect(await offers(split)).toEqual({ countyOffice: ['CANCEL'], countyHousing: ['REPORT_PROGRESS', 'REPORT_DONE'] });
    await take('countyHousing', 'REPORT_DONE', split);
    expect(await offers(split)).toEqual({ countyOffice: ['SIGN_OFF', 'SEND_BACK', 'CANCEL'] });
    await take('countyOffice', 'SEND_BACK', split);
    expect(await offers(split)).toEqual({ countyOffice: ['CANCEL'], countyHousing: ['START', 'REPORT_PROGRESS'] });
    await take('countyHousing', 'REPORT_PROGRESS', split);
    await take('countyHousing', 'REPORT_DONE', split);
    await take('countyOffice', 'SIGN_OFF', split);
    expect(await offers(split)).toEqual({});

    expect(await offers(toCounty)).toEqual({ cityOffice: ['CANCEL'], cityAdmin: ['CANCEL'], countyOffice: ['SPLIT', 'REPORT_PROGRESS', 'REPORT_DONE'] });
    await take('countyOffice', 'REPORT_DONE', toCounty);
    expect(await offers(toCounty)).toEqual({ cityOffice: ['SIGN_OFF', 'SEND_BACK', 'CANCEL'], cityAdmin: ['SIGN_OFF', 'SEND_BACK', 'CANCEL'] });
    await take('cityOffice', 'SIGN_OFF', toCounty);
    expect(await offers(toCounty)).toEqual({});

    await take('cityAdmin', 'CANCEL', toPolice);
    expect(await offers(toPolice)).toEqual({});
    // Its one live assignment signed off, the list's own task is signed off with it.
    expect((await view(viewers.cityOffice, root.id))!.state).toBe('SIGNED_OFF');
    expect(await offers(root.id)).toEqual({});
  }, 120_000);

  it('counts the days left to a task’s deadline by the service clock, due soon by the reminder leads of the task’s tenant', async () => {
    const consumer = h.worker.get(EventWorker).consumer;
    const leads = (key: 'wuhan' | 'jiangan', reminderLeadDays: number[]) =>
      consumer.apply({
        id: randomUUID(),
        topic: 'calendar.changed',
        tenantId: tree.ids[key],
        tenantPath: tree.pathOf(key),
        requestId: 'test',
        occurredAt: clock.now().toISOString(),
        payload: { reminderLeadDays, declaredYears: [], overrides: [], changedAt: clock.now().toISOString() },
      });
    await leads('wuhan', [10]);
    await leads('jiangan', [2]);
    const today = clock.today() as string;
    const root = await newTask(viewers.cityOffice, 'wuhan', '2026-12-17', [{ memberId: members['wuhan:市公安局'] }, { tenantId: tree.ids.jiangan }]);
    const [toPolice, toCounty] = root.subtasks.map((t: { id: string }) => t.id);
    const days = async (as: string, id: string) => {
      const { daysLeft, overdueDays, dueSoon, overdue } = (await view(as, id))!;
      return { daysLeft, overdueDays, dueSoon, overdue };
    };
    expect(today).toBe('2026-12-07');
    // Ten days to go: within the city's 10-day lead for its unit's task, outside the county's 2 days for the county's.
    expect(await days(viewers.policeLiaison, toPolice)).toEqual({ daysLeft: 10, overdueDays: 0, dueSoon: true, overdue: false });
    expect(await days(viewers.countyOffice, toCounty)).toEqual({ daysLeft: 10, overdueDays: 0, dueSoon: false, overdue: false });
    // The city reads its county's task by the county's calendar too.
    expect(await days(viewers.cityOffice, toCounty)).toEqual({ daysLeft: 10, overdueDays: 0, dueSoon: false, overdue: false });

    clock.advanceDays(9);
    expect(await days(viewers.countyOffice, toCounty)).toEqual({ daysLeft: 1, overdueDays: 0, dueSoon: true, overdue: false });
    clock.advanceDays(3);
    expect(await days(viewers.countyOffice, toCounty)).toEqual({ daysLeft: 0, overdueDays: 2, dueSoon: false, overdue: true });

    // Reported done (late), the clock stops: nothing to count down, the lateness stays.
    for (const action of ['RECEIVE', 'START', 'REPORT_DONE'] as const) await take('policeLiaison', action, toPolice);
    expect(await days(viewers.cityOffice, toPolice)).toEqual({ daysLeft: null, overdueDays: null, dueSoon: false, overdue: true });

    // The list's page shows the same, in one request for all its rows.
    const listed = await gql(
      h.server,
      graphql(`
        query TaskActionsSpecTasks {
          tasks(first: 50) {
            edges {
              node {
                id
                daysLeft
                overdueDays
                availableActions
              }
            }
          }
        }
      `),
      {},
      viewers.cityOffice,
    );
    const byId = new Map(listed.data!.tasks.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    expect(byId.get(toCounty)).toEqual({ id: toCounty, daysLeft: 0, overdueDays: 2, availableActions: ['CANCEL'] });
    expect(byId.get(toPolice)).toEqual({ id: toPolice, daysLeft: null, overdueDays: null, availableActions: ['SIGN_OFF', 'SEND_BACK', 'CANCEL'] });
  }, 60_000);
});
