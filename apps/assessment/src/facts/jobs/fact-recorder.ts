import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { type EventEnvelope, HandlesEvent, HandlesEvents } from '#common/events';
import { ASSESSMENT_SCHEMA } from '../../database.js';
import {
  type CaseFactEvent,
  type ConferenceEstablishedEvent,
  type MeetingHeldEvent,
  type NoticeFactEvent,
  type TaskFactEvent,
  caseFactRow,
  noticeFactRow,
  taskFactRow,
} from '../fact-rows.js';

/** A fact table kept by upsert on its key, the highest version winning. */
interface VersionedTable {
  table: 'case_facts' | 'task_facts' | 'notice_facts';
  key: string;
}

/**
 * Keeps the facts from the fact events: each batch in one statement per table, latest version
 * wins, so an event delivered late or out of order leaves the row as the newest one made it. An
 * event of the row's own version rewrites it: a replay (see `rebuildFacts`) repairs a row that
 * went astray, and a redelivery writes what is there already.
 */
@Injectable()
export class FactRecorder {
  constructor(private readonly clock: Clock) {}

  @HandlesEvents('case.transitioned')
  caseTransitioned(em: EntityManager, events: readonly EventEnvelope<CaseFactEvent>[]): Promise<void> {
    return this.upsert(em, { table: 'case_facts', key: 'case_id' }, events.map((e) => caseFactRow(e.payload)));
  }

  @HandlesEvents('supervision.notice')
  noticeChanged(em: EntityManager, events: readonly EventEnvelope<NoticeFactEvent>[]): Promise<void> {
    return this.upsert(em, { table: 'notice_facts', key: 'notice_id' }, events.map((e) => noticeFactRow(e.payload)));
  }

  @HandlesEvents('task.transitioned')
  taskTransitioned(em: EntityManager, events: readonly EventEnvelope<TaskFactEvent>[]): Promise<void> {
    const rows = events.map((e) => taskFactRow(e.payload, e)).filter((row) => row !== null);
    return this.upsert(em, { table: 'task_facts', key: 'task_id' }, rows);
  }

  @HandlesEvent('meeting.held')
  async meetingHeld(em: EntityManager, event: EventEnvelope<MeetingHeldEvent>): Promise<void> {
    const m = event.payload;
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.meeting_facts (meeting_id, tenant_id, tenant_path, kind, held_on, decisions, present, attendees, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (meeting_id) DO NOTHING`,
      [m.meetingId, event.tenantId, event.tenantPath, m.kind, m.date, m.decisions, m.present, m.attendees, this.clock.now()],
    );
  }

  @HandlesEvent('conference.established')
  async conferenceEstablished(em: EntityManager, event: EventEnvelope<ConferenceEstablishedEvent>): Promise<void> {
    await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.jurisdictions SET has_conference = true, conference_since = $2 WHERE tenant_id = $1`, [
      event.payload.tenantId,
      event.payload.establishedOn,
    ]);
  }

  private async upsert<R extends { version: number }>(em: EntityManager, { table, key }: VersionedTable, rows: readonly R[]): Promise<void> {
    // One row per key (a statement may not upsert a row twice): its latest version.
    const latest = new Map<unknown, R>();
    for (const row of rows) {
      const id = (row as Record<string, unknown>)[key];
      const seen = latest.get(id);
      if (!seen || seen.version < row.version) latest.set(id, row);
    }
    if (latest.size === 0) return;
    const columns = Object.keys(rows[0]!);
    const updates = columns.filter((c) => c !== key).map((c) => `${c} = EXCLUDED.${c}`);
    // In key order, so that batches upserting the same rows at once wait instead of deadlocking.
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.${table} (${columns.join(', ')}, updated_at)
       SELECT ${columns.map((c) => `r.${c}`).join(', ')}, $2::timestamptz
         FROM jsonb_populate_recordset(NULL::${ASSESSMENT_SCHEMA}.${table}, $1::jsonb) r ORDER BY r.${key}
       ON CONFLICT (${key}) DO UPDATE SET ${updates.join(', ')}, updated_at = EXCLUDED.updated_at
        WHERE ${table}.version <= EXCLUDED.version`,
      [JSON.stringify([...latest.values()]), this.clock.now()],
    );
  }
}
