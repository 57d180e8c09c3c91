import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf, described } from '#common/graphql';
import {
  ATTENDANCE_LABELS,
  ATTENDEE_KIND_LABELS,
  Attendance,
  AttendeeKind,
  MEETING_KIND_LABELS,
  MEETING_STATE_LABELS,
  MeetingKind,
  MeetingState,
  RECURRENCE_KIND_LABELS,
  RecurrenceKind,
} from '../domain/index.js';

registerEnumType(MeetingKind, { name: 'MeetingKind', description: '联席会议的会议种类', valuesMap: described(MEETING_KIND_LABELS) });
registerEnumType(MeetingState, { name: 'MeetingState', description: '会议状态', valuesMap: described(MEETING_STATE_LABELS) });
registerEnumType(Attendance, { name: 'Attendance', description: '出席情况', valuesMap: described(ATTENDANCE_LABELS) });
registerEnumType(AttendeeKind, { name: 'AttendeeKind', description: '参会人类别', valuesMap: described(ATTENDEE_KIND_LABELS) });
registerEnumType(RecurrenceKind, { name: 'MeetingRecurrence', description: '例会的重复方式', valuesMap: described(RECURRENCE_KIND_LABELS) });

@ObjectType('MeetingAttendee', { description: '参会人：召集人或成员单位' })
export class MeetingAttendee {
  @Field(() => AttendeeKind, { description: '类别' })
  kind: AttendeeKind;

  @Field(() => ID, { nullable: true, description: '召集人（用户）；成员单位为空' })
  userId: string | null;

  @Field(() => ID, { nullable: true, description: '成员单位记录；召集人为空' })
  memberId: string | null;

  @Field({ description: '姓名或单位名称' })
  name: string;

  @Field(() => Attendance, { nullable: true, description: '出席情况；会议召开后记录' })
  attendance: Attendance | null;

  @Field(() => String, { nullable: true, description: '备注，如委托出席人' })
  note: string | null;
}

@ObjectType('MeetingAgendaItem', { description: '议题：文字，或会商的信访事项' })
export class MeetingAgendaItem {
  @Field(() => String, { nullable: true, description: '议题内容' })
  text: string | null;

  @Field(() => ID, { nullable: true, description: '会商的信访事项' })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: '信访事项编号（取自该信访事项，安排会议时）' })
  caseNumber: string | null;

  @Field(() => String, { nullable: true, description: '信访事项标题（取自该信访事项，安排会议时）' })
  caseTitle: string | null;
}

@ObjectType('MeetingDecision', { description: '议定事项（据以交办任务）' })
export class MeetingDecision {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '序号' })
  ordinal: number;

  @Field({ description: '内容' })
  text: string;
}

@ObjectType('ConferenceMeeting', { description: '联席会议的会议' })
export class ConferenceMeeting {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属机构' })
  tenantId: string;

  @Field(() => ID, { description: '联席会议' })
  conferenceId: string;

  @Field(() => MeetingKind, { description: '会议种类' })
  kind: MeetingKind;

  @Field({ description: '会议日期' })
  date: string;

  @Field(() => String, { nullable: true, description: '会议名称' })
  title: string | null;

  @Field(() => ID, { description: '主持人（召集人）' })
  chairUserId: string;

  @Field({ description: '主持人姓名' })
  chairName: string;

  @Field(() => [MeetingAttendee], { description: '参会人' })
  attendees: MeetingAttendee[];

  @Field(() => [MeetingAgendaItem], { description: '议题' })
  agenda: MeetingAgendaItem[];

  @Field(() => String, { nullable: true, description: '会议纪要' })
  minutes: string | null;

  @Field(() => [MeetingDecision], { description: '议定事项' })
  decisions: MeetingDecision[];

  @Field(() => MeetingState, { description: '状态' })
  state: MeetingState;

  @Field(() => String, { nullable: true, description: '取消原因' })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: '按例会安排自动排定时，据以排定的上一次会议' })
  plannedFrom: string | null;

  @Field(() => Int, { description: '版本号（修改时提交，防止覆盖他人的修改）' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: '最后修改时间' })
  updatedAt: Date;

  tenantPath: string;
}

export const ConferenceMeetingConnection = ConnectionOf(ConferenceMeeting, 'ConferenceMeeting');

@ObjectType('MeetingSchedule', { description: '例会安排：召开一次后自动排定下一次' })
export class MeetingSchedule {
  @Field(() => MeetingKind, { description: '会议种类' })
  kind: MeetingKind;

  @Field(() => RecurrenceKind, { description: '重复方式' })
  recurrence: RecurrenceKind;

  @Field(() => Int, { nullable: true, description: '每周的星期几（0 为星期日）' })
  weekday: number | null;

  @Field(() => Int, { nullable: true, description: '间隔天数' })
  days: number | null;
}
