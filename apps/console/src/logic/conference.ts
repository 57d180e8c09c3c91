import type {
  AddConferenceMemberInput,
  Attendance,
  EstablishConferenceInput,
  MeetingKind,
  MeetingRecurrence,
  MeetingState,
  RecordMeetingInput,
  ScheduleMeetingInput,
  SetMeetingScheduleInput,
  TenantLevel,
  UpdateConferenceInput,
} from '../gql/graphql';
import { MeetingKindLabel, MeetingStateLabel } from '../gql/labels';
import { stepFailure } from './case-actions';

const LEVEL_BELOW: Readonly<Record<TenantLevel, TenantLevel | null>> = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: null };

/** The level whose conference coverage an office watches: its direct children's; none below a township. */
export function coverageLevelBelow(level: TenantLevel | undefined): TenantLevel | null {
  return level ? LEVEL_BELOW[level] : null;
}

export interface CoverageTenant {
  id: string;
  name: string;
  conference?: { id: string } | null;
  children?: readonly CoverageTenant[] | null;
}

export interface CoverageNode {
  key: string;
  title: string;
  children?: CoverageNode[];
}

/** The jurisdictions below as a tree, each marked with whether it has a conference. */
export function coverageTree(tenants: readonly CoverageTenant[]): CoverageNode[] {
  return tenants.map((tenant) => {
    const children = coverageTree(tenant.children ?? []);
    const node = { key: tenant.id, title: `${tenant.name}${tenant.conference ? ' ✓ 已建立' : ' · 未建立'}` };
    return children.length > 0 ? { ...node, children } : node;
  });
}

export interface AssignableTenant {
  id: string;
  name: string;
  conference?: { id: string } | null;
}

/** A task is cascaded only to the conferences of direct children that have one. */
export function assignableConferences(children: readonly AssignableTenant[]): { value: string; label: string }[] {
  return children.filter((child) => child.conference).map((child) => ({ value: child.id, label: `${child.name}联席会议` }));
}

/** The API's weekday numbers (0 = Sunday), as 星期 names. */
const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The weekday picker of a weekly schedule, Monday first as a Chinese calendar reads. */
export const WEEKDAY_OPTIONS: readonly { value: number; label: string }[] = [1, 2, 3, 4, 5, 6, 0].map((value) => ({ value, label: WEEKDAY_NAMES[value]! }));

export interface ScheduleRule {
  kind: MeetingKind;
  recurrence: MeetingRecurrence;
  weekday?: number | null;
  days?: number | null;
}

/** 例会 as a line: `调度会：每周星期三`, `工作会议：每 14 天`. */
export function scheduleLabel(rule: ScheduleRule): string {
  const when = rule.recurrence === 'WEEKLY' ? `每周${WEEKDAY_NAMES[rule.weekday ?? 0]}` : `每 ${rule.days} 天`;
  return `${MeetingKindLabel[rule.kind]}：${when}`;
}

export interface ScheduleFormValues {
  kind: MeetingKind;
  recurrence: MeetingRecurrence;
  weekday?: number;
  days?: number;
}

/** The schedule form sends only the field its recurrence uses (the API refuses a rule without it). */
export function meetingScheduleInput(values: ScheduleFormValues): SetMeetingScheduleInput {
  return values.recurrence === 'WEEKLY'
    ? { kind: values.kind, recurrence: 'WEEKLY', weekday: values.weekday ?? null, days: null }
    : { kind: values.kind, recurrence: 'EVERY_N_DAYS', weekday: null, days: values.days ?? null };
}

