/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 采纳反馈 */
export type AcceptFeedbackInput = {
  /** 审核意见 */
  comment?: string | null | undefined;
  /** 督办通知 */
  noticeId: string | number;
  /** 看到的版本号 */
  version: number;
};

/** 考核期：年度给出 year；半年另给 half（1、2）；季度另给 quarter（1–4）；自定义时段给出 from、to */
export type AssessmentPeriodInput = {
  from?: string | null | undefined;
  half?: number | null | undefined;
  kind: AssessmentPeriodKind;
  quarter?: number | null | undefined;
  to?: string | null | undefined;
  year?: number | null | undefined;
};

/** 考核期类型 */
export type AssessmentPeriodKind =
  /** 半年 */
  | 'HALF_YEAR'
  /** 季度 */
  | 'QUARTER'
  /** 自定义时段 */
  | 'RANGE'
  /** 年度 */
  | 'YEAR';

/** 办理环节操作 */
export type CaseAction =
  /** 受理 */
  | 'ACCEPT'
  /** 办结 */
  | 'CLOSE'
  /** 出具处理意见 */
  | 'DECIDE'
  /** 出具复核意见 */
  | 'DECIDE_REEXAMINATION'
  /** 出具复查意见 */
  | 'DECIDE_REVIEW'
  /** 不予受理 */
  | 'DECLINE'
  /** 答复送达 */
  | 'DELIVER'
  /** 延期 */
  | 'EXTEND'
  /** 期限届满终结 */
  | 'LAPSE'
  /** 异议退回 */
  | 'OBJECT'
  /** 满意度评价 */
  | 'RATE'
  /** 签收 */
  | 'RECEIVE'
  /** 记录听证 */
  | 'RECORD_HEARING'
  /** 登记 */
  | 'REGISTER'
  /** 上报 */
  | 'REPORT_UP'
  /** 申请复核 */
  | 'REQUEST_REEXAMINATION'
  /** 申请复查 */
  | 'REQUEST_REVIEW'
  /** 转送交办 */
  | 'ROUTE'
  /** 退回重办 */
  | 'SEND_BACK'
  /** 报送办结报告 */
  | 'SUBMIT_COMPLETION_REPORT';

/** 对信访事项的操作：事项与读取时的版本号 */
export type CaseChangeInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 统计口径 */
export type CaseCountBasis =
  /** 按办理机构：本机构及下级机构当前办理的事项（即本辖区可查看的事项） */
  | 'HANDLING_OFFICE'
  /** 按问题属地：问题属地在本辖区内的事项，含由上级机关办理的（与考核口径一致；只返回统计数，不返回事项） */
  | 'PROBLEM_JURISDICTION';

/** 办结方式（信访事项如何结束） */
export type CaseEnding =
  /** 建议意见类、检举控告类答复办结 */
  | 'ANSWERED'
  /** 出具信访处理意见（复查、复核期间亦同） */
  | 'DECIDED'
  /** 不予受理（理由见不予受理理由） */
  | 'DECLINED'
  /** 调解化解 */
  | 'MEDIATED'
  /** 信访人撤回 */
  | 'WITHDRAWN';

/** 信访事项查询条件（各条件同时满足） */
export type CaseFilter = {
  /** 内容分类 */
  categoryIds?: Array<string | number> | null | undefined;
  /** 渠道 */
  channels?: Array<Channel> | null | undefined;
  /** 在 N 日内到期（含已超期） */
  dueWithinDays?: number | null | undefined;
  /** 当前办理机构 */
  handlingTenantId?: string | number | null | undefined;
  /** 当前办理单位 */
  handlingUnitId?: string | number | null | undefined;
  /** 分类 */
  kinds?: Array<CaseKind> | null | undefined;
  /** 包案领导 */
  leaderOwnerId?: string | number | null | undefined;
  /** 已超期（最近期限早于今日） */
  overdue?: boolean | null | undefined;
  /** 我包案的：只看当前用户（领导）包案的事项 */
  ownedByMe?: boolean | null | undefined;
  /** 信访人公民身份号码（精确匹配） */
  petitionerIdNumber?: string | null | undefined;
  /** 信访人联系电话（精确匹配） */
  petitionerPhone?: string | null | undefined;
  /** 问题属地：该机构及其下级 */
  problemJurisdictionId?: string | number | null | undefined;
  /** 领导接访日 */
  receptionId?: string | number | null | undefined;
  /** 我登记的：只看当前用户登记的事项 */
  registeredByMe?: boolean | null | undefined;
  /** 登记日期起（含） */
  registeredFrom?: string | null | undefined;
  /** 登记日期止（含） */
  registeredTo?: string | null | undefined;
  /** 状态 */
  states?: Array<CaseState> | null | undefined;
  /** 标题或内容包含的文字（至少 2 个字） */
  text?: string | null | undefined;
};

