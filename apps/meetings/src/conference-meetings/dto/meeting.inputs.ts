import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TextLength } from '#common/graphql';
import { Attendance, MeetingKind, RecurrenceKind } from '../domain/index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '参会人：召集人（userId）或在册成员单位（memberId），二者给出其一' })
export class MeetingAttendeeInput {
  @Field(() => ID, { nullable: true, description: '召集人' })
  @IsOptional()
  @IsUUID('all', { message: '用户编号格式不正确' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: '成员单位记录' })
  @IsOptional()
  @IsUUID('all', { message: '成员单位编号格式不正确' })
  memberId?: string | null;
}

@InputType({ description: '议题：文字，或会商的信访事项（编号、标题取自该信访事项）' })
export class MeetingAgendaItemInput {
  @Field(() => String, { nullable: true, description: '议题内容' })
  @IsOptional()
  @TextLength(1, 500, { message: '议题内容长度应为 1–500 字' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: '会商的信访事项（须为本人可见的）' })
  @IsOptional()
  @IsUUID('all', { message: '信访事项编号格式不正确' })
  caseId?: string | null;
}

@InputType({ description: '安排会议' })
export class ScheduleMeetingInput {
  @Field(() => MeetingKind, { description: '会议种类' })
  @IsEnum(MeetingKind)
  kind: MeetingKind;

  @Field({ description: '会议日期' })
  @Matches(DATE, { message: DATE_MESSAGE })
  date: string;

  @Field(() => String, { nullable: true, description: '会议名称' })
  @IsOptional()
  @TextLength(1, 100, { message: '会议名称长度应为 1–100 字' })
  title?: string | null;

  @Field(() => ID, { description: '主持人（本联席会议的召集人）' })
  @IsUUID('all', { message: '主持人编号格式不正确' })
  chairUserId: string;

  @Field(() => [MeetingAttendeeInput], { nullable: true, description: '参会人；不给出时为全部召集人和在册成员单位' })
  @IsOptional()
  @ArrayMaxSize(300, { message: '参会人不超过 300 个' })
  @ValidateNested({ each: true })
  @Type(() => MeetingAttendeeInput)
  attendees?: MeetingAttendeeInput[] | null;

  @Field(() => [MeetingAgendaItemInput], { defaultValue: [], description: '议题' })
  @ArrayMaxSize(100, { message: '议题不超过 100 项' })
  @ValidateNested({ each: true })
  @Type(() => MeetingAgendaItemInput)
  agenda: MeetingAgendaItemInput[];
}

@InputType({ description: '一位参会人的出席情况' })
export class AttendanceInput extends MeetingAttendeeInput {
  @Field(() => Attendance, { description: '出席情况' })
  @IsEnum(Attendance)
  attendance: Attendance;

  @Field(() => String, { nullable: true, description: '备注，如委托出席人' })
  @IsOptional()
  @TextLength(1, 100, { message: '备注长度应为 1–100 字' })
  note?: string | null;
}

@InputType({ description: '记录会议召开情况（出席、纪要、议定事项），会议即为已召开' })
export class RecordMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: '会议编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [AttendanceInput], { description: '出席情况；未列出的参会人记为缺席' })
  @ArrayMaxSize(300, { message: '参会人不超过 300 个' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceInput)
  attendance: AttendanceInput[];

  @Field(() => String, { nullable: true, description: '会议纪要' })
  @IsOptional()
  @TextLength(1, 20000, { message: '会议纪要长度应为 1–20000 字' })
  minutes?: string | null;

  @Field(() => [String], { defaultValue: [], description: '议定事项，按序' })
  @ArrayMaxSize(100, { message: '议定事项不超过 100 项' })
  @TextLength(1, 2000, { each: true, message: '议定事项长度应为 1–2000 字' })
  decisions: string[];
}

@InputType({ description: '取消会议' })
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: '会议编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: '取消原因' })
  @TextLength(1, 200, { message: '取消原因长度应为 1–200 字' })
  reason: string;
}

@InputType({ description: '设置某种会议的例会安排；recurrence 为空即取消安排' })
export class SetMeetingScheduleInput {
  @Field(() => MeetingKind, { description: '会议种类' })
  @IsEnum(MeetingKind)
  kind: MeetingKind;

  @Field(() => RecurrenceKind, { nullable: true, description: '重复方式；为空即取消例会安排' })
  @IsOptional()
  @IsEnum(RecurrenceKind)
  recurrence?: RecurrenceKind | null;

  @Field(() => Int, { nullable: true, description: '每周召开时的星期几（0 为星期日，1–6 为星期一至星期六）' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  weekday?: number | null;

  @Field(() => Int, { nullable: true, description: '每隔若干天召开时的天数（1–366）' })
  @IsOptional()
  @IsInt()
  days?: number | null;
}

@InputType({ description: '会议筛选条件' })
export class MeetingFilter {
  @Field(() => MeetingKind, { nullable: true, description: '会议种类' })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true, description: '会议日期不早于' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '会议日期不晚于' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: '机构；默认本机构（本辖区内的下级机构亦可）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号格式不正确' })
  tenantId?: string | null;
}
