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

/** 增加成员单位 */
export type AddConferenceMemberInput = {
  /** 加入日期；默认今天 */
  joinedOn?: string | null | undefined;
  /** 联络员（本级用户；本级单位的联络员须属该单位） */
  liaisonUserId: string | number;
  /** 外部单位名称（无 unitId 时必填） */
  name?: string | null | undefined;
  /** 本级单位 */
  unitId?: string | number | null | undefined;
};

/** 新增节假日调整 */
export type AddHolidayOverrideInput = {
  /** 日期（YYYY-MM-DD） */
  date: string;
  /** 类别 */
  kind: HolidayOverrideKind;
  /** 名称，如“地方民族节日” */
  name: string;
  /** 机构 */
  tenantId: string | number;
};

/** 考核等次 */
export type AssessmentGrade =
  /** 优秀 */
  | 'EXCELLENT'
  /** 一般 */
  | 'FAIR'
  /** 良好 */
  | 'GOOD'
  /** 较差 */
  | 'POOR';

/** 考核项：指标（定量）或人工评分，分值与计分规则 */
export type AssessmentItemInput = {
  /** 分母不足时的计分 */
  belowMinimum?: BelowMinimumRule | null | undefined;
  /** 得分上限 */
  cap?: number | null | undefined;
  /** 代码 */
  code: string;
  /** 得分下限 */
  floor?: number | null | undefined;
  /** 指标；人工评分项不给 */
  indicator?: IndicatorInput | null | undefined;
  kind?: AssessmentItemKind;
  /** 取指标库中的指标（代码），代替 indicator */
  libraryIndicator?: string | null | undefined;
  /** 最低分母 */
  minDenominator?: number | null | undefined;
  /** 名称 */
  name: string;
  /** 分值 */
  points: number;
  rule: ScoringRuleInput;
};

/** 考核项类别 */
export type AssessmentItemKind =
  /** 加分项 */
  | 'BONUS'
  /** 扣分项 */
  | 'DEDUCTION'
  /** 考核项 */
  | 'REGULAR';

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

/** 出席情况 */
export type Attendance =
  /** 缺席 */
  | 'ABSENT'
  /** 委托他人出席 */
  | 'DELEGATED'
  /** 出席 */
  | 'PRESENT';

/** 一位参会人的出席情况 */
export type AttendanceInput = {
  /** 出席情况 */
  attendance: Attendance;
  /** 成员单位记录 */
  memberId?: string | number | null | undefined;
  /** 备注，如委托出席人 */
  note?: string | null | undefined;
  /** 召集人 */
  userId?: string | number | null | undefined;
};

/** 参会人类别 */
export type AttendeeKind =
  /** 召集人 */
  | 'CONVENOR'
  /** 成员单位 */
  | 'MEMBER_UNIT';

/** 分母不足最低件数时的计分 */
export type BelowMinimumRule =
  /** 得满分 */
  | 'FULL_POINTS'
  /** 按威尔逊区间下限（95% 置信）计算比率 */
  | 'WILSON_LOWER_BOUND'
  /** 得 0 分 */
  | 'ZERO';

