import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import { Clock } from '#common/clock';
import { PageArgs, grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { type Countdown, countdown } from '#common/calendar';
import {
  FEEDBACK_OWED_STATES,
  NOTICE_RECIPIENT_ROLES,
  NoticeAction,
  SubjectType,
  availableNoticeActions,
  escalationChain,
  isFeedbackOverdue,
} from './domain/index.js';
import {
  AcceptFeedbackInput,
  ListForSupervisionInput,
  NoticeFeedbackInput,
  NoticeFilter,
  RaiseNoticeInput,
  ReasonedNoticeChangeInput,
  SupervisionPeriodInput,
  SupervisionSettingsInput,
} from './dto/notice.inputs.js';
import {
  CaseReference,
  NoticeFeedback,
  NoticeHistoryEntry,
  NoticeInbox,
  SupervisionNotice,
  SupervisionNoticeConnection,
  SupervisionSettings,
  SupervisionSummary,
} from './dto/notice.types.js';
import type { NoticeEntity, NoticeFeedbackEntity, NoticeHistoryEntity } from './entities/index.js';
import { NoticeQueriesService } from './notice-queries.service.js';
import { NoticesService } from './notices.service.js';
import { SupervisionSettingsService } from './supervision-settings.service.js';

const SUPERVISORS = [Role.SUPERVISOR, Role.TENANT_ADMIN];
/** Supervisors, and the joint-conference office for the tasks its conference assigned (checked in the service). */
const TASK_SUPERVISORS = [...SUPERVISORS, Role.CONFERENCE_OFFICE];

/** 督查督办: notices, their feedback and decisions, the lists and the summary. */
@Resolver(() => SupervisionNotice)
export class NoticeResolver {
  constructor(
    private readonly notices: NoticesService,
    private readonly queries: NoticeQueriesService,
    private readonly clock: Clock,
  ) {}

  @Query(() => NoticeInbox, { description: '收到的督办通知：本单位（单位人员）或本机构的，最新的在前' })
  @Roles(...NOTICE_RECIPIENT_ROLES)
  noticeInbox(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => NoticeFilter, nullable: true }) filter?: NoticeFilter,
  ) {
    return this.queries.inbox(ctx, filter ?? {}, page);
  }

  @Query(() => SupervisionNoticeConnection, { description: '本机构下发的督办通知，最新的在前（联席会议办公室：对任务下发的）' })
  @Roles(Role.SUPERVISOR, Role.TENANT_ADMIN, Role.LEADER, Role.CONFERENCE_OFFICE)
  issuedNotices(
    @CurrentContext() ctx: TenantContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => NoticeFilter, nullable: true }) filter?: NoticeFilter,
  ) {
    return this.queries.issued(ctx, filter ?? {}, page);
  }

  @Query(() => SupervisionNotice, { description: '一份督办通知，含处理记录和反馈' })
  @Roles(...NOTICE_RECIPIENT_ROLES)
  notice(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.queries.notice(ctx, id);
  }

  @Query(() => [SupervisionSummary], { description: '下级辖区的督查督办情况：期内下发、反馈逾期、升级督办，按种类' })
  @Roles(Role.SUPERVISOR, Role.TENANT_ADMIN, Role.LEADER, Role.ASSESSOR)
  supervisionSummary(@CurrentContext() ctx: TenantContext, @Args('period') period: SupervisionPeriodInput) {
    return this.queries.summary(ctx, period);
  }

  @Mutation(() => SupervisionNotice, {
    description: '下发督办通知（督办单、通报、约谈、追究责任建议）：对本辖区内的信访事项或任务；联席会议办公室仅对本级联席会议交办的任务',
  })
  @Roles(...TASK_SUPERVISORS)
  raiseNotice(@CurrentContext() ctx: TenantContext, @Args('input') input: RaiseNoticeInput) {
    return this.notices.raise(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '挂牌督办：限期整改' })
  @Roles(...TASK_SUPERVISORS)
  listForSupervision(@CurrentContext() ctx: TenantContext, @Args('input') input: ListForSupervisionInput) {
    return this.notices.listForSupervision(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '阅知督办通知（受文单位）' })
  @Roles(...NOTICE_RECIPIENT_ROLES)
  markNoticeRead(@CurrentContext() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    return this.notices.markRead(ctx, id);
  }

  @Mutation(() => SupervisionNotice, { description: '书面反馈办理情况和整改措施（受文单位）' })
  @Roles(...NOTICE_RECIPIENT_ROLES)
  submitNoticeFeedback(@CurrentContext() ctx: TenantContext, @Args('input') input: NoticeFeedbackInput) {
    return this.notices.submitFeedback(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '采纳反馈（下发机构）' })
  @Roles(...TASK_SUPERVISORS)
  acceptNoticeFeedback(@CurrentContext() ctx: TenantContext, @Args('input') input: AcceptFeedbackInput) {
    return this.notices.acceptFeedback(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '退回反馈（下发机构）：须重新反馈，逾期即升级督办' })
  @Roles(...TASK_SUPERVISORS)
  rejectNoticeFeedback(@CurrentContext() ctx: TenantContext, @Args('input') input: ReasonedNoticeChangeInput) {
    return this.notices.rejectFeedback(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '升级督办（下发机构或其上级）：返回升级后的通知' })
  @Roles(...SUPERVISORS)
  escalateNotice(@CurrentContext() ctx: TenantContext, @Args('input') input: ReasonedNoticeChangeInput) {
    return this.notices.escalate(ctx, input);
  }

  @ResolveField(() => Boolean, { description: '书面反馈是否已逾期' })
  feedbackOverdue(@Parent() notice: NoticeEntity) {
    return isFeedbackOverdue(notice, this.clock.today());
  }

  @ResolveField(() => Int, { nullable: true, description: '距书面反馈期限的天数（期限当日为 0，已逾期为 0）；反馈不再欠缺时为空' })
  feedbackDaysLeft(@Parent() notice: NoticeEntity) {
    return this.feedbackCountdown(notice)?.daysLeft ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: '书面反馈逾期天数（未逾期为 0）；反馈不再欠缺时为空' })
  feedbackOverdueDays(@Parent() notice: NoticeEntity) {
    return this.feedbackCountdown(notice)?.overdueDays ?? null;
  }

  @ResolveField(() => [NoticeAction], { description: '当前用户现在可以做的处理（与各项操作的检查同一规则）' })
  availableActions(@Parent() notice: NoticeEntity, @CurrentContext() ctx: TenantContext) {
    return availableNoticeActions(notice, ctx);
  }

  @ResolveField(() => [SupervisionNotice], { description: '督办层级：本通知所在的升级链，由最初的通知到最新的（本人可见的）' })
  async ladder(@Parent() notice: NoticeEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, NoticeEntity[]>(request, 'noticeLadder', async (subjectIds) =>
      grouped(subjectIds, await this.queries.onSubjects(ctx, subjectIds), (row) => row.subjectId),
    );
    return escalationChain(notice, (await loader.load(notice.subjectId)) ?? []);
  }

  /** The days to the feedback due date while feedback is owed. */
  private feedbackCountdown(notice: NoticeEntity): Countdown | null {
    if (notice.feedbackDue === null || !FEEDBACK_OWED_STATES.includes(notice.state)) return null;
    return countdown(notice.feedbackDue, this.clock.today(), []);
  }

  @ResolveField(() => [NoticeHistoryEntry], { description: '处理记录' })
  async history(@Parent() notice: NoticeEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, NoticeHistoryEntity[]>(request, 'noticeHistory', async (ids) =>
      grouped(ids, await this.queries.historyOf(ctx, ids), (row) => row.noticeId),
    );
    return (await loader.load(notice.id)) ?? [];
  }

  @ResolveField(() => [NoticeFeedback], { description: '书面反馈' })
  async feedback(@Parent() notice: NoticeEntity, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, NoticeFeedbackEntity[]>(request, 'noticeFeedback', async (ids) =>
      grouped(ids, await this.queries.feedbackOf(ctx, ids), (row) => row.noticeId),
    );
    return (await loader.load(notice.id)) ?? [];
  }
}

