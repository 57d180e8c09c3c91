import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf, described } from '#common/graphql';
import {
  FEEDBACK_DECISION_LABELS,
  FeedbackDecision,
  NOTICE_ACTION_LABELS,
  NOTICE_KIND_LABELS,
  NOTICE_REASON_LABELS,
  NOTICE_STATE_LABELS,
  NoticeAction,
  NoticeKind,
  NoticeReason,
  NoticeState,
  SUBJECT_TYPE_LABELS,
  SubjectType,
} from '../domain/index.js';

registerEnumType(NoticeKind, { name: 'NoticeKind', description: '督办通知种类', valuesMap: described(NOTICE_KIND_LABELS) });
registerEnumType(NoticeState, { name: 'NoticeState', description: '督办通知状态', valuesMap: described(NOTICE_STATE_LABELS) });
registerEnumType(NoticeReason, { name: 'NoticeReason', description: '督办事由（《信访工作条例》第四十条）', valuesMap: described(NOTICE_REASON_LABELS) });
registerEnumType(NoticeAction, { name: 'NoticeAction', description: '督办通知的处理环节', valuesMap: described(NOTICE_ACTION_LABELS) });
registerEnumType(SubjectType, { name: 'SupervisedSubjectType', description: '督办对象类型', valuesMap: described(SUBJECT_TYPE_LABELS) });

registerEnumType(FeedbackDecision, { name: 'FeedbackDecision', description: '反馈审核结果', valuesMap: described(FEEDBACK_DECISION_LABELS) });

@ObjectType('NoticeHistoryEntry', { description: '督办通知的处理记录' })
export class NoticeHistoryEntry {
  @Field(() => Int, { description: '序号（处理后的版本号）' })
  seq: number;

  @Field(() => NoticeAction, { description: '环节' })
  action: NoticeAction;

  @Field(() => NoticeState, { nullable: true, description: '处理前状态' })
  fromState: NoticeState | null;

  @Field(() => NoticeState, { description: '处理后状态' })
  toState: NoticeState;

  @Field({ description: '处理人（自动处理为 system）' })
  actorName: string;

  @Field(() => ID, { description: '处理人所在机构' })
  actorTenantId: string;

  @Field(() => String, { nullable: true, description: '理由' })
  reason: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间' })
  at: Date;
}

@ObjectType('NoticeFeedback', { description: '受文单位的书面反馈' })
export class NoticeFeedback {
  @Field(() => ID)
  id: string;

  @Field({ description: '反馈内容' })
  text: string;

  @Field(() => [String], { description: '附件（文件引用）' })
  attachments: string[];

  @Field({ description: '反馈人' })
  submittedByName: string;

  @Field(() => GraphQLISODateTime, { description: '反馈时间' })
  submittedAt: Date;

  @Field(() => FeedbackDecision, { nullable: true, description: '审核结果；待审核时为空' })
  decision: FeedbackDecision | null;

  @Field(() => String, { nullable: true, description: '审核意见' })
  decisionComment: string | null;

  @Field(() => String, { nullable: true, description: '审核人' })
  decidedByName: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '审核时间' })
  decidedAt: Date | null;
}

