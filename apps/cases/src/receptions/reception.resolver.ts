import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { PageArgs, requestLoader } from '#common/graphql';
import { ReceptionService } from './reception.service.js';
import { RESOLVED_RULE, resolutionRate, type CaseTally } from './domain/reception-tally.js';
import { LeaderReceptionStatistics, Reception, ReceptionConnection } from './dto/reception.types.js';
import { ReceptionFilter, ReceptionStatisticsArgs, ScheduleReceptionInput } from './dto/reception.inputs.js';

/** One query for the case figures of every reception in the response. */
function tallyLoader(receptions: ReceptionService, ctx: TenantContext, request: object) {
  return requestLoader<string, CaseTally>(request, 'receptionTally', (ids) => receptions.tallies(ctx, ids));
}

@Resolver(() => Reception)
export class ReceptionResolver {
  constructor(private readonly service: ReceptionService) {}

  @Query(() => Reception, { description: '本辖区内的一次领导接访活动' })
  @AnyRole()
  reception(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.reception(ctx, id);
  }

  @Query(() => ReceptionConnection, { description: '本机构及下级机构的领导接访活动（按日期由近及远）' })
  @AnyRole()
  receptions(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ReceptionFilter, nullable: true }) filter?: ReceptionFilter,
  ) {
    return this.service.receptions(ctx, filter ?? {}, page);
  }

  @Query(() => [LeaderReceptionStatistics], { description: `领导接访统计：统计期内每位领导的接访次数、事项数、人次、化解件数与化解率。化解：${RESOLVED_RULE}` })
  @AnyRole()
  receptionStatistics(@CurrentContext() ctx: TenantContext, @Args() args: ReceptionStatisticsArgs) {
    return this.service.statistics(ctx, args.from, args.to, args.tenantId);
  }

  @Mutation(() => Reception, { description: '安排本机构领导的接访日；同一领导同一天只能安排一次' })
  @Roles(Role.REGISTRAR, Role.LEADER, Role.TENANT_ADMIN)
  scheduleReception(@CurrentContext() ctx: TenantContext, @Args('input') input: ScheduleReceptionInput) {
    return this.service.scheduleReception(ctx, input);
  }

  @ResolveField(() => Int, { description: '接待登记的信访事项数' })
  async caseCount(@Parent() reception: Reception, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return (await tallyLoader(this.service, ctx, request).load(reception.id))!.caseCount;
  }

  @ResolveField(() => Int, { description: '接待人次（各事项信访人数之和）' })
  async personCount(@Parent() reception: Reception, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return (await tallyLoader(this.service, ctx, request).load(reception.id))!.personCount;
  }

  @ResolveField(() => Int, { description: `化解件数。化解：${RESOLVED_RULE}` })
  async resolvedCount(@Parent() reception: Reception, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return (await tallyLoader(this.service, ctx, request).load(reception.id))!.resolvedCount;
  }

  @ResolveField(() => Float, { nullable: true, description: `化解率 = 化解件数 ÷ 事项数（0–1；无事项时为空）。化解：${RESOLVED_RULE}` })
  async resolutionRate(@Parent() reception: Reception, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const tally = (await tallyLoader(this.service, ctx, request).load(reception.id))!;
    return resolutionRate(tally.resolvedCount, tally.caseCount);
  }
}