/** 信访事项分类（依法分类处理） */
export type CaseKind =
  /** 检举控告类 */
  | 'ACCUSATION'
  /** 申诉求决类 */
  | 'CLAIM'
  /** 建议意见类 */
  | 'SUGGESTION';

/** 信访事项排序；分页游标与排序对应，换排序须从第一页查起 */
export type CaseOrder = {
  /** 排序方向，默认升序 */
  direction?: OrderDirection;
  /** 排序依据 */
  field: CaseOrderField;
};

/** 信访事项排序依据 */
export type CaseOrderField =
  /** 最近期限（无正在计算的期限的排在最后） */
  | 'DEADLINE'
  /** 编号 */
  | 'NUMBER'
  /** 登记时间 */
  | 'REGISTERED_AT';

/** 法定期限环节 */
export type CaseStage =
  /** 办理（第三十四条） */
  | 'HANDLE'
  /** 受理告知（第二十三条） */
  | 'NOTIFY'
  /** 异议退回（第二十三条） */
  | 'OBJECT'
  /** 签收（（条例未规定，由本级或上级设定）） */
  | 'RECEIVE'
  /** 复核（第三十六条） */
  | 'REEXAMINATION'
  /** 申请复核（第三十六条） */
  | 'REEXAMINATION_WINDOW'
  /** 复查（第三十五条） */
  | 'REVIEW'
  /** 申请复查（第三十五条） */
  | 'REVIEW_WINDOW'
  /** 转送、交办（第二十二条） */
  | 'ROUTE';

/** 信访事项状态 */
export type CaseState =
  /** 已受理 */
  | 'ACCEPTED'
  /** 已办结 */
  | 'CLOSED'
  /** 已出具处理意见 */
  | 'DECIDED'
  /** 已答复送达 */
  | 'DELIVERED'
  /** 已终结 */
  | 'FINALIZED'
  /** 复核中 */
  | 'IN_REEXAMINATION'
  /** 复查中 */
  | 'IN_REVIEW'
  /** 已签收 */
  | 'RECEIVED'
  /** 已登记 */
  | 'REGISTERED'
  /** 已复查 */
  | 'REVIEWED'
  /** 已转送交办 */
  | 'ROUTED';

/** 信访渠道 */
export type Channel =
  /** 12345转办 */
  | 'HOTLINE'
  /** 来信 */
  | 'LETTER'
  /** 网上信访 */
  | 'ONLINE'
  /** 来电 */
  | 'PHONE'
  /** 视频信访 */
  | 'VIDEO'
  /** 来访 */
  | 'VISIT';

/** 期限归属 */
export type ClockHolder =
  /** 办理机关的期限（督办、提醒） */
  | 'OFFICE'
  /** 信访人的申请期限（不督办，届满自动终结） */
  | 'PETITIONER';

/** 办结 */
export type CloseCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 办结原因 */
  reason: CloseReason;
  /** 读取时的版本号 */
  version: number;
};

/** 办结原因 */
export type CloseReason =
  /** 已答复办结 */
  | 'COMPLETED'
  /** 调解化解 */
  | 'MEDIATED'
  /** 期限届满未申请复查（复核） */
  | 'WINDOW_LAPSED'
  /** 信访人撤回 */
  | 'WITHDRAWN';

/** 办结报告状态（交办事项） */
export type CompletionReportStatus =
  /** 未报送 */
  | 'NONE'
  /** 已退回重办 */
  | 'SENT_BACK'
  /** 已报送 */
  | 'SUBMITTED';

/** 出具处理（复查、复核）意见 */
export type DecideCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 结论 */
  outcome: DecisionOutcome;
  /** 意见书正文 */
  text: string;
  /** 读取时的版本号 */
  version: number;
};

/** 出具复查（复核）意见：结论、正文，以及对原意见维持、变更或撤销 */
export type DecideReviewInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 结论 */
  outcome: DecisionOutcome;
  /** 对所复查（复核）的意见：维持、变更或撤销（维持时结论应与原意见一致） */
  result: OpinionResult;
  /** 意见书正文 */
  text: string;
  /** 读取时的版本号 */
  version: number;
};