@ObjectType('SupervisionNotice', { description: '督查督办通知：提醒、督办单、通报、约谈、挂牌督办、追究责任建议' })
export class SupervisionNotice {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '版本号：处理时提交，防止覆盖他人的处理' })
  version: number;

  @Field(() => NoticeKind, { description: '种类' })
  kind: NoticeKind;

  @Field(() => NoticeState, { description: '状态' })
  state: NoticeState;

  @Field(() => NoticeReason, { nullable: true, description: '督办事由；提醒没有' })
  reason: NoticeReason | null;

  @Field({ description: '通知内容' })
  text: string;

  @Field(() => SubjectType, { description: '督办对象类型' })
  subjectType: SubjectType;

  @Field(() => ID, { description: '督办对象（信访事项或任务）' })
  subjectId: string;

  @Field({ description: '信访事项编号或任务编号' })
  subjectNumber: string;

  @Field({ description: '信访事项或任务的标题' })
  subjectTitle: string;

  @Field(() => String, { nullable: true, description: '所督办的期限环节' })
  stage: string | null;

  @Field(() => ID, { nullable: true, description: '所督办的期限（环节的一次计时）' })
  clockId: string | null;

  @Field(() => String, { nullable: true, description: '该环节的办理期限' })
  deadline: string | null;

  @Field(() => ID, { name: 'responsibleTenantId', description: '被督办的辖区（责任机构）' })
  tenantId: string;

  @Field(() => ID, { description: '下发机构' })
  issuerTenantId: string;

  @Field({ description: '下发机构名称' })
  issuerTenantName: string;

  @Field(() => ID, { description: '受文机构' })
  addresseeTenantId: string;

  @Field({ description: '受文机构名称' })
  addresseeTenantName: string;

  @Field(() => ID, { nullable: true, description: '受文单位（承办单位）' })
  addresseeUnitId: string | null;

  @Field(() => String, { nullable: true, description: '受文单位名称' })
  addresseeUnitName: string | null;

  @Field({ description: '下发人（自动下发为 system）' })
  issuedByName: string;

  @Field(() => String, { nullable: true, description: '书面反馈期限；提醒无需反馈' })
  feedbackDue: string | null;

  @Field(() => String, { nullable: true, description: '整改期限（挂牌督办）' })
  fixBy: string | null;

  @Field(() => String, { nullable: true, description: '此日之后仍未反馈（或反馈被退回）即升级督办；不再升级时为空' })
  escalateOn: string | null;

  @Field(() => ID, { name: 'escalatedFromId', nullable: true, description: '由哪份通知升级而来' })
  escalatedFrom: string | null;

  @Field(() => GraphQLISODateTime, { description: '下发时间' })
  issuedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '阅知时间' })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '办结时间' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: '办结原因' })
  closeReason: string | null;

  @Field(() => String, { nullable: true, description: '督办到顶、不再升级的原因（下发机构之上已无上级机构）' })
  ladderStoppedReason: string | null;
}

export const SupervisionNoticeConnection = ConnectionOf(SupervisionNotice, 'SupervisionNotice', { counted: true });

@ObjectType('NoticeInbox', { description: '收到的督办通知' })
export class NoticeInbox extends SupervisionNoticeConnection {
  @Field(() => Int, { description: '未阅的通知数（不受筛选条件影响）' })
  unreadCount: number;
}

@ObjectType('SupervisionKindCount', { description: '某一种类督办通知的统计' })
export class SupervisionKindCount {
  @Field(() => NoticeKind)
  kind: NoticeKind;

  @Field(() => Int, { description: '期内下发' })
  issued: number;

  @Field(() => Int, { description: '其中书面反馈逾期（已逾期未反馈，或逾期后才反馈）' })
  overdueFeedback: number;

  @Field(() => Int, { description: '其中已升级督办' })
  escalated: number;
}

@ObjectType('SupervisionSummary', { description: '下级辖区的督查督办情况' })
export class SupervisionSummary {
  @Field(() => ID, { description: '下级辖区' })
  tenantId: string;

  @Field({ description: '辖区名称' })
  tenantName: string;

  @Field(() => Int, { description: '期内下发的督办通知（不含提醒）' })
  issued: number;

  @Field(() => Int, { description: '其中书面反馈逾期' })
  overdueFeedback: number;

  @Field(() => Int, { description: '其中已升级督办' })
  escalated: number;

  @Field(() => [SupervisionKindCount], { description: '按种类（含提醒）' })
  byKind: SupervisionKindCount[];
}

@ObjectType('SupervisionSettings', { description: '督查督办设置：未设置的项沿用上级的设置' })
export class SupervisionSettings {
  @Field(() => Int, { description: '书面反馈期限（日），现行值' })
  feedbackDays: number;

  @Field(() => Int, { description: '逾期多少日后升级督办，现行值' })
  escalationIntervalDays: number;

  @Field(() => Int, { nullable: true, description: '本机构设置的反馈期限；为空时沿用上级' })
  ownFeedbackDays: number | null;

  @Field(() => Int, { nullable: true, description: '本机构设置的升级间隔；为空时沿用上级' })
  ownEscalationIntervalDays: number | null;

  @Field(() => Int, { description: '版本号：本机构尚无设置时为 0' })
  version: number;
}

/**
 * The cases subgraph's `Case`. This subgraph knows only its key and contributes the notices
 * about it; the gateway hands over `{ id }`.
 */
@ObjectType('Case')
@Directive('@key(fields: "id")')
export class CaseReference {
  @Field(() => ID)
  id: string;
}
