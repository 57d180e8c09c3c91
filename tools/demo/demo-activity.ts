import { plusDays, type IsoDate } from '#common/calendar';
import type { GatewayClient } from './gateway-client.js';

/** What the demo activity left behind, for the start-up log. */
export interface DemoActivitySummary {
  conferences: number;
  meetings: number;
  tasks: number;
  schemes: number;
}

interface ConferenceView {
  id: string;
  convenors: { userId: string }[];
  members: { id: string; name: string }[];
}

interface TaskView {
  id: string;
  version: number;
  assignee: { name: string };
  subtasks: { id: string; version: number; assignee: { name: string } }[];
}

const CONFERENCE_FIELDS = 'id convenors { userId } members { id name }';
const TASK_FIELDS = 'id version assignee { name } subtasks { id version assignee { name } }';
const STEP_FIELDS = 'id version';

/**
 * The second half of the demo province's starting picture, after the directory and the demo cases:
 * the joint conferences of 成都市 and 锦江区 with their members, a held plenary with decisions and a
 * planned meeting, the weekly 调度会, tasks in flight at every stage (received and split below,
 * reported in part, reported done and signed off, not yet received), and an assessment scheme of
 * 成都市 over its districts, scored and published. Everything goes through the gateway as the demo
 * users, so the rules, row-level security and events are those of real use. Runs once: when 成都市
 * already has a conference it does nothing.
 */
export class DemoActivity {
  constructor(
    private readonly api: GatewayClient,
    private readonly today: IsoDate,
  ) {}

  async run(): Promise<DemoActivitySummary | null> {
    if ((await this.api.as<{ conference: { id: string } | null }>('cd.conference-office', '{ conference { id } }')).conference) return null;
    const city = await this.establish('cd', '510100', [
      ['人力资源和社会保障局', 'cd.member-unit'],
      ['住房和城乡建设局', 'cd.handler'],
    ]);
    const district = await this.establish('jj', '510104', [
      ['人力资源和社会保障局', 'jj.member-unit'],
      ['住房和城乡建设局', 'jj.handler'],
    ]);
    const decisions = await this.holdMeetings(city);
    const tasks = await this.assignTasks(city, district, decisions);
    await this.publishScheme();
    return { conferences: 2, meetings: 3, tasks, schemes: 1 };
  }

  /** The office's conference: its leader convenes, the conference office runs it, members with their liaisons. */
  private async establish(prefix: string, code: string, members: [unit: string, liaison: string][]): Promise<ConferenceView> {
    const office = `${prefix}.conference-office`;
    const units = await this.unitsOf(office, code);
    const userId = async (username: string) => (await this.api.as<{ me: { id: string } }>(username, '{ me { id } }')).me.id;
    return this.api.mutate<ConferenceView>(
      office,
      'establishConference',
      'EstablishConferenceInput',
      {
        establishedOn: `${this.today.slice(0, 4)}-03-01`,
        officeUnitId: units.get('联席会议办公室'),
        convenors: [{ userId: await userId(`${prefix}.leader`), title: '党委副书记' }],
        members: await Promise.all(members.map(async ([unit, liaison]) => ({ unitId: units.get(unit), liaisonUserId: await userId(liaison) }))),
      },
      CONFERENCE_FIELDS,
    );
  }

