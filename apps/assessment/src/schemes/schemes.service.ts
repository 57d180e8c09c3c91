import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, isoDate } from '#common/calendar';
import { Clock } from '#common/clock';
import { AppError, ErrorCode, conflict, notFound, validation } from '#common/errors';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import {
  DEFAULT_GRADE_THRESHOLDS,
  ScoringRuleKind,
  districtTemplate,
  periodRange,
  periodsOverlap,
  targetLevelOf,
  validateManualEntry,
  validateScheme,
} from './domain/index.js';
import type { CreateSchemeInput, ManualScoreInput, PublishSchemeInput, UpdateSchemeInput } from './dto/scheme.inputs.js';
import type { AssessmentSchemeView, AssessmentSnapshotView } from './dto/scheme.types.js';
import { SchemeStore } from './scheme.store.js';
import { ScoreComputation } from './score-computation.js';
import { COUNTING } from './score.store.js';
import { type StoredScheme, itemOf, periodOf, schemeForScoring, schemeView, storedPeriod } from './scheme-mapping.js';

const frozen = (what: string) => new AppError(ErrorCode.PUBLISHED, `考核方案已通报，${what}（通报结果已冻结，不能更改）`);

/**
 * 考核方案: written by the assessing tenant's assessors while a draft, scored on demand from the
 * facts, published once into a snapshot (通报) that later facts never change.
 */
@Injectable()
export class SchemesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schemes: SchemeStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly computation: ScoreComputation,
    private readonly clock: Clock,
  ) {}

  create(ctx: TenantContext, input: CreateSchemeInput): Promise<AssessmentSchemeView> {
    return this.transactions.run(ctx, async (em) => {
      const targetLevel = targetLevelOf(await this.jurisdictions.levelOf(em, ctx.tenantId), input.targetLevel);
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
      await this.schemes.insert(em, ctx, id, { scheme, periodKind: period.kind, range }, targetLevel, scheme.items, this.clock.now());
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
      await this.schemes.update(em, ctx.tenantId, before.id, { scheme, periodKind: period.kind, range }, this.clock.now());
      if (input.items) await this.schemes.replaceItems(em, ctx, before.id, scheme.items);
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
      const itemId = await this.schemes.itemId(em, scheme.id, item.code);
      const before = await this.schemes.manualScore(em, itemId, input.tenantId);
      await this.schemes.saveManualScore(
        em,
        ctx,
        { schemeId: scheme.id, itemId, targetTenantId: input.tenantId, points: input.points, comment: input.comment.trim(), evidence: input.evidence },
        this.clock.now(),
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

  /** Freezes the results as computed now into the scheme's snapshot (通报); every manual item must be scored. */
  publish(ctx: TenantContext, input: PublishSchemeInput): Promise<AssessmentSnapshotView> {
    return this.transactions.run(
      ctx,
      async (em) => {
        const scheme = await this.lockDraft(em, ctx, input.id, input.version, '不能重复通报');
        const asOf = this.clock.today();
        const targets = await this.computation.compute(em, schemeForScoring(scheme), asOf);
        if (targets.length === 0) throw validation('本考核方案没有考核对象，不能通报');
        const pending = targets.filter((t) => t.total === null).map((t) => t.name);
        if (pending.length) throw validation(`尚有人工评分项未评分：${pending.join('、')}`, { pending });
        const snapshotId = randomUUID();
        await this.schemes.publish(em, ctx, scheme, { snapshotId, publishedAt: this.clock.now(), asOf, targets });
        await audit(em, ASSESSMENT_SCHEMA, { action: 'scheme.publish', entity: 'scheme', entityId: scheme.id, after: { snapshotId, asOf } });
        return (await this.schemes.snapshot(em, scheme.id))!;
      },
      COUNTING,
    );
  }

  /** A published scheme of the same name whose period overlaps is refused: one result per name and period. */
  private async refuseOverlap(
    em: EntityManager,
    ctx: TenantContext,
    name: string,
    range: { start: IsoDate; end: IsoDate },
    except: string | null,
  ): Promise<void> {
    const others = await this.schemes.publishedNamesakes(em, ctx.tenantId, name, except);
    const clash = others.find((o) => periodsOverlap(range, { start: isoDate(o.periodFrom), end: isoDate(o.periodTo) }));
    if (clash)
      throw validation(`考核期与已通报的同名方案（${clash.periodFrom} 至 ${clash.periodTo}）重叠`, { periodFrom: clash.periodFrom, periodTo: clash.periodTo });
  }

  private async lockDraft(em: EntityManager, ctx: TenantContext, id: string, version: number, what: string): Promise<StoredScheme> {
    const scheme = await this.own(em, ctx, id, true);
    if (scheme.state === 'PUBLISHED') throw frozen(what);
    if (scheme.version !== version) throw conflict(`考核方案已被他人修改（当前版本 ${scheme.version}，提交的版本 ${version}），请刷新后重试`);
    return scheme;
  }

  /** One of the caller's own schemes (an ancestor reads a child's and may not write it). */
  private async own(em: EntityManager, ctx: TenantContext, id: string, lock: boolean): Promise<StoredScheme> {
    const record = await this.schemes.own(em, ctx.tenantId, id, lock);
    if (!record) throw notFound('考核方案');
    return schemeView(record);
  }
}
