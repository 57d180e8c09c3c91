import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf, described } from '#common/graphql';
import {
  CASE_ACTION_LABELS,
  CASE_ENDING_LABELS,
  CASE_KIND_LABELS,
  CASE_STATE_LABELS,
  CHANNEL_LABELS,
  CLOSE_REASON_LABELS,
  COMPLETION_REPORT_STATUS_LABELS,
  CaseAction,
  CaseEnding,
  CaseKind,
  CaseState,
  Channel,
  CloseReason,
  CompletionReportStatus,
  DECISION_OUTCOME_LABELS,
  DECLINE_REASON_LABELS,
  DecisionOutcome,
  DeclineReason,
  OPINION_KIND_LABELS,
  OPINION_RESULT_LABELS,
  OpinionKind,
  OpinionResult,
  RATING_LABELS,
  ROUTE_MODE_LABELS,
  Rating,
  RouteMode,
} from '../domain/index.js';
import type { Stage } from '#common/calendar';
import { STATUTORY_RULES, type ClockHolder } from '../../clocks/domain/index.js';
import { TenantLevel } from '#common/directory';

export enum CaseStage {
  ROUTE = 'ROUTE',
  RECEIVE = 'RECEIVE',
  OBJECT = 'OBJECT',
  NOTIFY = 'NOTIFY',
  HANDLE = 'HANDLE',
  REVIEW_WINDOW = 'REVIEW_WINDOW',
  REVIEW = 'REVIEW',
  REEXAMINATION_WINDOW = 'REEXAMINATION_WINDOW',
  REEXAMINATION = 'REEXAMINATION',
}
const STAGE_LABELS = Object.fromEntries(Object.values(STATUTORY_RULES).map((rule) => [rule.stage, `${rule.name}（${rule.article}）`])) as Record<Stage, string>;

registerEnumType(CaseState, { name: 'CaseState', description: '信访事项状态', valuesMap: described(CASE_STATE_LABELS) });
registerEnumType(CaseAction, { name: 'CaseAction', description: '办理环节操作', valuesMap: described(CASE_ACTION_LABELS) });
registerEnumType(CaseKind, { name: 'CaseKind', description: '信访事项分类（依法分类处理）', valuesMap: described(CASE_KIND_LABELS) });
registerEnumType(Channel, { name: 'Channel', description: '信访渠道', valuesMap: described(CHANNEL_LABELS) });
registerEnumType(Rating, { name: 'Rating', description: '满意度评价', valuesMap: described(RATING_LABELS) });
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome', description: '处理意见结论', valuesMap: described(DECISION_OUTCOME_LABELS) });
registerEnumType(DeclineReason, { name: 'DeclineReason', description: '不予受理理由', valuesMap: described(DECLINE_REASON_LABELS) });
registerEnumType(RouteMode, { name: 'RouteMode', description: '转送交办方式', valuesMap: described(ROUTE_MODE_LABELS) });
registerEnumType(CloseReason, { name: 'CloseReason', description: '办结原因', valuesMap: described(CLOSE_REASON_LABELS) });
registerEnumType(CompletionReportStatus, {
  name: 'CompletionReportStatus',
  description: '办结报告状态（交办事项）',
  valuesMap: described(COMPLETION_REPORT_STATUS_LABELS),
});
registerEnumType(OpinionKind, { name: 'OpinionKind', description: '意见书种类', valuesMap: described(OPINION_KIND_LABELS) });
registerEnumType(OpinionResult, {
  name: 'OpinionResult',
  description: '复查（复核）结果：对原意见维持、变更或撤销',
  valuesMap: described(OPINION_RESULT_LABELS),
});
registerEnumType(CaseEnding, { name: 'CaseEnding', description: '办结方式（信访事项如何结束）', valuesMap: described(CASE_ENDING_LABELS) });
registerEnumType(CaseStage, { name: 'CaseStage', description: '法定期限环节', valuesMap: described(STAGE_LABELS) });

