import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf, described } from '#common/graphql';
import {
  ASSIGNEE_KIND_LABELS,
  AssigneeKind,
  CADENCE_KIND_LABELS,
  CadenceKind,
  TASK_ACTION_LABELS,
  TASK_LIST_KIND_LABELS,
  TASK_PRIORITY_LABELS,
  TASK_STATE_LABELS,
  TaskAction,
  TaskListKind,
  TaskPriority,
  type TaskAssignee,
  TaskState,
} from '../domain/index.js';

registerEnumType(TaskState, { name: 'TaskState', description: '任务状态', valuesMap: described(TASK_STATE_LABELS) });
registerEnumType(TaskAction, { name: 'TaskAction', description: '任务的办理环节', valuesMap: described(TASK_ACTION_LABELS) });
registerEnumType(AssigneeKind, { name: 'TaskAssigneeKind', description: '承办方类别', valuesMap: described(ASSIGNEE_KIND_LABELS) });
registerEnumType(CadenceKind, { name: 'ReportingCadence', description: '进展报送周期', valuesMap: described(CADENCE_KIND_LABELS) });
registerEnumType(TaskListKind, { name: 'TaskListKind', description: '任务清单种类', valuesMap: described(TASK_LIST_KIND_LABELS) });
registerEnumType(TaskPriority, { name: 'TaskPriority', description: '任务优先级', valuesMap: described(TASK_PRIORITY_LABELS) });

@ObjectType('TaskList', { description: '任务清单：三项清单（控增量/减存量/防变量）、专项行动或临时清单' })
export class TaskList {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属机构' })
  tenantId: string;

  @Field(() => ID, { description: '联席会议' })
  conferenceId: string;

  @Field(() => TaskListKind, { description: '种类' })
  kind: TaskListKind;

  @Field({ description: '名称' })
  name: string;

  @Field(() => String, { nullable: true, description: '工作目标' })
  goal: string | null;

  @Field({ description: '牵头单位' })
  ownerName: string;

  @Field(() => ID, { nullable: true, description: '牵头单位（本机构的单位）；联席会议办公室牵头或外单位时为空' })
  ownerUnitId: string | null;

  @Field(() => String, { nullable: true, description: '起始日期' })
  periodFrom: string | null;

  @Field(() => String, { nullable: true, description: '截止日期' })
  periodTo: string | null;

  @Field(() => Int, { description: '版本号（修改时提交）' })
  version: number;
}

@ObjectType('TaskAssignee', { description: '承办方：本级联席会议的成员单位，或直属下级的联席会议' })
export class TaskAssigneeView {
  @Field(() => AssigneeKind, { description: '类别' })
  kind: AssigneeKind;

  @Field(() => ID, { description: '承办机构' })
  tenantId: string;

  @Field(() => ID, { nullable: true, description: '成员单位记录；下级联席会议为空' })
  memberId: string | null;

  @Field(() => ID, { nullable: true, description: '成员单位对应的本机构单位；外单位或下级联席会议为空' })
  unitId: string | null;

  @Field({ description: '名称' })
  name: string;
}

@ObjectType('TaskReport', { description: '任务进展报告' })
export class TaskReport {
  @Field(() => ID)
  id: string;

  @Field({ description: '报送日期' })
  reportedOn: string;

  @Field({ description: '进展情况' })
  text: string;

  @Field(() => Int, { description: '完成进度（百分比）' })
  percent: number;

  @Field(() => [String], { description: '佐证材料（附件编号或链接）' })
  evidence: string[];

  @Field({ description: '是否为报结报告' })
  final: boolean;

  @Field({ description: '报送人' })
  reporterName: string;

  @Field(() => GraphQLISODateTime, { description: '报送时间' })
  at: Date;
}

@ObjectType('TaskHistoryEntry', { description: '任务办理记录' })
export class TaskHistoryEntry {
  @Field(() => Int, { description: '序号' })
  seq: number;

  @Field({ description: '环节' })
  action: string;

  @Field(() => TaskState, { nullable: true, description: '原状态' })
  fromState: TaskState | null;

  @Field(() => TaskState, { description: '新状态' })
  toState: TaskState;

  @Field({ description: '办理人' })
  actorName: string;

