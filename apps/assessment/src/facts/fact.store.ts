import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ASSESSMENT_SCHEMA } from '../database.js';
import type { CaseFactRow, NoticeFactRow, TaskFactRow } from './domain/fact-rows.js';

/** A fact table kept by upsert on its key, the highest version winning. */
interface VersionedTable {
  table: 'case_facts' | 'task_facts' | 'notice_facts';
  key: string;
}

/** A held meeting's fact, under the tenant whose meeting it was. */
export interface MeetingFactRow {
  meetingId: string;
  tenantId: string;
  tenantPath: string;
  kind: string;
  heldOn: string;
  decisions: number;
  present: number;
  attendees: number;
}

/**
 * Every statement on the fact tables. The versioned ones are written a batch in one statement,
 * latest version wins, so a row delivered late or out of order leaves the newest one; a row of the
 * stored version rewrites it (a replay repairs, a redelivery writes what is there).
 */
@Injectable()
export class FactStore {
  upsertCases(em: EntityManager, rows: readonly CaseFactRow[], now: Date): Promise<void> {
    return this.upsert(em, { table: 'case_facts', key: 'case_id' }, rows, now);
  }

  upsertNotices(em: EntityManager, rows: readonly NoticeFactRow[], now: Date): Promise<void> {
    return this.upsert(em, { table: 'notice_facts', key: 'notice_id' }, rows, now);
  }

  upsertTasks(em: EntityManager, rows: readonly TaskFactRow[], now: Date): Promise<void> {
    return this.upsert(em, { table: 'task_facts', key: 'task_id' }, rows, now);
  }

  /** A meeting is held once: a redelivery changes nothing. */
  async recordMeeting(em: EntityManager, m: MeetingFactRow, now: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.meeting_facts (meeting_id, tenant_id, tenant_path, kind, held_on, decisions, present, attendees, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (meeting_id) DO NOTHING`,
      [m.meetingId, m.tenantId, m.tenantPath, m.kind, m.heldOn, m.decisions, m.present, m.attendees, now],
    );
  }

  private async upsert<R extends { version: number }>(em: EntityManager, { table, key }: VersionedTable, rows: readonly R[], now: Date): Promise<void> {
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
      [JSON.stringify([...latest.values()]), now],
    );
  }
}
