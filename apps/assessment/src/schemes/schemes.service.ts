import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { groupBy } from '#common/collections';
import { AppError, ErrorCode, conflict, notFound, validation } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import {
  DEFAULT_GRADE_THRESHOLDS,
  type GradeThresholds,
  type SchemeItem,
  ScoringRuleKind,
  districtTemplate,
  periodLabel,
  periodRange,
  periodsOverlap,
  validateIndicator,
  validateManualEntry,
  validateScheme,
} from './domain/index.js';
import type { CreateSchemeInput, IndicatorPreviewInput, ManualScoreInput, PublishSchemeInput, ScoreFactsInput, UpdateSchemeInput } from './dto/scheme.inputs.js';
import type {
  AssessmentSchemeView,
  AssessmentSnapshotView,
  FactReferenceView,
  IndicatorPreviewView,
  SchemeScoresView,
  SchemeState,
  TargetScoreView,
} from './dto/scheme.types.js';
import { ScoreComputation, type SchemeForScoring } from './score-computation.js';
import { indicatorOf, indicatorView, itemOf, itemView, periodOf, storedPeriod } from './scheme-mapping.js';

interface SchemeRow {
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
}

/** A scheme as read: its view, its path, and its items as the domain keeps them. */
type StoredScheme = AssessmentSchemeView & { tenantPath: string; stored: SchemeItem[] };

const SCHEME_COLUMNS = `id, tenant_id AS "tenantId", tenant_path::text AS "tenantPath", name, period_kind AS "periodKind", period_from::text AS "periodFrom",
  period_to::text AS "periodTo", target_level AS "targetLevel", total_points AS "totalPoints", grade_bands AS grades, state, published_at AS "publishedAt", version`;

/** The level below each level: a tenant assesses the one below by default, or itself at its own. */
const NEXT_LEVEL: Readonly<Record<string, string>> = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'TOWNSHIP' };
const LEVEL_DEPTH: Readonly<Record<string, number>> = { PROVINCE: 1, CITY: 2, COUNTY: 3, TOWNSHIP: 4 };

const frozen = (what: string) => new AppError(ErrorCode.PUBLISHED, `考核方案已通报，${what}（通报结果已冻结，不能更改）`);

/**
 * 考核方案: written by the assessing tenant's assessors while a draft, scored on demand from the
 * facts, published once into a snapshot (通报) that later facts never change.
 */
