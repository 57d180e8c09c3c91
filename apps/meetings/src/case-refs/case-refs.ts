import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '#common/errors';
import { type EventEnvelope, HandlesEvents } from '#common/events';
import { MEETINGS_SCHEMA } from '../database.js';

/**
 * The fields of the cases service's `case.transitioned` this service keeps (it does not import
 * the cases app): the case's number and title, and what decides who may see it.
 */
export interface CaseTransitionedEvent {
  caseId: string;
  number: string;
  title: string;
  version: number;
  holderTenantPath: string;
  handlingUnitId: string | null;
  accusedUnitId: string | null;
  at: string;
}

/** A case as a reference shows it: its number and title come from the case, never from the client. */
export interface CaseRef {
  id: string;
  number: string;
  title: string;
}

/**
 * The cases this service may reference (`meetings.case_refs`), kept from `case.transitioned`;
 * row-level security mirrors the cases service's rules, so a reference is checked against what
 * the caller may see without asking the cases service at run time.
 */
@Injectable()
export class CaseRefs {
  /** `case.transitioned`, a batch: each case's latest version wins, whatever the order. */
  @HandlesEvents('case.transitioned')
  async record(em: EntityManager, events: readonly EventEnvelope<CaseTransitionedEvent>[]): Promise<void> {
    const latest = new Map<string, CaseTransitionedEvent>();
    for (const { payload } of events) {
      // Fact events emitted before they carried these fields tell nothing of visibility.
      if (payload.holderTenantPath === undefined) continue;
      const seen = latest.get(payload.caseId);
      if (!seen || seen.version < payload.version) latest.set(payload.caseId, payload);
    }
    if (latest.size === 0) return;
    // One row per case (a statement may not upsert a row twice), in key order against deadlocks.
    await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.case_refs (case_id, tenant_path, number, title, handling_unit_id, accused_unit_id, version, updated_at)
       SELECT e."caseId", e."holderTenantPath"::ltree, e.number, e.title, e."handlingUnitId", e."accusedUnitId", e.version, e.at
         FROM jsonb_to_recordset($1::jsonb) e ("caseId" uuid, "holderTenantPath" text, number text, title text, "handlingUnitId" uuid,
                                               "accusedUnitId" uuid, version integer, at timestamptz)
        ORDER BY e."caseId"
       ON CONFLICT (case_id) DO UPDATE
          SET tenant_path = EXCLUDED.tenant_path, number = EXCLUDED.number, title = EXCLUDED.title, handling_unit_id = EXCLUDED.handling_unit_id,
              accused_unit_id = EXCLUDED.accused_unit_id, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
        WHERE case_refs.version < EXCLUDED.version`,
      [JSON.stringify([...latest.values()])],
    );
  }

  /**
   * The referenced cases, in the order given, when the caller may see every one of them; else
   * NOT_FOUND naming the field and the cases (unknown and not visible are the same refusal).
   */
  async visible(em: EntityManager, ids: readonly string[], field: { name: string; label: string }): Promise<CaseRef[]> {
    if (ids.length === 0) return [];
    const rows: CaseRef[] = await em.query(`SELECT case_id AS id, number, title FROM ${MEETINGS_SCHEMA}.case_refs WHERE case_id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new AppError(ErrorCode.NOT_FOUND, `${field.label}中有信访事项不存在或不在本辖区内`, { field: field.name, caseIds: [...new Set(missing)] });
    }
    return ids.map((id) => byId.get(id)!);
  }
}