  /** A plenary held two weeks ago on a case of the city's desk, a working meeting next week and the weekly 调度会. */
  private async holdMeetings(city: ConferenceView): Promise<{ id: string; text: string }[]> {
    const office = 'cd.conference-office';
    const chairUserId = city.convenors[0].userId;
    const cases = await this.api.as<{ cases: { edges: { node: { id: string } }[] } }>(
      office,
      '{ cases(first: 1, filter: { channels: [VISIT] }) { edges { node { id } } } }',
    );
    const caseOnAgenda = cases.cases.edges[0]?.node.id;
    const plenary = await this.api.mutate<{ id: string; version: number }>(
      office,
      'scheduleMeeting',
      'ScheduleMeetingInput',
      {
        kind: 'PLENARY',
        date: plusDays(this.today, -14),
        title: '信访工作联席会议全体会议',
        chairUserId,
        agenda: [{ text: '通报本季度信访形势，部署重复信访和信访积案化解' }, ...(caseOnAgenda ? [{ caseId: caseOnAgenda }] : [])],
      },
      STEP_FIELDS,
    );
    const [present, delegated] = city.members;
    const held = await this.api.mutate<{ decisions: { id: string; text: string }[] }>(
      office,
      'recordMeeting',
      'RecordMeetingInput',
      {
        id: plenary.id,
        version: plenary.version,
        attendance: [
          { userId: chairUserId, attendance: 'PRESENT' },
          { memberId: present.id, attendance: 'PRESENT' },
          { memberId: delegated.id, attendance: 'DELEGATED', note: '副局长代为出席' },
        ],
        minutes: '会议通报了本季度全市信访形势，研究了重复信访积案化解和欠薪隐患排查工作。',
        decisions: ['锦江区限期化解重复信访积案，每周报送进展', '全面排查在建工程项目拖欠农民工工资隐患'],
      },
      'decisions { id text }',
    );
    await this.api.mutate(office, 'setMeetingSchedule', 'SetMeetingScheduleInput', { kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1 }, 'kind');
    await this.api.mutate(
      office,
      'scheduleMeeting',
      'ScheduleMeetingInput',
      {
        kind: 'WORKING',
        date: plusDays(this.today, 7),
        title: '欠薪隐患排查工作推进会',
        chairUserId,
        agenda: [{ text: '听取各成员单位欠薪隐患排查进展' }],
      },
      STEP_FIELDS,
    );
    return held.decisions;
  }

  /**
   * 减存量: 锦江区's conference receives its task and splits it to its 人社局, which reports 60 %.
   * 控增量: 成都市's 人社局 reports its part done and the city signs it off; 住建局 has not received its part yet.
   */
  private async assignTasks(city: ConferenceView, district: ConferenceView, decisions: { id: string }[]): Promise<number> {
    const office = 'cd.conference-office';
    const lists = (await this.api.as<{ taskLists: { id: string; kind: string }[] }>(office, '{ taskLists { id kind } }')).taskLists;
    const listOf = (kind: string) => lists.find((list) => list.kind === kind)!.id;
    const jinjiang = await this.tenantIdOf(office, '510104');

    const backlog = await this.api.mutate<TaskView>(
      office,
      'createTask',
      'CreateTaskInput',
      {
        listId: listOf('REDUCE_BACKLOG'),
        decisionId: decisions[0].id,
        title: '限期化解重复信访积案',
        description: '逐案落实包案领导，一案一策，限期化解。',
        deadline: { workingDays: 30 },
        listed: true,
        assignees: [{ tenantId: jinjiang }],
      },
      TASK_FIELDS,
    );
    let received = await this.step('jj.conference-office', 'receiveTask', backlog.subtasks[0]);
    const [split] = await this.api.mutate<{ id: string; version: number }[]>(
      'jj.conference-office',
      'splitTask',
      'SplitTaskInput',
      {
        id: received.id,
        version: received.version,
        subtasks: [{ memberId: district.members[0].id, description: '化解涉及劳动保障的重复信访积案' }],
      },
      STEP_FIELDS,
    );
    received = await this.step('jj.member-unit', 'receiveTask', split);
    received = await this.step('jj.member-unit', 'startTask', received);
    await this.api.mutate(
      'jj.member-unit',
      'reportTask',
      'TaskReportInput',
      {
        id: received.id,
        version: received.version,
        text: '已化解 3 件，其余 2 件已落实包案领导。',
        percent: 60,
      },
      STEP_FIELDS,
    );

    const prevention = await this.api.mutate<TaskView>(
      office,
      'createTask',
      'CreateTaskInput',
      {
        listId: listOf('PREVENT_NEW'),
        decisionId: decisions[1].id,
        title: '排查在建工程项目拖欠农民工工资隐患',
        deadline: { workingDays: 15 },
        assignees: city.members.map((member) => ({ memberId: member.id })),
      },
      TASK_FIELDS,
    );
    const wages = prevention.subtasks.find((task) => task.assignee.name === '人力资源和社会保障局')!;
    let done = await this.step('cd.member-unit', 'receiveTask', wages);
    done = await this.step('cd.member-unit', 'startTask', done);
    done = await this.api.mutate(
      'cd.member-unit',
      'reportTask',
      'TaskReportInput',
      {
        id: done.id,
        version: done.version,
        text: '已排查在建项目 126 个，发现隐患 4 处，均已督促整改。',
        percent: 100,
        final: true,
      },
      STEP_FIELDS,
    );
    await this.step(office, 'signOffTask', done);
    return 2 + backlog.subtasks.length + 1 + prevention.subtasks.length;
  }

