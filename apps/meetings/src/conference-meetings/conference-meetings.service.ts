import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { isoDate } from '#common/calendar';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent } from '#common/events';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { CaseRefsService } from '../case-refs/case-refs.service.js';
import { ConferenceStore } from '../conferences/conference.store.js';
import { MEETINGS_SCHEMA } from '../database.js';
import { Attendance, AttendeeKind, MeetingAction, MeetingKind, RecurrenceKind, checkedRecurrence, nextMeetingState, nextOccurrence } from './domain/index.js';
import type { CancelMeetingInput, MeetingAttendeeInput, RecordMeetingInput, ScheduleMeetingInput, SetMeetingScheduleInput } from './dto/meeting.inputs.js';
import type { ConferenceMeeting, MeetingAgendaItem, MeetingAttendee, MeetingSchedule } from './dto/meeting.types.js';
import { MeetingStore, type MeetingChange } from './meeting.store.js';

/** The caller's conference as far as meetings need it: who may chair and who may attend. */
interface Roster {
  id: string;
  convenors: { userId: string; name: string }[];
  members: { id: string; name: string }[];
}

/** The fact event of a meeting held, for assessment (meetings held per kind). */
export interface MeetingHeldPayload {
  meetingId: string;
  conferenceId: string;
  kind: MeetingKind;
  date: string;
  decisions: number;
  present: number;
  attendees: number;
}

/** The fact of a meeting held, from the meeting as recorded. */
export function meetingHeldPayload(meeting: ConferenceMeeting): MeetingHeldPayload {
  return {
    meetingId: meeting.id,
    conferenceId: meeting.conferenceId,
    kind: meeting.kind,
    date: meeting.date,
    decisions: meeting.decisions.length,
    present: meeting.attendees.filter((a) => a.attendance !== Attendance.ABSENT).length,
    attendees: meeting.attendees.length,
  };
}

/**
 * 联席会议的会议: planned by the tenant's conference office or administrator, recorded when held
 * (attendance, minutes, decisions) or cancelled. A schedule for the meeting's kind plans the next
 * one when a meeting is held. Ancestors read the meetings under row-level security; only the
 * tenant's own office writes them.
 */