/** 处理意见结论 */
export type DecisionOutcome =
  /** 不予支持 */
  | 'DOES_NOT_SUPPORT'
  /** 解释说明 */
  | 'EXPLAINS'
  /** 部分支持 */
  | 'PARTLY_SUPPORTS'
  /** 予以支持 */
  | 'SUPPORTS';

/** 不予受理 */
export type DeclineCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 说明（理由为“其他”时必填） */
  note?: string | null | undefined;
  /** 理由 */
  reason: DeclineReason;
  /** 导入的法定途径或机关（诉访分离时必填），如“某某区人民法院” */
  target?: string | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 不予受理理由 */
export type DeclineReason =
  /** 应当通过行政复议途径解决 */
  | 'ADMINISTRATIVE_REVIEW'
  /** 应当通过行政裁决途径解决 */
  | 'ADMINISTRATIVE_RULING'
  /** 同一事实已终结，不再受理 */
  | 'ALREADY_FINALIZED'
  /** 应当通过仲裁途径解决 */
  | 'ARBITRATION'
  /** 该事项正在法定期限内办理 */
  | 'BEING_HANDLED'
  /** 应当通过诉讼途径解决 */
  | 'LITIGATION'
  /** 不属于信访事项 */
  | 'NOT_A_PETITION'
  /** 其他原因 */
  | 'OTHER'
  /** 应当由有关机关依法履行职责处理 */
  | 'OWN_LEGAL_DUTY'
  /** 应当通过党员申诉等途径解决 */
  | 'PARTY_APPEAL';

/** 延期（只能一次，不超过 30 日，须经批准） */
export type ExtendCaseInput = {
  /** 批准人（本机构或上级机构的领导） */
  approverId: string | number;
  /** 信访事项 */
  caseId: string | number;
  /** 延长天数 */
  days: number;
  /** 延期理由（告知信访人） */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 反馈审核结果 */
export type FeedbackDecision =
  /** 采纳 */
  | 'ACCEPTED'
  /** 退回 */
  | 'REJECTED';

/** 挂牌督办 */
export type ListForSupervisionInput = {
  /** 整改期限 */
  fixBy: string;
  /** 督办事由（《信访工作条例》第四十条） */
  reason: NoticeReason;
  /** 所督办的期限环节（须在办理中）；办结时通知随之办结 */
  stage?: string | null | undefined;
  /** 信访事项或任务 */
  subjectId: string | number;
  /** 督办对象类型 */
  subjectType: SupervisedSubjectType;
  /** 通知内容：问题和整改要求 */
  text: string;
};

/** 督办通知的处理环节 */
export type NoticeAction =
  /** 采纳反馈 */
  | 'ACCEPT'
  /** 办结 */
  | 'CLOSE'
  /** 升级督办 */
  | 'ESCALATE'
  /** 下发 */
  | 'ISSUE'
  /** 阅知 */
  | 'READ'
  /** 退回反馈 */
  | 'REJECT'
  /** 督办到顶，不再升级 */
  | 'STOP_ESCALATION'
  /** 书面反馈 */
  | 'SUBMIT_FEEDBACK';

/** 书面反馈 */
export type NoticeFeedbackInput = {
  /** 附件（已上传文件的引用） */
  attachments?: Array<string>;
  /** 督办通知 */
  noticeId: string | number;
  /** 反馈内容：办理情况和整改措施 */
  text: string;
  /** 看到的版本号 */
  version: number;
};

/** 督办通知筛选条件 */
export type NoticeFilter = {
  /** 种类 */
  kind?: NoticeKind | null | undefined;
  /** 为真时只列书面反馈已逾期的，为假时只列未逾期的 */
  overdue?: boolean | null | undefined;
  /** 状态 */
  state?: NoticeState | null | undefined;
  /** 督办对象类型 */
  subjectType?: SupervisedSubjectType | null | undefined;
  /** 为真时只列未阅的，为假时只列已阅的 */
  unread?: boolean | null | undefined;
};

/** 督办通知种类 */
export type NoticeKind =
  /** 追究责任建议 */
  | 'ACCOUNTABILITY'
  /** 通报 */
  | 'CIRCULAR'
  /** 挂牌督办 */
  | 'LISTED'
  /** 提醒 */
  | 'REMINDER'
  /** 约谈 */
  | 'SUMMONS'
  /** 督办单 */
  | 'SUPERVISION';

/** 督办事由（《信访工作条例》第四十条） */
export type NoticeReason =
  /** 处理意见未落实 */
  | 'DECISION_NOT_CARRIED_OUT'
  /** 应当受理而未受理 */
  | 'NOT_ACCEPTED'
  /** 其他 */
  | 'OTHER'
  /** 未在规定期限内办结 */
  | 'OVERDUE'
  /** 未按规定程序办理 */
  | 'PROCEDURE_NOT_FOLLOWED'
  /** 推诿、敷衍、拖延、弄虚作假 */
  | 'SHIRKING';

/** 督办通知状态 */
export type NoticeState =
  /** 反馈已采纳 */
  | 'ACCEPTED'
  /** 已办结 */
  | 'CLOSED'
  /** 已升级督办 */
  | 'ESCALATED'
  /** 已反馈 */
  | 'FEEDBACK_SUBMITTED'
  /** 已下发 */
  | 'ISSUED'
  /** 已阅 */
  | 'READ'
  /** 反馈被退回 */
  | 'REJECTED';

/** 复查（复核）结果：对原意见维持、变更或撤销 */
export type OpinionResult =
  /** 变更 */
  | 'CHANGED'
  /** 撤销 */
  | 'REVOKED'
  /** 维持 */
  | 'UPHELD';

/** 排序方向 */
export type OrderDirection =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

/** 统计期间（登记日期，含首尾） */
export type PeriodInput = {
  /** 起 */
  from: string;
  /** 止 */
  to: string;
};

/** 信访人 */
export type PetitionerInput = {
  /** 住址 */
  address?: string | null | undefined;
  /** 公民身份号码（18 位，校验码按 GB 11643 核验） */
  idNumber?: string | null | undefined;
  /** 姓名 */
  name: string;
  /** 联系电话 */
  phone?: string | null | undefined;
  /** 是否为代表（来访的集体访至多 5 名代表） */
  representative?: boolean;
};

/** 手工下发督办通知（提醒由期限自动生成，挂牌督办另用 listForSupervision） */
export type RaiseNoticeInput = {
  /** 种类 */
  kind: NoticeKind;
  /** 督办事由（《信访工作条例》第四十条） */
  reason: NoticeReason;
  /** 所督办的期限环节（须在办理中）；办结时通知随之办结 */
  stage?: string | null | undefined;
  /** 信访事项或任务 */
  subjectId: string | number;
  /** 督办对象类型 */
  subjectType: SupervisedSubjectType;
  /** 通知内容：问题和整改要求 */
  text: string;
};

/** 满意度评价（登记人员代信访人录入） */
export type RateCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 评价 */
  rating: Rating;
  /** 读取时的版本号 */
  version: number;
};

