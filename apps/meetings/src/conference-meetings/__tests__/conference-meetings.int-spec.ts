import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { errorCode, gql } from '#test/helpers/graphql-client.js';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { ConferenceHarness } from '../../conferences/__tests__/conference-harness.js';
import { graphql } from '#test/gql/index.js';
import type { ScheduleMeetingInput } from '#test/gql/graphql.js';

const tree = new JurisdictionTree({
  hubei: { code: '420000', name: '湖北省', level: 'PROVINCE', parent: null },
  wuhan: { code: '420100', name: '武汉市', level: 'CITY', parent: 'hubei' },
  jiangan: { code: '420102', name: '江岸区', level: 'COUNTY', parent: 'wuhan' },
  jianghan: { code: '420103', name: '江汉区', level: 'COUNTY', parent: 'wuhan' },
});

graphql(`
  fragment ConferenceMeetingsSpecMeetingFields on ConferenceMeeting {
    id
    tenantId
    conferenceId
    kind
    date
    title
    chairUserId
    chairName
    state
    minutes
    cancelReason
    plannedFrom
    version
    attendees {
      kind
      userId
      memberId
      name
      attendance
      note
    }
    agenda {
      text
      caseId
      caseNumber
      caseTitle
    }
    decisions {
      id
      ordinal
      text
    }
  }
`);