export enum ClockHolderType {
  OFFICE = 'OFFICE',
  PETITIONER = 'PETITIONER',
}
registerEnumType(ClockHolderType, {
  name: 'ClockHolder',
  description: '期限归属',
  valuesMap: described({ OFFICE: '办理机关的期限（督办、提醒）', PETITIONER: '信访人的申请期限（不督办，届满自动终结）' }),
});

@ObjectType('OfficeRef', { description: '机构名称：办理、登记、问题属地等机构（机构名称并不保密，只显示本机构上下级链上的机构）' })
export class OfficeRef {
  @Field(() => ID)
  id: string;

  @Field({ description: '行政区划代码' })
  code: string;

  @Field({ description: '名称' })
  name: string;

  @Field(() => TenantLevel, { description: '层级' })
  level: TenantLevel;

  @Field(() => [String], { description: '自省级起的各级机构名称，如 ["四川省", "成都市", "锦江区"]' })
  path: string[];
}

@ObjectType('StaffRef', { description: '工作人员（姓名）' })
export class StaffRef {
  @Field(() => ID)
  id: string;

  @Field({ description: '姓名' })
  name: string;
}

@ObjectType('RunningClock', { description: '正在计算的法定期限：剩余天数或逾期天数（按自然日计算至期限日）' })
export class RunningClock {
  @Field(() => CaseStage, { description: '环节' })
  stage: Stage;

  @Field({ description: '环节名称' })
  name: string;

  @Field(() => ClockHolderType, { description: '期限归属：办理机关或信访人' })
  holder: ClockHolder;

  @Field({ description: '期限（最后一日）' })
  deadline: string;

  @Field(() => Int, { description: '剩余天数（期限当日为 0；已逾期为 0）' })
  daysLeft: number;

  @Field(() => Int, { description: '逾期天数（未逾期为 0）' })
  overdueDays: number;

  @Field(() => [Int], { description: '提醒提前天数（期限所属机构的设置，由长到短；信访人的申请期限无提醒）' })
  reminderLeadDays: number[];

  @Field({ description: '临期：办理机关的期限进入最长提醒提前期且未逾期' })
  dueSoon: boolean;
}

@ObjectType('CaseTransitionDetails', { description: '办理过程的内容：各环节记录的理由、对象、期限、结论等（未记录的为空）' })
export class CaseTransitionDetails {
  @Field({ description: '一句话说明（中文）' })
  summary: string;

  @Field(() => String, { nullable: true, description: '理由（异议退回、上报、延期、退回重办）' })
  reason: string | null;

  @Field(() => RouteMode, { nullable: true, description: '转送或交办' })
  routeMode: RouteMode | null;

  @Field(() => ID, { nullable: true, description: '移交至的机构（转送交办目标、退回的转送机关、上报的上级机构）' })
  targetTenantId: string | null;

  @Field(() => String, { nullable: true, description: '移交至的机构名称' })
  targetTenantName: string | null;

  @Field(() => ID, { nullable: true, description: '承办单位' })
  targetUnitId: string | null;

  @Field(() => String, { nullable: true, description: '承办单位名称' })
  targetUnitName: string | null;

  @Field(() => String, { nullable: true, description: '办结报告报送日期' })
  completionReportDue: string | null;