/** 满意度评价 */
export type Rating =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** 附理由的操作（异议退回、退回重办等） */
export type ReasonedCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 理由 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 审核反馈或升级督办，附理由 */
export type ReasonedNoticeChangeInput = {
  /** 督办通知 */
  noticeId: string | number;
  /** 理由或意见 */
  reason: string;
  /** 看到的版本号 */
  version: number;
};

/** 记录听证（复核期限扣除听证时间） */
export type RecordHearingInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 听证开始日期 */
  from: string;
  /** 听证结束日期 */
  to: string;
  /** 读取时的版本号 */
  version: number;
};

/** 登记信访事项 */
export type RegisterCaseInput = {
  /** 被检举控告单位（检举控告类） */
  accusedUnitId?: string | number | null | undefined;
  /** 内容分类 */
  categoryId: string | number;
  /** 渠道 */
  channel: Channel;
  /** 信访内容 */
  content: string;
  /** 分类 */
  kind: CaseKind;
  /** 包案领导 */
  leaderOwnerId?: string | number | null | undefined;
  /** 与已有事项高度相似（同一信访人、相似事项）但确属新事项时，登记为新事项的理由；与 repeatOfId 二选一 */
  newMatterReason?: string | null | undefined;
  /** 人次（默认为信访人数） */
  personCount?: number | null | undefined;
  /** 信访人（集体访可多人） */
  petitioners: Array<PetitionerInput>;
  /** 问题属地（本辖区内的机构） */
  problemJurisdictionId: string | number;
  /** 在领导接访日登记时的接访安排 */
  receptionId?: string | number | null | undefined;
  /** 确认为重复信访时，所重复的信访事项 */
  repeatOfId?: string | number | null | undefined;
  /** 标题 */
  title: string;
};

/** 重复信访查重：登记前按信访人和内容查找可能重复的事项 */
export type RepeatCandidatesInput = {
  /** 信访内容 */
  content?: string;
  /** 信访人公民身份号码 */
  idNumbers?: Array<string>;
  /** 信访人联系电话 */
  phones?: Array<string>;
  /** 标题 */
  title?: string;
};

