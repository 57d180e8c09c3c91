import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import { forbidden } from '#common/errors';
import type { TenantContext } from '#common/tenancy';
import { Tenant } from '../jurisdictions/dto/tenant.type.js';
import { INDICATOR_LIBRARY, validateIndicator } from './domain/index.js';
import {
  AssessmentPeriodInput,
  CreateSchemeInput,
  IndicatorInput,
  IndicatorPreviewInput,
  ManualScoreInput,
  PublishSchemeInput,
  ScoreFactsInput,
  UpdateSchemeInput,
} from './dto/scheme.inputs.js';
import {
  AssessmentResultView,
  AssessmentSchemeView,
  AssessmentSnapshotView,
  FactReferenceView,
  IndicatorCatalogView,
  IndicatorPreviewView,
  IndicatorView,
  SchemeScoresView,
} from './dto/scheme.types.js';
import { SchemeQueriesService } from './scheme-queries.service.js';
import { indicatorCatalog, indicatorOf, indicatorView } from './scheme-mapping.js';
import { SchemesService } from './schemes.service.js';

/** Who writes schemes and scores. */
export const ASSESSORS = [Role.ASSESSOR, Role.TENANT_ADMIN];
/** Who may read them besides. */
export const READERS = [...ASSESSORS, Role.LEADER, Role.SUPERVISOR];

/** 考核: schemes, their items and indicators, results, drill-down and publication (the ranking file is an HTTP download). */
@Resolver(() => AssessmentSchemeView)
export class SchemeResolver {
  constructor(
    private readonly schemes: SchemesService,
    private readonly queries: SchemeQueriesService,
  ) {}

  @Query(() => [IndicatorView], { description: '指标库：可直接选用的指标定义及其公式' })
  @Roles(...READERS)
  indicatorLibrary(): IndicatorView[] {
    return INDICATOR_LIBRARY.map(indicatorView);
  }

  @Query(() => IndicatorCatalogView, { description: '自定义指标的词汇：各事实来源可用的字段、运算和取值，各指标类型可用的计分规则' })
  @Roles(...READERS)
  indicatorCatalog(): IndicatorCatalogView {
    return indicatorCatalog();
  }

  @Query(() => IndicatorView, { description: '核验自定义指标并给出其公式；不合规时报 VALIDATION，指明出错的字段' })
  @Roles(...READERS)
  checkIndicator(@Args('indicator', { type: () => IndicatorInput }) indicator: IndicatorInput): IndicatorView {
    return indicatorView(validateIndicator(indicatorOf(indicator)));
  }

  @Query(() => IndicatorPreviewView, {
    description: '预览指标：按新建考核方案的口径计算各考核对象的分子、分母和指标值，列出计入的事实（与方案计分同一套 SQL）',
  })
  @Roles(...ASSESSORS)
  previewIndicator(@CurrentContext() ctx: TenantContext, @Args('input') input: IndicatorPreviewInput): Promise<IndicatorPreviewView> {
    return this.queries.previewIndicator(ctx, input);
  }

  @Query(() => [AssessmentSchemeView], { description: '考核方案：本机构的，或本辖区内指定机构的；考核期由近及远' })
  @Roles(...READERS)
  assessmentSchemes(
    @CurrentContext() ctx: TenantContext,
    @Args('tenantId', { type: () => ID, nullable: true, description: '机构；默认本机构' }) tenantId?: string | null,
  ): Promise<AssessmentSchemeView[]> {
    return this.queries.list(ctx, tenantId);
  }

  @Query(() => AssessmentSchemeView, { nullable: true, description: '一个考核方案；不存在或不在本辖区内为空' })
  @Roles(...READERS)
  assessmentScheme(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string): Promise<AssessmentSchemeView | null> {
    return this.queries.byId(ctx, id);
  }

  @Query(() => SchemeScoresView, { description: '考核结果：按事实实时计算的各项得分、总分、名次和等次；已通报的另列通报时的总分和名次' })
  @Roles(...READERS)
  scores(@CurrentContext() ctx: TenantContext, @Args('schemeId', { type: () => ID }) schemeId: string): Promise<SchemeScoresView> {
    return this.queries.scores(ctx, schemeId);
  }

  @Query(() => [FactReferenceView], { description: '下钻：一个机构一个考核项计入分子（或分母、上年同期）的信访事项、任务、督办单、会议或辖区' })
  @Roles(...READERS)
  scoreFacts(@CurrentContext() ctx: TenantContext, @Args('input') input: ScoreFactsInput): Promise<FactReferenceView[]> {
    return this.queries.scoreFacts(ctx, input);
  }

  @Query(() => AssessmentSnapshotView, { nullable: true, description: '通报：方案通报时冻结的结果；未通报为空' })
  @Roles(...READERS)
  assessmentSnapshot(@CurrentContext() ctx: TenantContext, @Args('schemeId', { type: () => ID }) schemeId: string): Promise<AssessmentSnapshotView | null> {
    return this.queries.snapshot(ctx, schemeId);
  }

  @Mutation(() => AssessmentSchemeView, { description: '新建考核方案；不给考核项时取区（县）模板' })
  @Roles(...ASSESSORS)
  createAssessmentScheme(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateSchemeInput): Promise<AssessmentSchemeView> {
    return this.schemes.create(ctx, input);
  }

  @Mutation(() => AssessmentSchemeView, { description: '修改草稿状态的考核方案' })
  @Roles(...ASSESSORS)
  updateAssessmentScheme(@CurrentContext() ctx: TenantContext, @Args('input') input: UpdateSchemeInput): Promise<AssessmentSchemeView> {
    return this.schemes.update(ctx, input);
  }

  @Mutation(() => AssessmentSchemeView, { description: '人工评分：为考核对象的人工评分项打分（附说明和佐证）' })
  @Roles(...ASSESSORS)
  enterManualScore(@CurrentContext() ctx: TenantContext, @Args('input') input: ManualScoreInput): Promise<AssessmentSchemeView> {
    return this.schemes.enterManualScore(ctx, input);
  }

  @Mutation(() => AssessmentSnapshotView, { description: '通报：冻结考核结果，此后的事实不再改变通报结果' })
  @Roles(...ASSESSORS)
  publishAssessmentScheme(@CurrentContext() ctx: TenantContext, @Args('input') input: PublishSchemeInput): Promise<AssessmentSnapshotView> {
    return this.schemes.publish(ctx, input);
  }
}

/** What assessment adds to the directory's `Tenant`: its published results. */
@Resolver(() => Tenant)
export class TenantResultsResolver {
  constructor(private readonly queries: SchemeQueriesService) {}

  /** No guard runs on a field of an entity: the readers' roles are checked here, row-level security does the rest. */
  @ResolveField(() => [AssessmentResultView], { description: '本机构在上级考核中已通报的结果，考核期与所给期间重叠的' })
  assessmentResults(
    @Parent() tenant: Tenant,
    @CurrentContext() ctx: TenantContext,
    @Args('period', { type: () => AssessmentPeriodInput }) period: AssessmentPeriodInput,
  ): Promise<AssessmentResultView[]> {
    if (!ctx.roles.some((role) => READERS.includes(role))) throw forbidden();
    return this.queries.resultsOf(ctx, tenant.id, period);
  }
}