  @Field(() => DeclineReason, { nullable: true, description: '不予受理理由' })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true, description: '导入的法定途径或机关' })
  declineTarget: string | null;

  @Field(() => String, { nullable: true, description: '说明' })
  note: string | null;

  @Field(() => Int, { nullable: true, description: '延长天数' })
  extensionDays: number | null;

  @Field(() => ID, { nullable: true, description: '批准延期的领导' })
  approverId: string | null;

  @Field(() => String, { nullable: true, description: '批准延期的领导姓名' })
  approverName: string | null;

  @Field(() => String, { nullable: true, description: '延期前的办理期限' })
  previousDeadline: string | null;

  @Field(() => String, { nullable: true, description: '听证开始日期' })
  hearingFrom: string | null;

  @Field(() => String, { nullable: true, description: '听证结束日期' })
  hearingTo: string | null;

  @Field(() => DecisionOutcome, { nullable: true, description: '意见书结论' })
  outcome: DecisionOutcome | null;

  @Field(() => OpinionResult, { nullable: true, description: '复查（复核）结果' })
  result: OpinionResult | null;

  @Field(() => Rating, { nullable: true, description: '满意度评价' })
  rating: Rating | null;

  @Field(() => Boolean, { nullable: true, description: '信访人通过评价链接自行评价（否则为代录）' })
  ratedByPetitioner: boolean | null;

  @Field(() => CloseReason, { nullable: true, description: '办结原因' })
  closeReason: CloseReason | null;

  @Field(() => CaseStage, { nullable: true, description: '届满的申请期限' })
  lapsedStage: Stage | null;

  @Field(() => String, { nullable: true, description: '申请期限的最后一日' })
  windowDeadline: string | null;

  @Field(() => Int, { nullable: true, description: '登记的信访人数' })
  petitionerCount: number | null;

  @Field(() => ID, { nullable: true, description: '重复信访：所重复的事项' })
  repeatOfId: string | null;

  @Field(() => String, { nullable: true, description: '登记为新事项的理由' })
  newMatterReason: string | null;

  @Field(() => [String], { nullable: true, description: '登记时高度相似的事项编号' })
  strongMatches: string[] | null;
}

@ObjectType('Petitioner', { description: '信访人' })
export class Petitioner {
  @Field(() => ID)
  id: string;

  @Field({ description: '姓名' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: '公民身份号码：默认脱敏显示；reveal 为 true 时，登记、办理人员可查看完整号码，每次查看均留痕',
  })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话：默认脱敏显示；reveal 为 true 时可查看完整号码，每次查看均留痕' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱（脱敏显示）' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '住址' })
  address: string | null;

  @Field({ description: '是否为代表（集体访至多 5 名代表）' })
  representative: boolean;
}

@ObjectType('CaseStageClock', { description: '法定期限：某一环节的起止、期限与是否按期' })
export class CaseStageClock {
  @Field(() => CaseStage, { description: '环节' })
  stage: Stage;

  @Field({ description: '起算日期' })
  startedOn: string;

  @Field(() => String, { nullable: true, description: '期限（含延期、扣除听证时间）；未设定期限的环节为空' })
  deadline: string | null;

  @Field(() => Int, { description: '延长天数' })
  extensionDays: number;

  @Field({ description: '期限按尚未公布的节假日安排暂估，公布后自动重算' })
  provisional: boolean;

  @Field(() => String, { nullable: true, description: '结束日期；为空表示仍在计算中' })
  stoppedOn: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否按期完成' })
  onTime: boolean | null;

  @Field(() => ID, { description: '期限所依据的机构（其节假日与期限设置）' })
  ownerTenantId: string;
}

@ObjectType('CaseTransition', { description: '办理过程：每一步由谁、何时、为何' })
export class CaseTransition {
  @Field(() => Int, { description: '序号' })
  seq: number;

  @Field(() => CaseAction, { description: '操作' })
  action: CaseAction;

  @Field(() => CaseState, { nullable: true, description: '操作前状态' })
  fromState: CaseState | null;

  @Field(() => CaseState, { description: '操作后状态' })
  toState: CaseState;

  @Field({ description: '操作人' })
  actorName: string;

  @Field(() => ID, { nullable: true, description: '操作人 ID' })
  actorId: string | null;

  @Field(() => ID, { description: '操作人所在机构' })
  actorTenantId: string;

  @Field(() => CaseTransitionDetails, { description: '操作内容：理由、对象、期限、结论等' })
  details: CaseTransitionDetails;

  @Field(() => GraphQLISODateTime, { description: '时间' })
  at: Date;
}