@Injectable()
export class SchemesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly computation: ScoreComputation,
    private readonly clock: Clock,
  ) {}

  list(ctx: TenantContext, tenantId: string | null | undefined): Promise<AssessmentSchemeView[]> {
    return this.transactions.run(ctx, async (em) => {
      const rows: SchemeRow[] = await em.query(`SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE tenant_id = $1 ORDER BY period_from DESC, name`, [
        tenantId ?? ctx.tenantId,
      ]);
      return this.withItems(em, rows);
    });
  }

  byId(ctx: TenantContext, id: string): Promise<AssessmentSchemeView | null> {
    return this.transactions.run(ctx, async (em) => {
      const [row]: SchemeRow[] = await em.query(`SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE id = $1`, [id]);
      return (await this.withItems(em, row ? [row] : []))[0] ?? null;
    });
  }

  create(ctx: TenantContext, input: CreateSchemeInput): Promise<AssessmentSchemeView> {
    return this.transactions.run(ctx, async (em) => {
      const targetLevel = await this.targetLevel(em, ctx, input.targetLevel);
      const template = input.items ? null : districtTemplate(input.name);
      const scheme = validateScheme({
        name: input.name.trim(),
        totalPoints: input.totalPoints ?? template?.totalPoints ?? Number.NaN,
        items: template?.items ?? input.items!.map(itemOf),
        grades: input.grades ?? DEFAULT_GRADE_THRESHOLDS,
      });
      const period = periodOf(input.period);
      const range = periodRange(period);
      await this.refuseOverlap(em, ctx, scheme.name, range, null);
      const id = randomUUID();
      const now = this.clock.now();
      await em.query(
        `INSERT INTO ${ASSESSMENT_SCHEMA}.schemes
           (tenant_id, id, tenant_path, name, period_kind, period_from, period_to, target_level, total_points, grade_bands, state, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'DRAFT', $11, $11)`,
        [ctx.tenantId, id, ctx.tenantPath, scheme.name, period.kind, range.start, range.end, targetLevel, scheme.totalPoints, JSON.stringify(scheme.grades), now],
      );
      await this.insertItems(em, ctx, id, scheme.items);
      const created = await this.own(em, ctx, id, false);
      await audit(em, ASSESSMENT_SCHEMA, { action: 'scheme.create', entity: 'scheme', entityId: id, after: created });
      return created;
    });
  }

  update(ctx: TenantContext, input: UpdateSchemeInput): Promise<AssessmentSchemeView> {
    return this.transactions.run(ctx, async (em) => {
      const before = await this.lockDraft(em, ctx, input.id, input.version, '不能修改');
      const period = input.period ? periodOf(input.period) : storedPeriod(before.periodKind, before.periodFrom, before.periodTo);
      const range = periodRange(period);
      const scheme = validateScheme({
        name: input.name?.trim() ?? before.name,
        totalPoints: input.totalPoints ?? before.totalPoints,
        items: input.items ? input.items.map(itemOf) : before.stored,
        grades: input.grades ?? before.grades,
      });
      await this.refuseOverlap(em, ctx, scheme.name, range, before.id);
      await em.query(
        `UPDATE ${ASSESSMENT_SCHEMA}.schemes SET name = $3, period_kind = $4, period_from = $5, period_to = $6, total_points = $7, grade_bands = $8,
                updated_at = $9, version = version + 1
          WHERE tenant_id = $1 AND id = $2`,
        [ctx.tenantId, before.id, scheme.name, period.kind, range.start, range.end, scheme.totalPoints, JSON.stringify(scheme.grades), this.clock.now()],
      );
      if (input.items) {
        // Manual points of items that keep their code survive a change of the items.
        const kept: { id: string; code: string }[] = await em.query(`SELECT id, code FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1`, [before.id]);
        const codes = new Set(scheme.items.map((item) => item.code));
        await em.query(`DELETE FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1 AND NOT (code = ANY($2::text[]))`, [before.id, [...codes]]);
        // The kept rows move past the new ordinals first, so that no two rows ever share one (the
        // ordinal is unique per scheme, and positive) while they are numbered again.
        await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.scheme_items SET ordinal = ordinal + $2 WHERE scheme_id = $1`, [before.id, scheme.items.length]);
        for (const [i, item] of scheme.items.entries()) {
          const existing = kept.find((k) => k.code === item.code);
          if (existing) {
            await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.scheme_items SET ordinal = $2, name = $3, kind = $4, points = $5, indicator = $6, rule = $7 WHERE id = $1`, [
              existing.id,
              i + 1,
              ...this.itemColumns(item),
            ]);
          } else {
            await this.insertItems(em, ctx, before.id, [item], i + 1);
          }
        }
      }
      const after = await this.own(em, ctx, before.id, false);
      await audit(em, ASSESSMENT_SCHEMA, { action: 'scheme.update', entity: 'scheme', entityId: before.id, before, after });
      return after;
    });
  }

  enterManualScore(ctx: TenantContext, input: ManualScoreInput): Promise<AssessmentSchemeView> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.own(em, ctx, input.schemeId, true);
      if (scheme.state === 'PUBLISHED') throw frozen('不能再评分');
      const item = scheme.stored.find((candidate) => candidate.code === input.itemCode);
      if (!item) throw notFound('考核项');
      if (item.rule.kind !== ScoringRuleKind.MANUAL) throw validation(`考核项“${item.name}”按指标计分，不能人工评分`, { itemCode: item.code });
      validateManualEntry(item.rule, { points: input.points, comment: input.comment, evidence: input.evidence });
      const [target] = await this.computation.targets(em, scheme, input.tenantId);
      if (!target) throw validation('该机构不是本考核方案的考核对象', { tenantId: input.tenantId });
      const [{ id: itemId }]: { id: string }[] = await em.query(`SELECT id FROM ${ASSESSMENT_SCHEMA}.scheme_items WHERE scheme_id = $1 AND code = $2`, [
        scheme.id,
        item.code,
      ]);
      const [before]: unknown[] = await em.query(`SELECT points::float8, comment, evidence FROM ${ASSESSMENT_SCHEMA}.manual_scores WHERE item_id = $1 AND target_tenant_id = $2`, [
        itemId,
        input.tenantId,
      ]);
      await em.query(
        `INSERT INTO ${ASSESSMENT_SCHEMA}.manual_scores (tenant_id, id, tenant_path, scheme_id, item_id, target_tenant_id, points, comment, evidence, assessor_id, assessor_name, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (item_id, target_tenant_id) DO UPDATE SET points = $7, comment = $8, evidence = $9, assessor_id = $10, assessor_name = $11, at = $12,
           version = manual_scores.version + 1`,
        [ctx.tenantId, randomUUID(), ctx.tenantPath, scheme.id, itemId, input.tenantId, input.points, input.comment.trim(), input.evidence, ctx.userId, ctx.username, this.clock.now()],
      );
      await audit(em, ASSESSMENT_SCHEMA, {
        action: 'scheme.manual_score',
        entity: 'manual_score',
        entityId: `${itemId}/${input.tenantId}`,
        before: before ?? undefined,
        after: { points: input.points, comment: input.comment, evidence: input.evidence },
      });
      return scheme;
    });
  }

  /** The results now, from the facts; for a published scheme, with its published totals and ranks beside them. */
  scores(ctx: TenantContext, schemeId: string): Promise<SchemeScoresView> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.visible(em, schemeId);
      const asOf = this.clock.today();
      const targets = await this.computation.compute(em, this.forScoring(scheme), asOf);
      const snapshot = await this.snapshotOf(em, scheme.id);
      if (snapshot) {
        for (const target of targets) {
          const then = snapshot.targets.find((t) => t.tenantId === target.tenantId);
          target.publishedTotal = then?.total ?? null;
          target.publishedRank = then?.rank ?? null;
        }
      }
      return { schemeId: scheme.id, asOf, targets };
    });
  }

  scoreFacts(ctx: TenantContext, input: ScoreFactsInput): Promise<FactReferenceView[]> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.visible(em, input.schemeId);
      const item = scheme.stored.find((candidate) => candidate.code === input.itemCode);
      if (!item) throw notFound('考核项');
      const [target] = await this.computation.targets(em, scheme, input.tenantId);
      if (!target) throw validation('该机构不是本考核方案的考核对象', { tenantId: input.tenantId });
      return this.computation.facts(em, this.forScoring(scheme), item, target, input.part, this.clock.today(), { first: input.first, after: input.after ?? null });
    });
  }

  /**
   * An indicator counted for the targets a scheme of the caller with this period and level would
   * have, as the scheme would count it, with the first facts of one part of each target.
   */
  async previewIndicator(ctx: TenantContext, input: IndicatorPreviewInput): Promise<IndicatorPreviewView> {
    const indicator = validateIndicator(indicatorOf(input.indicator));
    const period = periodRange(periodOf(input.period));
    return this.transactions.run(ctx, async (em) => {
      const targetLevel = await this.targetLevel(em, ctx, input.targetLevel);
      const asOf = this.clock.today();
      const scope = { tenantPath: ctx.tenantPath, targetLevel, period };
      const targets = await this.computation.preview(em, scope, indicator, input.part, asOf, input.factsPerTarget);
      return { indicator: indicatorView(indicator), periodFrom: period.start, periodTo: period.end, asOf, targets };
    });
  }

  /** Freezes the results as computed now into the scheme's snapshot (通报); every manual item must be scored. */
  publish(ctx: TenantContext, input: PublishSchemeInput): Promise<AssessmentSnapshotView> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.lockDraft(em, ctx, input.id, input.version, '不能重复通报');
      const asOf = this.clock.today();
      const targets = await this.computation.compute(em, this.forScoring(scheme), asOf);
      if (targets.length === 0) throw validation('本考核方案没有考核对象，不能通报');
      const pending = targets.filter((t) => t.total === null).map((t) => t.name);
      if (pending.length) throw validation(`尚有人工评分项未评分：${pending.join('、')}`, { pending });
      const now = this.clock.now();
      const snapshotId = randomUUID();
      await em.query(
        `INSERT INTO ${ASSESSMENT_SCHEMA}.snapshots (tenant_id, id, tenant_path, scheme_id, published_at, published_by, as_of, results)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [ctx.tenantId, snapshotId, ctx.tenantPath, scheme.id, now, ctx.username, asOf, JSON.stringify(targets)],
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
          now,
          JSON.stringify(targets.map((t) => ({ tenant_id: t.tenantId, total: t.total, rank: t.rank, grade: t.grade, items: t.items }))),
        ],
      );
      await em.query(`UPDATE ${ASSESSMENT_SCHEMA}.schemes SET state = 'PUBLISHED', published_at = $3, updated_at = $3, version = version + 1 WHERE tenant_id = $1 AND id = $2`, [
        ctx.tenantId,
        scheme.id,
        now,
      ]);
      await audit(em, ASSESSMENT_SCHEMA, { action: 'scheme.publish', entity: 'scheme', entityId: scheme.id, after: { snapshotId, asOf } });
      return (await this.snapshotOf(em, scheme.id))!;
    });
  }

  snapshot(ctx: TenantContext, schemeId: string): Promise<AssessmentSnapshotView | null> {
    return this.transactions.run(ctx, async (em) => {
      await this.visible(em, schemeId);
      return this.snapshotOf(em, schemeId);
    });
  }

  /** The scheme with its snapshot, for the export. */
  published(ctx: TenantContext, schemeId: string): Promise<{ scheme: AssessmentSchemeView; snapshot: AssessmentSnapshotView }> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.visible(em, schemeId);
      const snapshot = await this.snapshotOf(em, schemeId);
      if (!snapshot) throw validation('考核方案尚未通报，没有可导出的通报结果');
      return { scheme, snapshot };
    });
  }

  private async snapshotOf(em: EntityManager, schemeId: string): Promise<AssessmentSnapshotView | null> {
    const [row]: { id: string; schemeId: string; publishedAt: Date; publishedBy: string; asOf: string; results: TargetScoreView[] }[] = await em.query(
      `SELECT id, scheme_id AS "schemeId", published_at AS "publishedAt", published_by AS "publishedBy", as_of::text AS "asOf", results
         FROM ${ASSESSMENT_SCHEMA}.snapshots WHERE scheme_id = $1`,
      [schemeId],
    );
    return row ? { id: row.id, schemeId: row.schemeId, publishedAt: row.publishedAt, publishedBy: row.publishedBy, asOf: row.asOf, targets: row.results } : null;
  }

  private forScoring(scheme: StoredScheme): SchemeForScoring {
    return {
      id: scheme.id,
      tenantPath: scheme.tenantPath,
      targetLevel: scheme.targetLevel,
      period: { start: isoDate(scheme.periodFrom), end: isoDate(scheme.periodTo) },
      scheme: { name: scheme.name, totalPoints: scheme.totalPoints, items: scheme.stored, grades: scheme.grades },
    };
  }

  /** The level a scheme of the caller assesses: the one asked for, by default the level below the caller's own. */
  private async targetLevel(em: EntityManager, ctx: TenantContext, requested: string | null | undefined): Promise<string> {
    const [own]: { level: string }[] = await em.query(`SELECT level::text AS level FROM ${ASSESSMENT_SCHEMA}.jurisdictions WHERE tenant_id = $1`, [ctx.tenantId]);
    if (!own) throw notFound('本机构');
    // A township has no level below: its own is the one it can assess.
    const targetLevel = requested ?? NEXT_LEVEL[own.level] ?? own.level;
    // The own level assesses the own jurisdiction (the figures it reports upward); never a level above.
    if (LEVEL_DEPTH[targetLevel]! < LEVEL_DEPTH[own.level]!) throw validation('被考核的层级不能高于本机构', { targetLevel });
    return targetLevel;
  }

  /** A published scheme of the same name whose period overlaps is refused: one result per name and period. */
  private async refuseOverlap(em: EntityManager, ctx: TenantContext, name: string, range: { start: IsoDate; end: IsoDate }, except: string | null): Promise<void> {
    const others: { periodFrom: string; periodTo: string }[] = await em.query(
      `SELECT period_from::text AS "periodFrom", period_to::text AS "periodTo" FROM ${ASSESSMENT_SCHEMA}.schemes
        WHERE tenant_id = $1 AND name = $2 AND state = 'PUBLISHED' AND id IS DISTINCT FROM $3::uuid`,
      [ctx.tenantId, name, except],
    );
    const clash = others.find((o) => periodsOverlap(range, { start: isoDate(o.periodFrom), end: isoDate(o.periodTo) }));
    if (clash) throw validation(`考核期与已通报的同名方案（${clash.periodFrom} 至 ${clash.periodTo}）重叠`, { periodFrom: clash.periodFrom, periodTo: clash.periodTo });
  }

  private async lockDraft(em: EntityManager, ctx: TenantContext, id: string, version: number, what: string): Promise<StoredScheme> {
    const scheme = await this.own(em, ctx, id, true);
    if (scheme.state === 'PUBLISHED') throw frozen(what);
    if (scheme.version !== version) throw conflict(`考核方案已被他人修改（当前版本 ${scheme.version}，提交的版本 ${version}），请刷新后重试`);
    return scheme;
  }

  /** One of the caller's own schemes (an ancestor reads a child's and may not write it). */
  private async own(em: EntityManager, ctx: TenantContext, id: string, lock: boolean): Promise<StoredScheme> {
    const [row]: SchemeRow[] = await em.query(`SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [
      ctx.tenantId,
      id,
    ]);
    if (!row) throw notFound('考核方案');
    return (await this.withItems(em, [row]))[0]!;
  }

  private async visible(em: EntityManager, id: string): Promise<StoredScheme> {
    const [row]: SchemeRow[] = await em.query(`SELECT ${SCHEME_COLUMNS} FROM ${ASSESSMENT_SCHEMA}.schemes WHERE id = $1`, [id]);
    if (!row) throw notFound('考核方案');
    return (await this.withItems(em, [row]))[0]!;
  }

  /** The schemes with their items, in one query for all of them. */
  private async withItems(em: EntityManager, rows: readonly SchemeRow[]): Promise<StoredScheme[]> {
    if (rows.length === 0) return [];
    const items: (Pick<SchemeItem, 'code' | 'name' | 'kind' | 'points' | 'indicator'> & { schemeId: string; rule: Record<string, unknown> })[] = await em.query(
      `SELECT scheme_id AS "schemeId", code, name, kind, points::float8 AS points, indicator, rule FROM ${ASSESSMENT_SCHEMA}.scheme_items
        WHERE scheme_id = ANY($1::uuid[]) ORDER BY scheme_id, ordinal`,
      [rows.map((row) => row.id)],
    );
    const bySchemes = groupBy(items, (item) => item.schemeId);
    return rows.map((row) =>
      this.view(
        row,
        (bySchemes.get(row.id) ?? []).map(({ schemeId: _schemeId, rule, ...item }) => {
          const { scoring, ...bounds } = rule as { scoring: SchemeItem['rule'] } & Pick<SchemeItem, 'minDenominator' | 'belowMinimum' | 'cap' | 'floor'>;
          return { ...item, rule: scoring, ...bounds };
        }),
      ),
    );
  }

  /** The item's columns after its ordinal: name, kind, points, indicator, rule (with its bounds and minimum). */
  private itemColumns(item: SchemeItem): unknown[] {
    const { code: _code, name, kind, points, indicator, rule, ...bounds } = item;
    return [name, kind, points, indicator ? JSON.stringify(indicator) : null, JSON.stringify({ scoring: rule, ...bounds })];
  }

  private async insertItems(em: EntityManager, ctx: TenantContext, schemeId: string, items: readonly SchemeItem[], ordinal?: number): Promise<void> {
    for (const [i, item] of items.entries()) {
      await em.query(
        `INSERT INTO ${ASSESSMENT_SCHEMA}.scheme_items (tenant_id, id, tenant_path, scheme_id, code, ordinal, name, kind, points, indicator, rule)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [ctx.tenantId, randomUUID(), ctx.tenantPath, schemeId, item.code, ordinal ?? i + 1, ...this.itemColumns(item)],
      );
    }
  }

  private view(row: SchemeRow, items: SchemeItem[]): StoredScheme {
    return {
      id: row.id,
      tenantId: row.tenantId,
      tenantPath: row.tenantPath,
      name: row.name,
      periodKind: row.periodKind,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      periodLabel: periodLabel(storedPeriod(row.periodKind, row.periodFrom, row.periodTo)),
      targetLevel: row.targetLevel,
      totalPoints: Number(row.totalPoints),
      grades: row.grades,
      state: row.state,
      publishedAt: row.publishedAt,
      version: row.version,
      items: items.map(itemView),
      stored: items,
    };
  }
}