/** What supervision adds to the cases subgraph's `Case`. */
@Resolver(() => CaseReference)
export class CaseNoticesResolver {
  constructor(private readonly queries: NoticeQueriesService) {}

  /** No guard runs here: the caller's context and row-level security decide what is seen. */
  @ResolveField(() => [SupervisionNotice], { description: '督查督办通知（本人可见的）' })
  async supervisionNotices(@Parent() kase: CaseReference, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, NoticeEntity[]>(request, 'caseNotices', async (ids) =>
      grouped(ids, await this.queries.bySubjects(ctx, SubjectType.CASE, ids), (row) => row.subjectId),
    );
    return (await loader.load(kase.id)) ?? [];
  }
}

@Resolver(() => SupervisionSettings)
export class SupervisionSettingsResolver {
  constructor(
    private readonly settings: SupervisionSettingsService,
    private readonly queries: NoticeQueriesService,
  ) {}

  @Query(() => SupervisionSettings, { description: '本机构的督查督办设置（反馈期限、升级间隔）' })
  @Roles(...SUPERVISORS)
  supervisionSettings(@CurrentContext() ctx: TenantContext) {
    return this.queries.settings(ctx);
  }

  @Mutation(() => SupervisionSettings, { description: '设置本机构的督查督办期限，适用于本辖区（下级另有设置的除外）' })
  @Roles(Role.TENANT_ADMIN)
  updateSupervisionSettings(@CurrentContext() ctx: TenantContext, @Args('input') input: SupervisionSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