  /** 成都市's assessment of its districts from the district template, manual items scored, published. */
  private async publishScheme(): Promise<void> {
    const assessor = 'cd.assessor';
    const year = Number(this.today.slice(0, 4));
    let scheme = await this.api.mutate<{ id: string; version: number; items: { code: string; rule: { kind: string } }[] }>(
      assessor,
      'createAssessmentScheme',
      'CreateSchemeInput',
      { name: '信访工作考核', period: { kind: 'YEAR', year } },
      'id version items { code rule { kind } }',
    );
    const manual = scheme.items.filter((item) => item.rule.kind === 'MANUAL');
    const { scores } = await this.api.as<{ scores: { targets: { tenantId: string }[] } }>(
      assessor,
      'query ($id: ID!) { scores(schemeId: $id) { targets { tenantId } } }',
      { id: scheme.id },
    );
    for (const [index, target] of scores.targets.entries()) {
      for (const item of manual) {
        await this.api.mutate(
          assessor,
          'enterManualScore',
          'ManualScoreInput',
          {
            schemeId: scheme.id,
            itemCode: item.code,
            tenantId: target.tenantId,
            points: 30 + ((index * 7) % 20),
            comment: '年度重点工作完成情况',
            evidence: [],
          },
          'id',
        );
      }
    }
    scheme = await this.api
      .as<{ assessmentScheme: typeof scheme }>(assessor, 'query ($id: ID!) { assessmentScheme(id: $id) { id version items { code rule { kind } } } }', {
        id: scheme.id,
      })
      .then((data) => data.assessmentScheme);
    await this.api.mutate(assessor, 'publishAssessmentScheme', 'PublishSchemeInput', { id: scheme.id, version: scheme.version }, 'id');
  }

  private step(username: string, mutation: string, task: { id: string; version: number }): Promise<{ id: string; version: number }> {
    return this.api.mutate(username, mutation, 'TaskStepInput', { id: task.id, version: task.version }, STEP_FIELDS);
  }

  private async tenantIdOf(username: string, code: string): Promise<string> {
    const { tenants } = await this.api.as<{ tenants: { edges: { node: { id: string; code: string } }[] } }>(
      username,
      '{ tenants(first: 100) { edges { node { id code } } } }',
    );
    return tenants.edges.find(({ node }) => node.code === code)!.node.id;
  }

  private async unitsOf(username: string, code: string): Promise<Map<string, string>> {
    const tenantId = await this.tenantIdOf(username, code);
    const { tenant } = await this.api.as<{ tenant: { units: { edges: { node: { id: string; name: string } }[] } } }>(
      username,
      'query ($id: ID!) { tenant(id: $id) { units(first: 100) { edges { node { id name } } } } }',
      { id: tenantId },
    );
    return new Map(tenant.units.edges.map(({ node }) => [node.name, node.id]));
  }
}
