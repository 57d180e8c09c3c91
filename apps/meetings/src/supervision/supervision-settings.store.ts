import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MEETINGS_SCHEMA } from '../database.js';
import type { OwnSupervisionSettings } from './domain/index.js';

/** A tenant's own settings row. */
export interface SettingsRow extends OwnSupervisionSettings {
  tenantPath: string;
  version: number;
}

/** The statements on `supervision_settings`. */
@Injectable()
export class SupervisionSettingsStore {
  /** Own settings rows from the root down to the tenant at `path`. */
  chain(em: EntityManager, path: string): Promise<SettingsRow[]> {
    return em.query(
      `SELECT tenant_path AS "tenantPath", feedback_days AS "feedbackDays", escalation_interval_days AS "escalationIntervalDays", version
         FROM ${MEETINGS_SCHEMA}.supervision_settings WHERE tenant_path @> $1::ltree ORDER BY nlevel(tenant_path)`,
      [path],
    );
  }

  /** A tenant's own row, locked. */
  async ownLocked(em: EntityManager, tenantId: string): Promise<(OwnSupervisionSettings & { version: number }) | null> {
    const [own]: (OwnSupervisionSettings & { version: number })[] = await em.query(
      `SELECT feedback_days AS "feedbackDays", escalation_interval_days AS "escalationIntervalDays", version
         FROM ${MEETINGS_SCHEMA}.supervision_settings WHERE tenant_id = $1 FOR UPDATE`,
      [tenantId],
    );
    return own ?? null;
  }

  async update(em: EntityManager, tenantId: string, settings: OwnSupervisionSettings, at: Date): Promise<void> {
    await em.query(
      `UPDATE ${MEETINGS_SCHEMA}.supervision_settings
          SET feedback_days = $2, escalation_interval_days = $3, updated_at = $4, version = version + 1
        WHERE tenant_id = $1`,
      [tenantId, settings.feedbackDays, settings.escalationIntervalDays, at],
    );
  }

  /** A tenant's first row; false when one was written concurrently (the other writer won). */
  async insertFirst(em: EntityManager, tenantId: string, tenantPath: string, settings: OwnSupervisionSettings, at: Date): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO ${MEETINGS_SCHEMA}.supervision_settings (tenant_id, feedback_days, escalation_interval_days, updated_at, tenant_path, version)
       VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (tenant_id) DO NOTHING RETURNING version`,
      [tenantId, settings.feedbackDays, settings.escalationIntervalDays, at, tenantPath],
    );
    return inserted.length > 0;
  }
}
