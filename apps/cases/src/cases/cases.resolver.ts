import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Public, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { PageArgs, requestLoader, byKeys, grouped, type RequestContext } from '#common/graphql';
import { unauthenticated } from '#common/errors';
import { CaseQueriesService } from './case-queries.service.js';
import { CaseEnding, caseEnding, isCollective } from './domain/index.js';
import { LifecycleService } from './lifecycle.service.js';
import { RegistrationService } from './registration.service.js';
import type { CaseEntity, CaseOpinionEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './entities/index.js';
import { Case, CaseConnection, CaseCount, CaseOpinion, CaseStageClock, CaseTransition, Petitioner, RepeatCandidate } from './dto/case.types.js';
import { CaseCountBasis, CaseFilter, CaseGrouping, PeriodInput, RepeatCandidatesInput } from './dto/case-filter.input.js';
import {
  CaseChangeInput,
  CloseCaseInput,
  DecideCaseInput,
  DecideReviewInput,
  DeclineCaseInput,
  ExtendCaseInput,
  RateByTokenInput,
  RateCaseInput,
  ReasonedCaseInput,
  RecordHearingInput,
  RegisterCaseInput,
  RouteCaseInput,
  SendBackCaseInput,
} from './dto/case.inputs.js';

/** Registration and every step of the lifecycle, one mutation each. */
@Resolver(() => Case)
export class CaseMutationsResolver {
  constructor(
    private readonly registration: RegistrationService,
    private readonly lifecycle: LifecycleService,
  ) {}

  @Mutation(() => Case, { description: '登记信访事项' })
  @Roles(Role.REGISTRAR)
  registerCase(@CurrentContext() ctx: TenantContext, @Args('input') input: RegisterCaseInput) {
    return this.registration.register(ctx, input);
  }

  @Mutation(() => Case, { description: '转送、交办：给本机构的单位或本辖区内的下级机构' })
  @Roles(Role.REGISTRAR)
  routeCase(@CurrentContext() ctx: TenantContext, @Args('input') input: RouteCaseInput) {
    return this.lifecycle.route(ctx, input);
  }

  @Mutation(() => Case, {
    description: '上报：本机构登记的事项不属于本机构职权、也不在本辖区内的，上报上一级机构，由其转送交办（本机构的转送期限停止，上一级机构的转送期限起算；上报后本机构不再可见该事项）',
  })
  @Roles(Role.REGISTRAR, Role.HANDLER)
  reportCaseUp(@CurrentContext() ctx: TenantContext, @Args('input') input: ReasonedCaseInput) {
    return this.lifecycle.reportUp(ctx, input);
  }

  @Mutation(() => Case, { description: '异议退回：不属于本机关职责范围，退回转送机关（签收后 5 个工作日内）' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  objectToCase(@CurrentContext() ctx: TenantContext, @Args('input') input: ReasonedCaseInput) {
    return this.lifecycle.object(ctx, input);
  }

  @Mutation(() => Case, { description: '签收' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  receiveCase(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.receive(ctx, input);
  }

  @Mutation(() => Case, { description: '受理' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  acceptCase(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.accept(ctx, input);
  }

  @Mutation(() => Case, { description: '不予受理（含导入诉讼、仲裁、复议等法定途径）' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  declineCase(@CurrentContext() ctx: TenantContext, @Args('input') input: DeclineCaseInput) {
    return this.lifecycle.decline(ctx, input);
  }

  @Mutation(() => Case, { description: '延期：只能一次，不超过 30 日，须经领导批准' })
  @Roles(Role.HANDLER, Role.LEADER, Role.REGISTRAR)
  extendCase(@CurrentContext() ctx: TenantContext, @Args('input') input: ExtendCaseInput) {
    return this.lifecycle.extend(ctx, input);
  }

  @Mutation(() => Case, { description: '记录听证：听证时间不计入复核期限' })
  @Roles(Role.HANDLER, Role.LEADER, Role.REGISTRAR)
  recordHearing(@CurrentContext() ctx: TenantContext, @Args('input') input: RecordHearingInput) {
    return this.lifecycle.recordHearing(ctx, input);
  }

  @Mutation(() => Case, { description: '出具信访处理意见书' })
  @Roles(Role.HANDLER, Role.LEADER)
  decideCase(@CurrentContext() ctx: TenantContext, @Args('input') input: DecideCaseInput) {
    return this.lifecycle.decide(ctx, input);
  }

  @Mutation(() => Case, { description: '答复送达（生成信访人评价链接）' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  deliverCase(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.deliver(ctx, input);
  }

  @Mutation(() => Case, { description: '报送办结报告（交办事项）' })
  @Roles(Role.HANDLER, Role.REGISTRAR)
  submitCompletionReport(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.submitCompletionReport(ctx, input);
  }

  @Mutation(() => Case, { description: '退回重办：交办机关不认可办结报告' })
  @Roles(Role.REGISTRAR, Role.SUPERVISOR)
  sendBackCase(@CurrentContext() ctx: TenantContext, @Args('input') input: SendBackCaseInput) {
    return this.lifecycle.sendBack(ctx, input);
  }

  @Mutation(() => Case, { description: '满意度评价（代信访人录入，只能评价一次）' })
  @Roles(Role.REGISTRAR)
  rateCase(@CurrentContext() ctx: TenantContext, @Args('input') input: RateCaseInput) {
    return this.lifecycle.rate(ctx, input);
  }

  @Mutation(() => Case, { description: '信访人通过评价链接评价（无需登录，链接只能使用一次）' })
  @Public()
  rateCaseByToken(@Args('input') input: RateByTokenInput) {
    return this.lifecycle.rateByToken(input, randomUUID());
  }

  @Mutation(() => Case, { description: '申请复查：由出具处理意见机关的上一级机关登记办理（收到处理意见后 30 日内）' })
  @Roles(Role.REGISTRAR)
  requestReview(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.requestReview(ctx, input);
  }

  @Mutation(() => Case, { description: '出具复查意见：原处理意见保留，并记录维持、变更或撤销' })
  @Roles(Role.HANDLER, Role.LEADER, Role.REGISTRAR)
  decideReview(@CurrentContext() ctx: TenantContext, @Args('input') input: DecideReviewInput) {
    return this.lifecycle.decideReview(ctx, input);
  }

  @Mutation(() => Case, { description: '申请复核：由复查机关的上一级机关登记办理（收到复查意见后 30 日内）' })
  @Roles(Role.REGISTRAR)
  requestReexamination(@CurrentContext() ctx: TenantContext, @Args('input') input: CaseChangeInput) {
    return this.lifecycle.requestReexamination(ctx, input);
  }

  @Mutation(() => Case, { description: '出具复核意见：信访事项终结，同一事实不再受理；复查意见保留，并记录维持、变更或撤销' })
  @Roles(Role.HANDLER, Role.LEADER, Role.REGISTRAR)
  decideReexamination(@CurrentContext() ctx: TenantContext, @Args('input') input: DecideReviewInput) {
    return this.lifecycle.decideReexamination(ctx, input);
  }

  @Mutation(() => Case, { description: '办结（撤回、调解化解、答复办结、期限届满未申请复查复核）' })
  @Roles(Role.REGISTRAR, Role.HANDLER)
  closeCase(@CurrentContext() ctx: TenantContext, @Args('input') input: CloseCaseInput) {
    return this.lifecycle.close(ctx, input);
  }
}

/** Reads of cases and the relations a list fans out to, batched per request. */
@Resolver(() => Case)
export class CaseResolver {
  constructor(private readonly queries: CaseQueriesService) {}

  @Query(() => Case, { description: '本辖区内的一件信访事项' })
  @AnyRole()
  case(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.case(ctx, id);
  }

  @Query(() => CaseConnection, { description: '本辖区内的信访事项（按条件筛选；查到期、超期时按期限排序，否则按登记时间倒序）' })
  @AnyRole()
  cases(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
  ) {
    return this.queries.cases(ctx, filter ?? {}, page);
  }

  @Query(() => [CaseCount], {
    description:
      '信访事项统计：按渠道、分类、内容分类、状态或下级辖区统计批次、人次与复查复核结果。口径 basis 默认为 HANDLING_OFFICE（按办理机构：本辖区当前办理、可查看的事项）；PROBLEM_JURISDICTION 按问题属地统计，与考核口径一致',
  })
  @AnyRole()
  caseStatistics(
    @CurrentContext() ctx: TenantContext,
    @Args('period') period: PeriodInput,
    @Args('groupBy', { type: () => CaseGrouping }) groupBy: CaseGrouping,
    @Args('basis', { type: () => CaseCountBasis, defaultValue: CaseCountBasis.HANDLING_OFFICE, description: '统计口径，默认按办理机构（HANDLING_OFFICE）' })
    basis: CaseCountBasis,
  ) {
    return this.queries.statistics(ctx, period, groupBy, basis);
  }

  @Query(() => [RepeatCandidate], { description: '重复信访查重：登记前查找本辖区内可能重复的事项，按可能性排序' })
  @Roles(Role.REGISTRAR)
  async repeatCandidates(@CurrentContext() ctx: TenantContext, @Args('input') input: RepeatCandidatesInput) {
    const rows = await this.queries.repeatCandidates(ctx, input);
    return rows.map(({ kase, ...rest }) => ({ case: kase, ...rest }));
  }

  @ResolveField(() => [Petitioner], { description: '信访人' })
  async petitioners(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, PetitionerEntity[]>(request, 'petitioners', async (ids) => grouped(ids, await this.queries.petitionersOf(ctx, ids), (row) => row.caseId));
    return (await loader.load(kase.id)) ?? [];
  }

  @ResolveField(() => [CaseStageClock], { description: '法定期限（各环节）' })
  async stages(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseStageEntity[]>(request, 'stages', async (ids) => grouped(ids, await this.queries.stagesOf(ctx, ids), (row) => row.caseId));
    return (await loader.load(kase.id)) ?? [];
  }

  @ResolveField(() => [CaseTransition], { description: '办理过程' })
  async timeline(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseTransitionEntity[]>(request, 'timeline', async (ids) => grouped(ids, await this.queries.timelinesOf(ctx, ids), (row) => row.caseId));
    return ((await loader.load(kase.id)) ?? []).map((t) => ({ ...t, details: JSON.stringify(t.details) }));
  }

  @ResolveField(() => [CaseOpinion], { description: '意见书：信访处理意见、复查意见、复核意见，按出具先后' })
  async opinions(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseOpinionEntity[]>(request, 'opinions', async (ids) => grouped(ids, await this.queries.opinionsOf(ctx, ids), (row) => row.caseId));
    return (await loader.load(kase.id)) ?? [];
  }

  @ResolveField(() => CaseEnding, { nullable: true, description: '办结方式；尚未办结为空（申诉求决类出具处理意见后即为“出具信访处理意见”，复查复核期间亦同）' })
  ending(@Parent() kase: CaseEntity) {
    return caseEnding(kase).ending;
  }

  @ResolveField(() => Boolean, { description: '已终结：经复核，或复查、复核申请期限届满未申请' })
  final(@Parent() kase: CaseEntity) {
    return caseEnding(kase).final;
  }

  @ResolveField(() => Boolean, { description: '集体访（5 人及以上）' })
  collective(@Parent() kase: CaseEntity) {
    return isCollective(kase.personCount);
  }

  @ResolveField(() => String, { nullable: true, description: '信访人评价凭证：仅在答复送达的返回结果中出现一次，评价后失效' })
  ratingToken(@Parent() kase: CaseEntity & { issuedRatingToken?: string }) {
    return kase.issuedRatingToken ?? null;
  }

  /** Guards do not run on references: the caller's context and row-level security decide. */
  @ResolveReference()
  resolveReference(reference: { id: string }, request: RequestContext) {
    if (!request.auth) throw unauthenticated();
    const ctx = request.auth;
    return requestLoader<string, CaseEntity>(request, 'case', async (ids) => byKeys(ids, await this.queries.casesByIds(ctx, ids), (c) => c.id)).load(
      reference.id,
    );
  }
}

@Resolver(() => Petitioner)
export class PetitionerResolver {
  constructor(private readonly queries: CaseQueriesService) {}

  @ResolveField(() => String, { nullable: true })
  idNumber(
    @Parent() petitioner: PetitionerEntity,
    @CurrentContext() ctx: TenantContext,
    @Args('reveal', { defaultValue: false, description: '查看完整号码（留痕）' }) reveal: boolean,
  ) {
    return reveal ? this.queries.revealPetitioner(ctx, petitioner, 'idNumber') : petitioner.idNumberMasked;
  }

  @ResolveField(() => String, { nullable: true })
  phone(
    @Parent() petitioner: PetitionerEntity,
    @CurrentContext() ctx: TenantContext,
    @Args('reveal', { defaultValue: false, description: '查看完整号码（留痕）' }) reveal: boolean,
  ) {
    return reveal ? this.queries.revealPetitioner(ctx, petitioner, 'phone') : petitioner.phoneMasked;
  }
}
