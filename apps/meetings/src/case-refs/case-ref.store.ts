import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MEETINGS_SCHEMA } from '../database.js';
import type { CaseRef, CaseTransitionedEvent } from './domain/case-refs.js';

/** The statements on `case_refs`. */
@Injectable()
export class CaseRefStore {
  /** Upserts one row per case (a statement may not upsert a row twice); a row at a later version stays. */
  async upsert(em: EntityManager, cases: readonly CaseTransitionedEvent[]): Promise<void> {
    // In key order against deadlocks.
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
      [JSON.stringify(cases)],
    );
  }

  /** The referenced cases the caller may see, in no order. */
  byIds(em: EntityManager, ids: readonly string[]): Promise<CaseRef[]> {
    return em.query(`SELECT case_id AS id, number, title FROM ${MEETINGS_SCHEMA}.case_refs WHERE case_id = ANY($1::uuid[])`, [[...new Set(ids)]]);
  }
}
