import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Public, ROLES_KEY, Role, Roles } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { PageArgs, requestLoader, byKeys, grouped, type RequestContext } from '#common/graphql';
import { unauthenticated } from '#common/errors';
import { CaseQueriesService, type OfficeRow } from './case-queries.service.js';
import type { UnitRow } from './case-lists.store.js';
import { CategoryService, type CategoryNode } from '../categories/category.service.js';
import { Category } from '../categories/dto/category.types.js';
import { Unit } from '../directory/dto/directory.types.js';
import { CaseAction, CaseEnding, caseEnding, isCollective, timelineDetails } from './domain/index.js';
import { STATUTORY_RULES } from '../clocks/domain/index.js';
import { LifecycleService } from './lifecycle.service.js';
import { RegistrationService } from './registration.service.js';
import type { CaseEntity, CaseOpinionEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './entities/index.js';
import {
  Case,
  CaseConnection,
  CaseBacklog,
  CaseCount,
  CaseOpinion,
  CaseStageClock,
  CaseTransition,
  OfficeRef,
  Petitioner,
  RepeatCandidate,
  RunningClock,
  StaffRef,
} from './dto/case.types.js';
import { CaseCountBasis, CaseFilter, CaseGrouping, CaseOrder, PeriodInput, RepeatCandidatesInput } from './dto/case-filter.input.js';
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
    description:
      '上报：本机构登记的事项不属于本机构职权、也不在本辖区内的，上报上一级机构，由其转送交办（本机构的转送期限停止，上一级机构的转送期限起算；上报后本机构不再可见该事项）',
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

  @Mutation(() => Case, { description: `延期：只能一次，不超过 ${STATUTORY_RULES.HANDLE.maxExtensionDays} 日，须经领导批准` })
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

/** The mutation of each step a user takes: its declared roles are who may take the step. */
const MUTATION_OF_ACTION: Readonly<Partial<Record<CaseAction, keyof CaseMutationsResolver>>> = {
  [CaseAction.ROUTE]: 'routeCase',
  [CaseAction.REPORT_UP]: 'reportCaseUp',
  [CaseAction.OBJECT]: 'objectToCase',
  [CaseAction.RECEIVE]: 'receiveCase',
  [CaseAction.ACCEPT]: 'acceptCase',
  [CaseAction.DECLINE]: 'declineCase',
  [CaseAction.EXTEND]: 'extendCase',
  [CaseAction.RECORD_HEARING]: 'recordHearing',
  [CaseAction.DECIDE]: 'decideCase',
  [CaseAction.DELIVER]: 'deliverCase',
  [CaseAction.SUBMIT_COMPLETION_REPORT]: 'submitCompletionReport',
  [CaseAction.SEND_BACK]: 'sendBackCase',
  [CaseAction.RATE]: 'rateCase',
  [CaseAction.REQUEST_REVIEW]: 'requestReview',
  [CaseAction.DECIDE_REVIEW]: 'decideReview',
  [CaseAction.REQUEST_REEXAMINATION]: 'requestReexamination',
  [CaseAction.DECIDE_REEXAMINATION]: 'decideReexamination',
  [CaseAction.CLOSE]: 'closeCase',
};

/** The roles declared on the mutation of `action` (none for a step no user takes). */
export function rolesForAction(action: CaseAction): readonly Role[] {
  const method = MUTATION_OF_ACTION[action];
  return method ? (Reflect.getMetadata(ROLES_KEY, CaseMutationsResolver.prototype[method]) ?? []) : [];
}

function officeLoader(queries: CaseQueriesService, ctx: TenantContext, request: object) {
  return requestLoader<string, OfficeRow>(request, 'caseOffice', async (ids) => byKeys(ids, await queries.officesByIds(ctx, ids), (o) => o.id));
}

function stagesLoader(queries: CaseQueriesService, ctx: TenantContext, request: object) {
  return requestLoader<string, CaseStageEntity[]>(request, 'stages', async (ids) => grouped(ids, await queries.stagesOf(ctx, ids), (row) => row.caseId));
}

function caseLoader(queries: CaseQueriesService, ctx: TenantContext, request: object) {
  return requestLoader<string, CaseEntity>(request, 'case', async (ids) => byKeys(ids, await queries.casesByIds(ctx, ids), (c) => c.id));
}

function loadOffice(queries: CaseQueriesService, ctx: TenantContext, request: object, id: string | null) {
  return id ? officeLoader(queries, ctx, request).load(id) : null;
}

/** Reads of cases and the relations a list fans out to, batched per request. */
@Resolver(() => Case)
export class CaseResolver {
  constructor(
    private readonly queries: CaseQueriesService,
    private readonly categories: CategoryService,
  ) {}

  @Query(() => Case, { description: '本辖区内的一件信访事项' })
  @AnyRole()
  case(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.case(ctx, id);
  }

  @Query(() => CaseConnection, { description: '本辖区内的信访事项（按条件筛选；按 orderBy 排序，未指定时查到期、超期按期限排序，否则按登记时间倒序）' })
  @AnyRole()
  cases(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
    @Args('orderBy', { type: () => CaseOrder, nullable: true }) orderBy?: CaseOrder,
  ) {
    return this.queries.cases(ctx, filter ?? {}, page, orderBy);
  }

  @Query(() => [CaseCount], {
    description:
      '信访事项统计：按渠道、分类、内容分类、状态、下级辖区或登记月份统计批次、人次与复查复核结果，可限定为本辖区内的某一下级辖区。口径 basis 默认为 HANDLING_OFFICE（按办理机构：本辖区当前办理、可查看的事项）；PROBLEM_JURISDICTION 按问题属地统计，与考核口径一致',
  })
  @AnyRole()
  caseStatistics(
    @CurrentContext() ctx: TenantContext,
    @Args('period') period: PeriodInput,
    @Args('groupBy', { type: () => CaseGrouping }) groupBy: CaseGrouping,
    @Args('basis', { type: () => CaseCountBasis, defaultValue: CaseCountBasis.HANDLING_OFFICE, description: '统计口径，默认按办理机构（HANDLING_OFFICE）' })
    basis: CaseCountBasis,
    @Args('jurisdictionId', { type: () => ID, nullable: true, description: '统计本辖区内的某一下级辖区；默认本机构辖区' }) jurisdictionId?: string | null,
  ) {
    return this.queries.statistics(ctx, period, groupBy, basis, jurisdictionId);
  }

  @Query(() => CaseBacklog, { description: '积存：统计期末尚未办理完毕的信访事项；口径与辖区同 caseStatistics' })
  @AnyRole()
  caseBacklog(
    @CurrentContext() ctx: TenantContext,
    @Args('period', { description: '统计期间；积存按其截止日期计' }) period: PeriodInput,
    @Args('basis', { type: () => CaseCountBasis, defaultValue: CaseCountBasis.HANDLING_OFFICE, description: '统计口径，默认按办理机构（HANDLING_OFFICE）' })
    basis: CaseCountBasis,
    @Args('jurisdictionId', { type: () => ID, nullable: true, description: '统计本辖区内的某一下级辖区；默认本机构辖区' }) jurisdictionId?: string | null,
  ) {
    return this.queries.backlog(ctx, period, basis, jurisdictionId);
  }

  @Query(() => [RepeatCandidate], { description: '重复信访查重：登记前查找本辖区内可能重复的事项，按可能性排序' })
  @Roles(Role.REGISTRAR)
  async repeatCandidates(@CurrentContext() ctx: TenantContext, @Args('input') input: RepeatCandidatesInput) {
    const rows = await this.queries.repeatCandidates(ctx, input);
    return rows.map(({ kase, ...rest }) => ({ case: kase, ...rest }));
  }

  @Query(() => [StaffRef], { description: '可批准本事项延期的领导：办理机构的领导（与延期的校验一致）' })
  @Roles(Role.HANDLER, Role.LEADER, Role.REGISTRAR)
  extensionApprovers(@CurrentContext() ctx: TenantContext, @Args('caseId', { type: () => ID }) caseId: string) {
    return this.queries.extensionApprovers(ctx, caseId);
  }

  @ResolveField(() => Case, { nullable: true, description: '重复信访：所重复的信访事项（本辖区以外的为空）' })
  repeatOf(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return kase.repeatOfId ? caseLoader(this.queries, ctx, request).load(kase.repeatOfId) : null;
  }

  @ResolveField(() => [Case], { description: '重复本事项的信访事项（本辖区内的），按登记先后' })
  async repeats(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseEntity[]>(request, 'repeats', async (ids) =>
      grouped(ids, await this.queries.repeatsOf(ctx, ids), (row) => row.repeatOfId!),
    );
    return (await loader.load(kase.id)) ?? [];
  }

  @ResolveField(() => [Petitioner], { description: '信访人' })
  async petitioners(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, PetitionerEntity[]>(request, 'petitioners', async (ids) =>
      grouped(ids, await this.queries.petitionersOf(ctx, ids), (row) => row.caseId),
    );
    return (await loader.load(kase.id)) ?? [];
  }

  @ResolveField(() => Int, {
    description: `办理期限一次延期的最多天数（《信访工作条例》${STATUTORY_RULES.HANDLE.article}）`,
  })
  extensionLimitDays(): number {
    return STATUTORY_RULES.HANDLE.maxExtensionDays ?? 0;
  }

  @ResolveField(() => [CaseStageClock], { description: '法定期限（各环节）' })
  async stages(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return (await stagesLoader(this.queries, ctx, request).load(kase.id)) ?? [];
  }

  @ResolveField(() => [RunningClock], { description: '正在计算的法定期限及剩余（逾期）天数，期限最近的在前；工作台据此显示“剩N天”“逾期N天”与临期提醒' })
  async runningClocks(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const stages = (await stagesLoader(this.queries, ctx, request).load(kase.id)) ?? [];
    const owners = [...new Set(stages.filter((s) => s.stoppedOn === null).map((s) => s.ownerTenantId))];
    const loader = requestLoader<string, number[]>(request, 'reminderLeadDays', async (ids) => {
      const leads = await this.queries.reminderLeadDaysOf(ctx, ids);
      return ids.map((id) => leads.get(id) ?? null);
    });
    const leads = await loader.loadMany(owners);
    return this.queries.runningClocks(stages, new Map(owners.map((owner, i) => [owner, Array.isArray(leads[i]) ? (leads[i] as number[]) : []])));
  }

  @ResolveField(() => [CaseAction], {
    description: '当前用户现在可以对本事项执行的操作：依办理环节表、各环节的前提条件、办理机构规则与操作所需角色计算，与服务端的校验一致',
  })
  async availableActions(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const stages = (await stagesLoader(this.queries, ctx, request).load(kase.id)) ?? [];
    const named = [kase.handlingTenantId, kase.decidingTenantId, kase.reviewTenantId].filter((id): id is string => id !== null);
    const offices = (await officeLoader(this.queries, ctx, request).loadMany(named)).filter((o): o is OfficeRow => o !== null && !(o instanceof Error));
    return this.queries
      .availableActions(ctx, kase, stages, new Map(offices.map((o) => [o.id, o])))
      .filter((action) => rolesForAction(action).some((role) => ctx.roles.includes(role)));
  }

  @ResolveField(() => OfficeRef, { nullable: true, description: '当前办理机构' })
  handlingTenant(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, kase.handlingTenantId);
  }

  @ResolveField(() => OfficeRef, { nullable: true, description: '登记机构（本机构上下级链以外的为空）' })
  registeringTenant(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, kase.tenantId);
  }

  @ResolveField(() => OfficeRef, { nullable: true, description: '问题属地（本机构上下级链以外的为空）' })
  problemJurisdiction(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, kase.problemJurisdictionId);
  }

  @ResolveField(() => OfficeRef, { nullable: true, description: '交办机关' })
  assigningTenant(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, kase.assigningTenantId);
  }

  @ResolveField(() => Unit, { nullable: true, description: '当前办理单位' })
  handlingUnit(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return kase.handlingUnitId ? this.unitLoader(ctx, request).load(kase.handlingUnitId) : null;
  }

  @ResolveField(() => Unit, { nullable: true, description: '被检举控告单位（本辖区以外的单位为空）' })
  accusedUnit(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return kase.accusedUnitId ? this.unitLoader(ctx, request).load(kase.accusedUnitId) : null;
  }

  @ResolveField(() => StaffRef, { nullable: true, description: '包案领导（本辖区以外的为空）' })
  leaderOwner(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    if (!kase.leaderOwnerId) return null;
    return requestLoader<string, StaffRef>(request, 'caseStaff', async (ids) => byKeys(ids, await this.queries.staffByIds(ctx, ids), (u) => u.id)).load(
      kase.leaderOwnerId,
    );
  }

  @ResolveField(() => Category, { nullable: true, description: '内容分类' })
  category(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    // The province's whole tree is one small read; a page of cases names a few of its nodes.
    return requestLoader<string, CategoryNode>(request, 'caseCategory', async (ids) =>
      byKeys(ids, await this.categories.categories(ctx, true), (c) => c.id),
    ).load(kase.categoryId);
  }

  @ResolveField(() => [CaseTransition], { description: '办理过程' })
  async timeline(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseTransitionEntity[]>(request, 'timeline', async (ids) =>
      grouped(ids, await this.queries.timelinesOf(ctx, ids), (row) => row.caseId),
    );
    return ((await loader.load(kase.id)) ?? []).map((t) => ({ ...t, details: timelineDetails(t.action, t.details) }));
  }

  @ResolveField(() => [CaseOpinion], { description: '意见书：信访处理意见、复查意见、复核意见，按出具先后' })
  async opinions(@Parent() kase: CaseEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, CaseOpinionEntity[]>(request, 'opinions', async (ids) =>
      grouped(ids, await this.queries.opinionsOf(ctx, ids), (row) => row.caseId),
    );
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

  private unitLoader(ctx: TenantContext, request: object) {
    return requestLoader<string, UnitRow>(request, 'caseUnit', async (ids) => byKeys(ids, await this.queries.unitsByIds(ctx, ids), (u) => u.id));
  }

  /** Guards do not run on references: the caller's context and row-level security decide. */
  @ResolveReference()
  resolveReference(reference: { id: string }, request: RequestContext) {
    if (!request.auth) throw unauthenticated();
    const ctx = request.auth;
    return caseLoader(this.queries, ctx, request).load(reference.id);
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

  @ResolveField(() => String, { nullable: true })
  email(@Parent() petitioner: PetitionerEntity) {
    return petitioner.emailMasked;
  }
}

/** The offices named on the timeline and the clocks, batched with the case's. */
@Resolver(() => CaseTransition)
export class CaseTransitionResolver {
  constructor(private readonly queries: CaseQueriesService) {}

  @ResolveField(() => OfficeRef, { nullable: true, description: '操作人所在机构' })
  actorTenant(@Parent() step: CaseTransitionEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, step.actorTenantId);
  }
}

@Resolver(() => CaseStageClock)
export class CaseStageClockResolver {
  constructor(private readonly queries: CaseQueriesService) {}

  @ResolveField(() => OfficeRef, { nullable: true, description: '期限所依据的机构' })
  ownerTenant(@Parent() stage: CaseStageEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    return loadOffice(this.queries, ctx, request, stage.ownerTenantId);
  }
}
