import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type IsoDate, isoDate } from '#common/calendar';
import { conflict, notFound, validation } from '#common/errors';
import { emitEvent } from '#common/events';
import { decodeCursor, toConnection, type Connection, type PageArgs } from '#common/graphql';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { CaseRefs } from '../case-refs/case-refs.js';
import { MEETINGS_SCHEMA } from '../database.js';
import { Attendance, AttendeeKind, MeetingAction, MeetingKind, RecurrenceKind, checkedRecurrence, nextMeetingState, nextOccurrence } from './domain/index.js';
import type {
  CancelMeetingInput,
  MeetingAttendeeInput,
  MeetingFilter,
  RecordMeetingInput,
  ScheduleMeetingInput,
  SetMeetingScheduleInput,
} from './dto/meeting.inputs.js';
import type { ConferenceMeeting, MeetingAgendaItem, MeetingAttendee, MeetingDecision, MeetingSchedule } from './dto/meeting.types.js';

/** The caller's conference as far as meetings need it: who may chair and who may attend. */
interface Roster {
  id: string;
  convenors: { userId: string; name: string }[];
  members: { id: string; name: string }[];
}

type MeetingRow = Omit<ConferenceMeeting, 'decisions'>;

const MEETING_COLUMNS = `id, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", conference_id AS "conferenceId", kind, meeting_date::text AS "date", title,
  chair_user_id AS "chairUserId", chair_name AS "chairName", attendees, agenda, minutes, state, cancel_reason AS "cancelReason",
  planned_from AS "plannedFrom", version, updated_at AS "updatedAt"`;
const SCHEDULE_COLUMNS = `kind, recurrence, weekday, every_days AS "days"`;

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

/** Meetings with their decisions, in the order of `rows`. */
async function withDecisions(em: EntityManager, rows: MeetingRow[]): Promise<ConferenceMeeting[]> {
  if (rows.length === 0) return [];
  const decisions: (MeetingDecision & { meetingId: string })[] = await em.query(
    `SELECT id, meeting_id AS "meetingId", ordinal, text FROM ${MEETINGS_SCHEMA}.meeting_decisions WHERE meeting_id = ANY($1::uuid[]) ORDER BY meeting_id, ordinal`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    ...row,
    decisions: decisions.filter((d) => d.meetingId === row.id).map(({ meetingId: _meetingId, ...decision }) => decision),
  }));
}

