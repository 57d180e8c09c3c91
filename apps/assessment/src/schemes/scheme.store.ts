import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '#common/calendar';
import { groupBy } from '#common/collections';
import type { TenantContext } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import type { DateRange, GradeThresholds, ManualEntry, PeriodKind, Scheme, SchemeItem } from './domain/index.js';
import type { AssessmentResultView, AssessmentSchemeView, AssessmentSnapshotView, SchemeState, TargetScoreView } from './dto/scheme.types.js';

/** A scheme as stored: its columns, and its items as the domain keeps them. */
export interface SchemeRecord {
  id: string;
  tenantId: string;
  tenantPath: string;
  name: string;
  periodKind: AssessmentSchemeView['periodKind'];
  periodFrom: string;
  periodTo: string;
  targetLevel: string;
  totalPoints: string;
  grades: GradeThresholds;
  state: SchemeState;
  publishedAt: Date | null;
  version: number;
  items: SchemeItem[];
}

/** What a scheme's columns are written from. */
export interface SchemeColumns {
  scheme: Pick<Scheme, 'name' | 'totalPoints' | 'grades'>;
  periodKind: PeriodKind;
  range: DateRange;
}

/** A manual score as an assessor enters it, on a scheme's item for one target. */
export interface ManualScoreEntry extends ManualEntry {
  schemeId: string;
  itemId: string;
  targetTenantId: string;
}

/** The results frozen at publication, and when and as of which day. */
export interface Publication {
  snapshotId: string;
  publishedAt: Date;
  asOf: IsoDate;
  targets: readonly TargetScoreView[];
}

type SchemeRow = Omit<SchemeRecord, 'items'>;

const SCHEME_COLUMNS = `id, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", name, period_kind AS "periodKind", period_from::text AS "periodFrom",
  period_to::text AS "periodTo", target_level AS "targetLevel", total_points AS "totalPoints", grade_bands AS grades, state, published_at AS "publishedAt", version`;

/** The item's columns after its ordinal: name, kind, points, indicator, rule (with its bounds and minimum). */
function itemColumns(item: SchemeItem): unknown[] {
  const { code: _code, name, kind, points, indicator, rule, ...bounds } = item;
  return [name, kind, points, indicator ? JSON.stringify(indicator) : null, JSON.stringify({ scoring: rule, ...bounds })];
}

/** Every statement on the schemes, their items, manual scores and snapshots. */
@Injectable()
export class SchemeStore {
  /** A tenant's schemes, the latest period first. */
  async list(em: EntityManager, tenantId: string): Promise<SchemeRecord[]> {
    const rows: SchemeRow[] = await em.query(
      `SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE tenant_id = $1 ORDER BY period_from DESC, name`,
      [tenantId],
    );
    return this.withItems(em, rows);
  }

  /** A scheme visible to the caller. */
  async byId(em: EntityManager, id: string): Promise<SchemeRecord | null> {
    const [row]: SchemeRow[] = await em.query(`SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE id = $1`, [id]);
    return (await this.withItems(em, row ? [row] : []))[0] ?? null;
  }

  /** A scheme of the tenant's own, locked for the transaction when asked. */
  async own(em: EntityManager, tenantId: string, id: string, lock: boolean): Promise<SchemeRecord | null> {
    const [row]: SchemeRow[] = await em.query(
      `SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, id],
    );
    return (await this.withItems(em, row ? [row] : []))[0] ?? null;
  }

  /** The periods of the tenant's published schemes of this name, but the one excepted. */
  publishedNamesakes(em: EntityManager, tenantId: string, name: string, except: string | null): Promise<{ periodFrom: string; periodTo: string }[]> {
    return em.query(
      `SELECT period_from::text AS "periodFrom", period_to::text AS "periodTo" FROM ${ASSESSMENT_SCHEMA}.schemes
        WHERE tenant_id = $1 AND name = $2 AND state = 'PUBLISHED' AND id IS DISTINCT FROM $3::uuid`,
      [tenantId, name, except],
    );
  }

  /** A new draft with its items. */
  async insert(
    em: EntityManager,
    ctx: TenantContext,
    id: string,
    columns: SchemeColumns,
    targetLevel: string,
    items: readonly SchemeItem[],
    now: Date,
  ): Promise<void> {
    const { scheme, periodKind, range } = columns;
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.schemes
         (tenant_id, id, tenant_path, name, period_kind, period_from, period_to, target_level, total_points, grade_bands, state, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'DRAFT', $11, $11)`,
      [ctx.tenantId, id, ctx.tenantPath, scheme.name, periodKind, range.start, range.end, targetLevel, scheme.totalPoints, JSON.stringify(scheme.grades), now],
    );
    await this.insertItems(em, ctx, id, items);
  }