/** 取消会议 */
export type CancelMeetingInput = {
  id: string | number;
  /** 取消原因 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

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

/** 同比变化分档 */
export type ChangeBandInput = {
  atMost: number;
  points: number;
};

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

/** 成员单位：本级单位（给出 unitId），或外部单位（给出名称，如派出所、司法所、法院） */
export type ConferenceMemberInput = {
  /** 联络员（本级用户；本级单位的联络员须属该单位） */
  liaisonUserId: string | number;
  /** 外部单位名称（无 unitId 时必填） */
  name?: string | null | undefined;
  /** 本级单位 */
  unitId?: string | number | null | undefined;
};

/** 召集人 */
export type ConvenorInput = {
  /** 职务，如召集人、主要召集人 */
  title?: string;
  /** 本级具有领导角色的用户 */
  userId: string | number;
};

/** 新建考核方案；不给考核项时取区（县）模板（5/10/10/10/5/60 分） */
export type CreateSchemeInput = {
  /** 等次分数线；默认 90/80/60 */
  grades?: GradeThresholdsInput | null | undefined;
  /** 考核项 */
  items?: Array<AssessmentItemInput> | null | undefined;
  /** 名称 */
  name: string;
  period: AssessmentPeriodInput;
  /** 被考核的层级（PROVINCE、CITY、COUNTY、TOWNSHIP）；默认本机构的下一级；为本机构的层级时考核本机构自身（全辖区数据，用于向上报送的本级指标） */
  targetLevel?: string | null | undefined;
  /** 总分；取模板时为 100 */
  totalPoints?: number | null | undefined;
};

/** 新建任务：由议定事项形成或直接列入清单，交办给成员单位或下级联席会议 */
export type CreateTaskInput = {
  /** 承办方，一个或多个 */
  assignees: Array<TaskAssigneeInput>;
  /** 进展报送周期；默认每周 */
  cadence?: ReportingCadenceInput | null | undefined;
  /** 完成时限 */
  deadline: TaskDeadlineInput;
  /** 来源的议定事项（本机构已召开会议的） */
  decisionId?: string | number | null | undefined;
  /** 任务内容 */
  description?: string | null | undefined;
  /** 关联的信访事项 */
  linkedCaseIds?: Array<string | number>;
  /** 任务清单（本机构的） */
  listId: string | number;
  /** 挂牌督办 */
  listed?: boolean;
  /** 优先级 */
  priority?: TaskPriority;
  /** 工作要求（应达成的结果） */
  requiredOutcome?: string | null | undefined;
  /** 任务名称 */
  title: string;
};

/** 新建单位 */
export type CreateUnitInput = {
  /** 类别 */
  kind: UnitKind;
  /** 名称 */
  name: string;
  /** 所属机构 */
  tenantId: string | number;
};

/** 新建用户 */
export type CreateUserInput = {
  /** 姓名 */
  displayName: string;
  /** 初始密码（至少 8 位，含大写字母、小写字母、数字、其他字符中的至少三类，不含登录名） */
  password: string;
  /** 角色 */
  roles: Array<Role>;
  /** 所属机构 */
  tenantId: string | number;
  /** 所属单位（可选） */
  unitId?: string | number | null | undefined;
  /** 登录名（小写字母、数字、._-，3–64 位） */
  username: string;
};

/** 期限计算方式 */
export type DayCounting =
  /** 自然日（届满日遇法定休假日顺延） */
  | 'CALENDAR_DAYS'
  /** 工作日（按国家法定节假日及调休安排） */
  | 'WORKING_DAYS';

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

/** 成立联席会议 */
export type EstablishConferenceInput = {
  /** 召集人（至少一位） */
  convenors: Array<ConvenorInput>;
  /** 成立日期 */
  establishedOn: string;
  /** 成员单位 */
  members?: Array<ConferenceMemberInput>;
  /** 联席会议办公室（本级单位） */
  officeUnitId: string | number;
};

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

/** 指标的组成部分 */
export type FactPart =
  /** 分母（应计的） */
  | 'DENOMINATOR'
  /** 分子（计入的） */
  | 'NUMERATOR'
  /** 上年同期 */
  | 'PREVIOUS';

/** 反馈审核结果 */
export type FeedbackDecision =
  /** 采纳 */
  | 'ACCEPTED'
  /** 退回 */
  | 'REJECTED';

/** 筛选条件：单值运算给出 value，属于/不属于给出 values，是否/为空类运算不给值 */
export type FilterConditionInput = {
  /** 字段（见指标库各来源的字段） */
  field: string;
  operator: FilterOperator;
  value?: string | null | undefined;
  values?: Array<string> | null | undefined;
};

/** 筛选条件的运算 */
export type FilterOperator =
  /** 等于 */
  | 'EQ'
  /** 大于等于 */
  | 'GTE'
  /** 属于 */
  | 'IN'
  /** 为否 */
  | 'IS_FALSE'
  /** 为空 */
  | 'IS_NULL'
  /** 为是 */
  | 'IS_TRUE'
  /** 小于等于 */
  | 'LTE'
  /** 不等于 */
  | 'NE'
  /** 不属于 */
  | 'NOT_IN'
  /** 不为空 */
  | 'NOT_NULL';

/** 等次分数线 */
export type GradeThresholdsInput = {
  excellent: number;
  fair: number;
  good: number;
};

/** 节假日调整类别 */
export type HolidayOverrideKind =
  /** 放假（不计为工作日） */
  | 'HOLIDAY'
  /** 上班（计为工作日） */
  | 'WORKDAY';

/** 指标字段的类型 */
export type IndicatorFieldType =
  /** 是否 */
  | 'BOOLEAN'
  /** 日期 */
  | 'DATE'
  /** 枚举 */
  | 'ENUM'
  /** 数值 */
  | 'NUMBER'
  /** 编号 */
  | 'UUID';

/** 指标定义 */
export type IndicatorInput = {
  /** 代码（大写字母、数字、下划线） */
  code: string;
  /** 分母条件（比率指标）；空列表为考核期内的全部 */
  denominator?: Array<FilterConditionInput> | null | undefined;
  kind: IndicatorKind;
  measure?: IndicatorMeasure;
  /** 名称 */
  name: string;
  /** 分子条件（在分母范围内） */
  numerator: Array<FilterConditionInput>;
  period?: PeriodBasisInput | null | undefined;
  source: IndicatorSource;
  /** 公式中的计数单位（如“批次”）；默认为来源的单位 */
  unit?: string | null | undefined;
};

/** 指标类型 */
export type IndicatorKind =
  /** 数量 */
  | 'COUNT'
  /** 比率 */
  | 'RATE'
  /** 同比变化 */
  | 'YOY_CHANGE';

/** 计量方式 */
export type IndicatorMeasure =
  /** 件（批次）数 */
  | 'COUNT'
  /** 人次 */
  | 'PERSON_TIMES';

/** 预览指标：按考核方案的口径，计算考核对象的分子、分母和指标值，并列出计入的事实 */
export type IndicatorPreviewInput = {
  /** 每个考核对象列出的事实条数（1–50） */
  factsPerTarget?: number;
  indicator: IndicatorInput;
  /** 列出哪一部分计入的事实 */
  part?: FactPart;
  period: AssessmentPeriodInput;
  /** 被考核的层级；默认本机构的下一级（同新建考核方案） */
  targetLevel?: string | null | undefined;
};

/** 指标统计的事实来源 */
export type IndicatorSource =
  /** 信访事项 */
  | 'CASE'
  /** 下级辖区 */
  | 'JURISDICTION'
  /** 联席会议 */
  | 'MEETING'
  /** 督办单 */
  | 'NOTICE'
  /** 联席会议任务 */
  | 'TASK';

/** 文书种类 */
export type InstrumentKind =
  /** 信访事项受理告知书 */
  | 'ACCEPTANCE_NOTICE'
  /** 信访事项不予受理告知书 */
  | 'DECLINE_NOTICE'
  /** 信访事项延期办理告知书 */
  | 'EXTENSION_NOTICE'
  /** 信访事项处理意见书 */
  | 'HANDLING_OPINION'
  /** 信访事项复核意见书 */
  | 'REEXAMINATION_OPINION'
  /** 信访事项复查意见书 */
  | 'REVIEW_OPINION'
  /** 信访事项转送（交办）通知 */
  | 'ROUTING_NOTICE'
  /** 信访事项督办单 */
  | 'SUPERVISION_NOTICE';

/** 文书模板来源 */
export type InstrumentTemplateSource =
  /** 系统默认 */
  | 'DEFAULT'
  /** 沿用上级机构 */
  | 'INHERITED'
  /** 本机构 */
  | 'OWN';

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

/** 人工评分：考核员为被考核机构的人工评分项打分 */
export type ManualScoreInput = {
  /** 评分说明 */
  comment: string;
  /** 佐证材料（附件编号） */
  evidence?: Array<string>;
  /** 考核项代码 */
  itemCode: string;
  /** 得分 */
  points: number;
  schemeId: string | number;
  /** 被考核机构 */
  tenantId: string | number;
};

/** 议题：文字，或会商的信访事项（编号、标题取自该信访事项） */
export type MeetingAgendaItemInput = {
  /** 会商的信访事项（须为本人可见的） */
  caseId?: string | number | null | undefined;
  /** 议题内容 */
  text?: string | null | undefined;
};

/** 参会人：召集人（userId）或在册成员单位（memberId），二者给出其一 */
export type MeetingAttendeeInput = {
  /** 成员单位记录 */
  memberId?: string | number | null | undefined;
  /** 召集人 */
  userId?: string | number | null | undefined;
};

/** 联席会议的会议种类 */
export type MeetingKind =
  /** 全体会议 */
  | 'PLENARY'
  /** 调度会 */
  | 'SCHEDULING'
  /** 专题会议 */
  | 'SPECIAL'
  /** 工作会议 */
  | 'WORKING';

/** 例会的重复方式 */
export type MeetingRecurrence =
  /** 每隔若干天 */
  | 'EVERY_N_DAYS'
  /** 每周（指定星期几） */
  | 'WEEKLY';

/** 会议状态 */
export type MeetingState =
  /** 已取消 */
  | 'CANCELLED'
  /** 已召开 */
  | 'HELD'
  /** 待召开 */
  | 'PLANNED';

/** 通知渠道 */
export type MessageChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 短信 */
  | 'SMS';

/** 通知类型（对应办理环节） */
export type MessageKind =
  /** 已受理 */
  | 'ACCEPTED'
  /** 不予受理 */
  | 'DECLINED'
  /** 答复已送达（评价链接） */
  | 'DELIVERED'
  /** 延期 */
  | 'EXTENDED'
  /** 复核意见 */
  | 'REEXAMINATION_DECIDED'
  /** 已登记 */
  | 'REGISTERED'
  /** 复查意见 */
  | 'REVIEW_DECIDED'
  /** 已转送/交办 */
  | 'ROUTED';

/** 通知状态 */
export type MessageStatus =
  /** 发送失败（重试用尽） */
  | 'FAILED'
  /** 待发送（含重试中） */
  | 'QUEUED'
  /** 已发送 */
  | 'SENT';

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

/** 网上信访队列的筛选 */
export type OnlineSubmissionFilter = {
  /** 状态 */
  status?: OnlineSubmissionStatus | null | undefined;
  /** 只看该机构及其下级（本辖区内） */
  tenantId?: string | number | null | undefined;
};

/** 网上信访事项的状态 */
export type OnlineSubmissionStatus =
  /** 已登记 */
  | 'REGISTERED'
  /** 不予登记 */
  | 'REJECTED'
  /** 已提交，待登记 */
  | 'SUBMITTED';

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

/** 计入考核期的依据 */
export type PeriodBasis =
  /** 不限日期 */
  | 'ALL'
  /** 期初积案 */
  | 'BACKLOG'
  /** 按日期字段 */
  | 'FIELD';

/** 计入考核期的依据；默认为来源的日期字段 */
export type PeriodBasisInput = {
  basis: PeriodBasis;
  /** 按日期字段时的字段 */
  field?: string | null | undefined;
};

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
  /** 电子邮箱（可选；有则同时以邮件通知） */
  email?: string | null | undefined;
  /** 公民身份号码（18 位，校验码按 GB 11643 核验） */
  idNumber?: string | null | undefined;
  /** 姓名 */
  name: string;
  /** 联系电话 */
  phone?: string | null | undefined;
  /** 是否为代表（来访的集体访至多 5 名代表） */
  representative?: boolean;
};