/** Clearing a kind's schedule is setting it without a recurrence. */
export function clearScheduleInput(kind: MeetingKind): SetMeetingScheduleInput {
  return { kind, recurrence: null };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

export interface CalendarMeeting {
  id: string;
  date: string;
  kind: MeetingKind;
  state: MeetingState;
  title?: string | null;
}

/** One line in a day of the meetings calendar: a meeting (linked), or a coming occurrence of a 例会. */
export interface CalendarEntry {
  key: string;
  label: string;
  meetingId: string | null;
  state: MeetingState | null;
}

/** The latest date of a planned or held meeting of each kind: where an every-N-days schedule counts from. */
export function latestMeetingDates(meetings: readonly CalendarMeeting[]): Partial<Record<MeetingKind, string>> {
  const latest: Partial<Record<MeetingKind, string>> = {};
  for (const meeting of meetings) {
    if (meeting.state === 'CANCELLED') continue;
    const seen = latest[meeting.kind];
    if (!seen || meeting.date > seen) latest[meeting.kind] = meeting.date;
  }
  return latest;
}

/**
 * The days of the calendar between `from` and `to` (inclusive), each with its entries: the planned
 * and held meetings (a cancelled one is off the calendar), then, from `today` on, the days a 例会
 * falls on by its schedule where no meeting of that kind is on the calendar yet — weekly on its
 * weekday, every N days counted from the kind's latest meeting (none is shown before there is one).
 */
export function calendarEntries(
  meetings: readonly CalendarMeeting[],
  schedules: readonly ScheduleRule[],
  range: { from: string; to: string },
  today: string,
  latest: Partial<Record<MeetingKind, string>>,
): Record<string, CalendarEntry[]> {
  const days: Record<string, CalendarEntry[]> = {};
  const add = (date: string, entry: CalendarEntry) => (days[date] ??= []).push(entry);
  const shown = meetings.filter((m) => m.state !== 'CANCELLED' && m.date >= range.from && m.date <= range.to);
  for (const meeting of [...shown].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))) {
    add(meeting.date, {
      key: meeting.id,
      label: `${meeting.title || MeetingKindLabel[meeting.kind]}（${MeetingStateLabel[meeting.state]}）`,
      meetingId: meeting.id,
      state: meeting.state,
    });
  }
  const first = dayNumber(range.from > today ? range.from : today);
  const last = dayNumber(range.to);
  for (const rule of schedules) {
    const anchor = latest[rule.kind];
    for (let day = first; day <= last; day += 1) {
      const date = isoOf(day);
      const falls =
        rule.recurrence === 'WEEKLY'
          ? weekdayOf(date) === rule.weekday
          : !!anchor && !!rule.days && day > dayNumber(anchor) && (day - dayNumber(anchor)) % rule.days === 0;
      if (!falls || shown.some((m) => m.kind === rule.kind && m.date === date)) continue;
      add(date, { key: `schedule-${rule.kind}-${date}`, label: `${MeetingKindLabel[rule.kind]}（例会）`, meetingId: null, state: null });
    }
  }
  return days;
}

export interface StaffMember {
  userId: string;
  name: string;
  unitId?: string | null;
  leader: boolean;
}

/** Convenors are the office's leaders (the API refuses anyone else). */
export function convenorOptions(staff: readonly StaffMember[]): { value: string; label: string }[] {
  return staff.filter((s) => s.leader).map((s) => ({ value: s.userId, label: s.name }));
}

/** A unit's liaison is one of its people; an outside body's (派出所, 法院 …) any of the office's. */
export function liaisonOptions(staff: readonly StaffMember[], unitId: string | null | undefined): { value: string; label: string }[] {
  return staff.filter((s) => !unitId || s.unitId === unitId).map((s) => ({ value: s.userId, label: s.name }));
}

/** The office's units that are not current members (a unit is a member once). */
export function memberUnitOptions(
  units: readonly { id: string; name: string }[],
  members: readonly { unitId?: string | null }[],
): { value: string; label: string }[] {
  return units.filter((unit) => !members.some((m) => m.unitId === unit.id)).map((unit) => ({ value: unit.id, label: unit.name }));
}

export interface ConferenceFormValues {
  establishedOn: string;
  officeUnitId: string;
  convenors: { userId: string; title?: string }[];
}

const convenorInputs = (values: ConferenceFormValues) => values.convenors.map((c) => ({ userId: c.userId, title: c.title?.trim() || '召集人' }));

/** The form's values of a conference being edited. */
export function conferenceFormValues(conference: {
  establishedOn: string;
  officeUnitId: string;
  convenors: readonly { userId: string; title: string }[];
}): ConferenceFormValues {
  return {
    establishedOn: conference.establishedOn,
    officeUnitId: conference.officeUnitId,
    convenors: conference.convenors.map(({ userId, title }) => ({ userId, title })),
  };
}