@ObjectType('CaseOpinion', { description: '意见书：信访处理意见、复查意见或复核意见，均予保留' })
export class CaseOpinion {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '序号（按出具先后）' })
  seq: number;

  @Field(() => OpinionKind, { description: '种类' })
  kind: OpinionKind;

  @Field(() => DecisionOutcome, { description: '结论' })
  outcome: DecisionOutcome;

  @Field(() => OpinionResult, { nullable: true, description: '复查（复核）结果：对所复查（复核）意见的维持、变更或撤销；处理意见为空' })
  result: OpinionResult | null;

  @Field({ description: '结果系由迁移前的记录推断（结论相同推为维持，不同推为变更）' })
  resultInferred: boolean;

  @Field(() => ID, { nullable: true, description: '所复查（复核）的意见' })
  reviewedOpinionId: string | null;

  @Field(() => String, { nullable: true, description: '意见书正文（早期被覆盖、未保存的为空）' })
  text: string | null;

  @Field(() => ID, { description: '出具机构' })
  issuerTenantId: string;

  @Field(() => ID, { nullable: true, description: '承办单位（处理意见）' })
  issuerUnitId: string | null;

  @Field({ description: '出具人' })
  issuedByName: string;

  @Field({ description: '出具日期' })
  issuedOn: string;

  @Field({ description: '现行有效的意见（最近一次出具、未被退回重办）' })
  inForce: boolean;
}

@ObjectType('Case', { description: '信访事项' })
@Directive('@key(fields: "id")')
export class Case {
  @Field(() => ID)
  id: string;

  @Field({ description: '信访事项编号' })
  number: string;

  @Field(() => Channel, { description: '渠道' })
  channel: Channel;

  @Field(() => CaseKind, { description: '分类' })
  kind: CaseKind;

  @Field(() => ID, { description: '内容分类' })
  categoryId: string;

  @Field({ description: '标题' })
  title: string;

  @Field({ description: '信访内容' })
  content: string;

  @Field(() => ID, { description: '登记机构' })
  tenantId: string;

  @Field(() => ID, { description: '问题属地' })
  problemJurisdictionId: string;

  @Field(() => ID, { description: '当前办理机构' })
  handlingTenantId: string;

  @Field(() => ID, { nullable: true, description: '当前办理单位' })
  handlingUnitId: string | null;

  @Field(() => ID, { nullable: true, description: '交办机关（应向其报送办结报告）' })
  assigningTenantId: string | null;

  @Field(() => String, { nullable: true, description: '办结报告报送日期（交办事项）' })
  completionReportDue: string | null;

  @Field(() => CompletionReportStatus, { description: '办结报告状态' })
  completionReport: CompletionReportStatus;

  @Field(() => ID, { nullable: true, description: '出具处理意见的机构' })
  decidingTenantId: string | null;

  @Field(() => ID, { nullable: true, description: '复查（复核）机构' })
  reviewTenantId: string | null;

  @Field(() => ID, { nullable: true, description: '被检举控告单位（检举控告类；该单位不可见本事项）' })
  accusedUnitId: string | null;

  @Field(() => Int, { description: '人次' })
  personCount: number;

  @Field(() => ID, { nullable: true, description: '包案领导' })
  leaderOwnerId: string | null;

  @Field(() => ID, { nullable: true, description: '领导接访日' })
  receptionId: string | null;

  @Field(() => CaseState, { description: '状态' })
  state: CaseState;

  @Field(() => [CaseStage], { description: '正在计算的法定期限' })
  openStages: Stage[];

  @Field(() => String, { nullable: true, description: '最近的法定期限' })
  deadline: string | null;

  @Field(() => CaseStage, { nullable: true, description: '最近期限所属环节' })
  deadlineStage: Stage | null;

  @Field({ description: '已延期' })
  extensionUsed: boolean;

  @Field(() => Int, { description: '退回重办次数' })
  sendBackCount: number;

  @Field(() => Rating, { nullable: true, description: '满意度评价（空为未参评）' })
  rating: Rating | null;

  @Field(() => DecisionOutcome, { nullable: true, description: '最近一次处理（复查、复核）意见结论' })
  outcome: DecisionOutcome | null;

  @Field(() => String, { nullable: true, description: '最近一次处理（复查、复核）意见书正文' })
  decisionText: string | null;

  @Field(() => OpinionResult, { nullable: true, description: '复查结果：对信访处理意见维持、变更或撤销' })
  reviewResult: OpinionResult | null;

