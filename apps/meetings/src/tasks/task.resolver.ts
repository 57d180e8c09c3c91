import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentContext, Role, Roles } from '#common/auth';
import type { Countdown } from '#common/calendar';
import { PageArgs, grouped, requestLoader } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { SubjectType } from '../supervision/domain/index.js';
import { CaseReference, SupervisionNotice } from '../supervision/dto/notice.types.js';
import type { NoticeEntity } from '../supervision/entities/index.js';
import { NoticeQueriesService } from '../supervision/notice-queries.service.js';
import {
  CreateTaskInput,
  CreateTaskListInput,
  SplitTaskInput,
  TaskFilter,
  TaskReasonInput,
  TaskReportInput,
  TaskStepInput,
  UpdateTaskListInput,
} from './dto/task.inputs.js';
import { TASK_ACTION_ROLES, TASK_ASSIGNEE_ROLES, TASK_OFFICE_ROLES, TaskAction, availableTaskActions } from './domain/index.js';
import { Task, TaskConnection, TaskDashboard, TaskHistoryEntry, TaskList, TaskReport, TaskReporting } from './dto/task.types.js';
import { TaskListsService } from './task-lists.service.js';
import { TaskQueriesService } from './task-queries.service.js';
import { TasksService } from './tasks.service.js';

/** Who may read tasks and dashboards. */
const READERS = [...TASK_ASSIGNEE_ROLES, Role.LEADER, Role.SUPERVISOR, Role.ASSESSOR];

/** 任务清单 */
@Resolver(() => TaskList)
export class TaskListResolver {
  constructor(
    private readonly lists: TaskListsService,
    private readonly queries: TaskQueriesService,
  ) {}

  @Query(() => [TaskList], { description: '任务清单：本机构联席会议的，或本辖区内指定机构的；三项清单在前' })
  @Roles(...READERS)
  taskLists(
    @CurrentContext() ctx: TenantContext,
    @Args('tenantId', { type: () => ID, nullable: true, description: '机构；默认本机构' }) tenantId?: string | null,
  ): Promise<TaskList[]> {
    return this.queries.lists(ctx, tenantId);
  }

  @Mutation(() => TaskList, { description: '新建专项行动或临时任务清单' })
  @Roles(...TASK_OFFICE_ROLES)
  createTaskList(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateTaskListInput): Promise<TaskList> {
    return this.lists.create(ctx, input);
  }

  @Mutation(() => TaskList, { description: '修改任务清单（需提交读取时的版本号）' })
  @Roles(...TASK_OFFICE_ROLES)
  updateTaskList(@CurrentContext() ctx: TenantContext, @Args('input') input: UpdateTaskListInput): Promise<TaskList> {
    return this.lists.update(ctx, input);
  }
}