/** The meetings held between two days (inclusive) that the transaction's tenant sees, for a replay of their facts. */
export async function meetingsHeldIn(em: EntityManager, from: string, to: string): Promise<ConferenceMeeting[]> {
  const rows: MeetingRow[] = await em.query(
    `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE state = 'HELD' AND meeting_date BETWEEN $1 AND $2 ORDER BY id`,
    [from, to],
  );
  return withDecisions(em, rows);
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
    private readonly caseRefs: CaseRefs,
    private readonly clock: Clock,
  ) {}

  list(ctx: TenantContext, filter: MeetingFilter | null | undefined, page: PageArgs): Promise<Connection<ConferenceMeeting>> {
    return this.transactions.run(ctx, async (em) => {
      const params: unknown[] = [filter?.tenantId ?? ctx.tenantId];
      const where = ['tenant_id = $1'];
      if (filter?.kind) where.push(`kind = $${params.push(filter.kind)}`);
      if (filter?.from) where.push(`meeting_date >= $${params.push(filter.from)}`);
      if (filter?.to) where.push(`meeting_date <= $${params.push(filter.to)}`);
      const after = decodeCursor(page.after, ['date', 'uuid']);
      if (after) {
        const [date, id] = after;
        where.push(`(meeting_date, id) < ($${params.push(date)}::date, $${params.push(id)}::uuid)`);
      }
      const rows: MeetingRow[] = await em.query(
        `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE ${where.join(' AND ')}
          ORDER BY meeting_date DESC, id DESC LIMIT $${params.push(page.first + 1)}`,
        params,
      );
      return toConnection(await withDecisions(em, rows), page.first, (m) => [m.date, m.id]);
    });
  }

  byId(ctx: TenantContext, id: string): Promise<ConferenceMeeting | null> {
    return this.transactions.run(ctx, async (em) => {
      const rows: MeetingRow[] = await em.query(`SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE id = $1`, [id]);
      return (await withDecisions(em, rows))[0] ?? null;
    });
  }

  schedules(ctx: TenantContext): Promise<MeetingSchedule[]> {
    return this.transactions.run(ctx, (em) =>
      em.query(`SELECT ${SCHEDULE_COLUMNS} FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE tenant_id = $1 ORDER BY kind`, [ctx.tenantId]),
    );
  }

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
      const id = await this.insert(em, ctx, {
        conferenceId: roster.id,
        kind: input.kind,
        date: isoDate(input.date),
        title: input.title?.trim() || null,
        chair,
        attendees,
        agenda,
        plannedFrom: null,
      });
      const meeting = (await this.own(em, ctx, id, false))!;
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
      await this.update(em, ctx, before, `state = $4, attendees = $5, minutes = $6`, [state, JSON.stringify(attendees), input.minutes?.trim() || null]);
      for (const [i, text] of decisions.entries()) {
        await em.query(
          `INSERT INTO ${MEETINGS_SCHEMA}.meeting_decisions (tenant_id, id, tenant_path, meeting_id, ordinal, text) VALUES ($1, $2, $3, $4, $5, $6)`,
          [ctx.tenantId, randomUUID(), ctx.tenantPath, before.id, i + 1, text],
        );
      }
      const after = (await this.own(em, ctx, before.id, false))!;
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
      await this.update(em, ctx, before, `state = $4, cancel_reason = $5`, [state, input.reason.trim()]);
      const after = (await this.own(em, ctx, before.id, false))!;
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.cancel', entity: 'conference_meeting', entityId: after.id, before, after });
      return after;
    });
  }

  /** Sets (or, with no recurrence, removes) the schedule of a kind; null when removed. */
  setSchedule(ctx: TenantContext, input: SetMeetingScheduleInput): Promise<MeetingSchedule | null> {
    return this.transactions.run(ctx, async (em) => {
      const roster = await this.roster(em, ctx);
      const [before]: MeetingSchedule[] = await em.query(
        `SELECT ${SCHEDULE_COLUMNS} FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE conference_id = $1 AND kind = $2 FOR UPDATE`,
        [roster.id, input.kind],
      );
      if (!input.recurrence) {
        if (!before) return null;
        await em.query(`DELETE FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE conference_id = $1 AND kind = $2`, [roster.id, input.kind]);
        await audit(em, MEETINGS_SCHEMA, { action: 'meeting.unschedule', entity: 'meeting_schedule', entityId: roster.id, before });
        return null;
      }
      const rule = checkedRecurrence(input.recurrence, input.weekday, input.days);
      const weekday = rule.kind === RecurrenceKind.WEEKLY ? rule.weekday : null;
      const days = rule.kind === RecurrenceKind.EVERY_N_DAYS ? rule.days : null;
      await em.query(
        `INSERT INTO ${MEETINGS_SCHEMA}.meeting_schedules (tenant_id, id, tenant_path, conference_id, kind, recurrence, weekday, every_days, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (conference_id, kind) DO UPDATE SET recurrence = $6, weekday = $7, every_days = $8, updated_at = $9`,
        [ctx.tenantId, randomUUID(), ctx.tenantPath, roster.id, input.kind, rule.kind, weekday, days, this.clock.now()],
      );
      const after: MeetingSchedule = { kind: input.kind, recurrence: rule.kind, weekday, days };
      await audit(em, MEETINGS_SCHEMA, { action: 'meeting.set_schedule', entity: 'meeting_schedule', entityId: roster.id, before: before ?? null, after });
      return after;
    });
  }

  /** The caller's own conference, with its convenors and current member units. */
  private async roster(em: EntityManager, ctx: TenantContext): Promise<Roster> {
    const [conference]: { id: string; convenors: { userId: string; name: string }[] }[] = await em.query(
      `SELECT id, convenors FROM ${MEETINGS_SCHEMA}.conferences WHERE tenant_id = $1`,
      [ctx.tenantId],
    );
    if (!conference) throw validation('本机构尚未成立联席会议，不能安排会议');
    const members: { id: string; name: string }[] = await em.query(
      `SELECT id, name FROM ${MEETINGS_SCHEMA}.conference_members WHERE conference_id = $1 AND ended_on IS NULL ORDER BY joined_on, name`,
      [conference.id],
    );
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
    const [schedule]: MeetingSchedule[] = await em.query(
      `SELECT ${SCHEDULE_COLUMNS} FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE conference_id = $1 AND kind = $2`,
      [held.conferenceId, held.kind],
    );
    if (!schedule) return;
    const rule = checkedRecurrence(schedule.recurrence, schedule.weekday, schedule.days);
    const roster = await this.roster(em, ctx);
    const chair = roster.convenors.find((c) => c.userId === held.chairUserId) ?? roster.convenors[0]!;
    const attendees = held.attendees
      .filter((a) => (a.userId ? roster.convenors.some((c) => c.userId === a.userId) : roster.members.some((m) => m.id === a.memberId)))
      .map((a) => ({ ...a, attendance: null, note: null }));
    const id = await this.insert(em, ctx, {
      conferenceId: held.conferenceId,
      kind: held.kind,
      date: nextOccurrence(rule, isoDate(held.date)),
      title: held.title,
      chair,
      attendees,
      agenda: [],
      plannedFrom: held.id,
    });
    const planned = (await this.own(em, ctx, id, false))!;
    await audit(em, MEETINGS_SCHEMA, { action: 'meeting.schedule', entity: 'conference_meeting', entityId: id, after: planned });
  }

  private async insert(
    em: EntityManager,
    ctx: TenantContext,
    m: {
      conferenceId: string;
      kind: MeetingKind;
      date: IsoDate;
      title: string | null;
      chair: { userId: string; name: string };
      attendees: MeetingAttendee[];
      agenda: MeetingAgendaItem[];
      plannedFrom: string | null;
    },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.conference_meetings
         (tenant_id, id, tenant_path, conference_id, kind, meeting_date, title, chair_user_id, chair_name, attendees, agenda, state, planned_from,
          created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PLANNED', $12, $13, $13, 1)`,
      [
        ctx.tenantId,
        id,
        ctx.tenantPath,
        m.conferenceId,
        m.kind,
        m.date,
        m.title,
        m.chair.userId,
        m.chair.name,
        JSON.stringify(m.attendees),
        JSON.stringify(m.agenda),
        m.plannedFrom,
        this.clock.now(),
      ],
    );
    return id;
  }

  /** Updates a locked meeting under its version; `set` uses $4 onwards. */
  private async update(em: EntityManager, ctx: TenantContext, before: ConferenceMeeting, set: string, values: unknown[]): Promise<void> {
    const updated: unknown[] = await em.query(
      `WITH changed AS (
         UPDATE ${MEETINGS_SCHEMA}.conference_meetings SET ${set}, updated_at = $${values.length + 4}, version = version + 1
          WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING id
       ) SELECT id FROM changed`,
      [ctx.tenantId, before.id, before.version, ...values, this.clock.now()],
    );
    if (updated.length === 0) throw conflict('会议已被他人修改，请刷新后重试');
  }

  /** One of the caller's own tenant's meetings (an ancestor sees a child's, and may not write it). */
  private async own(em: EntityManager, ctx: TenantContext, id: string, lock: boolean): Promise<ConferenceMeeting | null> {
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [ctx.tenantId, id],
    );
    return (await withDecisions(em, rows))[0] ?? null;
  }

  private async ownOrFail(em: EntityManager, ctx: TenantContext, id: string, version: number): Promise<ConferenceMeeting> {
    const meeting = await this.own(em, ctx, id, true);
    if (!meeting) throw notFound('会议');
    if (meeting.version !== version) throw conflict(`会议已被他人修改（当前版本 ${meeting.version}，提交的版本 ${version}），请刷新后重试`);
    return meeting;
  }

}