/** Establishing: the members are added one by one afterwards, each with its liaison. */
export function establishConferenceInput(values: ConferenceFormValues): EstablishConferenceInput {
  return { establishedOn: values.establishedOn, officeUnitId: values.officeUnitId, convenors: convenorInputs(values), members: [] };
}

/** Editing sends the version the page read, so a change by someone else meanwhile is refused. */
export function updateConferenceInput(values: ConferenceFormValues, version: number): UpdateConferenceInput {
  return { version, establishedOn: values.establishedOn, officeUnitId: values.officeUnitId, convenors: convenorInputs(values) };
}

export interface MemberFormValues {
  outside: boolean;
  unitId?: string;
  name?: string;
  liaisonUserId: string;
  joinedOn?: string;
}

/** A member is one of the office's units, or an outside body by its name; joined today unless dated. */
export function addMemberInput(values: MemberFormValues): AddConferenceMemberInput {
  const unit = values.outside ? { unitId: null, name: values.name?.trim() ?? '' } : { unitId: values.unitId ?? null, name: null };
  return { ...unit, liaisonUserId: values.liaisonUserId, joinedOn: values.joinedOn || null };
}

export interface MeetingFormValues {
  kind: MeetingKind;
  date: string;
  title?: string;
  chairUserId: string;
  agenda?: { text?: string; caseId?: string | null }[];
}

/** Agenda lines with neither text nor a case are left out; a case's number and title are the API's to fill. */
export function scheduleMeetingInput(values: MeetingFormValues): ScheduleMeetingInput {
  const agenda = (values.agenda ?? [])
    .map((line) => ({ text: line.text?.trim() || null, caseId: line.caseId || null }))
    .filter((line) => line.text !== null || line.caseId !== null);
  return { kind: values.kind, date: values.date, title: values.title?.trim() || null, chairUserId: values.chairUserId, agenda };
}

/** A case on the agenda picker: its number and title. */
export const caseLabel = (kase: { number: string; title: string }) => `${kase.number} ${kase.title}`;

export interface MeetingAttendeeRef {
  userId?: string | null;
  memberId?: string | null;
}

/** An attendee's key in the record form: the convenor's user or the member unit's record. */
export const attendeeKey = (attendee: MeetingAttendeeRef) => attendee.userId ?? attendee.memberId ?? '';

export interface RecordFormValues {
  attendance?: Record<string, { attendance?: Attendance; note?: string }>;
  minutes?: string;
  decisions?: string;
}

/** The record form's attendance starts as everyone present; the exceptions are marked. */
export function initialAttendance(attendees: readonly MeetingAttendeeRef[]): NonNullable<RecordFormValues['attendance']> {
  return Object.fromEntries(attendees.map((a) => [attendeeKey(a), { attendance: 'PRESENT' as Attendance }]));
}

/** Attendance for every attendee (one left unmarked counts as absent, as the API does), minutes, one decision per line. */
export function recordMeetingInput(
  meeting: { id: string; version: number; attendees: readonly MeetingAttendeeRef[] },
  values: RecordFormValues,
): RecordMeetingInput {
  return {
    id: meeting.id,
    version: meeting.version,
    attendance: meeting.attendees.map((a) => {
      const given = values.attendance?.[attendeeKey(a)];
      return {
        ...(a.userId ? { userId: a.userId } : { memberId: a.memberId }),
        attendance: given?.attendance ?? 'ABSENT',
        note: given?.note?.trim() || null,
      };
    }),
    minutes: values.minutes?.trim() || null,
    decisions: (values.decisions ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/**
 * A refusal as the conference's forms show it: `stepFailure`'s, except that a stale version keeps
 * the API's own message (it names the version read and the current one) beside the 刷新 button.
 */
export function formFailure(error: Parameters<typeof stepFailure>[0]): { conflict: boolean; message: string } {
  const failure = stepFailure(error);
  return failure.conflict ? { conflict: true, message: error.graphQLErrors?.[0]?.message ?? failure.message } : failure;
}
