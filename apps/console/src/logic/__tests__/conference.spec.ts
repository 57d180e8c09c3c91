import { describe, expect, it } from '@jest/globals';
import {
  addMemberInput,
  assignableConferences,
  calendarEntries,
  clearScheduleInput,
  conferenceFormValues,
  convenorOptions,
  coverageLevelBelow,
  coverageTree,
  establishConferenceInput,
  formFailure,
  initialAttendance,
  latestMeetingDates,
  liaisonOptions,
  meetingScheduleInput,
  memberUnitOptions,
  recordMeetingInput,
  scheduleLabel,
  scheduleMeetingInput,
  updateConferenceInput,
  WEEKDAY_OPTIONS,
  type CalendarMeeting,
} from '../conference';

describe('conference coverage', () => {
  it('watches the level right below the office, and nothing below a township', () => {
    expect(coverageLevelBelow('CITY')).toBe('COUNTY');
    expect(coverageLevelBelow('COUNTY')).toBe('TOWNSHIP');
    expect(coverageLevelBelow('TOWNSHIP')).toBeNull();
  });

  it('marks each jurisdiction of the tree with whether it has a conference', () => {
    const tree = coverageTree([
      { id: 'jj', name: '锦江区', conference: { id: 'c1' }, children: [{ id: 'cxl', name: '春熙路街道', conference: null, children: [] }] },
      { id: 'wh', name: '武侯区', conference: null },
    ]);
    expect(tree).toEqual([
      { key: 'jj', title: '锦江区 ✓ 已建立', children: [{ key: 'cxl', title: '春熙路街道 · 未建立' }] },
      { key: 'wh', title: '武侯区 · 未建立' },
    ]);
  });

  it('offers cascading a task only to the child conferences that exist', () => {
    expect(
      assignableConferences([
        { id: 'jj', name: '锦江区', conference: { id: 'c1' } },
        { id: 'wh', name: '武侯区', conference: null },
      ]),
    ).toEqual([{ value: 'jj', label: '锦江区联席会议' }]);
  });
});

describe('the conference and its members', () => {
  const staff = [
    { userId: 'u1', name: '张书记', unitId: null, leader: true },
    { userId: 'u2', name: '住建联络员', unitId: 'zj', leader: false },
    { userId: 'u3', name: '人社联络员', unitId: 'rs', leader: false },
  ];

  it('offers the leaders as convenors, a unit’s own people as its liaison and anyone of the office for an outside body', () => {
    expect(convenorOptions(staff)).toEqual([{ value: 'u1', label: '张书记' }]);
    expect(liaisonOptions(staff, 'zj')).toEqual([{ value: 'u2', label: '住建联络员' }]);
    expect(liaisonOptions(staff, null).map((o) => o.value)).toEqual(['u1', 'u2', 'u3']);
  });

  it('offers as a new member only the units that are not members already', () => {
    const units = [
      { id: 'zj', name: '住房和城乡建设局' },
      { id: 'rs', name: '人力资源和社会保障局' },
    ];
    expect(memberUnitOptions(units, [{ unitId: 'zj' }, { unitId: null }])).toEqual([{ value: 'rs', label: '人力资源和社会保障局' }]);
  });

  it('establishes with the convenors titled (召集人 when left blank) and no members, and edits under the version read', () => {
    const values = { establishedOn: '2026-07-01', officeUnitId: 'office', convenors: [{ userId: 'u1', title: ' 主要召集人 ' }, { userId: 'u4' }] };
    expect(establishConferenceInput(values)).toEqual({
      establishedOn: '2026-07-01',
      officeUnitId: 'office',
      convenors: [
        { userId: 'u1', title: '主要召集人' },
        { userId: 'u4', title: '召集人' },
      ],
      members: [],
    });
    expect(updateConferenceInput(values, 3)).toEqual({
      version: 3,
      establishedOn: '2026-07-01',
      officeUnitId: 'office',
      convenors: [
        { userId: 'u1', title: '主要召集人' },
        { userId: 'u4', title: '召集人' },
      ],
    });
    const conference = { establishedOn: '2026-07-01', officeUnitId: 'office', convenors: [{ userId: 'u1', name: '张书记', title: '召集人' }] };
    expect(conferenceFormValues(conference)).toEqual({ establishedOn: '2026-07-01', officeUnitId: 'office', convenors: [{ userId: 'u1', title: '召集人' }] });
  });

  it('adds one of the office’s units, or an outside body by its trimmed name, joined today unless dated', () => {
    expect(addMemberInput({ outside: false, unitId: 'zj', name: '残留', liaisonUserId: 'u2' })).toEqual({
      unitId: 'zj',
      name: null,
      liaisonUserId: 'u2',
      joinedOn: null,
    });
    expect(addMemberInput({ outside: true, unitId: 'zj', name: ' 春熙路派出所 ', liaisonUserId: 'u1', joinedOn: '2026-07-02' })).toEqual({
      unitId: null,
      name: '春熙路派出所',
      liaisonUserId: 'u1',
      joinedOn: '2026-07-02',
    });
  });

  it('shows a stale version with the API’s own message and the reload prompt, any other refusal with its message', () => {
    const failed = (code: string, message: string) => ({ message, graphQLErrors: [{ message, extensions: { code } }] });
    expect(formFailure(failed('CONFLICT', '联席会议已被他人修改（当前版本 3，提交的版本 2），请刷新后重试'))).toEqual({
      conflict: true,
      message: '联席会议已被他人修改（当前版本 3，提交的版本 2），请刷新后重试',
    });
    expect(formFailure(failed('VALIDATION', '召集人须为本级具有领导角色的用户'))).toEqual({ conflict: false, message: '召集人须为本级具有领导角色的用户' });
    expect(formFailure({ message: 'Failed to fetch', graphQLErrors: [], networkError: new Error('down') })).toEqual({
      conflict: false,
      message: '网络错误，请稍后再试',
    });
  });
});