  /** A draft's columns, its version one up. */
  async update(em: EntityManager, tenantId: string, id: string, columns: SchemeColumns, now: Date): Promise<void> {
    const { scheme, periodKind, range } = columns;
    await em.query(
      `UPDATE ${ASSESSMENT_SCHEMA}.schemes SET name = $3, period_kind = $4, period_from = $5, period_to = $6, total_points = $7, grade_bands = $8,
              updated_at = $9, version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, scheme.name, periodKind, range.start, range.end, scheme.totalPoints, JSON.stringify(scheme.grades), now],
    );
  }

  /** A draft's items replaced by these: items that keep their code keep their row, so their manual points survive. */
  async replaceItems(em: EntityManager, ctx: TenantContext, schemeId: string, items: readonly SchemeItem[]): Promise<void> {
    const kept: { id: string; code: string }[] = await em.query(`SELECT id, code FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1`, [schemeId]);
    const codes = new Set(items.map((item) => item.code));
    await em.query(`DELETE FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1 AND NOT (code = ANY($2::text[]))`, [schemeId, [...codes]]);
    // The kept rows move past the new ordinals first, so that no two rows ever share one (the
    // ordinal is unique per scheme, and positive) while they are numbered again.
    await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.scheme_items SET ordinal = ordinal + $2 WHERE scheme_id = $1`, [schemeId, items.length]);
    for (const [i, item] of items.entries()) {
      const existing = kept.find((k) => k.code === item.code);
      if (existing) {
        await em.query(
          `UPDATE ${ASSESSMENT_SCHEMA}.scheme_items SET ordinal = $2, name = $3, kind = $4, points = $5, indicator = $6, rule = $7 WHERE id = $1`,
          [existing.id, i + 1, ...itemColumns(item)],
        );
      } else {
        await this.insertItems(em, ctx, schemeId, [item], i + 1);
      }
    }
  }

  /** The id of a scheme's item. */
  async itemId(em: EntityManager, schemeId: string, code: string): Promise<string> {
    const [{ id }]: { id: string }[] = await em.query(`SELECT id FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1 AND code = $2`, [schemeId, code]);
    return id;
  }

  /** The manual score entered on an item for a target, if any. */
  async manualScore(em: EntityManager, itemId: string, targetTenantId: string): Promise<unknown> {
    const [before]: unknown[] = await em.query(
      `SELECT points::float8, comment, evidence FROM ${ASSESSMENT_SCHEMA}.manual_scores WHERE item_id = $1 AND target_tenant_id = $2`,
      [itemId, targetTenantId],
    );
    return before;
  }