/** 角色 */
export type Role =
  /** 考核员 */
  | 'ASSESSOR'
  /** 联席办 */
  | 'CONFERENCE_OFFICE'
  /** 办理人员 */
  | 'HANDLER'
  /** 领导 */
  | 'LEADER'
  /** 成员单位联络员 */
  | 'MEMBER_UNIT'
  /** 登记员 */
  | 'REGISTRAR'
  /** 督查 */
  | 'SUPERVISOR'
  /** 管理员 */
  | 'TENANT_ADMIN';

/** 转送、交办 */
export type RouteCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 办结报告报送日期（交办时必填） */
  completionReportDue?: string | null | undefined;
  /** 方式 */
  mode: RouteMode;
  /** 目标机构：本机构或本辖区内的下级机构 */
  tenantId: string | number;
  /** 目标单位（目标机构的单位；为空时由目标机构签收后再分办） */
  unitId?: string | number | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 转送交办方式 */
export type RouteMode =
  /** 交办 */
  | 'ASSIGN'
  /** 转送 */
  | 'TRANSFER';

/** 安排领导接访 */
export type ScheduleReceptionInput = {
  /** 接访日期（YYYY-MM-DD） */
  date: string;
  /** 接访领导（本机构具有领导角色的在用账号） */
  leaderId: string | number;
  /** 接访地点 */
  place?: string | null | undefined;
};

/** 退回重办 */
export type SendBackCaseInput = {
  /** 信访事项 */
  caseId: string | number;
  /** 重新报送办结报告的日期 */
  completionReportDue: string;
  /** 理由 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 督办对象类型 */
export type SupervisedSubjectType =
  /** 信访事项 */
  | 'CASE'
  /** 联席会议任务 */
  | 'TASK';

/** 行政层级 */
export type TenantLevel =
  /** 市（州） */
  | 'CITY'
  /** 县（市、区） */
  | 'COUNTY'
  /** 省 */
  | 'PROVINCE'
  /** 乡镇（街道） */
  | 'TOWNSHIP';

export type RevealPetitionersQueryVariables = Exact<{
  id: string | number;
}>;


export type RevealPetitionersQuery = { case: { id: string, petitioners: Array<{ id: string, fullIdNumber: string | null, fullPhone: string | null }> } };

export type RouteTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RouteTargetsQuery = { tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }> } };

export type TargetUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetUnitsQuery = { tenant: { id: string, units: { edges: Array<{ node: { id: string, name: string } }> } } };

export type ExtensionApproversQueryVariables = Exact<{
  caseId: string | number;
}>;


export type ExtensionApproversQuery = { extensionApprovers: Array<{ id: string, name: string }> };

export type RouteCaseMutationVariables = Exact<{
  input: RouteCaseInput;
}>;


export type RouteCaseMutation = { routeCase: { id: string, version: number, state: CaseState } };

export type ObjectToCaseMutationVariables = Exact<{
  input: ReasonedCaseInput;
}>;


export type ObjectToCaseMutation = { objectToCase: { id: string, version: number, state: CaseState } };

export type ReportCaseUpMutationVariables = Exact<{
  input: ReasonedCaseInput;
}>;


export type ReportCaseUpMutation = { reportCaseUp: { id: string, version: number, state: CaseState } };

export type ReceiveCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type ReceiveCaseMutation = { receiveCase: { id: string, version: number, state: CaseState } };

export type AcceptCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type AcceptCaseMutation = { acceptCase: { id: string, version: number, state: CaseState } };

export type DeclineCaseMutationVariables = Exact<{
  input: DeclineCaseInput;
}>;


export type DeclineCaseMutation = { declineCase: { id: string, version: number, state: CaseState } };

export type ExtendCaseMutationVariables = Exact<{
  input: ExtendCaseInput;
}>;


export type ExtendCaseMutation = { extendCase: { id: string, version: number, state: CaseState } };

export type RecordHearingMutationVariables = Exact<{
  input: RecordHearingInput;
}>;


export type RecordHearingMutation = { recordHearing: { id: string, version: number, state: CaseState } };

export type DecideCaseMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type DecideCaseMutation = { decideCase: { id: string, version: number, state: CaseState } };

export type DeliverCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type DeliverCaseMutation = { deliverCase: { id: string, version: number, state: CaseState, ratingToken: string | null } };

export type SubmitCompletionReportMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type SubmitCompletionReportMutation = { submitCompletionReport: { id: string, version: number, state: CaseState } };

export type SendBackCaseMutationVariables = Exact<{
  input: SendBackCaseInput;
}>;


