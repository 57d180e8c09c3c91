import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TextLength } from '#common/graphql';
import { CadenceKind, TaskListKind, TaskPriority, TaskState } from '../domain/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

/** What a list has besides its kind and name: goal, leading unit and period. */
@InputType({ isAbstract: true })
class TaskListTerms {
  @Field(() => String, { nullable: true, description: '工作目标' })
  @IsOptional()
  @TextLength(1, 2000, { message: '工作目标长度应为 1–2000 字' })
  goal?: string | null;

  @Field(() => ID, { nullable: true, description: '牵头单位（本机构的单位）；默认联席会议办公室' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号格式不正确' })
  ownerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: '起始日期' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: '截止日期' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  periodTo?: string | null;
}

@InputType({ description: '新建任务清单（三项清单随联席会议成立自动建立）' })
export class CreateTaskListInput extends TaskListTerms {
  @Field(() => TaskListKind, { description: '种类：专项行动或临时清单' })
  @IsEnum(TaskListKind)
  kind: TaskListKind;

  @Field({ description: '名称，如“积案清零专项行动”' })
  @TextLength(1, 100, { message: '清单名称长度应为 1–100 字' })
  name: string;
}

@InputType({ description: '修改任务清单的名称、目标、牵头单位或期间；未给出的保持不变' })
export class UpdateTaskListInput extends TaskListTerms {
  @Field(() => ID)
  @IsUUID('all', { message: '清单编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: '名称（三项清单不可改名）' })
  @IsOptional()
  @TextLength(1, 100, { message: '清单名称长度应为 1–100 字' })
  name?: string | null;
}

@InputType({ description: '承办方：本级联席会议的成员单位（memberId），或直属下级的联席会议（tenantId），二者给出其一' })
export class TaskAssigneeInput {
  @Field(() => ID, { nullable: true, description: '成员单位记录' })
  @IsOptional()
  @IsUUID('all', { message: '成员单位编号格式不正确' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: '下级机构（其联席会议承接任务）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId?: string | null;
}

@InputType({ description: '任务时限：给出日期，或自今日起的工作日数（按本机构的法定工作日历计算），二者给出其一' })
export class TaskDeadlineInput {
  @Field(() => String, { nullable: true, description: '完成时限（日期）' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  date?: string | null;

  @Field(() => Int, { nullable: true, description: '自今日起的工作日数' })
  @IsOptional()
  @IsInt({ message: '工作日数应为整数' })
  @Min(1, { message: '工作日数应为 1–365' })
  @Max(365, { message: '工作日数应为 1–365' })
  workingDays?: number | null;
}

@InputType({ description: '进展报送周期；默认每周' })
export class ReportingCadenceInput {
  @Field(() => CadenceKind, { description: '周期' })
  @IsEnum(CadenceKind)
  kind: CadenceKind;

  @Field(() => Int, { nullable: true, description: '每若干日报送时的天数（1–366）' })
  @IsOptional()
  @IsInt()
  days?: number | null;
}

@InputType({ description: '新建任务：由议定事项形成或直接列入清单，交办给成员单位或下级联席会议' })
export class CreateTaskInput {
  @Field(() => ID, { description: '任务清单（本机构的）' })
  @IsUUID('all', { message: '清单编号格式不正确' })
  listId: string;

  @Field(() => ID, { nullable: true, description: '来源的议定事项（本机构已召开会议的）' })
  @IsOptional()
  @IsUUID('all', { message: '议定事项编号格式不正确' })
  decisionId?: string | null;

  @Field({ description: '任务名称' })
  @TextLength(1, 200, { message: '任务名称长度应为 1–200 字' })
  title: string;

  @Field(() => String, { nullable: true, description: '任务内容' })
  @IsOptional()
  @TextLength(1, 5000, { message: '任务内容长度应为 1–5000 字' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: '工作要求（应达成的结果）' })
  @IsOptional()
  @TextLength(1, 2000, { message: '工作要求长度应为 1–2000 字' })
  requiredOutcome?: string | null;

  @Field(() => TaskPriority, { defaultValue: TaskPriority.NORMAL, description: '优先级' })
  @IsEnum(TaskPriority)
  priority: TaskPriority;

  @Field(() => TaskDeadlineInput, { description: '完成时限' })
  @ValidateNested()
  @Type(() => TaskDeadlineInput)
  deadline: TaskDeadlineInput;

  @Field({ defaultValue: false, description: '挂牌督办' })
  @IsBoolean()
  listed: boolean;

  @Field(() => [ID], { defaultValue: [], description: '关联的信访事项' })
  @ArrayMaxSize(50, { message: '关联的信访事项不超过 50 件' })
  @IsUUID('all', { each: true, message: '信访事项编号格式不正确' })
  linkedCaseIds: string[];

  @Field(() => ReportingCadenceInput, { nullable: true, description: '进展报送周期；默认每周' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportingCadenceInput)
  cadence?: ReportingCadenceInput | null;

  @Field(() => [TaskAssigneeInput], { description: '承办方，一个或多个' })
  @ArrayMinSize(1, { message: '至少交办给一个承办方' })
  @ArrayMaxSize(100, { message: '承办方不超过 100 个' })
  @ValidateNested({ each: true })
  @Type(() => TaskAssigneeInput)
  assignees: TaskAssigneeInput[];
}

@InputType({ description: '分解给本级成员单位的下级任务' })
export class SubtaskInput {
  @Field(() => ID, { description: '成员单位记录（本级联席会议的）' })
  @IsUUID('all', { message: '成员单位编号格式不正确' })
  memberId: string;

  @Field(() => String, { nullable: true, description: '任务名称；默认沿用上级任务' })
  @IsOptional()
  @TextLength(1, 200, { message: '任务名称长度应为 1–200 字' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '分工内容' })
  @IsOptional()
  @TextLength(1, 5000, { message: '任务内容长度应为 1–5000 字' })
  description?: string | null;

  @Field(() => TaskDeadlineInput, { nullable: true, description: '完成时限；默认上级任务的时限，不得晚于它' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskDeadlineInput)
  deadline?: TaskDeadlineInput | null;

  @Field({ defaultValue: false, description: '挂牌督办（上级任务挂牌的，下级任务一律挂牌）' })
  @IsBoolean()
  listed: boolean;
}

@InputType({ description: '下级联席会议将承接的任务分解给本级成员单位' })
export class SplitTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: '任务编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [SubtaskInput], { description: '下级任务' })
  @ArrayMinSize(1, { message: '至少分解出一项任务' })
  @ArrayMaxSize(100, { message: '一次分解不超过 100 项' })
  @ValidateNested({ each: true })
  @Type(() => SubtaskInput)
  subtasks: SubtaskInput[];
}

@InputType({ description: '对任务的一个办理环节（签收、销号等）' })
export class TaskStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: '任务编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: '附理由的办理环节（退回、撤销）' })
export class TaskReasonInput extends TaskStepInput {
  @Field({ description: '理由' })
  @TextLength(1, 1000, { message: '理由长度应为 1–1000 字' })
  reason: string;
}

@InputType({ description: '报送任务进展；final 为真即报结' })
export class TaskReportInput extends TaskStepInput {
  @Field({ description: '进展情况' })
  @TextLength(1, 5000, { message: '进展情况长度应为 1–5000 字' })
  text: string;

  @Field(() => Int, { description: '完成进度（百分比，0–100）' })
  @IsInt()
  @Min(0, { message: '完成进度应为 0–100' })
  @Max(100, { message: '完成进度应为 0–100' })
  percent: number;

  @Field(() => [String], { defaultValue: [], description: '佐证材料（附件编号或链接）' })
  @ArrayMaxSize(20, { message: '佐证材料不超过 20 项' })
  @TextLength(1, 500, { each: true, message: '佐证材料每项长度应为 1–500 字' })
  evidence: string[];

  @Field({ defaultValue: false, description: '报结：任务已完成，提请交办方销号' })
  @IsBoolean()
  final: boolean;
}

@InputType({ description: '任务筛选条件' })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: '任务清单' })
  @IsOptional()
  @IsUUID('all', { message: '清单编号格式不正确' })
  listId?: string | null;

  @Field(() => TaskState, { nullable: true, description: '状态' })
  @IsOptional()
  @IsEnum(TaskState)
  state?: TaskState | null;

  @Field(() => ID, { nullable: true, description: '交办机构' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  assigningTenantId?: string | null;

  @Field(() => ID, { nullable: true, description: '承办机构' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  assigneeTenantId?: string | null;

  @Field(() => ID, { nullable: true, description: '承办的成员单位记录' })
  @IsOptional()
  @IsUUID('all', { message: '成员单位编号格式不正确' })
  memberId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看清单中的原任务' })
  @IsOptional()
  @IsBoolean()
  rootsOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '只看逾期的' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