const ESTABLISH = graphql(`
  mutation ConferenceMeetingsSpecEstablishConference($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      id
      members {
        id
        name
      }
    }
  }
`);
const SCHEDULE = graphql(`
  mutation ConferenceMeetingsSpecScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...ConferenceMeetingsSpecMeetingFields
    }
  }
`);
const RECORD = graphql(`
  mutation ConferenceMeetingsSpecRecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      ...ConferenceMeetingsSpecMeetingFields
    }
  }
`);
const CANCEL = graphql(`
  mutation ConferenceMeetingsSpecCancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      ...ConferenceMeetingsSpecMeetingFields
    }
  }
`);
const SET_SCHEDULE = graphql(`
  mutation ConferenceMeetingsSpecSetMeetingSchedule($input: SetMeetingScheduleInput!) {
    setMeetingSchedule(input: $input) {
      kind
      recurrence
      weekday
      days
    }
  }
`);
const MEETINGS = graphql(`
  query ConferenceMeetingsSpecMeetings($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          date
          state
          plannedFrom
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const MEETING = graphql(`
  query ConferenceMeetingsSpecMeeting($id: ID!) {
    meeting(id: $id) {
      ...ConferenceMeetingsSpecMeetingFields
    }
  }
`);

describe('meetings: conference meetings (会议)', () => {
  const h = new ConferenceHarness(tree, { worker: true });
  /** Units and users of the directory, by a name of the test's. */
  const { units, users, token, office, unit, user, count } = h;
  const members: Record<string, string> = {};

  /** Row counts of everything a meeting writes: a refused input leaves them as they were. */
  async function footprint() {
    return {
      meetings: await count(`SELECT count(*) FROM meetings.conference_meetings`),
      versions: await count(`SELECT coalesce(sum(version), 0) AS count FROM meetings.conference_meetings`),
      decisions: await count(`SELECT count(*) FROM meetings.meeting_decisions`),
      schedules: await count(`SELECT count(*) FROM meetings.meeting_schedules`),
      audit: await count(`SELECT count(*) FROM meetings.audit_log`),
      outbox: await count(`SELECT count(*) FROM meetings.outbox`),
    };
  }

  const scheduling = (): ScheduleMeetingInput => ({
    kind: 'SCHEDULING',
    date: '2026-12-07',
    title: '信访工作调度会',
    chairUserId: users['jiangan:张书记'],
    agenda: [{ text: '本周信访形势' }, { caseId }],
  });
  /** A case held by 江岸区, and one of its sibling 江汉区's. */
  const caseId = randomUUID();
  const siblingCaseId = randomUUID();

  beforeAll(async () => {
    await h.start();
    await unit('jiangan', '区信访局', 'PETITION_BUREAU');
    await unit('jiangan', '区住建局');
    await user('jiangan', '张书记', [Role.LEADER]);
    await user('jiangan', '李区长', [Role.LEADER]);
    await user('jiangan', '王副区长', [Role.LEADER]);
    await user('jiangan', '住建联络员', [Role.MEMBER_UNIT], '区住建局');
    await user('jiangan', '法院联络员', [Role.MEMBER_UNIT]);
    await user('jiangan', '派出所联络员', [Role.MEMBER_UNIT]);
    await h.caseTransitioned('jiangan', { id: caseId, number: 'JA2026-0012', title: '某小区烂尾楼群体信访', holder: 'jiangan' });
    await h.caseTransitioned('jianghan', { id: siblingCaseId, number: 'JH2026-0001', title: '江汉区的信访事项', holder: 'jianghan' });
  });

  afterAll(() => h.stop());

  it('refuses a meeting where the tenant has no conference, writing nothing', async () => {
    const before = await footprint();
    const none = await gql(h.server, SCHEDULE, { input: scheduling() }, await office('jiangan'));
    expect(errorCode(none)).toBe('VALIDATION');
    expect(none.errors![0].message).toBe('本机构尚未成立联席会议，不能安排会议');
    const schedule = await gql(h.server, SET_SCHEDULE, { input: { kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1 } }, await office('jiangan'));
    expect(errorCode(schedule)).toBe('VALIDATION');
    expect(await footprint()).toEqual(before);

    const established = await gql(
      h.server,
      ESTABLISH,
      {
        input: {
          establishedOn: '2026-03-01',
          officeUnitId: units['jiangan:区信访局'],
          convenors: [
            { userId: users['jiangan:张书记'], title: '主要召集人' },
            { userId: users['jiangan:李区长'], title: '召集人' },
          ],
          members: [
            { unitId: units['jiangan:区住建局'], liaisonUserId: users['jiangan:住建联络员'] },
            { name: '江岸区人民法院', liaisonUserId: users['jiangan:法院联络员'] },
            { name: '某派出所', liaisonUserId: users['jiangan:派出所联络员'] },
          ],
        },
      },
      await office('jiangan'),
    );
    expect(established.errors).toBeUndefined();
    for (const m of established.data!.establishConference.members) members[m.name] = m.id;
  });

  it('refuses a chair who is no convenor and an attendee who is no member, writing nothing', async () => {
    const before = await footprint();
    const chair = await gql(h.server, SCHEDULE, { input: { ...scheduling(), chairUserId: users['jiangan:王副区长'] } }, await office('jiangan'));
    expect(errorCode(chair)).toBe('VALIDATION');
    expect(chair.errors![0].message).toBe('主持人须为本联席会议的召集人');
    const attendee = await gql(
      h.server,
      SCHEDULE,
      { input: { ...scheduling(), attendees: [{ userId: users['jiangan:张书记'] }, { memberId: randomUUID() }] } },
      await office('jiangan'),
    );
    expect(errorCode(attendee)).toBe('VALIDATION');
    expect(attendee.errors![0].message).toBe('参会人须为本联席会议的召集人或在册成员单位');
    const notConvenor = await gql(
      h.server,
      SCHEDULE,
      { input: { ...scheduling(), attendees: [{ userId: users['jiangan:王副区长'] }] } },
      await office('jiangan'),
    );
    expect(errorCode(notConvenor)).toBe('VALIDATION');
    const leader = await gql(h.server, SCHEDULE, { input: scheduling() }, await token('jiangan', [Role.LEADER]));
    expect(errorCode(leader)).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('refuses an agenda item on a case the office may not see, or that does not exist, writing nothing; a client-sent number is not accepted', async () => {
    const before = await footprint();
    for (const refusedCase of [siblingCaseId, randomUUID()]) {
      const refused = await gql(
        h.server,
        SCHEDULE,
        { input: { ...scheduling(), agenda: [{ text: '本周信访形势' }, { caseId: refusedCase }] } },
        await office('jiangan'),
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused.errors![0].message).toBe('议题会商的信访事项（agenda.caseId）中有信访事项不存在或不在本辖区内');
      expect(refused.errors![0].extensions!.details).toEqual({ field: 'agenda.caseId', caseIds: [refusedCase] });
    }
    const forged = await gql(
      h.server,
      SCHEDULE,
      { input: { ...scheduling(), agenda: [{ caseId, caseNumber: 'XF-FORGED', caseTitle: '伪造的标题' }] } },
      await office('jiangan'),
    );
    expect(errorCode(forged)).toBe('VALIDATION');
    expect(await footprint()).toEqual(before);
  });

  it('keeps the cases service’s rules on the cases it may reference: an accusation is hidden from the accused unit, a unit user sees its unit’s cases only', async () => {
    const accusation = await h.caseTransitioned('jiangan', {
      number: 'JA2026-0099',
      title: '举报区住建局工作人员',
      holder: 'jiangan',
      handlingUnitId: units['jiangan:区信访局'],
      accusedUnitId: units['jiangan:区住建局'],
    });
    const input = { ...scheduling(), agenda: [{ caseId: accusation }] };
    const accused = await gql(h.server, SCHEDULE, { input }, await token('jiangan', [Role.CONFERENCE_OFFICE], units['jiangan:区住建局']));
    expect(errorCode(accused)).toBe('NOT_FOUND');
    // Row-level security itself, as the services' role: a unit-scoped user sees its unit's cases
    // only, the accused unit not the accusation; the office without a unit sees both.
    const seenBy = async (unitId: string | null, scoped: boolean) => {
      await h.admin.query('BEGIN');
      try {
        await h.admin.query(`SET LOCAL ROLE petition_app`);
        await h.admin.query(
          `SELECT set_config('app.tenant_path', $1, true), set_config('app.user_id', $2, true), set_config('app.unit_id', $3, true), set_config('app.scope_unit', $4, true)`,
          [tree.pathOf('jiangan'), randomUUID(), unitId ?? '', scoped ? unitId : ''],
        );
        const rows = (await h.admin.query(`SELECT case_id FROM meetings.case_refs WHERE case_id = ANY($1::uuid[]) ORDER BY number`, [[accusation, caseId]]))
          .rows;
        return rows.map((r) => r.case_id);
      } finally {
        await h.admin.query('ROLLBACK');
      }
    };
    expect(await seenBy(units['jiangan:区信访局']!, true)).toEqual([accusation]);
    expect(await seenBy(units['jiangan:区住建局']!, false)).toEqual([caseId]);
    expect(await seenBy(null, false)).toEqual([caseId, accusation]);
  });

  it('schedules, holds and cancels meetings; holding a scheduled kind plans the next one', async () => {
    const set = await gql(h.server, SET_SCHEDULE, { input: { kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1 } }, await office('jiangan'));
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMeetingSchedule).toEqual({ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1, days: null });

    const scheduled = await gql(h.server, SCHEDULE, { input: scheduling() }, await office('jiangan'));
    expect(scheduled.errors).toBeUndefined();
    const meeting = scheduled.data!.scheduleMeeting;
    expect(meeting).toMatchObject({ kind: 'SCHEDULING', date: '2026-12-07', chairName: '张书记', state: 'PLANNED', version: 1, decisions: [], minutes: null });
    // Convenors first, then the current member units.
    expect(meeting.attendees.slice(0, 2).map((a: { name: string; kind: string }) => [a.name, a.kind])).toEqual([
      ['张书记', 'CONVENOR'],
      ['李区长', 'CONVENOR'],
    ]);
    expect(
      meeting.attendees
        .slice(2)
        .map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['区住建局', '某派出所', '江岸区人民法院'].sort());
    expect(meeting.agenda).toEqual([
      { text: '本周信访形势', caseId: null, caseNumber: null, caseTitle: null },
      { text: null, caseId, caseNumber: 'JA2026-0012', caseTitle: '某小区烂尾楼群体信访' },
    ]);

    const recorded = await gql(
      h.server,
      RECORD,
      {
        input: {
          id: meeting.id,
          version: 1,
          attendance: [
            { userId: users['jiangan:张书记'], attendance: 'PRESENT' },
            { userId: users['jiangan:李区长'], attendance: 'DELEGATED', note: '委托王副区长出席' },
            { memberId: members['区住建局'], attendance: 'PRESENT' },
          ],
          minutes: '会商烂尾楼群体信访事项。',
          decisions: ['区住建局牵头制定复工方案', '法院配合做好诉访分离'],
        },
      },
      await token('jiangan', [Role.TENANT_ADMIN]),
    );
    expect(recorded.errors).toBeUndefined();
    const held = recorded.data!.recordMeeting;
    expect(held).toMatchObject({ state: 'HELD', version: 2, minutes: '会商烂尾楼群体信访事项。' });
    expect(held.decisions.map((d: { ordinal: number; text: string }) => [d.ordinal, d.text])).toEqual([
      [1, '区住建局牵头制定复工方案'],
      [2, '法院配合做好诉访分离'],
    ]);
    expect(held.decisions.every((d: { id: string }) => /^[0-9a-f-]{36}$/.test(d.id))).toBe(true);
    expect(Object.fromEntries(held.attendees.map((a) => [a.name, a.attendance]))).toEqual({
      张书记: 'PRESENT',
      李区长: 'DELEGATED',
      区住建局: 'PRESENT',
      江岸区人民法院: 'ABSENT',
      某派出所: 'ABSENT',
    });
    expect(held.attendees.find((a: { name: string }) => a.name === '李区长')!.note).toBe('委托王副区长出席');
    expect(await count(`SELECT count(*) FROM meetings.outbox WHERE topic = 'meeting.held' AND payload->>'meetingId' = $1`, [held.id])).toBe(1);

    // 2026-12-07 is a Monday: the next weekly meeting is the Monday after.
    const list = await gql(h.server, MEETINGS, { filter: { kind: 'SCHEDULING' } }, await token('jiangan', [Role.LEADER]));
    expect(list.errors).toBeUndefined();
    expect(list.data!.meetings.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ date: '2026-12-14', state: 'PLANNED', plannedFrom: held.id }),
      expect.objectContaining({ id: held.id, date: '2026-12-07', state: 'HELD', plannedFrom: null }),
    ]);
    const next = list.data!.meetings.edges[0].node;
    const planned = await gql(h.server, MEETING, { id: next.id }, await office('jiangan'));
    expect(planned.data!.meeting).toMatchObject({ chairName: '张书记', agenda: [], decisions: [], title: '信访工作调度会' });
    expect(planned.data!.meeting!.attendees).toHaveLength(5);
    expect(planned.data!.meeting!.attendees.every((a: { attendance: unknown }) => a.attendance === null)).toBe(true);

    const cancelled = await gql(h.server, CANCEL, { input: { id: next.id, version: 1, reason: '与全区安全生产会议冲突' } }, await office('jiangan'));
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelMeeting).toMatchObject({ state: 'CANCELLED', version: 2, cancelReason: '与全区安全生产会议冲突' });
    expect(await count(`SELECT count(*) FROM meetings.audit_log WHERE entity = 'conference_meeting'`)).toBe(4);

    const plenary = await gql(h.server, SCHEDULE, { input: { ...scheduling(), kind: 'PLENARY', date: '2026-12-20', agenda: [] } }, await office('jiangan'));
    const heldPlenary = await gql(h.server, RECORD, { input: { id: plenary.data!.scheduleMeeting.id, version: 1, attendance: [] } }, await office('jiangan'));
    expect(heldPlenary.data!.recordMeeting.state).toBe('HELD');
    // No schedule for plenary meetings: nothing more is planned.
    expect(await count(`SELECT count(*) FROM meetings.conference_meetings WHERE planned_from = $1`, [heldPlenary.data!.recordMeeting.id])).toBe(0);

    const page = await gql(h.server, MEETINGS, { first: 2 }, await office('jiangan'));
    expect(page.data!.meetings.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(h.server, MEETINGS, { first: 2, after: page.data!.meetings.pageInfo.endCursor }, await office('jiangan'));
    expect(rest.data!.meetings.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2026-12-07']);
    const december = await gql(h.server, MEETINGS, { filter: { from: '2026-12-10', to: '2026-12-31' } }, await office('jiangan'));
    expect(december.data!.meetings.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2026-12-20', '2026-12-14']);

    const every10 = await gql(h.server, SET_SCHEDULE, { input: { kind: 'WORKING', recurrence: 'EVERY_N_DAYS', days: 10 } }, await office('jiangan'));
    expect(every10.data!.setMeetingSchedule).toEqual({ kind: 'WORKING', recurrence: 'EVERY_N_DAYS', weekday: null, days: 10 });
    const cleared = await gql(h.server, SET_SCHEDULE, { input: { kind: 'WORKING' } }, await office('jiangan'));
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.setMeetingSchedule).toBeNull();
    expect(await count(`SELECT count(*) FROM meetings.meeting_schedules`)).toBe(1);
  });

  it('refuses recording a cancelled meeting, a stale version and attendance of a non-attendee, writing nothing', async () => {
    const [cancelled] = (await h.admin.query(`SELECT id, version FROM meetings.conference_meetings WHERE state = 'CANCELLED'`)).rows;
    const fresh = await gql(
      h.server,
      SCHEDULE,
      { input: { ...scheduling(), date: '2026-12-28', attendees: [{ userId: users['jiangan:张书记'] }] } },
      await office('jiangan'),
    );
    expect(fresh.errors).toBeUndefined();
    const id = fresh.data!.scheduleMeeting.id;
    const before = await footprint();

    const onCancelled = await gql(
      h.server,
      RECORD,
      { input: { id: cancelled.id, version: cancelled.version, attendance: [], decisions: ['x'] } },
      await office('jiangan'),
    );
    expect(errorCode(onCancelled)).toBe('INVALID_TRANSITION');
    expect(onCancelled.errors![0].message).toBe('会议已取消，不能记录');

    const stale = await gql(h.server, RECORD, { input: { id, version: 7, attendance: [], decisions: ['x'] } }, await office('jiangan'));
    expect(errorCode(stale)).toBe('CONFLICT');
    const staleCancel = await gql(h.server, CANCEL, { input: { id, version: 2, reason: '改期' } }, await office('jiangan'));
    expect(errorCode(staleCancel)).toBe('CONFLICT');

    const stranger = await gql(
      h.server,
      RECORD,
      { input: { id, version: 1, attendance: [{ memberId: members['区住建局'], attendance: 'PRESENT' }], decisions: ['x'] } },
      await office('jiangan'),
    );
    expect(errorCode(stranger)).toBe('VALIDATION');
    expect(stranger.errors![0].message).toBe('出席情况须为本次会议的参会人');

    const badSchedule = await gql(h.server, SET_SCHEDULE, { input: { kind: 'SCHEDULING', recurrence: 'EVERY_N_DAYS' } }, await office('jiangan'));
    expect(errorCode(badSchedule)).toBe('VALIDATION');
    expect(await footprint()).toEqual(before);
  });

  it('is seen by the city and not by a sibling county, which cannot write it either', async () => {
    const [one] = (await h.admin.query(`SELECT id FROM meetings.conference_meetings WHERE state = 'HELD' AND kind = 'SCHEDULING'`)).rows;
    const city = await gql(h.server, MEETINGS, { filter: { tenantId: tree.ids.jiangan } }, await token('wuhan', [Role.SUPERVISOR]));
    expect(city.data!.meetings.edges.length).toBeGreaterThan(0);
    expect((await gql(h.server, MEETING, { id: one.id }, await token('hubei', [Role.ASSESSOR]))).data!.meeting!.id).toBe(one.id);

    const sibling = await gql(h.server, MEETINGS, { filter: { tenantId: tree.ids.jiangan } }, await office('jianghan'));
    expect(sibling.errors).toBeUndefined();
    expect(sibling.data!.meetings.edges).toEqual([]);
    expect((await gql(h.server, MEETING, { id: one.id }, await office('jianghan'))).data!.meeting).toBeNull();
    const before = await footprint();
    const write = await gql(h.server, CANCEL, { input: { id: one.id, version: 2, reason: '越权' } }, await office('jianghan'));
    expect(errorCode(write)).toBe('NOT_FOUND');
    const cityWrite = await gql(h.server, CANCEL, { input: { id: one.id, version: 2, reason: '越权' } }, await office('wuhan'));
    expect(errorCode(cityWrite)).toBe('NOT_FOUND');
    expect(await footprint()).toEqual(before);

    const handler = await gql(h.server, MEETINGS, {}, await token('jiangan', [Role.HANDLER]));
    expect(errorCode(handler)).toBe('FORBIDDEN');
  });
});
