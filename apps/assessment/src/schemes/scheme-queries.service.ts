import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#common/clock';
import { notFound, validation } from '#common/errors';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import { periodRange, targetLevelOf, validateIndicator } from './domain/index.js';
import type { AssessmentPeriodInput, IndicatorPreviewInput, ScoreFactsInput } from './dto/scheme.inputs.js';
import type {
  AssessmentResultView,
  AssessmentSchemeView,
  AssessmentSnapshotView,
  FactReferenceView,
  IndicatorPreviewView,
  SchemeScoresView,
} from './dto/scheme.types.js';
import { SchemeStore } from './scheme.store.js';
import { ScoreComputation } from './score-computation.js';
import { COUNTING } from './score.store.js';
import { type StoredScheme, indicatorOf, indicatorView, periodOf, schemeForScoring, schemeView } from './scheme-mapping.js';

/** 考核 as read: schemes, their results now and as published, drill-down, previews, a tenant's results. */
@Injectable()
export class SchemeQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly schemes: SchemeStore,
    private readonly jurisdictions: JurisdictionStore,
    private readonly computation: ScoreComputation,
    private readonly clock: Clock,
  ) {}

  list(ctx: TenantContext, tenantId: string | null | undefined): Promise<AssessmentSchemeView[]> {
    return this.transactions.run(ctx, async (em) => (await this.schemes.list(em, tenantId ?? ctx.tenantId)).map(schemeView));
  }

  byId(ctx: TenantContext, id: string): Promise<AssessmentSchemeView | null> {
    return this.transactions.run(ctx, async (em) => {
      const record = await this.schemes.byId(em, id);
      return record ? schemeView(record) : null;
    });
  }

  /** The results now, from the facts; for a published scheme, with its published totals and ranks beside them. */
  scores(ctx: TenantContext, schemeId: string): Promise<SchemeScoresView> {
    return this.transactions.run(
      ctx,
      async (em) => {
        const scheme = await this.visible(em, schemeId);
        const asOf = this.clock.today();
        const targets = await this.computation.compute(em, schemeForScoring(scheme), asOf);
        const snapshot = await this.schemes.snapshot(em, scheme.id);
        if (snapshot) {
          for (const target of targets) {
            const then = snapshot.targets.find((t) => t.tenantId === target.tenantId);
            target.publishedTotal = then?.total ?? null;
            target.publishedRank = then?.rank ?? null;
          }
        }
        return { schemeId: scheme.id, asOf, targets };
      },
      COUNTING,
    );
  }

  scoreFacts(ctx: TenantContext, input: ScoreFactsInput): Promise<FactReferenceView[]> {
    return this.transactions.run(
      ctx,
      async (em) => {
        const scheme = await this.visible(em, input.schemeId);
        const item = scheme.stored.find((candidate) => candidate.code === input.itemCode);
        if (!item) throw notFound('考核项');
        const [target] = await this.computation.targets(em, scheme, input.tenantId);
        if (!target) throw validation('该机构不是本考核方案的考核对象', { tenantId: input.tenantId });
        return this.computation.facts(em, schemeForScoring(scheme), item, target, input.part, this.clock.today(), {
          first: input.first,
          after: input.after ?? null,
        });
      },
      COUNTING,
    );
  }

  /**
   * An indicator counted for the targets a scheme of the caller with this period and level would
   * have, as the scheme would count it, with the first facts of one part of each target.
   */
  async previewIndicator(ctx: TenantContext, input: IndicatorPreviewInput): Promise<IndicatorPreviewView> {
    const indicator = validateIndicator(indicatorOf(input.indicator));
    const period = periodRange(periodOf(input.period));
    return this.transactions.run(
      ctx,
      async (em) => {
        const targetLevel = targetLevelOf(await this.jurisdictions.levelOf(em, ctx.tenantId), input.targetLevel);
        const asOf = this.clock.today();
        const scope = { tenantPath: ctx.tenantPath, targetLevel, period };
        const targets = await this.computation.preview(em, scope, indicator, input.part, asOf, input.factsPerTarget);
        return { indicator: indicatorView(indicator), periodFrom: period.start, periodTo: period.end, asOf, targets };
      },
      COUNTING,
    );
  }

  snapshot(ctx: TenantContext, schemeId: string): Promise<AssessmentSnapshotView | null> {
    return this.transactions.run(ctx, async (em) => {
      await this.visible(em, schemeId);
      return this.schemes.snapshot(em, schemeId);
    });
  }

  /** The scheme with its snapshot, for the export. */
  published(ctx: TenantContext, schemeId: string): Promise<{ scheme: AssessmentSchemeView; snapshot: AssessmentSnapshotView }> {
    return this.transactions.run(ctx, async (em) => {
      const scheme = await this.visible(em, schemeId);
      const snapshot = await this.schemes.snapshot(em, schemeId);
      if (!snapshot) throw validation('考核方案尚未通报，没有可导出的通报结果');
      return { scheme, snapshot };
    });
  }

  /** A tenant's published results (its lines of the snapshots of the schemes that assessed it). */
  resultsOf(ctx: TenantContext, tenantId: string, period: AssessmentPeriodInput): Promise<AssessmentResultView[]> {
    const range = periodRange(periodOf(period));
    return this.transactions.run(ctx, (em) => this.schemes.resultsOf(em, tenantId, range));
  }

  private async visible(em: EntityManager, id: string): Promise<StoredScheme> {
    const record = await this.schemes.byId(em, id);
    if (!record) throw notFound('考核方案');
    return schemeView(record);
  }
}
