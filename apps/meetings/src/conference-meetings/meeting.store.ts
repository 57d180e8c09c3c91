import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import type { TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import type { MeetingKind } from './domain/index.js';
import type { ConferenceMeeting, MeetingAgendaItem, MeetingAttendee, MeetingDecision, MeetingSchedule } from './dto/meeting.types.js';

type MeetingRow = Omit<ConferenceMeeting, 'decisions'>;

/** A meeting as planned. */
export interface NewMeeting {
  conferenceId: string;
  kind: MeetingKind;
  date: IsoDate;
  title: string | null;
  chair: { userId: string; name: string };
  attendees: MeetingAttendee[];
  agenda: MeetingAgendaItem[];
  plannedFrom: string | null;
}

/** The columns a meeting's change writes, by column name. */
export type MeetingChange = { state: string } & Partial<{ attendees: MeetingAttendee[]; minutes: string | null; cancelReason: string }>;

/** What the list of meetings is filtered by. */
export interface MeetingQuery {
  tenantId: string;
  kind?: MeetingKind | null;
  from?: string | null;
  to?: string | null;
  /** The (date, id) of the last meeting of the page before, in descending order. */
  after?: readonly [string, string] | null;
  limit: number;
}

const MEETING_COLUMNS = `id, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", conference_id AS "conferenceId", kind, meeting_date::text AS "date", title,
  chair_user_id AS "chairUserId", chair_name AS "chairName", attendees, agenda, minutes, state, cancel_reason AS "cancelReason",
  planned_from AS "plannedFrom", version, updated_at AS "updatedAt"`;
const SCHEDULE_COLUMNS = `kind, recurrence, weekday, every_days AS "days"`;

/** The statements on `conference_meetings`, `meeting_decisions` and `meeting_schedules`. */
@Injectable()
export class MeetingStore {
  async list(em: EntityManager, query: MeetingQuery): Promise<ConferenceMeeting[]> {
    const params: unknown[] = [query.tenantId];
    const where = ['tenant_id = $1'];
    if (query.kind) where.push(`kind = $${params.push(query.kind)}`);
    if (query.from) where.push(`meeting_date >= $${params.push(query.from)}`);
    if (query.to) where.push(`meeting_date <= $${params.push(query.to)}`);
    if (query.after) {
      const [date, id] = query.after;
      where.push(`(meeting_date, id) < ($${params.push(date)}::date, $${params.push(id)}::uuid)`);
    }
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE ${where.join(' AND ')}
        ORDER BY meeting_date DESC, id DESC LIMIT $${params.push(query.limit)}`,
      params,
    );
    return this.withDecisions(em, rows);
  }

  /** A meeting the transaction's tenant sees. */
  async byId(em: EntityManager, id: string): Promise<ConferenceMeeting | null> {
    const rows: MeetingRow[] = await em.query(`SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE id = $1`, [id]);
    return (await this.withDecisions(em, rows))[0] ?? null;
  }

  /** One of a tenant's own meetings (an ancestor sees a child's, and may not write it). */
  async own(em: EntityManager, tenantId: string, id: string, lock: boolean): Promise<ConferenceMeeting | null> {
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, id],
    );
    return (await this.withDecisions(em, rows))[0] ?? null;
  }

  /** The meetings held between two days (inclusive) that the transaction's tenant sees. */
  async heldIn(em: EntityManager, from: string, to: string): Promise<ConferenceMeeting[]> {
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM ${MEETINGS_SCHEMA}.conference_meetings WHERE state = 'HELD' AND meeting_date BETWEEN $1 AND $2 ORDER BY id`,
      [from, to],
    );
    return this.withDecisions(em, rows);
  }

  async insert(em: EntityManager, ctx: TenantContext, m: NewMeeting, at: Date): Promise<string> {
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
        at,
      ],
    );
    return id;
  }

  /** Writes a meeting at its version; false when that version is gone. */
  async update(em: EntityManager, tenantId: string, before: { id: string; version: number }, change: MeetingChange, at: Date): Promise<boolean> {
    const columns: [string, unknown][] = [['state', change.state]];
    if (change.attendees !== undefined) columns.push(['attendees', JSON.stringify(change.attendees)]);
    if (change.minutes !== undefined) columns.push(['minutes', change.minutes]);
    if (change.cancelReason !== undefined) columns.push(['cancel_reason', change.cancelReason]);
    const set = columns.map(([column], i) => `${column} = $${i + 4}`).join(', ');
    // (An UPDATE answers TypeORM's `query` with [rows, count]; a CTE makes it a plain row list.)
    const updated: unknown[] = await em.query(
      `WITH changed AS (
         UPDATE ${MEETINGS_SCHEMA}.conference_meetings SET ${set}, updated_at = $${columns.length + 4}, version = version + 1
          WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING id
       ) SELECT id FROM changed`,
      [tenantId, before.id, before.version, ...columns.map(([, value]) => value), at],
    );
    return updated.length > 0;
  }

  async insertDecisions(em: EntityManager, ctx: TenantContext, meetingId: string, texts: readonly string[]): Promise<void> {
    for (const [i, text] of texts.entries()) {
      await em.query(
        `INSERT INTO ${MEETINGS_SCHEMA}.meeting_decisions (tenant_id, id, tenant_path, meeting_id, ordinal, text) VALUES ($1, $2, $3, $4, $5, $6)`,
        [ctx.tenantId, randomUUID(), ctx.tenantPath, meetingId, i + 1, text],
      );
    }
  }

  /** Whether a decision is one of a meeting the tenant's conference held. */
  async isHeldDecision(em: EntityManager, tenantId: string, decisionId: string): Promise<boolean> {
    const found: unknown[] = await em.query(
      `SELECT 1 FROM ${MEETINGS_SCHEMA}.meeting_decisions d
         JOIN ${MEETINGS_SCHEMA}.conference_meetings m ON m.tenant_id = d.tenant_id AND m.id = d.meeting_id
        WHERE d.tenant_id = $1 AND d.id = $2 AND m.state = 'HELD'`,
      [tenantId, decisionId],
    );
    return found.length > 0;
  }

  schedules(em: EntityManager, tenantId: string): Promise<MeetingSchedule[]> {
    return em.query(`SELECT ${SCHEDULE_COLUMNS} FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE tenant_id = $1 ORDER BY kind`, [tenantId]);
  }

  async schedule(em: EntityManager, conferenceId: string, kind: MeetingKind, lock = false): Promise<MeetingSchedule | null> {
    const [schedule]: MeetingSchedule[] = await em.query(
      `SELECT ${SCHEDULE_COLUMNS} FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE conference_id = $1 AND kind = $2${lock ? ' FOR UPDATE' : ''}`,
      [conferenceId, kind],
    );
    return schedule ?? null;
  }

  async deleteSchedule(em: EntityManager, conferenceId: string, kind: MeetingKind): Promise<void> {
    await em.query(`DELETE FROM ${MEETINGS_SCHEMA}.meeting_schedules WHERE conference_id = $1 AND kind = $2`, [conferenceId, kind]);
  }

  async upsertSchedule(em: EntityManager, ctx: TenantContext, conferenceId: string, schedule: MeetingSchedule, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.meeting_schedules (tenant_id, id, tenant_path, conference_id, kind, recurrence, weekday, every_days, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (conference_id, kind) DO UPDATE SET recurrence = $6, weekday = $7, every_days = $8, updated_at = $9`,
      [ctx.tenantId, randomUUID(), ctx.tenantPath, conferenceId, schedule.kind, schedule.recurrence, schedule.weekday, schedule.days, at],
    );
  }

  /** Meetings with their decisions, in the order of `rows`. */
  private async withDecisions(em: EntityManager, rows: MeetingRow[]): Promise<ConferenceMeeting[]> {
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
}