  @Field(() => OpinionResult, { nullable: true, description: '复核结果：对复查意见维持、变更或撤销' })
  reexaminationResult: OpinionResult | null;

  @Field(() => DeclineReason, { nullable: true, description: '不予受理理由' })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true, description: '导入的法定途径或机关（诉访分离）' })
  declineTarget: string | null;

  @Field(() => CloseReason, { nullable: true, description: '办结原因' })
  closeReason: CloseReason | null;

  @Field(() => ID, { nullable: true, description: '重复信访：所重复的信访事项' })
  repeatOfId: string | null;

  @Field(() => String, { nullable: true, description: '与已有事项高度相似但登记为新事项的理由' })
  newMatterReason: string | null;

  @Field(() => Int, { description: '重复信访次数' })
  repeatCount: number;

  @Field({ description: '越级访：登记机构比问题属地高出一级以上（来访）' })
  levelSkipping: boolean;

  @Field({ description: '该事项正由下级机关在法定期限内办理，本级不予受理' })
  handledBelow: boolean;

  @Field({ description: '登记日期' })
  registeredOn: string;

  @Field(() => GraphQLISODateTime, { description: '登记时间' })
  registeredAt: Date;

  @Field(() => String, { nullable: true, description: '办结（终结）日期' })
  finishedOn: string | null;

  @Field(() => Int, { description: '版本号（修改时提交，防止并发覆盖）' })
  version: number;
}

export const CaseConnection = ConnectionOf(Case, 'Case', { counted: true });

@ObjectType('RepeatCandidate', { description: '可能重复的信访事项' })
export class RepeatCandidate {
  @Field(() => Case, { description: '信访事项' })
  case: Case;

  @Field({ description: '相似度得分（0–1，越高越可能重复）' })
  score: number;

  @Field({ description: '信访人公民身份号码相同' })
  sameIdNumber: boolean;

  @Field({ description: '信访人联系电话相同' })
  samePhone: boolean;

  @Field({ description: '标题与内容的文字相似度（0–1）' })
  textSimilarity: number;

  @Field({ description: '已终结（复核终结或复查、复核申请期限届满）：同一事实不再受理' })
  finalized: boolean;

  @Field({ description: '正由下级机关在法定期限内办理：本级不予受理' })
  handledBelow: boolean;
}

@ObjectType('CaseCount', { description: '信访事项统计：批次、人次与复查复核结果' })
export class CaseCount {
  @Field({ description: '分组键（枚举值、内容分类编号或机构编号）' })
  key: string;

  @Field({ description: '分组名称' })
  label: string;

  @Field(() => Int, { description: '批次（件数）' })
  batches: number;

  @Field(() => Int, { description: '人次' })
  personTimes: number;

  @Field(() => Int, { description: '复查件数（已申请复查）' })
  reviews: number;

  @Field(() => Int, { description: '复查维持件数' })
  reviewsUpheld: number;

  @Field(() => Int, { description: '复查变更件数' })
  reviewsChanged: number;

  @Field(() => Int, { description: '复查撤销件数' })
  reviewsRevoked: number;

  @Field(() => Int, { description: '复核件数（已申请复核）' })
  reexaminations: number;

  @Field(() => Int, { description: '复核维持件数' })
  reexaminationsUpheld: number;

  @Field(() => Int, { description: '复核变更件数' })
  reexaminationsChanged: number;

  @Field(() => Int, { description: '复核撤销件数' })
  reexaminationsRevoked: number;
}

@ObjectType('CaseBacklog', { description: '积存：截至某日已登记、办理尚未结束（未不予受理、未出具意见、未终结或办结）的信访事项' })
export class CaseBacklog {
  @Field({ description: '截至日期' })
  asOf: string;

  @Field(() => Int, { description: '积存件数' })
  open: number;

  @Field(() => Int, { description: '积存人次' })
  personTimes: number;

  @Field(() => Int, { description: '其中已超过办理期限的件数' })
  overdue: number;

  @Field(() => Int, { description: '其中登记已超过 90 日的件数' })
  longPending: number;
}