@Injectable()
export class ConferenceMeetingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: MeetingStore,
    private readonly conferences: ConferenceStore,
    private readonly caseRefs: CaseRefsService,
    private readonly clock: Clock,
  ) {}

  schedule(ctx: TenantContext, input: ScheduleMeetingInput): Promise<ConferenceMeeting> {
    return this.transactions.run(ctx, async (em) => {
      const roster = await this.roster(em, ctx);
      const chair = this.chair(roster, input.chairUserId);
      const attendees = input.attendees ? this.attendees(roster, input.attendees) : this.everyone(roster);
      const items = input.agenda.map((item) => {
        const text = item.text?.trim() || null;
        if (!text && !item.caseId) throw validation('议题须给出内容或会商的信访事项');
        return { text, caseId: item.caseId ?? null };
      });
      // The number and title shown to the offices above are the case's own, read where the caller may see it.
      const cases = await this.caseRefs.visible(
        em,
        items.flatMap((item) => (item.caseId ? [item.caseId] : [])),
        { name: 'agenda.caseId', label: '议题会商的信访事项（agenda.caseId）' },
      );
      const byId = new Map(cases.map((kase) => [kase.id, kase]));
      const agenda = items.map(({ text, caseId }): MeetingAgendaItem => {
        const kase = caseId ? byId.get(caseId)! : null;
        return { text, caseId, caseNumber: kase?.number ?? null, caseTitle: kase?.title ?? null };
      });
      const id = await this.store.insert(
        em,
        ctx,
        {
          conferenceId: roster.id,
          kind: input.kind,
          date: isoDate(input.date),
          title: input.title?.trim() || null,
          chair,
          attendees,
          agenda,
          plannedFrom: null,
        },
        this.clock.now(),
      );
      const meeting = (await this.store.own(em, ctx.tenantId, id, false))!;
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.schedule', entity: 'conference_meeting', entityId: id, after: meeting });
      return meeting;
    });
  }

  record(ctx: TenantContext, input: RecordMeetingInput): Promise<ConferenceMeeting> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.ownOrFail(em, ctx, input.id, input.version);
      const state = nextMeetingState(before.state, MeetingAction.RECORD);
      const attendees = this.recordAttendance(before.attendees, input.attendance);
      const decisions = input.decisions.map((text) => text.trim());
      if (decisions.some((text) => !text)) throw validation('议定事项不能为空');
      await this.update(em, ctx, before, { state, attendees, minutes: input.minutes?.trim() || null });
      await this.store.insertDecisions(em, ctx, before.id, decisions);
      const after = (await this.store.own(em, ctx.tenantId, before.id, false))!;
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.record', entity: 'conference_meeting', entityId: after.id, before, after });
      await emitEvent(em, MEETINGS_SCHEMA, 'meeting.held', meetingHeldPayload(after));
      await this.planNext(em, ctx, after);
      return after;
    });
  }

  cancel(ctx: TenantContext, input: CancelMeetingInput): Promise<ConferenceMeeting> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.ownOrFail(em, ctx, input.id, input.version);
      const state = nextMeetingState(before.state, MeetingAction.CANCEL);
      await this.update(em, ctx, before, { state, cancelReason: input.reason.trim() });
      const after = (await this.store.own(em, ctx.tenantId, before.id, false))!;
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.cancel', entity: 'conference_meeting', entityId: after.id, before, after });
      return after;
    });
  }

  /** Sets (or, with no recurrence, removes) the schedule of a kind; null when removed. */
  setSchedule(ctx: TenantContext, input: SetMeetingScheduleInput): Promise<MeetingSchedule | null> {
    return this.transactions.run(ctx, async (em) => {
      const roster = await this.roster(em, ctx);
      const before = await this.store.schedule(em, roster.id, input.kind, true);
      if (!input.recurrence) {
        if (!before) return null;
        await this.store.deleteSchedule(em, roster.id, input.kind);
        await audit(em, MEETINGS_SCHEMA, { action: 'meeting.unschedule', entity: 'meeting_schedule', entityId: roster.id, before });
        return null;
      }
      const rule = checkedRecurrence(input.recurrence, input.weekday, input.days);
      const weekday = rule.kind === RecurrenceKind.WEEKLY ? rule.weekday : null;
      const days = rule.kind === RecurrenceKind.EVERY_N_DAYS ? rule.days : null;
      const after: MeetingSchedule = { kind: input.kind, recurrence: rule.kind, weekday, days };
      await this.store.upsertSchedule(em, ctx, roster.id, after, this.clock.now());
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.set_schedule', entity: 'meeting_schedule', entityId: roster.id, before: before ?? null, after });
      return after;
    });
  }

  /** The caller's own conference, with its convenors and current member units. */
  private async roster(em: EntityManager, ctx: TenantContext): Promise<Roster> {
    const conference = await this.conferences.ofTenant(em, ctx.tenantId);
    if (!conference) throw validation('本机构尚未成立联席会议，不能安排会议');
    const members = await this.conferences.currentMembers(em, conference.id);
    return { id: conference.id, convenors: conference.convenors, members };
  }

  private chair(roster: Roster, userId: string): { userId: string; name: string } {
    const chair = roster.convenors.find((c) => c.userId === userId);
    if (!chair) throw validation('主持人须为本联席会议的召集人', { chairUserId: userId });
    return chair;
  }

  private everyone(roster: Roster): MeetingAttendee[] {
    return [
      ...roster.convenors.map((c) => this.attendee(AttendeeKind.CONVENOR, c.userId, null, c.name)),
      ...roster.members.map((m) => this.attendee(AttendeeKind.MEMBER_UNIT, null, m.id, m.name)),
    ];
  }

  private attendee(kind: AttendeeKind, userId: string | null, memberId: string | null, name: string): MeetingAttendee {
    return { kind, userId, memberId, name, attendance: null, note: null };
  }

  /** Convenors and current member units only, each once. */
  private attendees(roster: Roster, input: MeetingAttendeeInput[]): MeetingAttendee[] {
    const result = input.map((a) => {
      if (!!a.userId === !!a.memberId) throw validation('参会人须给出召集人或成员单位之一');
      if (a.userId) {
        const convenor = roster.convenors.find((c) => c.userId === a.userId);
        if (!convenor) throw validation('参会人须为本联席会议的召集人或在册成员单位', { userId: a.userId });
        return this.attendee(AttendeeKind.CONVENOR, convenor.userId, null, convenor.name);
      }
      const member = roster.members.find((m) => m.id === a.memberId);
      if (!member) throw validation('参会人须为本联席会议的召集人或在册成员单位', { memberId: a.memberId });
      return this.attendee(AttendeeKind.MEMBER_UNIT, null, member.id, member.name);
    });
    const keys = result.map((a) => a.userId ?? a.memberId);
    if (new Set(keys).size !== keys.length) throw validation('参会人不能重复');
    return result;
  }

  /** Attendance of the meeting's attendees; one not listed is ABSENT. */
  private recordAttendance(attendees: MeetingAttendee[], input: RecordMeetingInput['attendance']): MeetingAttendee[] {
    const seen = new Set<string>();
    for (const a of input) {
      const key = a.userId ?? a.memberId;
      if (!key || (a.userId && a.memberId)) throw validation('出席情况须给出召集人或成员单位之一');
      if (!attendees.some((x) => (a.userId ? x.userId === a.userId : x.memberId === a.memberId))) {
        throw validation('出席情况须为本次会议的参会人', { userId: a.userId ?? null, memberId: a.memberId ?? null });
      }
      if (seen.has(key)) throw validation('同一参会人的出席情况只能记录一次');
      seen.add(key);
    }
    return attendees.map((x) => {
      const given = input.find((a) => (x.userId ? a.userId === x.userId : a.memberId === x.memberId));
      return { ...x, attendance: given?.attendance ?? Attendance.ABSENT, note: given?.note?.trim() || null };
    });
  }

  /**
   * With a schedule for the held meeting's kind, plans the next meeting at the next occurrence
   * (kept on a non-working day: see `nextOccurrence`), chaired and attended as this one was, as far
   * as they are still convenors and current members (the first convenor chairs otherwise).
   */
  private async planNext(em: EntityManager, ctx: TenantContext, held: ConferenceMeeting): Promise<void> {
    const schedule = await this.store.schedule(em, held.conferenceId, held.kind);
    if (!schedule) return;
    const rule = checkedRecurrence(schedule.recurrence, schedule.weekday, schedule.days);
    const roster = await this.roster(em, ctx);
    const chair = roster.convenors.find((c) => c.userId === held.chairUserId) ?? roster.convenors[0]!;
    const attendees = held.attendees
      .filter((a) => (a.userId ? roster.convenors.some((c) => c.userId === a.userId) : roster.members.some((m) => m.id === a.memberId)))
      .map((a) => ({ ...a, attendance: null, note: null }));
    const id = await this.store.insert(
      em,
      ctx,
      {
        conferenceId: held.conferenceId,
        kind: held.kind,
        date: nextOccurrence(rule, isoDate(held.date)),
        title: held.title,
        chair,
        attendees,
        agenda: [],
        plannedFrom: held.id,
      },
      this.clock.now(),
    );
    const planned = (await this.store.own(em, ctx.tenantId, id, false))!;
    await audit(em, MEETINGS_SCHEMA, { action: 'meeting.schedule', entity: 'conference_meeting', entityId: id, after: planned });
  }

  /** Updates a locked meeting under its version. */
  private async update(em: EntityManager, ctx: TenantContext, before: ConferenceMeeting, change: MeetingChange): Promise<void> {
    if (!(await this.store.update(em, ctx.tenantId, before, change, this.clock.now()))) throw conflict('会议已被他人修改，请刷新后重试');
  }

  private async ownOrFail(em: EntityManager, ctx: TenantContext, id: string, version: number): Promise<ConferenceMeeting> {
    const meeting = await this.store.own(em, ctx.tenantId, id, true);
    if (!meeting) throw notFound('会议');
    if (meeting.version !== version) throw conflict(`会议已被他人修改（当前版本 ${meeting.version}，提交的版本 ${version}），请刷新后重试`);
    return meeting;
  }
}