/** 信访人通知筛选 */
export type PetitionerMessageFilter = {
  /** 信访事项编号 */
  caseNumber?: string | null | undefined;
  status?: MessageStatus | null | undefined;
};

/** 通报考核方案的结果（需提交读取时的版本号） */
export type PublishSchemeInput = {
  id: string | number;
  version: number;
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

/** 记录会议召开情况（出席、纪要、议定事项），会议即为已召开 */
export type RecordMeetingInput = {
  /** 出席情况；未列出的参会人记为缺席 */
  attendance: Array<AttendanceInput>;
  /** 议定事项，按序 */
  decisions?: Array<string>;
  id: string | number;
  /** 会议纪要 */
  minutes?: string | null | undefined;
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

/** 登记网上信访事项（渠道为网上信访）：登记所需而信访人未提供的信息 */
export type RegisterOnlineSubmissionInput = {
  /** 内容分类 */
  categoryId: string | number;
  /** 分类（默认为信访人所选） */
  kind?: CaseKind | null | undefined;
  /** 与已有事项高度相似但确属新事项时，登记为新事项的理由 */
  newMatterReason?: string | null | undefined;
  /** 问题属地（本辖区内的机构） */
  problemJurisdictionId: string | number;
  /** 确认为重复信访时，所重复的信访事项 */
  repeatOfId?: string | number | null | undefined;
  /** 网上信访事项 */
  submissionId: string | number;
  /** 标题（默认为信访人所写） */
  title?: string | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 不予登记网上信访事项 */
export type RejectOnlineSubmissionInput = {
  /** 理由（信访人在查询页可见） */
  reason: string;
  /** 网上信访事项 */
  submissionId: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 成员单位退出（保留记录） */
export type RemoveConferenceMemberInput = {
  /** 退出日期；默认今天 */
  endedOn?: string | null | undefined;
  /** 成员单位记录 */
  memberId: string | number;
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

/** 进展报送周期 */
export type ReportingCadence =
  /** 每若干日报送 */
  | 'EVERY_N_DAYS'
  /** 每周报送 */
  | 'WEEKLY';

/** 进展报送周期；默认每周 */
export type ReportingCadenceInput = {
  /** 每若干日报送时的天数（1–366） */
  days?: number | null | undefined;
  /** 周期 */
  kind: ReportingCadence;
};

/** 重置用户密码 */
export type ResetUserPasswordInput = {
  /** 用户 */
  id: string | number;
  /** 新密码（至少 8 位，含大写字母、小写字母、数字、其他字符中的至少三类，不含登录名） */
  newPassword: string;
  /** 读取时的版本号（并发修改时返回冲突） */
  version: number;
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

/** 保存本机构的文书模板（保存为新版本） */
export type SaveInstrumentTemplateInput = {
  /** 文书种类 */
  kind: InstrumentKind;
  /** 正文各段，可含占位符，如 {信访人} */
  paragraphs: Array<string>;
  /** 标题 */
  title: string;
  /** 编辑时本机构自有模板的当前版本（ownVersion；本机构尚无自有模板时为 0），用于发现他人同时修改 */
  version: number;
};

/** 保存本机构的通知模板（新版本） */
export type SaveMessageTemplateInput = {
  kind: MessageKind;
  /** 正文，占位符写作 {名称} */
  text: string;
  /** 本机构当前的版本（尚未设置为 0） */
  version: number;
};

/** 安排会议 */
export type ScheduleMeetingInput = {
  /** 议题 */
  agenda?: Array<MeetingAgendaItemInput>;
  /** 参会人；不给出时为全部召集人和在册成员单位 */
  attendees?: Array<MeetingAttendeeInput> | null | undefined;
  /** 主持人（本联席会议的召集人） */
  chairUserId: string | number;
  /** 会议日期 */
  date: string;
  /** 会议种类 */
  kind: MeetingKind;
  /** 会议名称 */
  title?: string | null | undefined;
};

/** 安排领导接访 */
export type ScheduleReceptionInput = {
  /** 接访日期（YYYY-MM-DD） */
  date: string;
  /** 接访领导（本机构具有领导角色的在用账号） */
  leaderId: string | number;
  /** 接访地点 */
  place?: string | null | undefined;
};

/** 考核方案状态 */
export type SchemeState =
  /** 草稿（可修改，结果随事实实时计算） */
  | 'DRAFT'
  /** 已通报（结果已冻结） */
  | 'PUBLISHED';

/** 下钻：一个机构一个考核项计入分子或分母的事实 */
export type ScoreFactsInput = {
  /** 上一页最后一条的编号 */
  after?: string | null | undefined;
  /** 条数（1–500） */
  first?: number;
  /** 考核项代码 */
  itemCode: string;
  part?: FactPart;
  schemeId: string | number;
  /** 被考核机构 */
  tenantId: string | number;
};

/** 计分规则：按 kind 给出相应字段 */
export type ScoringRuleInput = {
  bands?: Array<ChangeBandInput> | null | undefined;
  floor?: number | null | undefined;
  fromFull?: boolean | null | undefined;
  higherIsBetter?: boolean | null | undefined;
  kind: ScoringRuleKind;
  max?: number | null | undefined;
  min?: number | null | undefined;
  minimum?: number | null | undefined;
  otherwise?: number | null | undefined;
  perEvent?: number | null | undefined;
  table?: Array<number> | null | undefined;
  target?: number | null | undefined;
};

/** 计分规则 */
export type ScoringRuleKind =
  /** 按同比变化分档 */
  | 'CHANGE_BANDS'
  /** 线性插值 */
  | 'LINEAR'
  /** 人工评分 */
  | 'MANUAL'
  /** 按件计分 */
  | 'PER_EVENT'
  /** 按排名计分 */
  | 'RANK'
  /** 比率乘以分值 */
  | 'RATE_TIMES_POINTS';

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

/** 设置某种会议的例会安排；recurrence 为空即取消安排 */
export type SetMeetingScheduleInput = {
  /** 每隔若干天召开时的天数（1–366） */
  days?: number | null | undefined;
  /** 会议种类 */
  kind: MeetingKind;
  /** 重复方式；为空即取消例会安排 */
  recurrence?: MeetingRecurrence | null | undefined;
  /** 每周召开时的星期几（0 为星期日，1–6 为星期一至星期六） */
  weekday?: number | null | undefined;
};

/** 下级联席会议将承接的任务分解给本级成员单位 */
export type SplitTaskInput = {
  id: string | number;
  /** 下级任务 */
  subtasks: Array<SubtaskInput>;
  /** 读取时的版本号 */
  version: number;
};

/** 某一环节的期限天数 */
export type StageDaysInput = {
  /** 天数（0 表示当日），不得长于法定期限及上级设定 */
  days: number;
  /** 环节 */
  stage: CaseStage;
};

/** 分解给本级成员单位的下级任务 */
export type SubtaskInput = {
  /** 完成时限；默认上级任务的时限，不得晚于它 */
  deadline?: TaskDeadlineInput | null | undefined;
  /** 分工内容 */
  description?: string | null | undefined;
  /** 挂牌督办（上级任务挂牌的，下级任务一律挂牌） */
  listed?: boolean;
  /** 成员单位记录（本级联席会议的） */
  memberId: string | number;
  /** 任务名称；默认沿用上级任务 */
  title?: string | null | undefined;
};

/** 督办对象类型 */
export type SupervisedSubjectType =
  /** 信访事项 */
  | 'CASE'
  /** 联席会议任务 */
  | 'TASK';

/** 本机构的督查督办设置；为空的项沿用上级 */
export type SupervisionSettingsInput = {
  /** 逾期多少日后升级督办（1–90） */
  escalationIntervalDays?: number | null | undefined;
  /** 书面反馈期限（日，1–365） */
  feedbackDays?: number | null | undefined;
  /** 看到的版本号（尚无设置时为 0） */
  version: number;
};

/** 任务的办理环节 */
export type TaskAction =
  /** 撤销 */
  | 'CANCEL'
  /** 签收 */
  | 'RECEIVE'
  /** 报结 */
  | 'REPORT_DONE'
  /** 报送进展 */
  | 'REPORT_PROGRESS'
  /** 退回 */
  | 'SEND_BACK'
  /** 销号 */
  | 'SIGN_OFF'
  /** 分解交办 */
  | 'SPLIT'
  /** 开始办理 */
  | 'START';

/** 承办方：本级联席会议的成员单位（memberId），或直属下级的联席会议（tenantId），二者给出其一 */
export type TaskAssigneeInput = {
  /** 成员单位记录 */
  memberId?: string | number | null | undefined;
  /** 下级机构（其联席会议承接任务） */
  tenantId?: string | number | null | undefined;
};

/** 承办方类别 */
export type TaskAssigneeKind =
  /** 下级联席会议 */
  | 'CONFERENCE'
  /** 成员单位 */
  | 'MEMBER_UNIT';

/** 任务时限：给出日期，或自今日起的工作日数（按本机构的法定工作日历计算），二者给出其一 */
export type TaskDeadlineInput = {
  /** 完成时限（日期） */
  date?: string | null | undefined;
  /** 自今日起的工作日数 */
  workingDays?: number | null | undefined;
};

/** 任务清单种类 */
export type TaskListKind =
  /** 临时清单 */
  | 'AD_HOC'
  /** 专项行动（如积案清零） */
  | 'CAMPAIGN'
  /** 防变量 */
  | 'CONTAIN_RISK'
  /** 控增量 */
  | 'PREVENT_NEW'
  /** 减存量 */
  | 'REDUCE_BACKLOG';

/** 任务优先级 */
export type TaskPriority =
  /** 重要 */
  | 'HIGH'
  /** 一般 */
  | 'NORMAL'
  /** 紧急 */
  | 'URGENT';

/** 附理由的办理环节（退回、撤销） */
export type TaskReasonInput = {
  id: string | number;
  /** 理由 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 报送任务进展；final 为真即报结 */
export type TaskReportInput = {
  /** 佐证材料（附件编号或链接） */
  evidence?: Array<string>;
  /** 报结：任务已完成，提请交办方销号 */
  final?: boolean;
  id: string | number;
  /** 完成进度（百分比，0–100） */
  percent: number;
  /** 进展情况 */
  text: string;
  /** 读取时的版本号 */
  version: number;
};

/** 任务状态 */
export type TaskState =
  /** 已交办 */
  | 'ASSIGNED'
  /** 已撤销 */
  | 'CANCELLED'
  /** 办理中 */
  | 'IN_PROGRESS'
  /** 已签收 */
  | 'RECEIVED'
  /** 已报结 */
  | 'REPORTED_DONE'
  /** 已退回 */
  | 'SENT_BACK'
  /** 已销号 */
  | 'SIGNED_OFF';

/** 对任务的一个办理环节（签收、销号等） */
export type TaskStepInput = {
  id: string | number;
  /** 读取时的版本号 */
  version: number;
};

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

/** 单位类别 */
export type UnitKind =
  /** 责任单位（有权处理机关） */
  | 'COMPETENT_BODY'
  /** 联席会议办公室 */
  | 'CONFERENCE_OFFICE'
  /** 外部机关（法院、派出所等） */
  | 'OUTSIDE_BODY'
  /** 信访局（办） */
  | 'PETITION_BUREAU';

/** 修改本机构的期限设置 */
export type UpdateCalendarSettingsInput = {
  /** 计算方式；为空表示沿用上级设定 */
  dayCounting?: DayCounting | null | undefined;
  /** 已在节假日调整表中补录法定安排的年份 */
  declaredYears: Array<number>;
  /** 期限届满前几日提醒（1–30 日，最多 5 个）；为空表示沿用上级设定，空列表表示不提醒 */
  reminderLeadDays?: Array<number> | null | undefined;
  /** 机构 */
  tenantId: string | number;
  /** 缩短的期限（只能缩短，不能放宽） */
  tightenings: Array<StageDaysInput>;
  /** 读取时的版本号；首次设置时为 0 或不填 */
  version?: number | null | undefined;
};

/** 修改联席会议；未给出的项不变 */
export type UpdateConferenceInput = {
  /** 召集人（整体替换） */
  convenors?: Array<ConvenorInput> | null | undefined;
  /** 成立日期 */
  establishedOn?: string | null | undefined;
  /** 联席会议办公室（本级单位） */
  officeUnitId?: string | number | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 修改草稿状态的考核方案（需提交读取时的版本号）；未给出的保持不变 */
export type UpdateSchemeInput = {
  /** 等次分数线；默认 90/80/60 */
  grades?: GradeThresholdsInput | null | undefined;
  id: string | number;
  /** 考核项 */
  items?: Array<AssessmentItemInput> | null | undefined;
  name?: string | null | undefined;
  period?: AssessmentPeriodInput | null | undefined;
  /** 总分；取模板时为 100 */
  totalPoints?: number | null | undefined;
  version: number;
};

export type CaseAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseAttachmentsQuery = { case: { id: string, attachments: Array<{ id: string, fileName: string, sizeBytes: number, description: string | null, uploadedByName: string, uploadedAt: string, downloadUrl: string }> } };

export type CaseInstrumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseInstrumentsQuery = { case: { id: string, instruments: Array<{ id: string, kind: InstrumentKind, title: string, documentNumber: string, addresseeName: string, issuedOn: string, issuingTenantName: string, issuedByName: string, downloadUrl: string }> } };

export type CaseMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseMessagesQuery = { case: { id: string, messages: Array<{ id: string, kind: MessageKind, channel: MessageChannel, recipient: string, body: string, status: MessageStatus, sentToDevInbox: boolean, attempts: number, lastError: string | null, sentAt: string | null }> } };

export type CalendarSettingsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type CalendarSettingsQuery = { calendarSettings: { tenantId: string, dayCounting: DayCounting | null, declaredYears: Array<number>, reminderLeadDays: Array<number> | null, effectiveReminderLeadDays: Array<number>, version: number, tightenings: Array<{ stage: CaseStage, days: number }>, effectiveRules: Array<{ stage: CaseStage, name: string, statutoryDays: number | null, days: number | null, unit: DayCounting, article: string, tightened: boolean }> } };

export type UpdateCalendarSettingsMutationVariables = Exact<{
  input: UpdateCalendarSettingsInput;
}>;


export type UpdateCalendarSettingsMutation = { updateCalendarSettings: { tenantId: string, version: number } };

export type HolidayOverridesQueryVariables = Exact<{
  tenantId: string | number;
  year: number;
}>;


export type HolidayOverridesQuery = { holidayOverrides: Array<{ id: string, tenantId: string, date: string, kind: HolidayOverrideKind, name: string }> };

export type AddHolidayOverrideMutationVariables = Exact<{
  input: AddHolidayOverrideInput;
}>;


export type AddHolidayOverrideMutation = { addHolidayOverride: { id: string } };

export type RemoveHolidayOverrideMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveHolidayOverrideMutation = { removeHolidayOverride: { id: string } };

export type InstrumentTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InstrumentTemplatesQuery = { instrumentTemplates: Array<{ kind: InstrumentKind, title: string, paragraphs: Array<string>, source: InstrumentTemplateSource, sourceTenantName: string | null, version: number, ownVersion: number, placeholders: Array<{ name: string, description: string }> }> };

export type SaveInstrumentTemplateMutationVariables = Exact<{
  input: SaveInstrumentTemplateInput;
}>;


export type SaveInstrumentTemplateMutation = { saveInstrumentTemplate: { kind: InstrumentKind, version: number } };

export type MessageTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageTemplatesQuery = { messageTemplates: Array<{ kind: MessageKind, text: string, version: number, own: boolean, ownVersion: number, ownerTenantName: string | null, defaultText: string, placeholders: Array<{ name: string, description: string }> }> };

export type SaveMessageTemplateMutationVariables = Exact<{
  input: SaveMessageTemplateInput;
}>;


export type SaveMessageTemplateMutation = { saveMessageTemplate: number };

export type SupervisionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionSettingsQuery = { supervisionSettings: { feedbackDays: number, escalationIntervalDays: number, ownFeedbackDays: number | null, ownEscalationIntervalDays: number | null, version: number } };

export type UpdateSupervisionSettingsMutationVariables = Exact<{
  input: SupervisionSettingsInput;
}>;


export type UpdateSupervisionSettingsMutation = { updateSupervisionSettings: { feedbackDays: number, escalationIntervalDays: number, ownFeedbackDays: number | null, ownEscalationIntervalDays: number | null, version: number } };

export type AdminUnitsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type AdminUnitsQuery = { tenant: { id: string, units: { edges: Array<{ node: { id: string, name: string, kind: UnitKind } }>, pageInfo: { hasNextPage: boolean } } } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, name: string, kind: UnitKind } };

export type AdminUsersQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type AdminUsersQuery = { users: { edges: Array<{ node: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, version: number, unit: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean, version: number } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, active: boolean, version: number } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { id: string, version: number } };

export type CheckIndicatorQueryVariables = Exact<{
  indicator: IndicatorInput;
}>;


export type CheckIndicatorQuery = { checkIndicator: { formula: string } };

export type PreviewIndicatorQueryVariables = Exact<{
  input: IndicatorPreviewInput;
}>;


export type PreviewIndicatorQuery = { previewIndicator: { periodFrom: string, periodTo: string, asOf: string, indicator: { kind: IndicatorKind, formula: string }, targets: Array<{ tenantId: string, name: string, value: number | null, numerator: number, denominator: number | null, previous: number | null, facts: Array<{ id: string, label: string, date: string | null, source: IndicatorSource, case: { id: string, title: string } | null }> }> } };

export type EnterManualScoreMutationVariables = Exact<{
  input: ManualScoreInput;
}>;


export type EnterManualScoreMutation = { enterManualScore: { id: string, version: number } };

export type OwnAssessmentResultsQueryVariables = Exact<{
  id: string | number;
  period: AssessmentPeriodInput;
}>;


export type OwnAssessmentResultsQuery = { tenant: { id: string, assessmentResults: Array<{ schemeId: string, schemeName: string, total: number, rank: number, of: number, grade: AssessmentGrade, publishedAt: string, periodFrom: string, periodTo: string }> } };

export type IndicatorDefinitionFragment = { code: string, name: string, kind: IndicatorKind, formula: string, source: IndicatorSource, measure: IndicatorMeasure, unit: string | null, period: { basis: PeriodBasis, field: string | null }, numerator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }>, denominator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }> | null };

export type SchemeBuilderChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemeBuilderChoicesQuery = { indicatorLibrary: Array<{ code: string, name: string, kind: IndicatorKind, formula: string, source: IndicatorSource, measure: IndicatorMeasure, unit: string | null, period: { basis: PeriodBasis, field: string | null }, numerator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }>, denominator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }> | null }>, indicatorCatalog: { sources: Array<{ source: IndicatorSource, measures: Array<IndicatorMeasure>, periodBases: Array<PeriodBasis>, defaultPeriodField: string | null, fields: Array<{ name: string, label: string, type: IndicatorFieldType, operators: Array<FilterOperator>, nullable: boolean, description: string | null, values: Array<{ value: string, label: string }> | null }> }>, kinds: Array<{ kind: IndicatorKind, rules: Array<ScoringRuleKind> }> } };

export type BuildAssessmentSchemeMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type BuildAssessmentSchemeMutation = { createAssessmentScheme: { id: string } };

export type UpdateAssessmentSchemeMutationVariables = Exact<{
  input: UpdateSchemeInput;
}>;


export type UpdateAssessmentSchemeMutation = { updateAssessmentScheme: { id: string, version: number } };

export type ScoreFactsQueryVariables = Exact<{
  input: ScoreFactsInput;
}>;


export type ScoreFactsQuery = { scoreFacts: Array<{ id: string, label: string, date: string | null, source: IndicatorSource, tenantId: string, case: { id: string, title: string } | null }> };

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


export type ExtensionApproversQuery = { extensionApprovers: Array<{ id: string, name: string }>, case: { id: string, extensionLimitDays: number } };

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

export type AgendaCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type AgendaCasesQuery = { cases: { edges: Array<{ node: { id: string, number: string, title: string } }> } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, version: number, state: MeetingState, cancelReason: string | null } };

export type EstablishConferenceMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type EstablishConferenceMutation = { establishConference: { id: string, version: number } };

export type UpdateConferenceMutationVariables = Exact<{
  input: UpdateConferenceInput;
}>;


export type UpdateConferenceMutation = { updateConference: { id: string, version: number } };

export type AddConferenceMemberMutationVariables = Exact<{
  input: AddConferenceMemberInput;
}>;


export type AddConferenceMemberMutation = { addConferenceMember: { id: string, version: number } };

export type RemoveConferenceMemberMutationVariables = Exact<{
  input: RemoveConferenceMemberInput;
}>;


export type RemoveConferenceMemberMutation = { removeConferenceMember: { id: string, version: number } };

export type TaskAssignmentChoicesQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type TaskAssignmentChoicesQuery = { taskLists: Array<{ id: string, name: string, kind: TaskListKind }>, conference: { id: string, members: Array<{ id: string, name: string }> } | null, tenant: { id: string, children: Array<{ id: string, name: string, conference: { id: string } | null }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, number: string } };

export type MeetingCalendarQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MeetingCalendarQuery = { meetings: { edges: Array<{ node: { id: string, date: string, kind: MeetingKind, title: string | null, state: MeetingState } }> } };

export type SetMeetingScheduleMutationVariables = Exact<{
  input: SetMeetingScheduleInput;
}>;


export type SetMeetingScheduleMutation = { setMeetingSchedule: { kind: MeetingKind, recurrence: MeetingRecurrence, weekday: number | null, days: number | null } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, date: string } };

export type ConferenceChoicesQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type ConferenceChoicesQuery = { conferenceStaff: Array<{ userId: string, name: string, unitId: string | null, leader: boolean }>, tenant: { id: string, units: { edges: Array<{ node: { id: string, name: string } }> } } };

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

export type TaskActedFragment = { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean };

export type ReceiveTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type ReceiveTaskMutation = { receiveTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type StartTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type StartTaskMutation = { startTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type SignOffTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type SignOffTaskMutation = { signOffTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type SendBackTaskMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type SendBackTaskMutation = { sendBackTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type CancelTaskMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type CancelTaskMutation = { cancelTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type ReportTaskMutationVariables = Exact<{
  input: TaskReportInput;
}>;


export type ReportTaskMutation = { reportTask: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean } };

export type SplitTaskMutationVariables = Exact<{
  input: SplitTaskInput;
}>;


export type SplitTaskMutation = { splitTask: Array<{ id: string }> };

export type SplitChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SplitChoicesQuery = { conference: { id: string, members: Array<{ id: string, name: string }> } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, number: string, title: string, content: string, channel: Channel, kind: CaseKind, state: CaseState, registeredOn: string, personCount: number, collective: boolean, version: number, availableActions: Array<CaseAction>, completionReportDue: string | null, completionReport: CompletionReportStatus, outcome: DecisionOutcome | null, decisionText: string | null, ending: CaseEnding | null, rating: Rating | null, handlingTenant: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null, registeringTenant: { id: string, name: string } | null, problemJurisdiction: { id: string, name: string } | null, assigningTenant: { id: string, name: string } | null, leaderOwner: { id: string, name: string } | null, category: { id: string, name: string, path: Array<string> } | null, accusedUnit: { id: string, name: string } | null, repeatOf: { id: string, number: string, title: string } | null, repeats: Array<{ id: string, number: string, title: string, state: CaseState }>, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }>, petitioners: Array<{ id: string, name: string, idNumber: string | null, phone: string | null, email: string | null, address: string | null, representative: boolean }>, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, extensionDays: number, stoppedOn: string | null, onTime: boolean | null }>, timeline: Array<{ seq: number, action: CaseAction, toState: CaseState, actorName: string, at: string, actorTenant: { id: string, name: string } | null, details: { summary: string } }> } };

export type CaseQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type CaseQueueQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, title: string, channel: Channel, kind: CaseKind, state: CaseState, registeredOn: string, personCount: number, collective: boolean, handlingTenant: { id: string, name: string } | null, handlingUnit: { id: string, name: string } | null, runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type QueueChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueChoicesQuery = { categories: Array<{ id: string, name: string, parentId: string | null }>, tenants: { edges: Array<{ node: { id: string, name: string, parentId: string | null } }> } };

export type OnlineSubmissionsQueryVariables = Exact<{
  filter?: OnlineSubmissionFilter | null | undefined;
  first: number;
}>;


export type OnlineSubmissionsQuery = { onlineSubmissions: { totalCount: number, edges: Array<{ node: { id: string, tenantId: string, officeName: string, kind: CaseKind, categoryId: string | null, title: string, content: string, petitionerName: string, idNumberMasked: string, phoneMasked: string, address: string | null, status: OnlineSubmissionStatus, rejectionReason: string | null, caseId: string | null, caseNumber: string | null, submittedAt: string, registerBy: string, overdue: boolean, clockText: string | null, version: number, attachments: Array<{ id: string, fileName: string, sizeBytes: number, url: string }> } }> } };

export type RegisterOnlineSubmissionMutationVariables = Exact<{
  input: RegisterOnlineSubmissionInput;
}>;


export type RegisterOnlineSubmissionMutation = { registerOnlineSubmission: { id: string, status: OnlineSubmissionStatus, caseId: string | null, caseNumber: string | null, version: number } };

export type RejectOnlineSubmissionMutationVariables = Exact<{
  input: RejectOnlineSubmissionInput;
}>;


export type RejectOnlineSubmissionMutation = { rejectOnlineSubmission: { id: string, status: OnlineSubmissionStatus, rejectionReason: string | null, version: number } };

export type PetitionerMessagePageQueryVariables = Exact<{
  filter?: PetitionerMessageFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PetitionerMessagePageQuery = { petitionerMessages: { edges: Array<{ node: { id: string, caseId: string, caseNumber: string, kind: MessageKind, channel: MessageChannel, petitionerName: string, recipient: string, body: string, status: MessageStatus, sentToDevInbox: boolean, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResendMessageFromPageMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendMessageFromPageMutation = { resendPetitionerMessage: { id: string, status: MessageStatus, attempts: number, lastError: string | null } };

export type NoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailQuery = { notice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, deadline: string | null, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedByName: string, issuedAt: string, readAt: string | null, feedbackDue: string | null, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null, fixBy: string | null, escalateOn: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null, availableActions: Array<NoticeAction>, instruments: Array<{ id: string, title: string, documentNumber: string, issuedOn: string, downloadUrl: string }>, ladder: Array<{ id: string, kind: NoticeKind, state: NoticeState, issuerTenantName: string, addresseeTenantName: string, addresseeUnitName: string | null, issuedAt: string, feedbackDue: string | null, closedAt: string | null, ladderStoppedReason: string | null }>, feedback: Array<{ id: string, text: string, attachments: Array<string>, attachable: boolean, submittedByName: string, submittedAt: string, decision: FeedbackDecision | null, decisionComment: string | null, decidedByName: string | null, decidedAt: string | null, files: Array<{ id: string, fileName: string, sizeBytes: number, description: string | null, uploadedByName: string, uploadedAt: string, downloadUrl: string }> }>, history: Array<{ seq: number, action: NoticeAction, toState: NoticeState, actorName: string, reason: string | null, at: string }> } };

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


export type StatisticsCountsQuery = { channel: Array<{ key: string, label: string, batches: number, personTimes: number }>, channelLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, kind: Array<{ key: string, label: string, batches: number, personTimes: number }>, kindLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, category: Array<{ key: string, label: string, batches: number, personTimes: number }>, categoryLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, child: Array<{ key: string, label: string, batches: number, personTimes: number }>, childLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, month: Array<{ key: string, label: string, batches: number, personTimes: number }>, monthLastYear: Array<{ key: string, label: string, batches: number, personTimes: number }>, backlog: { asOf: string, open: number, personTimes: number, overdue: number, longPending: number }, backlogLastYear: { asOf: string, open: number, personTimes: number, overdue: number, longPending: number } };

export type StatisticsIndicatorsQueryVariables = Exact<{
  period: AssessmentPeriodInput;
  tenantId?: string | number | null | undefined;
}>;


export type StatisticsIndicatorsQuery = { jurisdictionIndicators: Array<{ value: number | null, numerator: number, denominator: number | null, previous: number | null, indicator: { code: string, name: string, formula: string } }> };

export type StatisticsJurisdictionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsJurisdictionsQuery = { me: { id: string, tenant: { id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> } | null } };

export type AdminTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTenantsQuery = { tenants: { edges: Array<{ node: { id: string, name: string, level: TenantLevel } }> } };

export type SchemeListRowFragment = { id: string, name: string, state: SchemeState, periodLabel: string, targetLevel: string, totalPoints: number, publishedAt: string | null, items: Array<{ code: string }> };

export type AssessmentSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentSchemesQuery = { assessmentSchemes: Array<{ id: string, name: string, state: SchemeState, periodLabel: string, targetLevel: string, totalPoints: number, publishedAt: string | null, items: Array<{ code: string }> }> };

export type CreateAssessmentSchemeMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type CreateAssessmentSchemeMutation = { createAssessmentScheme: { id: string, name: string, state: SchemeState, periodLabel: string, targetLevel: string, totalPoints: number, publishedAt: string | null, items: Array<{ code: string }> } };

export type SchemeItemFragment = { code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, minDenominator: number | null, belowMinimum: BelowMinimumRule | null, cap: number, floor: number, rule: { kind: ScoringRuleKind, floor: number | null, target: number | null, perEvent: number | null, fromFull: boolean | null, otherwise: number | null, higherIsBetter: boolean | null, minimum: number | null, table: Array<number> | null, min: number | null, max: number | null, bands: Array<{ atMost: number, points: number }> | null }, indicator: { code: string, name: string, kind: IndicatorKind, formula: string, source: IndicatorSource, measure: IndicatorMeasure, unit: string | null, period: { basis: PeriodBasis, field: string | null }, numerator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }>, denominator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }> | null } | null };

export type SchemeScoreTargetFragment = { tenantId: string, name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null, publishedTotal: number | null, publishedRank: number | null, items: Array<{ code: string, value: number | null, numerator: number | null, denominator: number | null, previous: number | null, points: number | null, belowMinimum: boolean, manual: { points: number, comment: string, evidence: Array<string>, assessorName: string } | null }> };

export type AssessmentSchemePageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentSchemePageQuery = { assessmentScheme: { id: string, name: string, state: SchemeState, version: number, periodKind: AssessmentPeriodKind, periodLabel: string, periodFrom: string, periodTo: string, targetLevel: string, totalPoints: number, publishedAt: string | null, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, minDenominator: number | null, belowMinimum: BelowMinimumRule | null, cap: number, floor: number, rule: { kind: ScoringRuleKind, floor: number | null, target: number | null, perEvent: number | null, fromFull: boolean | null, otherwise: number | null, higherIsBetter: boolean | null, minimum: number | null, table: Array<number> | null, min: number | null, max: number | null, bands: Array<{ atMost: number, points: number }> | null }, indicator: { code: string, name: string, kind: IndicatorKind, formula: string, source: IndicatorSource, measure: IndicatorMeasure, unit: string | null, period: { basis: PeriodBasis, field: string | null }, numerator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }>, denominator: Array<{ field: string, operator: FilterOperator, value: string | null, values: Array<string> | null }> | null } | null }> } | null, assessmentSnapshot: { publishedAt: string, publishedBy: string, asOf: string } | null };

export type SchemeScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemeScoresQuery = { scores: { asOf: string, targets: Array<{ tenantId: string, name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null, publishedTotal: number | null, publishedRank: number | null, items: Array<{ code: string, value: number | null, numerator: number | null, denominator: number | null, previous: number | null, points: number | null, belowMinimum: boolean, manual: { points: number, comment: string, evidence: Array<string>, assessorName: string } | null }> }> } };

export type PublishAssessmentSchemeMutationVariables = Exact<{
  input: PublishSchemeInput;
}>;


export type PublishAssessmentSchemeMutation = { publishAssessmentScheme: { id: string, asOf: string } };

export type ConferenceOverviewQueryVariables = Exact<{
  tenantId: string | number;
  level: TenantLevel;
  withCoverage: boolean;
}>;


export type ConferenceOverviewQuery = { conference: { id: string, version: number, establishedOn: string, officeUnitId: string, officeUnitName: string, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonName: string, joinedOn: string }> } | null, meetingSchedules: Array<{ kind: MeetingKind, recurrence: MeetingRecurrence, weekday: number | null, days: number | null }>, meetings: { edges: Array<{ node: { id: string, version: number, date: string, kind: MeetingKind, title: string | null, state: MeetingState, chairName: string, decisions: Array<{ id: string }> } }> }, tenant: { id: string, name: string, conferenceCoverage?: { jurisdictions: number, withConference: number, rate: number | null }, children: Array<{ id: string, name: string, level: TenantLevel, conference: { id: string, establishedOn: string } | null, children: Array<{ id: string, name: string, level: TenantLevel, conference: { id: string, establishedOn: string } | null }> }> } };

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingDetailQuery = { meeting: { id: string, version: number, date: string, kind: MeetingKind, title: string | null, state: MeetingState, chairName: string, minutes: string | null, cancelReason: string | null, agenda: Array<{ caseId: string | null, caseNumber: string | null, caseTitle: string | null, text: string | null }>, attendees: Array<{ userId: string | null, memberId: string | null, name: string, kind: AttendeeKind, attendance: Attendance | null, note: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } | null };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { recordMeeting: { id: string, version: number, state: MeetingState, minutes: string | null, attendees: Array<{ userId: string | null, memberId: string | null, name: string, kind: AttendeeKind, attendance: Attendance | null, note: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } };

export type TaskDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskDetailQuery = { task: { id: string, number: string, version: number, title: string, description: string | null, requiredOutcome: string | null, state: TaskState, priority: TaskPriority, listed: boolean, overdue: boolean, deadline: string, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, availableActions: Array<TaskAction>, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, listName: string, assigningTenantId: string, decisionId: string | null, parentId: string | null, assignee: { kind: TaskAssigneeKind, name: string, tenantId: string, unitId: string | null } | null, reporting: { cadence: ReportingCadence, nextDue: string | null, missed: Array<string> } | null, linkedCases: Array<{ id: string, number: string, title: string }>, subtasks: Array<{ id: string, number: string, title: string, state: TaskState, overdue: boolean, listed: boolean, deadline: string, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, assignee: { name: string } | null }>, reports: Array<{ id: string, reportedOn: string, percent: number, text: string, final: boolean, evidence: Array<string>, reporterName: string, attachable: boolean, attachments: Array<{ id: string, fileName: string, sizeBytes: number, description: string | null, uploadedByName: string, uploadedAt: string, downloadUrl: string }> }>, history: Array<{ seq: number, action: string, toState: TaskState, actorName: string, reason: string | null, at: string }>, supervisionNotices: Array<{ id: string, kind: NoticeKind, state: NoticeState }> } | null };

export type TaskBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskBoardQuery = { tasks: { edges: Array<{ node: { id: string, parentId: string | null, assigningTenantId: string, number: string, title: string, state: TaskState, deadline: string, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean, listed: boolean, listName: string, closedOn: string | null, assignee: { name: string } | null, reporting: { missed: Array<string>, nextDue: string | null } | null } }> } };

export type TaskDashboardQueryVariables = Exact<{
  subtree: boolean;
}>;


export type TaskDashboardQuery = { taskDashboard: { asOf: string, total: { assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }, byList: Array<{ key: string, name: string, assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }>, byAssignee: Array<{ key: string, name: string, assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }> } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, tenantId: string, tenant: { id: string, name: string, level: TenantLevel } | null, unit: { id: string, name: string } | null } };

export type UnreadNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticesQuery = { noticeInbox: { unreadCount: number } };

export type TenantNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantNamesQuery = { tenants: { edges: Array<{ node: { id: string, name: string } }> } };

export const TaskActedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<TaskActedFragment, unknown>;
export const NoticeListRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<NoticeListRowFragment, unknown>;
export const SchemeListRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SchemeListRowFragment, unknown>;
export const IndicatorDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<IndicatorDefinitionFragment, unknown>;
export const SchemeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"fromFull"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMost"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwise"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorDefinition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<SchemeItemFragment, unknown>;
export const SchemeScoreTargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeScoreTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"manual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeScoreTargetFragment, unknown>;
export const CaseAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CaseAttachmentsQuery, CaseAttachmentsQueryVariables>;
export const CaseInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseInstruments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CaseInstrumentsQuery, CaseInstrumentsQueryVariables>;
export const CaseMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDevInbox"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseMessagesQuery, CaseMessagesQueryVariables>;
export const CalendarSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"tightenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredYears"}},{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveReminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsQuery, CalendarSettingsQueryVariables>;
export const UpdateCalendarSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCalendarSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCalendarSettingsMutation, UpdateCalendarSettingsMutationVariables>;
export const HolidayOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolidayOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HolidayOverridesQuery, HolidayOverridesQueryVariables>;
export const AddHolidayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHolidayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHolidayOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddHolidayOverrideMutation, AddHolidayOverrideMutationVariables>;
export const RemoveHolidayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveHolidayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveHolidayOverrideMutation, RemoveHolidayOverrideMutationVariables>;
export const InstrumentTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownVersion"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentTemplatesQuery, InstrumentTemplatesQueryVariables>;
export const SaveInstrumentTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInstrumentTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveInstrumentTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInstrumentTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveInstrumentTemplateMutation, SaveInstrumentTemplateMutationVariables>;
export const MessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"own"}},{"kind":"Field","name":{"kind":"Name","value":"ownVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultText"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const SaveMessageTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMessageTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SaveMessageTemplateMutation, SaveMessageTemplateMutationVariables>;
export const SupervisionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownFeedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownEscalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SupervisionSettingsQuery, SupervisionSettingsQueryVariables>;
export const UpdateSupervisionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownFeedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownEscalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionSettingsMutation, UpdateSupervisionSettingsMutationVariables>;
export const AdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const CheckIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<CheckIndicatorQuery, CheckIndicatorQueryVariables>;
export const PreviewIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewIndicatorQuery, PreviewIndicatorQueryVariables>;
export const EnterManualScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterManualScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EnterManualScoreMutation, EnterManualScoreMutationVariables>;
export const OwnAssessmentResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnAssessmentResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeId"}},{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}}]}}]}}]} as unknown as DocumentNode<OwnAssessmentResultsQuery, OwnAssessmentResultsQueryVariables>;
export const SchemeBuilderChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeBuilderChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorLibrary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorDefinition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"periodBases"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPeriodField"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"nullable"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<SchemeBuilderChoicesQuery, SchemeBuilderChoicesQueryVariables>;
export const BuildAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BuildAssessmentSchemeMutation, BuildAssessmentSchemeMutationVariables>;
export const UpdateAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAssessmentSchemeMutation, UpdateAssessmentSchemeMutationVariables>;
export const ScoreFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreFactsQuery, ScoreFactsQueryVariables>;
export const RevealPetitionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealPetitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"fullIdNumber"},"name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]},{"kind":"Field","alias":{"kind":"Name","value":"fullPhone"},"name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"BooleanValue","value":true}}]}]}}]}}]}}]} as unknown as DocumentNode<RevealPetitionersQuery, RevealPetitionersQueryVariables>;
export const RouteTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RouteTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RouteTargetsQuery, RouteTargetsQueryVariables>;
export const TargetUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetUnitsQuery, TargetUnitsQueryVariables>;
export const ExtensionApproversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExtensionApprovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionApprovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extensionLimitDays"}}]}}]}}]} as unknown as DocumentNode<ExtensionApproversQuery, ExtensionApproversQueryVariables>;
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
export const AgendaCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgendaCasesQuery, AgendaCasesQueryVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const EstablishConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstablishConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EstablishConferenceMutation, EstablishConferenceMutationVariables>;
export const UpdateConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateConferenceMutation, UpdateConferenceMutationVariables>;
export const AddConferenceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConferenceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConferenceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConferenceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddConferenceMemberMutation, AddConferenceMemberMutationVariables>;
export const RemoveConferenceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConferenceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveConferenceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConferenceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RemoveConferenceMemberMutation, RemoveConferenceMemberMutationVariables>;
export const TaskAssignmentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskAssignmentChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskAssignmentChoicesQuery, TaskAssignmentChoicesQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const MeetingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingCalendarQuery, MeetingCalendarQueryVariables>;
export const SetMeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]} as unknown as DocumentNode<SetMeetingScheduleMutation, SetMeetingScheduleMutationVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const ConferenceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceChoicesQuery, ConferenceChoicesQueryVariables>;
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
export const ReceiveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<ReceiveTaskMutation, ReceiveTaskMutationVariables>;
export const StartTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<StartTaskMutation, StartTaskMutationVariables>;
export const SignOffTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<SignOffTaskMutation, SignOffTaskMutationVariables>;
export const SendBackTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<SendBackTaskMutation, SendBackTaskMutationVariables>;
export const CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CancelTaskMutation, CancelTaskMutationVariables>;
export const ReportTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskActed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskActed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<ReportTaskMutation, ReportTaskMutationVariables>;
export const SplitTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SplitTaskMutation, SplitTaskMutationVariables>;
export const SplitChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SplitChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SplitChoicesQuery, SplitChoicesQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeringTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"leaderOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accusedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueueQuery, CaseQueueQueryVariables>;
export const QueueChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueChoicesQuery, QueueChoicesQueryVariables>;
export const OnlineSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnlineSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineSubmissionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"clockText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnlineSubmissionsQuery, OnlineSubmissionsQueryVariables>;
export const RegisterOnlineSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOnlineSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnlineSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOnlineSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterOnlineSubmissionMutation, RegisterOnlineSubmissionMutationVariables>;
export const RejectOnlineSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOnlineSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectOnlineSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOnlineSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectOnlineSubmissionMutation, RejectOnlineSubmissionMutationVariables>;
export const PetitionerMessagePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionerMessagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionerMessageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionerMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDevInbox"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PetitionerMessagePageQuery, PetitionerMessagePageQueryVariables>;
export const ResendMessageFromPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendMessageFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPetitionerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<ResendMessageFromPageMutation, ResendMessageFromPageMutationVariables>;
export const NoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"attachable"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeDetailQuery, NoticeDetailQueryVariables>;
export const MarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<MarkNoticeReadMutation, MarkNoticeReadMutationVariables>;
export const NoticeInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<NoticeInboxQuery, NoticeInboxQueryVariables>;
export const IssuedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}}]}}]} as unknown as DocumentNode<IssuedNoticesQuery, IssuedNoticesQueryVariables>;
export const ReceptionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionListQuery, ReceptionListQueryVariables>;
export const ReceptionLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReceptionLeadersQuery, ReceptionLeadersQueryVariables>;
export const ScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleReceptionMutation, ScheduleReceptionMutationVariables>;
export const ReceptionCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionCasesQuery, ReceptionCasesQueryVariables>;
export const StatisticsCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"channel"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHANNEL"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"channelLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHANNEL"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kindLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"category"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"categoryLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CATEGORY"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"child"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHILD_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"childLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CHILD_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"month"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"monthLastYear"},"name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"backlog"},"name":{"kind":"Name","value":"caseBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"longPending"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"backlogLastYear"},"name":{"kind":"Name","value":"caseBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdictionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"longPending"}}]}}]}}]} as unknown as DocumentNode<StatisticsCountsQuery, StatisticsCountsQueryVariables>;
export const StatisticsIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]} as unknown as DocumentNode<StatisticsIndicatorsQuery, StatisticsIndicatorsQueryVariables>;
export const StatisticsJurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsJurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsJurisdictionsQuery, StatisticsJurisdictionsQueryVariables>;
export const AdminTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminTenantsQuery, AdminTenantsQueryVariables>;
export const AssessmentSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemeListRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AssessmentSchemesQuery, AssessmentSchemesQueryVariables>;
export const CreateAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemeListRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateAssessmentSchemeMutation, CreateAssessmentSchemeMutationVariables>;
export const AssessmentSchemePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentSchemePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemeItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"fromFull"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atMost"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherwise"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorDefinition"}}]}}]}}]} as unknown as DocumentNode<AssessmentSchemePageQuery, AssessmentSchemePageQueryVariables>;
export const SchemeScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemeScoreTarget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemeScoreTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"manual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}}]}}]}}]}}]} as unknown as DocumentNode<SchemeScoresQuery, SchemeScoresQueryVariables>;
export const PublishAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<PublishAssessmentSchemeMutation, PublishAssessmentSchemeMutationVariables>;
export const ConferenceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCoverage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingSchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCoverage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"withConference"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceOverviewQuery, ConferenceOverviewQueryVariables>;
export const MeetingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const TaskDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"attachable"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<TaskDetailQuery, TaskDetailQueryVariables>;
export const TaskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskBoardQuery, TaskBoardQueryVariables>;
export const TaskDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]}}]} as unknown as DocumentNode<TaskDashboardQuery, TaskDashboardQueryVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const UnreadNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNoticesQuery, UnreadNoticesQueryVariables>;
export const TenantNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantNamesQuery, TenantNamesQueryVariables>;