  @Field(() => String, { nullable: true, description: '理由' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间' })
  at: Date;
}

@ObjectType('TaskReporting', { description: '进展报送情况' })
export class TaskReporting {
  @Field(() => CadenceKind, { description: '报送周期' })
  cadence: CadenceKind;

  @Field(() => Int, { description: '报送间隔天数' })
  periodDays: number;

  @Field(() => [String], { description: '已到期的报送日' })
  dueDates: string[];

  @Field(() => [String], { description: '逾期未报的报送日（迟报）' })
  missed: string[];

  @Field(() => String, { nullable: true, description: '下一个报送日；任务已结束时为空' })
  nextDue: string | null;
}

@ObjectType('Task', { description: '联席会议任务：清单中的任务及其交办、分解形成的下级任务' })
export class Task {
  @Field(() => ID)
  id: string;

  @Field({ description: '任务编号' })
  number: string;

  @Field(() => ID, { description: '所属机构（承办的下级联席会议所在机构，或交办机构）' })
  tenantId: string;

  @Field(() => ID, { description: '清单中的原任务' })
  rootId: string;

  @Field(() => ID, { nullable: true, description: '上级任务；清单中的原任务为空' })
  parentId: string | null;

  @Field(() => ID, { description: '任务清单' })
  listId: string;

  @Field({ description: '任务清单名称' })
  listName: string;

  @Field(() => TaskListKind, { description: '任务清单种类' })
  listKind: TaskListKind;

  @Field(() => ID, { description: '交办机构' })
  assigningTenantId: string;

  @Field(() => TaskAssigneeView, { nullable: true, description: '承办方；清单中的原任务为空（其承办方见下级任务）' })
  assignee: TaskAssigneeView | null;

  @Field(() => ID, { nullable: true, description: '来源的议定事项' })
  decisionId: string | null;

  @Field({ description: '任务名称' })
  title: string;

  @Field(() => String, { nullable: true, description: '任务内容' })
  description: string | null;

  @Field(() => String, { nullable: true, description: '工作要求（应达成的结果）' })
  requiredOutcome: string | null;

  @Field(() => TaskPriority, { description: '优先级' })
  priority: TaskPriority;

  @Field({ description: '完成时限' })
  deadline: string;

  @Field({ description: '是否挂牌督办' })
  listed: boolean;

  @Field(() => [ID], { description: '关联的信访事项' })
  linkedCaseIds: string[];

  @Field(() => TaskState, { description: '状态' })
  state: TaskState;

  @Field(() => String, { nullable: true, description: '最近一次退回的理由' })
  sendBackReason: string | null;

  @Field(() => String, { nullable: true, description: '撤销原因' })
  cancelReason: string | null;

  @Field({ description: '创建日期' })
  createdOn: string;

  @Field(() => String, { nullable: true, description: '报结日期' })
  reportedDoneOn: string | null;

  @Field(() => String, { nullable: true, description: '销号或撤销日期' })
  closedOn: string | null;

  @Field({ description: '是否逾期：未报结而已过时限，或报结晚于时限' })
  overdue: boolean;

  @Field(() => Int, { description: '版本号（办理时提交，防止覆盖他人的修改）' })
  version: number;

  cadenceKind: CadenceKind;
  cadenceDays: number | null;
  clockId: string | null;
  tenantPath: string;
  /** The assignee as the rules take it (with the member's liaison); null for a list's own task. */
  assignedTo: TaskAssignee | null;
}

export const TaskConnection = ConnectionOf(Task, 'Task');

@ObjectType('TaskDashboardRow', { description: '任务统计的一行：一个清单，或一个承办方' })
export class TaskDashboardRow {
  @Field(() => ID, { description: '清单或承办方（成员单位记录、下级机构）' })
  key: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => ID, { description: '交办机构' })
  assigningTenantId: string;

  @Field(() => Int, { description: '交办任务数（不含已撤销）' })
  assigned: number;

  @Field(() => Int, { description: '已销号' })
  signedOff: number;

  @Field(() => Int, { description: '按时完成（销号且报结不晚于时限）' })
  doneOnTime: number;

  @Field(() => Int, { description: '逾期（未报结而已过时限，或报结晚于时限）' })
  overdue: number;

  @Field(() => Int, { description: '迟报次数（逾期未报的进展报送）' })
  lateReports: number;

  @Field(() => Float, { nullable: true, description: '完成率（已销号 ÷ 交办）；无交办任务时为空' })
  completionRate: number | null;
}

@ObjectType('TaskDashboard', { description: '任务统计：按清单、按承办方' })
export class TaskDashboard {
  @Field(() => ID, { description: '机构' })
  tenantId: string;

  @Field({ description: '是否含下级机构交办的任务' })
  subtree: boolean;

  @Field({ description: '统计日' })
  asOf: string;

  @Field(() => TaskDashboardRow, { description: '合计' })
  total: TaskDashboardRow;

  @Field(() => [TaskDashboardRow], { description: '按清单' })
  byList: TaskDashboardRow[];

  @Field(() => [TaskDashboardRow], { description: '按承办方（成员单位、下级联席会议）' })
  byAssignee: TaskDashboardRow[];
}