describe('meetings', () => {
  it('names a schedule by its weekday as the API numbers it (0 = Sunday) or by its interval, and offers Monday first', () => {
    expect(scheduleLabel({ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 3 })).toBe('调度会：每周星期三');
    expect(scheduleLabel({ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 0 })).toBe('调度会：每周星期日');
    expect(scheduleLabel({ kind: 'WORKING', recurrence: 'EVERY_N_DAYS', days: 14 })).toBe('工作会议：每 14 天');
    expect(WEEKDAY_OPTIONS[0]).toEqual({ value: 1, label: '星期一' });
    expect(WEEKDAY_OPTIONS[6]).toEqual({ value: 0, label: '星期日' });
  });

  it('sends a schedule with only the field its recurrence uses, and clears one with no recurrence', () => {
    expect(meetingScheduleInput({ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 3, days: 7 })).toEqual({
      kind: 'SCHEDULING',
      recurrence: 'WEEKLY',
      weekday: 3,
      days: null,
    });
    expect(meetingScheduleInput({ kind: 'WORKING', recurrence: 'EVERY_N_DAYS', weekday: 3, days: 14 })).toEqual({
      kind: 'WORKING',
      recurrence: 'EVERY_N_DAYS',
      weekday: null,
      days: 14,
    });
    expect(clearScheduleInput('SCHEDULING')).toEqual({ kind: 'SCHEDULING', recurrence: null });
  });

  it('schedules with the agenda lines that say something: a text, a case, or both', () => {
    expect(
      scheduleMeetingInput({
        kind: 'SPECIAL',
        date: '2026-07-08',
        title: '  ',
        chairUserId: 'u1',
        agenda: [{ text: ' 欠薪积案 ' }, { text: '', caseId: 'c1' }, { text: '  ', caseId: null }, {}],
      }),
    ).toEqual({
      kind: 'SPECIAL',
      date: '2026-07-08',
      title: null,
      chairUserId: 'u1',
      agenda: [
        { text: '欠薪积案', caseId: null },
        { text: null, caseId: 'c1' },
      ],
    });
  });

  it('records everyone present to begin with, each attendee by user or member record, an unmarked one absent, one decision per line', () => {
    const meeting = {
      id: 'm1',
      version: 2,
      attendees: [
        { userId: 'u1', memberId: null },
        { userId: null, memberId: 'mb1' },
        { userId: null, memberId: 'mb2' },
      ],
    };
    expect(initialAttendance(meeting.attendees)).toEqual({ u1: { attendance: 'PRESENT' }, mb1: { attendance: 'PRESENT' }, mb2: { attendance: 'PRESENT' } });
    expect(
      recordMeetingInput(meeting, {
        attendance: { u1: { attendance: 'PRESENT' }, mb1: { attendance: 'DELEGATED', note: ' 副局长代 ' } },
        minutes: ' 研究积案化解 ',
        decisions: '限期化解欠薪积案\n\n  每周报送进展 ',
      }),
    ).toEqual({
      id: 'm1',
      version: 2,
      attendance: [
        { userId: 'u1', attendance: 'PRESENT', note: null },
        { memberId: 'mb1', attendance: 'DELEGATED', note: '副局长代' },
        { memberId: 'mb2', attendance: 'ABSENT', note: null },
      ],
      minutes: '研究积案化解',
      decisions: ['限期化解欠薪积案', '每周报送进展'],
    });
  });
});