  /** Enters a manual score, replacing the one on the same item and target (its version one up). */
  async saveManualScore(em: EntityManager, ctx: TenantContext, entry: ManualScoreEntry, at: Date): Promise<void> {
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.manual_scores (tenant_id, id, tenant_path, scheme_id, item_id, target_tenant_id, points, comment, evidence, assessor_id, assessor_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (item_id, target_tenant_id) DO UPDATE SET points = $7, comment = $8, evidence = $9, assessor_id = $10, assessor_name = $11, at = $12,
         version = manual_scores.version + 1`,
      [
        ctx.tenantId,
        randomUUID(),
        ctx.tenantPath,
        entry.schemeId,
        entry.itemId,
        entry.targetTenantId,
        entry.points,
        entry.comment,
        entry.evidence,
        ctx.userId,
        ctx.username,
        at,
      ],
    );
  }

  /**
   * Publishes a scheme: its snapshot, one line of results per target (under the target's path, so
   * each target reads its own), and the scheme PUBLISHED, its version one up.
   */
  async publish(
    em: EntityManager,
    ctx: TenantContext,
    scheme: Pick<SchemeRecord, 'id' | 'name' | 'periodFrom' | 'periodTo'>,
    publication: Publication,
  ): Promise<void> {
    const { snapshotId, publishedAt, asOf, targets } = publication;
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.snapshots (tenant_id, id, tenant_path, scheme_id, published_at, published_by, as_of, results)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [ctx.tenantId, snapshotId, ctx.tenantPath, scheme.id, publishedAt, ctx.username, asOf, JSON.stringify(targets)],
    );
    await em.query(
      `INSERT INTO ${ASSESSMENT_SCHEMA}.snapshot_results
         (tenant_id, snapshot_id, tenant_path, scheme_id, scheme_name, assessing_tenant_id, period_from, period_to, total, rank, of_count, grade, items, published_at)
       SELECT r.tenant_id, $1, j.tenant_path, $2, $3, $4, $5, $6, r.total, r.rank, $7, r.grade, r.items, $8
         FROM jsonb_to_recordset($9::jsonb) r (tenant_id uuid, total numeric, rank int, grade text, items jsonb)
         JOIN ${ASSESSMENT_SCHEMA}.jurisdictions j ON j.tenant_id = r.tenant_id`,
      [
        snapshotId,
        scheme.id,
        scheme.name,
        ctx.tenantId,
        scheme.periodFrom,
        scheme.periodTo,
        targets.length,
        publishedAt,
        JSON.stringify(targets.map((t) => ({ tenant_id: t.tenantId, total: t.total, rank: t.rank, grade: t.grade, items: t.items }))),
      ],
    );
    await em.query(
      `UPDATE ${ASSESSMENT_SCHEMA}.schemes SET state = 'PUBLISHED', published_at = $3, updated_at = $3, version = version + 1 WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenantId, scheme.id, publishedAt],
    );
  }

  /** A scheme's snapshot, null while it is not published. */
  async snapshot(em: EntityManager, schemeId: string): Promise<AssessmentSnapshotView | null> {
    const [row]: { id: string; schemeId: string; publishedAt: Date; publishedBy: string; asOf: string; results: TargetScoreView[] }[] = await em.query(
      `SELECT id, scheme_id AS "schemeId", published_at AS "publishedAt", published_by AS "publishedBy", as_of::text AS "asOf", results
         FROM ${ASSESSMENT_SCHEMA}.snapshots WHERE scheme_id = $1`,
      [schemeId],
    );
    return row
      ? { id: row.id, schemeId: row.schemeId, publishedAt: row.publishedAt, publishedBy: row.publishedBy, asOf: row.asOf, targets: row.results }
      : null;
  }

  /** A tenant's lines of the snapshots whose period overlaps the range, the latest period first. */
  resultsOf(em: EntityManager, tenantId: string, range: DateRange): Promise<AssessmentResultView[]> {
    return em.query(
      `SELECT scheme_id AS "schemeId", scheme_name AS "schemeName", assessing_tenant_id AS "assessingTenantId", period_from::text AS "periodFrom",
              period_to::text AS "periodTo", total::float8 AS total, rank, of_count AS "of", grade, published_at AS "publishedAt", items
         FROM ${ASSESSMENT_SCHEMA}.snapshot_results
        WHERE tenant_id = $1 AND period_from <= $3 AND period_to >= $2
        ORDER BY period_from DESC, scheme_name`,
      [tenantId, range.start, range.end],
    );
  }

  private async insertItems(em: EntityManager, ctx: TenantContext, schemeId: string, items: readonly SchemeItem[], ordinal?: number): Promise<void> {
    for (const [i, item] of items.entries()) {
      await em.query(
        `INSERT INTO ${ASSESSMENT_SCHEMA}.scheme_items (tenant_id, id, tenant_path, scheme_id, code, ordinal, name, kind, points, indicator, rule)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [ctx.tenantId, randomUUID(), ctx.tenantPath, schemeId, item.code, ordinal ?? i + 1, ...itemColumns(item)],
      );
    }
  }

  /** The schemes with their items, in one query for all of them. */
  private async withItems(em: EntityManager, rows: readonly SchemeRow[]): Promise<SchemeRecord[]> {
    if (rows.length === 0) return [];
    const items: (Pick<SchemeItem, 'code' | 'name' | 'kind' | 'points' | 'indicator'> & { schemeId: string; rule: Record<string, unknown> })[] = await em.query(
      `SELECT scheme_id AS "schemeId", code, name, kind, points::float8 AS points, indicator, rule FROM ${ASSESSMENT_SCHEMA}.scheme_items
        WHERE scheme_id = ANY($1::uuid[]) ORDER BY scheme_id, ordinal`,
      [rows.map((row) => row.id)],
    );
    const bySchemes = groupBy(items, (item) => item.schemeId);
    return rows.map((row) => ({
      ...row,
      items: (bySchemes.get(row.id) ?? []).map(({ schemeId: _schemeId, rule, ...item }) => {
        const { scoring, ...bounds } = rule as { scoring: SchemeItem['rule'] } & Pick<SchemeItem, 'minDenominator' | 'belowMinimum' | 'cap' | 'floor'>;
        return { ...item, rule: scoring, ...bounds };
      }),
    }));
  }
}