export type SendBackCaseMutation = { sendBackCase: { id: string, version: number, state: CaseState } };

export type RateCaseMutationVariables = Exact<{
  input: RateCaseInput;
}>;


export type RateCaseMutation = { rateCase: { id: string, version: number, state: CaseState } };

export type RequestReviewMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type RequestReviewMutation = { requestReview: { id: string, version: number, state: CaseState } };

export type DecideReviewMutationVariables = Exact<{
  input: DecideReviewInput;
}>;


export type DecideReviewMutation = { decideReview: { id: string, version: number, state: CaseState } };

export type RequestReexaminationMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type RequestReexaminationMutation = { requestReexamination: { id: string, version: number, state: CaseState } };

export type DecideReexaminationMutationVariables = Exact<{
  input: DecideReviewInput;
}>;


export type DecideReexaminationMutation = { decideReexamination: { id: string, version: number, state: CaseState } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { id: string, version: number, state: CaseState } };

export type CaseNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseNoticesQuery = { case: { id: string, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder }>, supervisionNotices: Array<{ id: string, kind: NoticeKind, state: NoticeState, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null }> } };

export type RaiseNoticeMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type RaiseNoticeMutation = { raiseNotice: { id: string } };

export type ListForSupervisionMutationVariables = Exact<{
  input: ListForSupervisionInput;
}>;


export type ListForSupervisionMutation = { listForSupervision: { id: string } };

export type SubmitNoticeFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type SubmitNoticeFeedbackMutation = { submitNoticeFeedback: { id: string, version: number, state: NoticeState, availableActions: Array<NoticeAction> } };

export type AcceptNoticeFeedbackMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type AcceptNoticeFeedbackMutation = { acceptNoticeFeedback: { id: string, version: number, state: NoticeState, availableActions: Array<NoticeAction> } };

export type RejectNoticeFeedbackMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type RejectNoticeFeedbackMutation = { rejectNoticeFeedback: { id: string, version: number, state: NoticeState, availableActions: Array<NoticeAction> } };

export type EscalateNoticeMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type EscalateNoticeMutation = { escalateNotice: { id: string } };

export type RegistrationChoicesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RegistrationChoicesQuery = { categories: Array<{ id: string, name: string, fullName: string, parentId: string | null, usable: boolean }>, tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, leaders: Array<{ id: string, displayName: string }> };

export type SubtreeTenantsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SubtreeTenantsQuery = { tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JurisdictionUnitsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type JurisdictionUnitsQuery = { tenant: { id: string, units: { edges: Array<{ node: { id: string, name: string } }> } } };

export type ReceptionsOfDayQueryVariables = Exact<{
  tenantId: string | number;
  day: string;
}>;


export type ReceptionsOfDayQuery = { receptions: { edges: Array<{ node: { id: string, tenantId: string, leaderName: string, place: string | null, date: string } }> } };

export type RepeatCandidatesQueryVariables = Exact<{
  input: RepeatCandidatesInput;
}>;


export type RepeatCandidatesQuery = { repeatCandidates: Array<{ score: number, sameIdNumber: boolean, samePhone: boolean, textSimilarity: number, handledBelow: boolean, finalized: boolean, case: { id: string, number: string, title: string, state: CaseState, registeredOn: string } }> };

export type RegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type RegisterCaseMutation = { registerCase: { id: string, number: string } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, number: string, title: string, content: string, channel: Channel, kind: CaseKind, state: CaseState, registeredOn: string, personCount: number, collective: boolean, version: number, availableActions: Array<CaseAction>, completionReportDue: string | null, completionReport: CompletionReportStatus, outcome: DecisionOutcome | null, decisionText: string | null, ending: CaseEnding | null, rating: Rating | null, handlingTenant: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null, registeringTenant: { id: string, name: string } | null, problemJurisdiction: { id: string, name: string } | null, assigningTenant: { id: string, name: string } | null, leaderOwner: { id: string, name: string } | null, category: { id: string, name: string, path: Array<string> } | null, accusedUnit: { id: string, name: string } | null, repeatOf: { id: string, number: string, title: string } | null, repeats: Array<{ id: string, number: string, title: string, state: CaseState }>, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }>, petitioners: Array<{ id: string, name: string, idNumber: string | null, phone: string | null, address: string | null, representative: boolean }>, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, extensionDays: number, stoppedOn: string | null, onTime: boolean | null }>, timeline: Array<{ seq: number, action: CaseAction, toState: CaseState, actorName: string, at: string, actorTenant: { id: string, name: string } | null, details: { summary: string } }> } };