describe('the meetings calendar', () => {
  const meeting = (id: string, date: string, kind: CalendarMeeting['kind'], state: CalendarMeeting['state'], title: string | null = null): CalendarMeeting => ({
    id,
    date,
    kind,
    state,
    title,
  });
  const july = { from: '2026-06-24', to: '2026-08-14' };

  it('puts planned and held meetings on their days, linked, and leaves cancelled ones off', () => {
    const days = calendarEntries(
      [
        meeting('m1', '2026-07-01', 'PLENARY', 'HELD'),
        meeting('m2', '2026-07-08', 'SPECIAL', 'PLANNED', '欠薪积案专题会'),
        meeting('m3', '2026-07-09', 'WORKING', 'CANCELLED'),
      ],
      [],
      july,
      '2026-07-01',
      {},
    );
    expect(days).toEqual({
      '2026-07-01': [{ key: 'm1', label: '全体会议（已召开）', meetingId: 'm1', state: 'HELD' }],
      '2026-07-08': [{ key: 'm2', label: '欠薪积案专题会（待召开）', meetingId: 'm2', state: 'PLANNED' }],
    });
  });

  it('marks the weekly 例会 on its weekday from today on, except where a meeting of its kind is already on the day', () => {
    // 2026-07-01 is a Wednesday (3).
    const days = calendarEntries(
      [meeting('m1', '2026-07-08', 'SCHEDULING', 'PLANNED')],
      [{ kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 3 }],
      july,
      '2026-07-02',
      {},
    );
    const marked = Object.entries(days)
      .filter(([, entries]) => entries.some((e) => e.meetingId === null))
      .map(([date]) => date);
    expect(marked).toEqual(['2026-07-15', '2026-07-22', '2026-07-29', '2026-08-05', '2026-08-12']);
    expect(days['2026-07-08']).toEqual([{ key: 'm1', label: '调度会（待召开）', meetingId: 'm1', state: 'PLANNED' }]);
    expect(days['2026-07-15']).toEqual([{ key: 'schedule-SCHEDULING-2026-07-15', label: '调度会（例会）', meetingId: null, state: null }]);
  });

  it('counts an every-N-days 例会 from the kind’s latest planned or held meeting, and shows none before there is one', () => {
    const recent = [
      meeting('m1', '2026-06-20', 'WORKING', 'HELD'),
      meeting('m2', '2026-07-04', 'WORKING', 'PLANNED'),
      meeting('m3', '2026-07-30', 'WORKING', 'CANCELLED'),
    ];
    const latest = latestMeetingDates(recent);
    expect(latest).toEqual({ WORKING: '2026-07-04' });
    const rule = { kind: 'WORKING' as const, recurrence: 'EVERY_N_DAYS' as const, days: 14 };
    const days = calendarEntries(recent, [rule], july, '2026-07-01', latest);
    expect(Object.keys(days).filter((date) => days[date]!.some((e) => e.meetingId === null))).toEqual(['2026-07-18', '2026-08-01']);
    expect(calendarEntries([], [rule], july, '2026-07-01', {})).toEqual({});
  });
});