/** 联席会议任务: creation, cascading, the assignees' steps and the office's judgement; the task tree and its supervision. */
@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly service: TasksService,
    private readonly queries: TaskQueriesService,
    private readonly notices: NoticeQueriesService,
  ) {}

  @Query(() => TaskConnection, { description: '任务：本人可见的（本辖区的任务；成员单位人员只见交办本单位的）；新建的在前' })
  @Roles(...READERS)
  tasks(@CurrentContext() ctx: TenantContext, @Args() page: PageArgs, @Args('filter', { type: () => TaskFilter, nullable: true }) filter?: TaskFilter | null) {
    return this.queries.list(ctx, filter, page);
  }

  @Query(() => Task, { nullable: true, description: '一项任务；不存在或不可见为空' })
  @Roles(...READERS)
  task(@CurrentContext() ctx: TenantContext, @Context() request: object, @Args('id', { type: () => ID }) id: string): Promise<Task | null> {
    return this.taskLoader(request, ctx).load(id);
  }

  @Query(() => TaskDashboard, { description: '任务统计：本机构（或本辖区内指定机构）联席会议交办的任务，按清单、按承办方；subtree 为真时含其下级机构交办的' })
  @Roles(...READERS)
  taskDashboard(
    @CurrentContext() ctx: TenantContext,
    @Args('tenantId', { type: () => ID, nullable: true, description: '机构；默认本机构' }) tenantId?: string | null,
    @Args('subtree', { type: () => Boolean, defaultValue: false, description: '含下级机构交办的任务' }) subtree?: boolean,
  ): Promise<TaskDashboard> {
    return this.queries.dashboard(ctx, tenantId, subtree ?? false);
  }

  @Mutation(() => Task, { description: '新建任务并交办：列入本机构的任务清单，交办给成员单位或直属下级的联席会议；返回清单中的原任务' })
  @Roles(...TASK_OFFICE_ROLES)
  createTask(@CurrentContext() ctx: TenantContext, @Args('input') input: CreateTaskInput): Promise<Task> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => [Task], { description: '下级联席会议将承接的任务分解给本级成员单位；返回新建的下级任务' })
  @Roles(...TASK_ACTION_ROLES.SPLIT)
  splitTask(@CurrentContext() ctx: TenantContext, @Args('input') input: SplitTaskInput): Promise<Task[]> {
    return this.service.split(ctx, input);
  }

  @Mutation(() => Task, { description: '签收交办的任务' })
  @Roles(...TASK_ACTION_ROLES.RECEIVE)
  receiveTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskStepInput): Promise<Task> {
    return this.service.receive(ctx, input);
  }

  @Mutation(() => Task, { description: '开始办理（或被退回后恢复办理）' })
  @Roles(...TASK_ACTION_ROLES.START)
  startTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskStepInput): Promise<Task> {
    return this.service.start(ctx, input);
  }

  // Progress and the final report share the mutation: their roles are one (see `TASK_ACTION_ROLES`).
  @Mutation(() => Task, { description: '报送任务进展；final 为真即报结，提请交办方销号' })
  @Roles(...TASK_ACTION_ROLES.REPORT_PROGRESS)
  reportTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskReportInput): Promise<Task> {
    return this.service.report(ctx, input);
  }

  @Mutation(() => Task, { description: '销号：交办方确认任务完成' })
  @Roles(...TASK_ACTION_ROLES.SIGN_OFF)
  signOffTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskStepInput): Promise<Task> {
    return this.service.signOff(ctx, input);
  }

  @Mutation(() => Task, { description: '退回：交办方认为未完成，说明理由后退回承办方' })
  @Roles(...TASK_ACTION_ROLES.SEND_BACK)
  sendBackTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskReasonInput): Promise<Task> {
    return this.service.sendBack(ctx, input);
  }

  @Mutation(() => Task, { description: '撤销任务：其下尚未销号的下级任务一并撤销' })
  @Roles(...TASK_ACTION_ROLES.CANCEL)
  cancelTask(@CurrentContext() ctx: TenantContext, @Args('input') input: TaskReasonInput): Promise<Task> {
    return this.service.cancel(ctx, input);
  }

  @ResolveField(() => TaskList, { nullable: true, description: '任务清单；下级机构看不到上级的清单，为空' })
  list(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<TaskList | null> {
    return requestLoader<string, TaskList>(request, 'taskList', (ids) => this.queries.listsByIds(ctx, ids)).load(task.listId);
  }

  @ResolveField(() => Task, { nullable: true, description: '上级任务；不可见时为空' })
  parent(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<Task | null> {
    return task.parentId ? this.taskLoader(request, ctx).load(task.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [Task], { description: '下级任务：交办给各承办方的任务，或下级联席会议分解的任务' })
  async subtasks(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<Task[]> {
    const loader = requestLoader<string, Task[]>(request, 'subtasks', async (ids) =>
      grouped(ids, await this.queries.childrenOf(ctx, ids), (row) => row.parentId!),
    );
    return (await loader.load(task.id)) ?? [];
  }

  @ResolveField(() => [TaskReport], { description: '进展报告' })
  reports(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<TaskReport[]> {
    return this.reportsOf(request, ctx, task);
  }

  @ResolveField(() => TaskReporting, { nullable: true, description: '进展报送情况（迟报）；清单中的原任务为空' })
  async reporting(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<TaskReporting | null> {
    return this.queries.reporting(task, await this.reportsOf(request, ctx, task));
  }

  @ResolveField(() => [TaskHistoryEntry], { description: '办理记录' })
  async history(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<TaskHistoryEntry[]> {
    const loader = requestLoader<string, TaskHistoryEntry[]>(request, 'taskHistory', async (ids) =>
      grouped(ids, await this.queries.historyOf(ctx, ids), (row) => row.taskId),
    );
    return (await loader.load(task.id)) ?? [];
  }

  @ResolveField(() => [CaseReference], { description: '关联的信访事项' })
  linkedCases(@Parent() task: Task): CaseReference[] {
    return task.linkedCaseIds.map((id) => ({ id }));
  }

  /** No guard runs on a field: the caller's context and row-level security decide what is seen. */
  @ResolveField(() => [TaskAction], {
    description: '当前用户现在可以对本任务执行的办理环节：依任务状态、下级任务、承办方与交办方、各环节所需角色计算，与各项办理的校验同一规则',
  })
  async availableActions(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<TaskAction[]> {
    const subtasks = await this.subtasks(task, ctx, request);
    const acted = { state: task.state, assigningTenantId: task.assigningTenantId, assignee: task.assignedTo, subtaskStates: subtasks.map((sub) => sub.state) };
    return availableTaskActions(acted, ctx);
  }

  @ResolveField(() => Int, { nullable: true, description: '距完成时限的天数（期限当日为 0，已逾期为 0）；期限不在计算中（已报结、销号或撤销）时为空' })
  async daysLeft(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<number | null> {
    return (await this.countdown(task, ctx, request))?.daysLeft ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: '逾期天数（未逾期为 0）；期限不在计算中（已报结、销号或撤销）时为空' })
  async overdueDays(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<number | null> {
    return (await this.countdown(task, ctx, request))?.overdueDays ?? null;
  }

  @ResolveField(() => Boolean, { description: '临期：期限在计算中、尚未逾期，且已进入任务所在机构日历的提醒提前期' })
  async dueSoon(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object): Promise<boolean> {
    return (await this.countdown(task, ctx, request))?.dueSoon ?? false;
  }

  @ResolveField(() => [SupervisionNotice], { description: '督查督办通知（本人可见的）' })
  async supervisionNotices(@Parent() task: Task, @CurrentContext() ctx: TenantContext, @Context() request: object) {
    const loader = requestLoader<string, NoticeEntity[]>(request, 'taskNotices', async (ids) =>
      grouped(ids, await this.notices.bySubjects(ctx, SubjectType.TASK, ids), (row) => row.subjectId),
    );
    return (await loader.load(task.id)) ?? [];
  }

  /** The task's countdown by the reminder leads of its tenant's calendar, loaded once per tenant and request. */
  private async countdown(task: Task, ctx: TenantContext, request: object): Promise<Countdown | null> {
    const loader = requestLoader<string, number[]>(request, 'taskReminderLeads', (paths) => this.queries.reminderLeadDaysOf(ctx, paths));
    return this.queries.countdown(task, (await loader.load(task.tenantPath)) ?? []);
  }

  private taskLoader(request: object, ctx: TenantContext) {
    return requestLoader<string, Task>(request, 'task', (ids) => this.queries.byIds(ctx, ids));
  }

  private async reportsOf(request: object, ctx: TenantContext, task: Task): Promise<TaskReport[]> {
    const loader = requestLoader<string, TaskReport[]>(request, 'taskReports', async (ids) =>
      grouped(ids, await this.queries.reportsOf(ctx, ids), (row) => row.taskId),
    );
    return (await loader.load(task.id)) ?? [];
  }
}