export type CaseQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type CaseQueueQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, channel: Channel, kind: CaseKind, state: CaseState, registeredOn: string, personCount: number, collective: boolean, handlingTenant: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QueueChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueChoicesQuery = { categories: Array<{ id: string, name: string, parentId: string | null }>, tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }> } };

export type NoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailQuery = { notice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, deadline: string | null, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedByName: string, issuedAt: string, readAt: string | null, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null, fixBy: string | null, escalateOn: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null, availableActions: Array<NoticeAction>, ladder: Array<{ id: string, kind: NoticeKind, state: NoticeState, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, closedAt: string | null, ladderStoppedReason: string | null }>, feedback: Array<{ id: string, text: string, attachments: Array<string>, submittedByName: string, submittedAt: string, decision: FeedbackDecision | null, decisionComment: string | null, decidedByName: string | null, decidedAt: string | null }>, history: Array<{ seq: number, action: NoticeAction, toState: NoticeState, actorName: string, reason: string | null, at: string }> } };

export type MarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNoticeReadMutation = { markNoticeRead: { id: string, version: number, state: NoticeState, readAt: string | null, availableActions: Array<NoticeAction> } };

export type NoticeListRowFragment = { id: string, kind: NoticeKind, state: NoticeState, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null };

export type NoticeInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticeInboxQuery = { noticeInbox: { totalCount: number, unreadCount: number, edges: Array<{ node: { id: string, kind: NoticeKind, state: NoticeState, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type IssuedNoticesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NoticeFilter | null | undefined;
}>;


export type IssuedNoticesQuery = { issuedNotices: { totalCount: number, edges: Array<{ node: { id: string, kind: NoticeKind, state: NoticeState, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReceptionListQueryVariables = Exact<{
  first: number;
}>;


export type ReceptionListQuery = { receptions: { totalCount: number, edges: Array<{ node: { id: string, date: string, leaderName: string, place: string | null, caseCount: number, personCount: number } }> } };

export type ReceptionLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceptionLeadersQuery = { leaders: Array<{ id: string, displayName: string }> };

export type ScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type ScheduleReceptionMutation = { scheduleReception: { id: string } };

export type ReceptionCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type ReceptionCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, state: CaseState, registeredOn: string } }> } };

export type StatisticsCountsQueryVariables = Exact<{
  period: PeriodInput;
  lastYear: PeriodInput;
  basis?: CaseCountBasis | null | undefined;
  jurisdictionId?: string | number | null | undefined;
}>;


export type StatisticsCountsQuery = { channel: Array<{ key: string, label: string, batches: number, personTimes: number }>, channelLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, kind: Array<{ key: string, label: string, batches: number, personTimes: number }>, kindLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, category: Array<{ key: string, label: string, batches: number, personTimes: number }>, categoryLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, child: Array<{ key: string, label: string, batches: number, personTimes: number }>, childLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, month: Array<{ key: string, label: string, batches: number, personTimes: number }>, monthLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }> };

export type StatisticsIndicatorsQueryVariables = Exact<{
  period: AssessmentPeriodInput;
  tenantId?: string | number | null | undefined;
}>;


export type StatisticsIndicatorsQuery = { jurisdictionIndicators: Array<{ value: number | null, numerator: number, denominator: number | null, previous: number | null, indicator: { code: string, name: string, formula: string } }> };

export type StatisticsJurisdictionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsJurisdictionsQuery = { me: { id: string, tenant: { id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> } | null } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, tenantId: string, tenant: { id: string, name: string, level: TenantLevel } | null, unit: { id: string, name: string } | null } };

export type UnreadNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticesQuery = { noticeInbox: { unreadCount: number } };

export type TenantNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantNamesQuery = { tenants: { edges: Array<{ node: { id: string, name: string } }> } };

export const NoticeListRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<NoticeListRowFragment, unknown>;
export const RevealPetitionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealPetitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"fullIdNumber"},"name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","alias":{"kind":"Name","value":"fullPhone"},"name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<RevealPetitionersQuery, RevealPetitionersQueryVariables>;
export const RouteTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteTargetsQuery, RouteTargetsQueryVariables>;
export const TargetUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetUnitsQuery, TargetUnitsQueryVariables>;
export const ExtensionApproversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtensionApprovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionApprovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExtensionApproversQuery, ExtensionApproversQueryVariables>;
export const RouteCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RouteCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RouteCaseMutation, RouteCaseMutationVariables>;
export const ObjectToCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ObjectToCaseMutation, ObjectToCaseMutationVariables>;
export const ReportCaseUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCaseUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCaseUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReportCaseUpMutation, ReportCaseUpMutationVariables>;
export const ReceiveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReceiveCaseMutation, ReceiveCaseMutationVariables>;
export const AcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const DeclineCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineCaseMutation, DeclineCaseMutationVariables>;
export const ExtendCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ExtendCaseMutation, ExtendCaseMutationVariables>;
export const RecordHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RecordHearingMutation, RecordHearingMutationVariables>;
export const DecideCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DecideCaseMutation, DecideCaseMutationVariables>;
export const DeliverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"ratingToken"}}]}}]}}]} as unknown as DocumentNode<DeliverCaseMutation, DeliverCaseMutationVariables>;
export const SubmitCompletionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCompletionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCompletionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SubmitCompletionReportMutation, SubmitCompletionReportMutationVariables>;
export const SendBackCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendBackCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SendBackCaseMutation, SendBackCaseMutationVariables>;
export const RateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RateCaseMutation, RateCaseMutationVariables>;
export const RequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestReviewMutation, RequestReviewMutationVariables>;
export const DecideReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DecideReviewMutation, DecideReviewMutationVariables>;
export const RequestReexaminationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReexamination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReexamination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestReexaminationMutation, RequestReexaminationMutationVariables>;
export const DecideReexaminationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideReexamination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReexamination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DecideReexaminationMutation, DecideReexaminationMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const CaseNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]}}]}}]} as unknown as DocumentNode<CaseNoticesQuery, CaseNoticesQueryVariables>;
export const RaiseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaiseNoticeMutation, RaiseNoticeMutationVariables>;
export const ListForSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListForSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListForSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listForSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListForSupervisionMutation, ListForSupervisionMutationVariables>;
export const SubmitNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<SubmitNoticeFeedbackMutation, SubmitNoticeFeedbackMutationVariables>;
export const AcceptNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<AcceptNoticeFeedbackMutation, AcceptNoticeFeedbackMutationVariables>;
export const RejectNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<RejectNoticeFeedbackMutation, RejectNoticeFeedbackMutationVariables>;
export const EscalateNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EscalateNoticeMutation, EscalateNoticeMutationVariables>;
export const RegistrationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RegistrationChoicesQuery, RegistrationChoicesQueryVariables>;
export const SubtreeTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SubtreeTenantsQuery, SubtreeTenantsQueryVariables>;
export const JurisdictionUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionUnitsQuery, JurisdictionUnitsQueryVariables>;
export const ReceptionsOfDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsOfDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionsOfDayQuery, ReceptionsOfDayQueryVariables>;
export const RepeatCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepeatCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepeatCandidatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repeatCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sameIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"samePhone"}},{"kind":"Field","name":{"kind":"Name","value":"textSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]}}]} as unknown as DocumentNode<RepeatCandidatesQuery, RepeatCandidatesQueryVariables>;
export const RegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RegisterCaseMutation, RegisterCaseMutationVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeringTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"leaderOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accusedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueueQuery, CaseQueueQueryVariables>;
export const QueueChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueChoicesQuery, QueueChoicesQueryVariables>;
export const NoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDetailQuery, NoticeDetailQueryVariables>;
export const MarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const NoticeInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<NoticeInboxQuery, NoticeInboxQueryVariables>;
export const IssuedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<IssuedNoticesQuery, IssuedNoticesQueryVariables>;
export const ReceptionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionListQuery, ReceptionListQueryVariables>;
export const ReceptionLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReceptionLeadersQuery, ReceptionLeadersQueryVariables>;
export const ScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleReceptionMutation, ScheduleReceptionMutationVariables>;
export const ReceptionCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionCasesQuery, ReceptionCasesQueryVariables>;
export const StatisticsCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"channel"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHANNEL"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"channelLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHANNEL"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kindLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"category"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"categoryLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"child"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHILD_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"childLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHILD_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"month"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"monthLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]} as unknown as DocumentNode<StatisticsCountsQuery, StatisticsCountsQueryVariables>;
export const StatisticsIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]} as unknown as DocumentNode<StatisticsIndicatorsQuery, StatisticsIndicatorsQueryVariables>;
export const StatisticsJurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsJurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsJurisdictionsQuery, StatisticsJurisdictionsQueryVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const UnreadNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNoticesQuery, UnreadNoticesQueryVariables>;
export const TenantNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantNamesQuery, TenantNamesQueryVariables>;