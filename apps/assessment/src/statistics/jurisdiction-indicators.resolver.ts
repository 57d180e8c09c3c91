import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { AssessmentPeriodInput } from '../schemes/dto/scheme.inputs.js';
import { IndicatorValueView } from './dto/indicator-value.type.js';
import { IndicatorQueriesService } from './indicator-queries.service.js';

/** Who reads the statistics' indicators, on the page and in the file. */
export const INDICATOR_READERS = [Role.LEADER, Role.SUPERVISOR, Role.ASSESSOR, Role.TENANT_ADMIN];

/** 统计分析: the rates and visit counts of a jurisdiction, by the assessment's own definitions. */
@Resolver()
export class JurisdictionIndicatorsResolver {
  constructor(private readonly indicators: IndicatorQueriesService) {}

  @Query(() => [IndicatorValueView], {
    description:
      '辖区统计指标：及时受理率、按期办结率、群众参评率、参评满意率、初信初访一次性化解率、集体访和越级访批次人次及同比，按问题属地、按考核指标库的定义计算',
  })
  @Roles(...INDICATOR_READERS)
  jurisdictionIndicators(
    @CurrentContext() ctx: TenantContext,
    @Args('period', { type: () => AssessmentPeriodInput, description: '统计期' }) period: AssessmentPeriodInput,
    @Args('tenantId', { type: () => ID, nullable: true, description: '本辖区内的机构；默认本机构' }) tenantId?: string | null,
  ): Promise<IndicatorValueView[]> {
    return this.indicators.values(ctx, period, tenantId);
  }
}
