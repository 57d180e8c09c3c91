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

/** 统计分组 */
export type CaseGrouping =
  /** 按内容分类（一级） */
  | 'CATEGORY'
  /** 按渠道 */
  | 'CHANNEL'
  /** 按直属下级辖区（问题属地） */
  | 'CHILD_JURISDICTION'
  /** 按分类 */
  | 'KIND'
  /** 按登记月份（键为 YYYY-MM） */
  | 'MONTH'
  /** 按状态 */
  | 'STATE';

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

/** 新建内容分类 */
export type CreateCategoryInput = {
  /** 分类代码（大写字母、数字、下划线，1–32 位，全省唯一） */
  code: string;
  /** 名称 */
  name: string;
  /** 同级排序号（不填则排在同级最后） */
  ordinal?: number | null | undefined;
  /** 上级分类（不填则为一级分类） */
  parentId?: string | number | null | undefined;
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

/** 新建任务清单（三项清单随联席会议成立自动建立） */
export type CreateTaskListInput = {
  /** 工作目标 */
  goal?: string | null | undefined;
  /** 种类：专项行动或临时清单 */
  kind: TaskListKind;
  /** 名称，如“积案清零专项行动” */
  name: string;
  /** 牵头单位（本机构的单位）；默认联席会议办公室 */
  ownerUnitId?: string | number | null | undefined;
  /** 起始日期 */
  periodFrom?: string | null | undefined;
  /** 截止日期 */
  periodTo?: string | null | undefined;
};

/** 新建下级机构 */
export type CreateTenantInput = {
  /** 行政区划代码 */
  code: string;
  /** 层级 */
  level: TenantLevel;
  /** 名称 */
  name: string;
  /** 上级机构 */
  parentId: string | number;
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

/** 事实数据的来源服务 */
export type FactSource =
  /** 信访事项（登记日期在期间内的） */
  | 'CASES'
  /** 联席会议（期间内创建或到期的任务、下发的督办通知、召开的会议） */
  | 'MEETINGS';

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

/** 文书主送对象 */
export type InstrumentAddressee =
  /** 承办机关（单位） */
  | 'BODY'
  /** 信访人 */
  | 'PETITIONER';

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

/** 会议筛选条件 */
export type MeetingFilter = {
  /** 会议日期不早于 */
  from?: string | null | undefined;
  /** 会议种类 */
  kind?: MeetingKind | null | undefined;
  /** 机构；默认本机构（本辖区内的下级机构亦可） */
  tenantId?: string | number | null | undefined;
  /** 会议日期不晚于 */
  to?: string | null | undefined;
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

/** 意见书种类 */
export type OpinionKind =
  /** 信访处理意见 */
  | 'HANDLING'
  /** 复核意见 */
  | 'REEXAMINATION'
  /** 复查意见 */
  | 'REVIEW';

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

/** 信访人通过评价链接评价 */
export type RateByTokenInput = {
  /** 评价 */
  rating: Rating;
  /** 评价凭证（答复送达时生成） */
  token: string;
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

/** 重建事实数据：请来源服务将其期间内的事实重新发送一遍，本机构辖区内的 */
export type RebuildFactsInput = {
  /** 期间起始日期 */
  from: string;
  /** 来源 */
  source: FactSource;
  /** 期间截止日期 */
  to: string;
};

/** 领导接访筛选 */
export type ReceptionFilter = {
  /** 起始日期（含） */
  from?: string | null | undefined;
  /** 接访领导 */
  leaderId?: string | number | null | undefined;
  /** 只看该机构及其下级 */
  tenantId?: string | number | null | undefined;
  /** 截止日期（含） */
  to?: string | null | undefined;
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

/** 网上信访当天登记的从严设置 */
export type SetOnlineIntakeSettingsInput = {
  /** 自信访部门上班时起若干小时内登记（1–24；空：不另行收紧） */
  registerWithinHours?: number | null | undefined;
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

/** 统计期间（按下发日期） */
export type SupervisionPeriodInput = {
  /** 起 */
  from: string;
  /** 止（含） */
  to: string;
};

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

/** 任务筛选条件 */
export type TaskFilter = {
  /** 承办机构 */
  assigneeTenantId?: string | number | null | undefined;
  /** 交办机构 */
  assigningTenantId?: string | number | null | undefined;
  /** 任务清单 */
  listId?: string | number | null | undefined;
  /** 承办的成员单位记录 */
  memberId?: string | number | null | undefined;
  /** 只看逾期的 */
  overdue?: boolean | null | undefined;
  /** 只看清单中的原任务 */
  rootsOnly?: boolean | null | undefined;
  /** 状态 */
  state?: TaskState | null | undefined;
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

/** 修改内容分类 */
export type UpdateCategoryInput = {
  /** 是否启用（停用后其下级分类同样不可选用，已登记的事项不受影响） */
  active?: boolean | null | undefined;
  id: string | number;
  /** 名称 */
  name?: string | null | undefined;
  /** 同级排序号 */
  ordinal?: number | null | undefined;
  /** 读取时的版本号 */
  version: number;
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

/** 修改任务清单的名称、目标、牵头单位或期间；未给出的保持不变 */
export type UpdateTaskListInput = {
  /** 工作目标 */
  goal?: string | null | undefined;
  id: string | number;
  /** 名称（三项清单不可改名） */
  name?: string | null | undefined;
  /** 牵头单位（本机构的单位）；默认联席会议办公室 */
  ownerUnitId?: string | number | null | undefined;
  /** 起始日期 */
  periodFrom?: string | null | undefined;
  /** 截止日期 */
  periodTo?: string | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

export type IndicatorPreviewSpecFactFragment = { id: string, label: string, date: string | null, tenantId: string, source: IndicatorSource, case: { id: string } | null };

export type IndicatorPreviewSpecPreviewQueryVariables = Exact<{
  input: IndicatorPreviewInput;
}>;


export type IndicatorPreviewSpecPreviewQuery = { previewIndicator: { periodFrom: string, periodTo: string, asOf: string, indicator: { code: string, formula: string }, targets: Array<{ tenantId: string, name: string, code: string, value: number | null, numerator: number, denominator: number | null, previous: number | null, facts: Array<{ id: string, label: string, date: string | null, tenantId: string, source: IndicatorSource, case: { id: string } | null }> }> } };

export type IndicatorPreviewSpecCheckQueryVariables = Exact<{
  indicator: IndicatorInput;
}>;


export type IndicatorPreviewSpecCheckQuery = { checkIndicator: { code: string, formula: string } };

export type IndicatorPreviewSpecCreateMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type IndicatorPreviewSpecCreateMutation = { createAssessmentScheme: { id: string, items: Array<{ code: string }> } };

export type IndicatorPreviewSpecScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorPreviewSpecScoresQuery = { scores: { targets: Array<{ tenantId: string, name: string, items: Array<{ code: string, value: number | null, numerator: number | null, denominator: number | null, previous: number | null }> }> } };

export type IndicatorPreviewSpecFactsQueryVariables = Exact<{
  input: ScoreFactsInput;
}>;


export type IndicatorPreviewSpecFactsQuery = { scoreFacts: Array<{ id: string, label: string, date: string | null, tenantId: string, source: IndicatorSource, case: { id: string } | null }> };

export type IndicatorPreviewSpecCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorPreviewSpecCatalogQuery = { indicatorCatalog: { sources: Array<{ source: IndicatorSource, noun: string, unit: string, measures: Array<IndicatorMeasure>, periodBases: Array<PeriodBasis>, defaultPeriodField: string | null, fields: Array<{ name: string, label: string, type: IndicatorFieldType, operators: Array<FilterOperator>, nullable: boolean, description: string | null, values: Array<{ value: string, label: string }> | null }> }>, kinds: Array<{ kind: IndicatorKind, rules: Array<ScoringRuleKind> }> } };

export type SchemesSpecSchemeFragment = { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> };

export type SchemesSpecCreateMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type SchemesSpecCreateMutation = { createAssessmentScheme: { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> } };

export type SchemesSpecUpdateMutationVariables = Exact<{
  input: UpdateSchemeInput;
}>;


export type SchemesSpecUpdateMutation = { updateAssessmentScheme: { id: string, name: string, state: SchemeState, version: number, periodFrom: string, periodTo: string, periodLabel: string, targetLevel: string, totalPoints: number, items: Array<{ code: string, name: string, kind: AssessmentItemKind, points: number, ruleText: string, indicator: { code: string, formula: string, source: IndicatorSource } | null, rule: { kind: ScoringRuleKind, perEvent: number | null, min: number | null, max: number | null } }> } };

export type SchemesSpecManualMutationVariables = Exact<{
  input: ManualScoreInput;
}>;


export type SchemesSpecManualMutation = { enterManualScore: { id: string } };

export type SchemesSpecPublishMutationVariables = Exact<{
  input: PublishSchemeInput;
}>;


export type SchemesSpecPublishMutation = { publishAssessmentScheme: { id: string, publishedBy: string, asOf: string, targets: Array<{ name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null }> } };

export type SchemesSpecScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecScoresQuery = { scores: { asOf: string, targets: Array<{ tenantId: string, name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null, publishedTotal: number | null, publishedRank: number | null, items: Array<{ code: string, value: number | null, numerator: number | null, denominator: number | null, points: number | null, belowMinimum: boolean, manual: { points: number, comment: string } | null }> }> } };

export type SchemesSpecVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecVersionQuery = { assessmentScheme: { version: number } | null };

export type SchemesSpecSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemesSpecSnapshotQuery = { assessmentSnapshot: { targets: Array<{ name: string, total: number | null }> } | null };

export type SchemesSpecFactsQueryVariables = Exact<{
  input: ScoreFactsInput;
}>;


export type SchemesSpecFactsQuery = { scoreFacts: Array<{ id: string, label: string, date: string | null, tenantId: string, source: IndicatorSource }> };

export type JurisdictionIndicatorsSpecIndicatorsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type JurisdictionIndicatorsSpecIndicatorsQuery = { jurisdictionIndicators: Array<{ value: number | null, numerator: number, denominator: number | null, previous: number | null, indicator: { code: string, name: string, formula: string } }> };

export type CaseAttachmentsSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseAttachmentsSpecCaseQuery = { case: { id: string, attachments: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, sha256: string, description: string | null, uploadedByName: string, uploadedAt: string, downloadUrl: string }> } };

export type AuthSpecMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSpecMeQuery = { me: { id: string, username: string, roles: Array<Role>, tenant: { id: string, code: string, name: string, level: TenantLevel } | null, unit: { id: string, name: string } | null } };

export type AuthSpecLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AuthSpecLoginMutation = { login: { accessToken: string } };

export type AuthSpecSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSpecSchemaQuery = { __schema: { queryType: { name: string | null } } };

export type AuthSpecCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AuthSpecCreateUnitMutation = { createUnit: { id: string } };

export type AuthSpecCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type AuthSpecCreateTenantMutation = { createTenant: { id: string } };

export type AuthSpecCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AuthSpecCreateUserMutation = { createUser: { id: string } };

export type AuthSpecTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSpecTenantsQuery = { tenants: { edges: Array<{ cursor: string }> } };

export type AuthSpecFirstTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSpecFirstTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuthSpecNextTenantsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuthSpecNextTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

export type LoginSecuritySpecLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginSecuritySpecLoginMutation = { login: { accessToken: string } };

export type LoginSecuritySpecMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecuritySpecMeQuery = { me: { username: string } };

export type LoginSecuritySpecUserFragment = { id: string, username: string, active: boolean, version: number };

export type LoginSecuritySpecDeactivateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type LoginSecuritySpecDeactivateUserMutation = { deactivateUser: { id: string, username: string, active: boolean, version: number } };

export type LoginSecuritySpecReactivateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type LoginSecuritySpecReactivateUserMutation = { reactivateUser: { id: string, username: string, active: boolean, version: number } };

export type LoginSecuritySpecResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type LoginSecuritySpecResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, active: boolean, version: number } };

export type LoginSecuritySpecLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginSecuritySpecLogoutMutation = { logout: boolean };

export type CalendarSettingsSpecSettingsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type CalendarSettingsSpecSettingsQuery = { calendarSettings: { tenantId: string, dayCounting: DayCounting | null, declaredYears: Array<number>, version: number, tightenings: Array<{ stage: CaseStage, days: number }>, effectiveRules: Array<{ stage: CaseStage, name: string, statutoryDays: number | null, days: number | null, unit: DayCounting, article: string, tightened: boolean }> } };

export type CalendarSettingsSpecUpdateMutationVariables = Exact<{
  input: UpdateCalendarSettingsInput;
}>;


export type CalendarSettingsSpecUpdateMutation = { updateCalendarSettings: { version: number, dayCounting: DayCounting | null, declaredYears: Array<number>, tightenings: Array<{ stage: CaseStage, days: number }>, effectiveRules: Array<{ stage: CaseStage, days: number | null, unit: DayCounting, tightened: boolean }> } };

export type CalendarSettingsSpecLeadsQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type CalendarSettingsSpecLeadsQuery = { calendarSettings: { reminderLeadDays: Array<number> | null, effectiveReminderLeadDays: Array<number> } };

export type CalendarSettingsSpecUpdateLeadsMutationVariables = Exact<{
  input: UpdateCalendarSettingsInput;
}>;


export type CalendarSettingsSpecUpdateLeadsMutation = { updateCalendarSettings: { version: number, reminderLeadDays: Array<number> | null, effectiveReminderLeadDays: Array<number> } };

export type CalendarSettingsSpecAddMutationVariables = Exact<{
  input: AddHolidayOverrideInput;
}>;


export type CalendarSettingsSpecAddMutation = { addHolidayOverride: { id: string, tenantId: string, date: string, kind: HolidayOverrideKind, name: string } };

export type CalendarSettingsSpecRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type CalendarSettingsSpecRemoveMutation = { removeHolidayOverride: { id: string, date: string } };

export type CalendarSettingsSpecOverridesQueryVariables = Exact<{
  tenantId: string | number;
  year: number;
}>;


export type CalendarSettingsSpecOverridesQuery = { holidayOverrides: Array<{ id: string, tenantId: string, tenantPath: string, date: string, kind: HolidayOverrideKind, name: string }> };

export type CaseDeskApiSpecCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskApiSpecCategoriesQuery = { categories: Array<{ id: string, code: string }> };

export type CaseDeskApiSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCaseQuery = { case: { handlingTenant: { name: string, level: TenantLevel, path: Array<string> } | null, registeringTenant: { name: string, level: TenantLevel } | null, problemJurisdiction: { name: string, path: Array<string> } | null, assigningTenant: { name: string } | null, handlingUnit: { name: string } | null, category: { name: string, path: Array<string>, fullName: string } | null, timeline: Array<{ action: CaseAction, actorName: string, actorTenant: { name: string } | null, details: { summary: string, routeMode: RouteMode | null, targetTenantName: string | null, targetUnitName: string | null, completionReportDue: string | null } }>, stages: Array<{ stage: CaseStage, ownerTenant: { name: string } | null }> } };

export type CaseDeskApiSpecCase2QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCase2Query = { case: { leaderOwner: { id: string, name: string } | null, problemJurisdiction: { name: string, path: Array<string> } | null, registeringTenant: { name: string } | null } };

export type CaseDeskApiSpecCase3QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCase3Query = { case: { runningClocks: Array<{ stage: CaseStage, name: string, holder: ClockHolder, deadline: string, daysLeft: number, overdueDays: number, reminderLeadDays: Array<number>, dueSoon: boolean }> } };

export type CaseDeskApiSpecCalendarSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCalendarSettingsQuery = { calendarSettings: { version: number } };

export type CaseDeskApiSpecUpdateCalendarSettingsMutationVariables = Exact<{
  input: UpdateCalendarSettingsInput;
}>;


export type CaseDeskApiSpecUpdateCalendarSettingsMutation = { updateCalendarSettings: { version: number } };

export type CaseDeskApiSpecCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type CaseDeskApiSpecCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type CaseDeskApiSpecCases2QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskApiSpecCases2Query = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseDeskApiSpecCases3QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskApiSpecCases3Query = { cases: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CaseDeskApiSpecCases4QueryVariables = Exact<{
  first: number;
}>;


export type CaseDeskApiSpecCases4Query = { cases: { totalCount: number, edges: Array<{ node: { id: string, availableActions: Array<CaseAction>, handlingTenant: { name: string } | null, registeringTenant: { name: string } | null, problemJurisdiction: { name: string, path: Array<string> } | null, handlingUnit: { name: string } | null, accusedUnit: { name: string } | null, leaderOwner: { name: string } | null, category: { name: string, path: Array<string> } | null, runningClocks: Array<{ stage: CaseStage, daysLeft: number, overdueDays: number, dueSoon: boolean }>, stages: Array<{ stage: CaseStage, ownerTenant: { name: string } | null }>, timeline: Array<{ action: CaseAction, actorTenant: { name: string } | null, details: { summary: string } }> } }> } };

export type CaseDeskApiSpecCase4QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCase4Query = { case: { availableActions: Array<CaseAction> } };

export type CaseDeskApiSpecCase5QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskApiSpecCase5Query = { case: { availableActions: Array<CaseAction> } };

export type CaseListOrdersSpecCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type CaseListOrdersSpecCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, number: string, deadline: string | null, registeredOn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseListOrdersSpecCases2QueryVariables = Exact<{
  f?: CaseFilter | null | undefined;
  o?: CaseOrder | null | undefined;
}>;


export type CaseListOrdersSpecCases2Query = { cases: { edges: Array<{ node: { number: string, title: string } }> } };

export type CaseListOrdersSpecMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseListOrdersSpecMeQuery = { me: { id: string } };

export type CaseOpinionsSpecOpinionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseOpinionsSpecOpinionsQuery = { case: { reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, ending: CaseEnding | null, final: boolean, opinions: Array<{ id: string, seq: number, kind: OpinionKind, outcome: DecisionOutcome, result: OpinionResult | null, resultInferred: boolean, reviewedOpinionId: string | null, text: string | null, issuerTenantId: string, issuedByName: string, issuedOn: string, inForce: boolean }> } };

export type CaseOpinionsSpecCaseStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseOpinionsSpecCaseStatisticsQuery = { caseStatistics: Array<{ key: string, batches: number, reviews: number, reviewsUpheld: number, reviewsChanged: number, reviewsRevoked: number, reexaminations: number, reexaminationsUpheld: number }> };

export type CasePageSpecLinksQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type CasePageSpecLinksQuery = { cases: { edges: Array<{ node: { id: string, repeatOf: { id: string, number: string } | null, repeats: Array<{ id: string, number: string }> } }> } };

export type CasePageSpecExtensionApproversQueryVariables = Exact<{
  caseId: string | number;
}>;


export type CasePageSpecExtensionApproversQuery = { extensionApprovers: Array<{ id: string, name: string }> };

export type CasePageSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageSpecCaseQuery = { case: { id: string } };

export type CaseQueriesSpecListedQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type CaseQueriesSpecListedQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseQueriesSpecPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaseQueriesSpecPageQuery = { cases: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseQueriesSpecCaseStatisticsQueryVariables = Exact<{
  g: CaseGrouping;
}>;


export type CaseQueriesSpecCaseStatisticsQuery = { caseStatistics: Array<{ key: string, label: string, batches: number, personTimes: number }> };

export type CaseQueriesSpecRepeatsQueryVariables = Exact<{
  input: RepeatCandidatesInput;
}>;


export type CaseQueriesSpecRepeatsQuery = { repeatCandidates: Array<{ score: number, sameIdNumber: boolean, samePhone: boolean, textSimilarity: number, finalized: boolean, case: { id: string } }> };

export type CaseQueriesSpecTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQueriesSpecTimelineQuery = { case: { timeline: Array<{ seq: number, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorName: string, details: { reason: string | null, targetTenantName: string | null, summary: string } }> } };

export type CaseQueriesSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQueriesSpecCaseQuery = { case: { declineTarget: string | null } };

export type CaseQueriesSpecScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type CaseQueriesSpecScheduleReceptionMutation = { scheduleReception: { id: string } };

export type CaseQueriesSpecCase2QueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQueriesSpecCase2Query = { case: { receptionId: string | null } };

export type CaseQueriesSpecReceptionQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQueriesSpecReceptionQuery = { reception: { caseCount: number } };

export type CaseQueriesSpecUpdateCalendarSettingsMutationVariables = Exact<{
  input: UpdateCalendarSettingsInput;
}>;


export type CaseQueriesSpecUpdateCalendarSettingsMutation = { updateCalendarSettings: { version: number } };

export type CaseRulesSpecSiblingQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesSpecSiblingQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseRulesSpecPetitionersQueryVariables = Exact<{
  id: string | number;
  reveal: boolean;
}>;


export type CaseRulesSpecPetitionersQuery = { case: { petitioners: Array<{ idNumber: string | null, phone: string | null }> } };

export type CaseRulesSpecHandlerQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesSpecHandlerQuery = { cases: { edges: Array<{ node: { id: string, handlingUnitId: string | null } }> } };

export type CaseRulesSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRulesSpecCaseQuery = { case: { id: string, petitioners: Array<{ name: string }> } };

export type CaseStatisticsSpecCaseStatisticsQueryVariables = Exact<{
  basis?: CaseCountBasis | null | undefined;
  g: CaseGrouping;
}>;


export type CaseStatisticsSpecCaseStatisticsQuery = { caseStatistics: Array<{ key: string, label: string, batches: number, personTimes: number }> };

export type CaseStatisticsSpecCaseStatistics2QueryVariables = Exact<{
  basis?: CaseCountBasis | null | undefined;
  g: CaseGrouping;
  j?: string | number | null | undefined;
}>;


export type CaseStatisticsSpecCaseStatistics2Query = { caseStatistics: Array<{ key: string, label: string, batches: number, personTimes: number }> };

export type CaseStatisticsSpecCaseBacklogQueryVariables = Exact<{
  to: string;
  basis?: CaseCountBasis | null | undefined;
}>;


export type CaseStatisticsSpecCaseBacklogQuery = { caseBacklog: { asOf: string, open: number, personTimes: number, overdue: number, longPending: number } };

export type RatingLinkSpecRateCaseByTokenMutationVariables = Exact<{
  input: RateByTokenInput;
}>;


export type RatingLinkSpecRateCaseByTokenMutation = { rateCaseByToken: { rating: Rating | null } };

export type RatingLinkSpecDeliverCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type RatingLinkSpecDeliverCaseMutation = { deliverCase: { version: number, ratingToken: string | null } };

export type RegistrationFieldsSpecLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationFieldsSpecLeadersQuery = { leaders: Array<{ id: string, displayName: string }> };

export type RegistrationFieldsSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistrationFieldsSpecCaseQuery = { case: { leaderOwnerId: string | null } };

export type RepeatRegistrationSpecCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RepeatRegistrationSpecCategoriesQuery = { categories: Array<{ id: string, code: string }> };

export type RepeatRegistrationSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RepeatRegistrationSpecCaseQuery = { case: { newMatterReason: string | null, timeline: Array<{ action: CaseAction, details: { newMatterReason: string | null, strongMatches: Array<string> | null } }> } };

export type ReportUpSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportUpSpecCaseQuery = { case: { timeline: Array<{ action: CaseAction, actorName: string, details: { reason: string | null, targetTenantId: string | null, targetTenantName: string | null } }> } };

export type CategoriesSpecListQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type CategoriesSpecListQuery = { categories: Array<{ id: string, parentId: string | null, code: string, name: string, fullName: string, depth: number, ordinal: number, active: boolean, usable: boolean, version: number }> };

export type CategoriesSpecCreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CategoriesSpecCreateCategoryMutation = { createCategory: { id: string, parentId: string | null, code: string, name: string, fullName: string, depth: number, ordinal: number, active: boolean, version: number } };

export type CategoriesSpecUpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type CategoriesSpecUpdateCategoryMutation = { updateCategory: { id: string, name: string, fullName: string, ordinal: number, active: boolean, version: number } };

export type DeadlineRecomputeSpecAddHolidayOverrideMutationVariables = Exact<{
  input: AddHolidayOverrideInput;
}>;


export type DeadlineRecomputeSpecAddHolidayOverrideMutation = { addHolidayOverride: { id: string } };

export type DeadlineRecomputeSpecRemoveHolidayOverrideMutationVariables = Exact<{
  id: string | number;
}>;


export type DeadlineRecomputeSpecRemoveHolidayOverrideMutation = { removeHolidayOverride: { id: string } };

export type DeadlineRecomputeSpecRecomputationsQueryVariables = Exact<{
  tenantId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeadlineRecomputeSpecRecomputationsQuery = { deadlineRecomputations: { edges: Array<{ node: { tenantId: string, reason: string, stagesChecked: number, stagesChanged: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WindowLapseSpecCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type WindowLapseSpecCaseQuery = { case: { timeline: Array<{ action: CaseAction, fromState: CaseState | null, toState: CaseState, actorName: string, details: { closeReason: CloseReason | null, lapsedStage: CaseStage | null, windowDeadline: string | null } }> } };

export type LeadersSpecLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadersSpecLeadersQuery = { leaders: Array<{ id: string, displayName: string }> };

export type TenantIsolationSpecTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

export type TenantIsolationSpecChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecChildrenQuery = { tenants: { edges: Array<{ node: { code: string, children: Array<{ code: string }> } }> } };

export type TenantIsolationSpecTenantQueryVariables = Exact<{
  id: string | number;
}>;


export type TenantIsolationSpecTenantQuery = { tenant: { name: string } };

export type TenantIsolationSpecMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecMeQuery = { me: { tenant: { name: string, parent: { id: string, name: string } | null } | null } };

export type TenantIsolationSpecUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type TenantIsolationSpecUsersQuery = { users: { edges: Array<{ node: { username: string } }> } };

export type TenantIsolationSpecCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type TenantIsolationSpecCreateUnitMutation = { createUnit: { id: string } };

export type TenantIsolationSpecCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type TenantIsolationSpecCreateUserMutation = { createUser: { id: string } };

export type TenantIsolationSpecCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type TenantIsolationSpecCreateTenantMutation = { createTenant: { id: string } };

export type TenantIsolationSpecCreateTenant2MutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type TenantIsolationSpecCreateTenant2Mutation = { createTenant: { code: string, level: TenantLevel, path: string, parent: { code: string } | null } };

export type TenantIsolationSpecCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecCountiesQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

export type InstrumentsSpecCaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type InstrumentsSpecCaseFileQuery = { case: { id: string, number: string, instruments: Array<{ id: string, kind: InstrumentKind, title: string, documentNumber: string, addressee: InstrumentAddressee, addresseeName: string, issuedOn: string, issuingTenantName: string, issuedByName: string, size: number, templateVersion: number | null, downloadUrl: string }> } };

export type InstrumentsSpecTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InstrumentsSpecTemplatesQuery = { instrumentTemplates: Array<{ kind: InstrumentKind, title: string, paragraphs: Array<string>, source: InstrumentTemplateSource, sourceTenantName: string | null, version: number, ownVersion: number, placeholders: Array<{ name: string }> }> };

export type InstrumentsSpecSaveTemplateMutationVariables = Exact<{
  input: SaveInstrumentTemplateInput;
}>;


export type InstrumentsSpecSaveTemplateMutation = { saveInstrumentTemplate: { kind: InstrumentKind, title: string, source: InstrumentTemplateSource, version: number, ownVersion: number } };

export type PetitionerMessagesOfCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionerMessagesOfCaseQuery = { case: { id: string, petitioners: Array<{ name: string, phone: string | null, email: string | null }>, messages: Array<{ kind: MessageKind, channel: MessageChannel, recipient: string, body: string, status: MessageStatus, sentToDevInbox: boolean, attempts: number }> } };

export type PetitionerMessageListQueryVariables = Exact<{
  filter?: PetitionerMessageFilter | null | undefined;
  first: number;
}>;


export type PetitionerMessageListQuery = { petitionerMessages: { edges: Array<{ node: { id: string, caseNumber: string, kind: MessageKind, channel: MessageChannel, status: MessageStatus, lastError: string | null, attempts: number } }>, pageInfo: { hasNextPage: boolean } } };

export type ResendPetitionerMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendPetitionerMessageMutation = { resendPetitionerMessage: { id: string, status: MessageStatus } };

export type PetitionerRatesByLinkMutationVariables = Exact<{
  input: RateByTokenInput;
}>;


export type PetitionerRatesByLinkMutation = { rateCaseByToken: { id: string, rating: Rating | null } };

export type MessageTemplatesOfOfficeQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageTemplatesOfOfficeQuery = { messageTemplates: Array<{ kind: MessageKind, text: string, version: number, own: boolean, ownVersion: number, ownerTenantName: string | null }> };

export type SaveMessageTemplateOfOfficeMutationVariables = Exact<{
  input: SaveMessageTemplateInput;
}>;


export type SaveMessageTemplateOfOfficeMutation = { saveMessageTemplate: number };

export type OnlineIntakeSpecQueueQueryVariables = Exact<{
  filter?: OnlineSubmissionFilter | null | undefined;
}>;


export type OnlineIntakeSpecQueueQuery = { onlineSubmissions: { totalCount: number, edges: Array<{ node: { id: string, officeName: string, title: string, petitionerName: string, idNumberMasked: string, phoneMasked: string, status: OnlineSubmissionStatus, clockText: string | null, overdue: boolean, registerBy: string, version: number, attachments: Array<{ id: string, fileName: string, url: string }> } }> } };

export type OnlineIntakeSpecRegisterMutationVariables = Exact<{
  input: RegisterOnlineSubmissionInput;
}>;


export type OnlineIntakeSpecRegisterMutation = { registerOnlineSubmission: { id: string, status: OnlineSubmissionStatus, caseId: string | null, caseNumber: string | null, version: number } };

export type OnlineIntakeSpecRejectMutationVariables = Exact<{
  input: RejectOnlineSubmissionInput;
}>;


export type OnlineIntakeSpecRejectMutation = { rejectOnlineSubmission: { id: string, status: OnlineSubmissionStatus, rejectionReason: string | null, version: number } };

export type OnlineIntakeSpecSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnlineIntakeSpecSettingsQuery = { onlineIntakeSettings: { tenantId: string, registerWithinHours: number | null, effectiveRegisterWithinHours: number | null } };

export type OnlineIntakeSpecSetSettingsMutationVariables = Exact<{
  input: SetOnlineIntakeSettingsInput;
}>;


export type OnlineIntakeSpecSetSettingsMutation = { setOnlineIntakeSettings: { registerWithinHours: number | null, effectiveRegisterWithinHours: number | null } };

export type PortalDeclineCaseMutationVariables = Exact<{
  input: DeclineCaseInput;
}>;


export type PortalDeclineCaseMutation = { declineCase: { id: string, state: CaseState, instruments: Array<{ id: string, kind: InstrumentKind, documentNumber: string }> } };

export type ReceptionsSpecScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type ReceptionsSpecScheduleReceptionMutation = { scheduleReception: { id: string, tenantId: string, leaderId: string, leaderName: string, date: string, place: string | null } };

export type ReceptionsSpecListQueryVariables = Exact<{
  filter?: ReceptionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReceptionsSpecListQuery = { receptions: { edges: Array<{ node: { id: string, date: string, leaderName: string, caseCount: number, personCount: number, resolvedCount: number, resolutionRate: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReceptionsSpecOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceptionsSpecOneQuery = { reception: { id: string, date: string, leaderName: string, caseCount: number, personCount: number, resolvedCount: number, resolutionRate: number | null } };

export type ReceptionsSpecStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  tenantId?: string | number | null | undefined;
}>;


export type ReceptionsSpecStatisticsQuery = { receptionStatistics: Array<{ leaderId: string, leaderName: string, tenantId: string, receptionCount: number, caseCount: number, personCount: number, resolvedCount: number, resolutionRate: number | null }> };

export type ReceptionsSpecCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ReceptionsSpecCreateUserMutation = { createUser: { id: string } };

export type ReceptionsSpecCreateUser2MutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ReceptionsSpecCreateUser2Mutation = { createUser: { id: string } };

export type ReceptionsSpecReceptionsQueryVariables = Exact<{
  filter?: ReceptionFilter | null | undefined;
}>;


export type ReceptionsSpecReceptionsQuery = { receptions: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type MeetingAttachmentsSpecEstablishMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type MeetingAttachmentsSpecEstablishMutation = { establishConference: { id: string } };

export type MeetingAttachmentsSpecListsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingAttachmentsSpecListsQuery = { taskLists: Array<{ id: string }> };

export type MeetingAttachmentsSpecCreateMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type MeetingAttachmentsSpecCreateMutation = { createTask: { subtasks: Array<{ id: string, tenantId: string, version: number }> } };

export type MeetingAttachmentsSpecReceiveMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type MeetingAttachmentsSpecReceiveMutation = { receiveTask: { version: number } };

export type MeetingAttachmentsSpecReportMutationVariables = Exact<{
  input: TaskReportInput;
}>;


export type MeetingAttachmentsSpecReportMutation = { reportTask: { reports: Array<{ id: string }> } };

export type MeetingAttachmentsSpecTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingAttachmentsSpecTaskQuery = { task: { reports: Array<{ id: string, attachable: boolean, attachments: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, sha256: string, description: string | null, uploadedByName: string, downloadUrl: string }> }> } | null };

export type MeetingAttachmentsSpecRaiseMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type MeetingAttachmentsSpecRaiseMutation = { raiseNotice: { id: string, version: number } };

export type MeetingAttachmentsSpecFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type MeetingAttachmentsSpecFeedbackMutation = { submitNoticeFeedback: { version: number, feedback: Array<{ id: string }> } };

export type MeetingAttachmentsSpecAcceptMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type MeetingAttachmentsSpecAcceptMutation = { acceptNoticeFeedback: { state: NoticeState } };

export type MeetingAttachmentsSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingAttachmentsSpecNoticeQuery = { notice: { feedback: Array<{ id: string, attachable: boolean, files: Array<{ id: string, fileName: string, downloadUrl: string }> }> } };

export type ConferenceMeetingsSpecMeetingFieldsFragment = { id: string, tenantId: string, conferenceId: string, kind: MeetingKind, date: string, title: string | null, chairUserId: string, chairName: string, state: MeetingState, minutes: string | null, cancelReason: string | null, plannedFrom: string | null, version: number, attendees: Array<{ kind: AttendeeKind, userId: string | null, memberId: string | null, name: string, attendance: Attendance | null, note: string | null }>, agenda: Array<{ text: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> };

export type ConferenceMeetingsSpecEstablishConferenceMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type ConferenceMeetingsSpecEstablishConferenceMutation = { establishConference: { id: string, members: Array<{ id: string, name: string }> } };

export type ConferenceMeetingsSpecScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConferenceMeetingsSpecScheduleMeetingMutation = { scheduleMeeting: { id: string, tenantId: string, conferenceId: string, kind: MeetingKind, date: string, title: string | null, chairUserId: string, chairName: string, state: MeetingState, minutes: string | null, cancelReason: string | null, plannedFrom: string | null, version: number, attendees: Array<{ kind: AttendeeKind, userId: string | null, memberId: string | null, name: string, attendance: Attendance | null, note: string | null }>, agenda: Array<{ text: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } };

export type ConferenceMeetingsSpecRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type ConferenceMeetingsSpecRecordMeetingMutation = { recordMeeting: { id: string, tenantId: string, conferenceId: string, kind: MeetingKind, date: string, title: string | null, chairUserId: string, chairName: string, state: MeetingState, minutes: string | null, cancelReason: string | null, plannedFrom: string | null, version: number, attendees: Array<{ kind: AttendeeKind, userId: string | null, memberId: string | null, name: string, attendance: Attendance | null, note: string | null }>, agenda: Array<{ text: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } };

export type ConferenceMeetingsSpecCancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type ConferenceMeetingsSpecCancelMeetingMutation = { cancelMeeting: { id: string, tenantId: string, conferenceId: string, kind: MeetingKind, date: string, title: string | null, chairUserId: string, chairName: string, state: MeetingState, minutes: string | null, cancelReason: string | null, plannedFrom: string | null, version: number, attendees: Array<{ kind: AttendeeKind, userId: string | null, memberId: string | null, name: string, attendance: Attendance | null, note: string | null }>, agenda: Array<{ text: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } };

export type ConferenceMeetingsSpecSetMeetingScheduleMutationVariables = Exact<{
  input: SetMeetingScheduleInput;
}>;


export type ConferenceMeetingsSpecSetMeetingScheduleMutation = { setMeetingSchedule: { kind: MeetingKind, recurrence: MeetingRecurrence, weekday: number | null, days: number | null } | null };

export type ConferenceMeetingsSpecMeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConferenceMeetingsSpecMeetingsQuery = { meetings: { edges: Array<{ cursor: string, node: { id: string, kind: MeetingKind, date: string, state: MeetingState, plannedFrom: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConferenceMeetingsSpecMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferenceMeetingsSpecMeetingQuery = { meeting: { id: string, tenantId: string, conferenceId: string, kind: MeetingKind, date: string, title: string | null, chairUserId: string, chairName: string, state: MeetingState, minutes: string | null, cancelReason: string | null, plannedFrom: string | null, version: number, attendees: Array<{ kind: AttendeeKind, userId: string | null, memberId: string | null, name: string, attendance: Attendance | null, note: string | null }>, agenda: Array<{ text: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null }>, decisions: Array<{ id: string, ordinal: number, text: string }> } | null };

export type ConferencesSpecConferenceFieldsFragment = { id: string, tenantId: string, establishedOn: string, officeUnitId: string, officeUnitName: string, version: number, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonUserId: string, liaisonName: string, joinedOn: string, endedOn: string | null }> };

export type ConferencesSpecEstablishConferenceMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type ConferencesSpecEstablishConferenceMutation = { establishConference: { id: string, tenantId: string, establishedOn: string, officeUnitId: string, officeUnitName: string, version: number, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonUserId: string, liaisonName: string, joinedOn: string, endedOn: string | null }> } };

export type ConferencesSpecUpdateConferenceMutationVariables = Exact<{
  input: UpdateConferenceInput;
}>;


export type ConferencesSpecUpdateConferenceMutation = { updateConference: { id: string, tenantId: string, establishedOn: string, officeUnitId: string, officeUnitName: string, version: number, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonUserId: string, liaisonName: string, joinedOn: string, endedOn: string | null }> } };

export type ConferencesSpecAddConferenceMemberMutationVariables = Exact<{
  input: AddConferenceMemberInput;
}>;


export type ConferencesSpecAddConferenceMemberMutation = { addConferenceMember: { id: string, tenantId: string, establishedOn: string, officeUnitId: string, officeUnitName: string, version: number, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonUserId: string, liaisonName: string, joinedOn: string, endedOn: string | null }> } };

export type ConferencesSpecRemoveConferenceMemberMutationVariables = Exact<{
  input: RemoveConferenceMemberInput;
}>;


export type ConferencesSpecRemoveConferenceMemberMutation = { removeConferenceMember: { version: number, members: Array<{ id: string, name: string, endedOn: string | null }> } };

export type ConferencesSpecConferenceQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type ConferencesSpecConferenceQuery = { conference: { id: string, tenantId: string, establishedOn: string, officeUnitId: string, officeUnitName: string, version: number, convenors: Array<{ userId: string, name: string, title: string }>, members: Array<{ id: string, unitId: string | null, name: string, liaisonUserId: string, liaisonName: string, joinedOn: string, endedOn: string | null }> } | null };

export type ConferencesSpecConferenceStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferencesSpecConferenceStaffQuery = { conferenceStaff: Array<{ userId: string, name: string, unitId: string | null, leader: boolean }> };

export type NoticeActionsSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeActionsSpecNoticeQuery = { notice: { id: string, version: number, state: NoticeState, availableActions: Array<NoticeAction>, feedbackDaysLeft: number | null, feedbackOverdueDays: number | null, ladder: Array<{ id: string, kind: NoticeKind, state: NoticeState, issuerTenantId: string, addresseeTenantId: string }> } };

export type NoticeActionsSpecMarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeActionsSpecMarkNoticeReadMutation = { markNoticeRead: { id: string, version: number } };

export type NoticeActionsSpecSubmitNoticeFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type NoticeActionsSpecSubmitNoticeFeedbackMutation = { submitNoticeFeedback: { id: string, version: number } };

export type NoticeActionsSpecAcceptNoticeFeedbackMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type NoticeActionsSpecAcceptNoticeFeedbackMutation = { acceptNoticeFeedback: { id: string, version: number } };

export type NoticeActionsSpecRejectNoticeFeedbackMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeActionsSpecRejectNoticeFeedbackMutation = { rejectNoticeFeedback: { id: string, version: number } };

export type NoticeActionsSpecEscalateNoticeMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeActionsSpecEscalateNoticeMutation = { escalateNotice: { id: string, kind: NoticeKind } };

export type NoticeActionsSpecIssuedNoticesQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticeActionsSpecIssuedNoticesQuery = { issuedNotices: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type NoticeEscalationSpecInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeEscalationSpecInboxQuery = { noticeInbox: { unreadCount: number, edges: Array<{ node: { id: string, kind: NoticeKind, state: NoticeState } }> } };

export type NoticeEscalationSpecSummaryQueryVariables = Exact<{
  period: SupervisionPeriodInput;
}>;


export type NoticeEscalationSpecSummaryQuery = { supervisionSummary: Array<{ tenantId: string, tenantName: string, issued: number, overdueFeedback: number, escalated: number, byKind: Array<{ kind: NoticeKind, issued: number, overdueFeedback: number, escalated: number }> }> };

export type NoticeEscalationSpecSubmitNoticeFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type NoticeEscalationSpecSubmitNoticeFeedbackMutation = { submitNoticeFeedback: { version: number } };

export type NoticeEscalationSpecRejectNoticeFeedbackMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeEscalationSpecRejectNoticeFeedbackMutation = { rejectNoticeFeedback: { state: NoticeState, escalateOn: string | null } };

export type NoticeInstrumentsSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeInstrumentsSpecNoticeQuery = { notice: { id: string, kind: NoticeKind, instruments: Array<{ id: string, title: string, documentNumber: string, addresseeName: string, issuedOn: string, issuingTenantName: string, size: number, downloadUrl: string }> } };

export type NoticeInstrumentsSpecRaiseMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type NoticeInstrumentsSpecRaiseMutation = { raiseNotice: { id: string, instruments: Array<{ documentNumber: string, issuingTenantName: string }> } };

export type NoticeLadderSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeLadderSpecNoticeQuery = { notice: { ladderStoppedReason: string | null, id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, history: Array<{ action: NoticeAction, fromState: NoticeState | null, toState: NoticeState, reason: string | null }> } };

export type NoticeLadderSpecEscalateNoticeMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeLadderSpecEscalateNoticeMutation = { escalateNotice: { id: string } };

export type NoticeLadderSpecRaiseNoticeMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type NoticeLadderSpecRaiseNoticeMutation = { raiseNotice: { id: string, issuerTenantId: string, addresseeTenantId: string } };

export type NoticeLadderSpecSubmitNoticeFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type NoticeLadderSpecSubmitNoticeFeedbackMutation = { submitNoticeFeedback: { state: NoticeState } };

export type NoticeWorkflowSpecInboxQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NoticeWorkflowSpecInboxQuery = { noticeInbox: { unreadCount: number, edges: Array<{ cursor: string, node: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NoticeWorkflowSpecIssuedQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticeWorkflowSpecIssuedQuery = { issuedNotices: { edges: Array<{ node: { id: string, kind: NoticeKind, addresseeTenantId: string } }> } };

export type NoticeWorkflowSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeWorkflowSpecNoticeQuery = { notice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, history: Array<{ seq: number, action: NoticeAction, fromState: NoticeState | null, toState: NoticeState, actorName: string, reason: string | null, at: string }>, feedback: Array<{ text: string, attachments: Array<string>, submittedByName: string, decision: FeedbackDecision | null, decisionComment: string | null, decidedByName: string | null }> } };

export type NoticeWorkflowSpecReadMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeWorkflowSpecReadMutation = { markNoticeRead: { id: string, state: NoticeState, version: number, readAt: string | null } };

export type NoticeWorkflowSpecFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type NoticeWorkflowSpecFeedbackMutation = { submitNoticeFeedback: { id: string, state: NoticeState, version: number, escalateOn: string | null } };

export type NoticeWorkflowSpecAcceptMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type NoticeWorkflowSpecAcceptMutation = { acceptNoticeFeedback: { id: string, state: NoticeState, version: number, escalateOn: string | null } };

export type NoticeWorkflowSpecRejectMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeWorkflowSpecRejectMutation = { rejectNoticeFeedback: { id: string, state: NoticeState, version: number, escalateOn: string | null } };

export type NoticeWorkflowSpecEscalateMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type NoticeWorkflowSpecEscalateMutation = { escalateNotice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null } };

export type NoticeWorkflowSpecRaiseMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type NoticeWorkflowSpecRaiseMutation = { raiseNotice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null } };

export type NoticeWorkflowSpecListMutationVariables = Exact<{
  input: ListForSupervisionInput;
}>;


export type NoticeWorkflowSpecListMutation = { listForSupervision: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null } };

export type NoticeWorkflowSpecSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeWorkflowSpecSettingsQuery = { supervisionSettings: { feedbackDays: number, escalationIntervalDays: number, ownFeedbackDays: number | null, ownEscalationIntervalDays: number | null, version: number } };

export type NoticeWorkflowSpecUpdateSettingsMutationVariables = Exact<{
  input: SupervisionSettingsInput;
}>;


export type NoticeWorkflowSpecUpdateSettingsMutation = { updateSupervisionSettings: { feedbackDays: number, escalationIntervalDays: number, ownFeedbackDays: number | null, ownEscalationIntervalDays: number | null, version: number } };

export type NoticeWorkflowSpecNoticeInboxQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticeWorkflowSpecNoticeInboxQuery = { noticeInbox: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type NoticeWorkflowSpecIssuedNotices2QueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
}>;


export type NoticeWorkflowSpecIssuedNotices2Query = { issuedNotices: { totalCount: number } };

export type NoticeWorkflowSpecIssuedNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeWorkflowSpecIssuedNoticesQuery = { issuedNotices: { edges: Array<{ node: { id: string } }> } };

export type SupervisionHarnessNoticeFragment = { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null };

export type TaskActionsSpecReceiveTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TaskActionsSpecReceiveTaskMutation = { receiveTask: { id: string } };

export type TaskActionsSpecStartTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TaskActionsSpecStartTaskMutation = { startTask: { id: string } };

export type TaskActionsSpecSplitTaskMutationVariables = Exact<{
  input: SplitTaskInput;
}>;


export type TaskActionsSpecSplitTaskMutation = { splitTask: Array<{ id: string }> };

export type TaskActionsSpecReportTaskMutationVariables = Exact<{
  input: TaskReportInput;
}>;


export type TaskActionsSpecReportTaskMutation = { reportTask: { id: string } };

export type TaskActionsSpecSignOffTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TaskActionsSpecSignOffTaskMutation = { signOffTask: { id: string } };

export type TaskActionsSpecSendBackTaskMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type TaskActionsSpecSendBackTaskMutation = { sendBackTask: { id: string } };

export type TaskActionsSpecCancelTaskMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type TaskActionsSpecCancelTaskMutation = { cancelTask: { id: string } };

export type TaskActionsSpecTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskActionsSpecTaskQuery = { task: { id: string, version: number, state: TaskState, availableActions: Array<TaskAction>, daysLeft: number | null, overdueDays: number | null, dueSoon: boolean, overdue: boolean, subtasks: Array<{ id: string }> } | null };

export type TaskActionsSpecCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type TaskActionsSpecCreateTaskMutation = { createTask: { id: string, subtasks: Array<{ id: string, assignee: { name: string } | null }> } };

export type TaskActionsSpecEstablishConferenceMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type TaskActionsSpecEstablishConferenceMutation = { establishConference: { members: Array<{ id: string, name: string }> } };

export type TaskActionsSpecTaskListsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskActionsSpecTaskListsQuery = { taskLists: Array<{ id: string }> };

export type TaskActionsSpecTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskActionsSpecTasksQuery = { tasks: { edges: Array<{ node: { id: string, daysLeft: number | null, overdueDays: number | null, availableActions: Array<TaskAction> } }> } };

export type TasksSpecTaskFragment = { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null };

export type TasksSpecCreateListMutationVariables = Exact<{
  input: CreateTaskListInput;
}>;


export type TasksSpecCreateListMutation = { createTaskList: { id: string, kind: TaskListKind, name: string, goal: string | null, ownerName: string, periodFrom: string | null, periodTo: string | null, version: number } };

export type TasksSpecUpdateListMutationVariables = Exact<{
  input: UpdateTaskListInput;
}>;


export type TasksSpecUpdateListMutation = { updateTaskList: { name: string, goal: string | null, periodTo: string | null, version: number } };

export type TasksSpecListsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type TasksSpecListsQuery = { taskLists: Array<{ id: string, kind: TaskListKind, name: string, ownerName: string }> };

export type TasksSpecCreateMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type TasksSpecCreateMutation = { createTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, subtasks: Array<{ id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null }>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecSplitMutationVariables = Exact<{
  input: SplitTaskInput;
}>;


export type TasksSpecSplitMutation = { splitTask: Array<{ id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null }> };

export type TasksSpecReceiveMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TasksSpecReceiveMutation = { receiveTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecStartMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TasksSpecStartMutation = { startTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecReportMutationVariables = Exact<{
  input: TaskReportInput;
}>;


export type TasksSpecReportMutation = { reportTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecSignOffMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type TasksSpecSignOffMutation = { signOffTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecSendBackMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type TasksSpecSendBackMutation = { sendBackTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecCancelMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type TasksSpecCancelMutation = { cancelTask: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } };

export type TasksSpecTaskViewQueryVariables = Exact<{
  id: string | number;
}>;


export type TasksSpecTaskViewQuery = { task: { id: string, number: string, tenantId: string, rootId: string, parentId: string | null, listId: string, listName: string, listKind: TaskListKind, assigningTenantId: string, state: TaskState, deadline: string, listed: boolean, priority: TaskPriority, requiredOutcome: string | null, decisionId: string | null, title: string, createdOn: string, reportedDoneOn: string | null, closedOn: string | null, sendBackReason: string | null, cancelReason: string | null, overdue: boolean, version: number, linkedCaseIds: Array<string>, subtasks: Array<{ id: string, number: string, state: TaskState, assignee: { name: string } | null }>, reports: Array<{ reportedOn: string, percent: number, final: boolean, text: string, evidence: Array<string> }>, reporting: { cadence: ReportingCadence, periodDays: number, dueDates: Array<string>, missed: Array<string>, nextDue: string | null } | null, history: Array<{ seq: number, action: string, fromState: TaskState | null, toState: TaskState, reason: string | null }>, supervisionNotices: Array<{ kind: NoticeKind, state: NoticeState, issuerTenantId: string, addresseeTenantId: string, addresseeUnitId: string | null, text: string }>, linkedCases: Array<{ id: string }>, assignee: { kind: TaskAssigneeKind, tenantId: string, memberId: string | null, unitId: string | null, name: string } | null } | null };

export type TasksSpecTasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
}>;


export type TasksSpecTasksQuery = { tasks: { edges: Array<{ node: { id: string, number: string, state: TaskState, assignee: { name: string } | null } }> } };

export type TasksSpecDashboardQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  subtree?: boolean | null | undefined;
}>;


export type TasksSpecDashboardQuery = { taskDashboard: { total: { assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }, byList: Array<{ name: string, assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }>, byAssignee: Array<{ name: string, assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }> } };

export type TasksSpecEstablishMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type TasksSpecEstablishMutation = { establishConference: { members: Array<{ id: string, name: string }> } };

export type TasksSpecScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type TasksSpecScheduleMutation = { scheduleMeeting: { id: string, version: number } };

export type TasksSpecRecordMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type TasksSpecRecordMutation = { recordMeeting: { decisions: Array<{ id: string }> } };

export type TasksSpecRaiseMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type TasksSpecRaiseMutation = { raiseNotice: { id: string, kind: NoticeKind, issuerTenantId: string, addresseeTenantId: string, version: number } };

export type TasksSpecIssuedQueryVariables = Exact<{ [key: string]: never; }>;


export type TasksSpecIssuedQuery = { issuedNotices: { edges: Array<{ node: { id: string, kind: NoticeKind, subjectType: SupervisedSubjectType, subjectId: string } }> } };

export type TasksSpecFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type TasksSpecFeedbackMutation = { submitNoticeFeedback: { state: NoticeState, version: number } };

export type TasksSpecAcceptMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type TasksSpecAcceptMutation = { acceptNoticeFeedback: { state: NoticeState } };

export type AssessmentE2eCreateMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type AssessmentE2eCreateMutation = { createAssessmentScheme: { id: string, version: number, targetLevel: string } };

export type AssessmentE2eManualMutationVariables = Exact<{
  input: ManualScoreInput;
}>;


export type AssessmentE2eManualMutation = { enterManualScore: { id: string } };

export type AssessmentE2eRebuildMutationVariables = Exact<{
  input: RebuildFactsInput;
}>;


export type AssessmentE2eRebuildMutation = { rebuildFacts: { id: string, source: FactSource } };

export type AssessmentE2ePublishMutationVariables = Exact<{
  input: PublishSchemeInput;
}>;


export type AssessmentE2ePublishMutation = { publishAssessmentScheme: { asOf: string, targets: Array<{ name: string, total: number | null, rank: number | null }> } };

export type AssessmentE2eScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentE2eScoresQuery = { scores: { asOf: string, targets: Array<{ name: string, total: number | null, rank: number | null, grade: AssessmentGrade | null, publishedTotal: number | null, items: Array<{ code: string, numerator: number | null, denominator: number | null, value: number | null, points: number | null }> }> } };

export type AssessmentE2eFactsQueryVariables = Exact<{
  input: ScoreFactsInput;
}>;


export type AssessmentE2eFactsQuery = { scoreFacts: Array<{ label: string }> };

export type AssessmentE2eVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentE2eVersionQuery = { assessmentScheme: { version: number } | null };

export type AssessmentE2eTenantQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentE2eTenantQuery = { tenant: { name: string, assessmentResults: Array<{ schemeName: string, total: number, rank: number, of: number, grade: AssessmentGrade }> } };

export type AssessmentE2eUpdateAssessmentSchemeMutationVariables = Exact<{
  input: UpdateSchemeInput;
}>;


export type AssessmentE2eUpdateAssessmentSchemeMutation = { updateAssessmentScheme: { id: string } };

export type AssessmentE2eCreateAssessmentSchemeMutationVariables = Exact<{
  input: CreateSchemeInput;
}>;


export type AssessmentE2eCreateAssessmentSchemeMutation = { createAssessmentScheme: { id: string } };

export type AssessmentScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentScoresQuery = { scores: { targets: Array<{ tenantId: string, name: string }> } };

export type AssessmentEnterManualScoreMutationVariables = Exact<{
  input: ManualScoreInput;
}>;


export type AssessmentEnterManualScoreMutation = { enterManualScore: { id: string } };

export type AssessmentScores2QueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentScores2Query = { scores: { targets: Array<{ name: string, publishedTotal: number | null, publishedRank: number | null }> } };

export type AssessmentTenantQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentTenantQuery = { tenant: { assessmentResults: Array<{ rank: number, of: number }> } };

export type AssessmentAssessmentSchemeQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentAssessmentSchemeQuery = { assessmentScheme: { version: number, totalPoints: number, items: Array<{ code: string, name: string, points: number, indicator: { formula: string } | null }> } | null, scores: { targets: Array<{ name: string, items: Array<{ code: string, numerator: number | null, denominator: number | null }> }> } };

export type ConferenceSetupCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConferenceSetupCreateUserMutation = { createUser: { id: string } };

export type ConferenceSetupConferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceSetupConferenceQuery = { conference: { version: number } | null };

export type ConferenceSetupUpdateConferenceMutationVariables = Exact<{
  input: UpdateConferenceInput;
}>;


export type ConferenceSetupUpdateConferenceMutation = { updateConference: { version: number } };

export type ConferenceTasksConferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksConferenceQuery = { conference: { id: string } | null };

export type ConferenceTasksEstablishConferenceMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type ConferenceTasksEstablishConferenceMutation = { establishConference: { id: string } };

export type ConferenceTasksCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConferenceTasksCreateUserMutation = { createUser: { id: string } };

export type ConferenceTasksScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConferenceTasksScheduleMeetingMutation = { scheduleMeeting: { id: string, version: number } };

export type ConferenceTasksRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type ConferenceTasksRecordMeetingMutation = { recordMeeting: { id: string } };

export type QueueAndReceptionsLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueAndReceptionsLeadersQuery = { leaders: Array<{ id: string, displayName: string }> };

export type QueueAndReceptionsScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type QueueAndReceptionsScheduleReceptionMutation = { scheduleReception: { id: string } };

export type QueueAndReceptionsCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueAndReceptionsCasesQuery = { cases: { totalCount: number } };

export type RegistrationLeadersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationLeadersQuery = { leaders: Array<{ id: string, displayName: string }> };

export type RegistrationReceptionsQueryVariables = Exact<{
  day: string;
}>;


export type RegistrationReceptionsQuery = { receptions: { edges: Array<{ node: { id: string, leaderId: string } }> } };

export type RegistrationScheduleReceptionMutationVariables = Exact<{
  input: ScheduleReceptionInput;
}>;


export type RegistrationScheduleReceptionMutation = { scheduleReception: { id: string } };

export type RegistrationCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistrationCaseQuery = { case: { leaderOwnerId: string | null, receptionId: string | null } };

export type StatisticsCaseStatisticsQueryVariables = Exact<{
  period: PeriodInput;
  j?: string | number | null | undefined;
}>;


export type StatisticsCaseStatisticsQuery = { caseStatistics: Array<{ batches: number, personTimes: number }> };

export type StatisticsCaseBacklogQueryVariables = Exact<{
  period: PeriodInput;
  j?: string | number | null | undefined;
}>;


export type StatisticsCaseBacklogQuery = { caseBacklog: { open: number } };

export type CaseDeskE2eCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeskE2eCaseQuery = { case: { number: string, availableActions: Array<CaseAction>, handlingTenant: { name: string } | null, handlingUnit: { name: string } | null, problemJurisdiction: { path: Array<string> } | null, category: { path: Array<string> } | null, runningClocks: Array<{ stage: CaseStage, deadline: string, daysLeft: number, overdueDays: number, dueSoon: boolean }>, timeline: Array<{ action: CaseAction, actorTenant: { name: string } | null, details: { summary: string } }> } };

export type CaseDeskE2eCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskE2eCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { number: string } }> } };

export type CaseDeskE2eCases2QueryVariables = Exact<{ [key: string]: never; }>;


export type CaseDeskE2eCases2Query = { cases: { totalCount: number } };

export type CaseLifecycleE2eDeliverCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseLifecycleE2eDeliverCaseMutation = { deliverCase: { ratingToken: string | null } };

export type CaseLifecycleE2eCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseLifecycleE2eCaseQuery = { case: { ratingToken: string | null } };

export type CaseLifecycleE2eRateCaseByTokenMutationVariables = Exact<{
  input: RateByTokenInput;
}>;


export type CaseLifecycleE2eRateCaseByTokenMutation = { rateCaseByToken: { rating: Rating | null } };

export type CaseLifecycleE2eCaseStatisticsQueryVariables = Exact<{
  basis?: CaseCountBasis | null | undefined;
}>;


export type CaseLifecycleE2eCaseStatisticsQuery = { caseStatistics: Array<{ batches: number }> };

export type ConferenceTasksE2eTaskFragment = { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null };

export type ConferenceTasksE2eEstablishMutationVariables = Exact<{
  input: EstablishConferenceInput;
}>;


export type ConferenceTasksE2eEstablishMutation = { establishConference: { members: Array<{ id: string, name: string }> } };

export type ConferenceTasksE2eCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConferenceTasksE2eCreateUserMutation = { createUser: { id: string } };

export type ConferenceTasksE2eScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConferenceTasksE2eScheduleMutation = { scheduleMeeting: { id: string, version: number } };

export type ConferenceTasksE2eRecordMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type ConferenceTasksE2eRecordMutation = { recordMeeting: { state: MeetingState, decisions: Array<{ id: string }> } };

export type ConferenceTasksE2eCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type ConferenceTasksE2eCreateTaskMutation = { createTask: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, linkedCases: Array<{ id: string, number: string, title: string }>, subtasks: Array<{ id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null }>, assignee: { kind: TaskAssigneeKind, name: string } | null } };

export type ConferenceTasksE2eReceiveMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type ConferenceTasksE2eReceiveMutation = { receiveTask: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null } };

export type ConferenceTasksE2eSplitMutationVariables = Exact<{
  input: SplitTaskInput;
}>;


export type ConferenceTasksE2eSplitMutation = { splitTask: Array<{ id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null }> };

export type ConferenceTasksE2eReportMutationVariables = Exact<{
  input: TaskReportInput;
}>;


export type ConferenceTasksE2eReportMutation = { reportTask: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null } };

export type ConferenceTasksE2eSignOffMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type ConferenceTasksE2eSignOffMutation = { signOffTask: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null } };

export type ConferenceTasksE2eSendBackMutationVariables = Exact<{
  input: TaskReasonInput;
}>;


export type ConferenceTasksE2eSendBackMutation = { sendBackTask: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null } };

export type ConferenceTasksE2eRaiseMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type ConferenceTasksE2eRaiseMutation = { raiseNotice: { id: string, kind: NoticeKind, issuerTenantId: string, addresseeTenantId: string } };

export type ConferenceTasksE2eTaskViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferenceTasksE2eTaskViewQuery = { task: { id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, subtasks: Array<{ id: string, number: string, state: TaskState, version: number, deadline: string, overdue: boolean, reportedDoneOn: string | null, sendBackReason: string | null, tenantId: string, assignee: { kind: TaskAssigneeKind, name: string } | null }>, reporting: { missed: Array<string> } | null, supervisionNotices: Array<{ kind: NoticeKind, state: NoticeState, issuerTenantId: string, addresseeTenantId: string }>, assignee: { kind: TaskAssigneeKind, name: string } | null } | null };

export type ConferenceTasksE2eListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksE2eListsQuery = { taskLists: Array<{ id: string, kind: TaskListKind, name: string }> };

export type ConferenceTasksE2eTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksE2eTasksQuery = { tasks: { edges: Array<{ node: { id: string } }> } };

export type ConferenceTasksE2eIssuedQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksE2eIssuedQuery = { issuedNotices: { edges: Array<{ node: { id: string, subjectType: SupervisedSubjectType, subjectId: string } }> } };

export type ConferenceTasksE2eInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksE2eInboxQuery = { noticeInbox: { edges: Array<{ node: { id: string } }> } };

export type ConferenceTasksE2eDashboardQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  subtree?: boolean | null | undefined;
}>;


export type ConferenceTasksE2eDashboardQuery = { taskDashboard: { total: { assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }, byList: Array<{ name: string, assigned: number, signedOff: number }>, byAssignee: Array<{ name: string, assigned: number, signedOff: number, doneOnTime: number, overdue: number, lateReports: number, completionRate: number | null }> } };

export type ConferenceTasksE2eTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceTasksE2eTenantsQuery = { tenants: { edges: Array<{ node: { id: string, level: TenantLevel, parentId: string | null } }> } };

export type ConferenceTasksE2eCoverageQueryVariables = Exact<{
  id: string | number;
  level: TenantLevel;
}>;


export type ConferenceTasksE2eCoverageQuery = { tenant: { conferenceCoverage: { jurisdictions: number, withConference: number, rate: number | null } } };

export type ConferenceTasksE2eCreateTask2MutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type ConferenceTasksE2eCreateTask2Mutation = { createTask: { id: string } };

export type ConferenceTasksE2eScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConferenceTasksE2eScheduleMeetingMutation = { scheduleMeeting: { agenda: Array<{ caseId: string | null, caseNumber: string | null, caseTitle: string | null }> } };

export type ConferenceTasksE2eScheduleMeeting2MutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ConferenceTasksE2eScheduleMeeting2Mutation = { scheduleMeeting: { id: string } };

export type ConferenceTasksE2eSignOffTaskMutationVariables = Exact<{
  input: TaskStepInput;
}>;


export type ConferenceTasksE2eSignOffTaskMutation = { signOffTask: { id: string } };

export type ConferenceTasksE2eRaiseNoticeMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type ConferenceTasksE2eRaiseNoticeMutation = { raiseNotice: { id: string } };

export type CaseApiMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseApiMeQuery = { me: { id: string } };

export type CaseApiTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseApiTenantsQuery = { tenants: { edges: Array<{ node: { id: string, code: string } }> } };

export type CaseApiUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseApiUnitsQuery = { tenant: { units: { edges: Array<{ node: { id: string, name: string } }> } } };

export type CaseApiCaseFragment = { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> };

export type CaseApiCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseApiCaseQuery = { case: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type CaseApiRegisterCaseMutation = { registerCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRouteCaseMutationVariables = Exact<{
  input: RouteCaseInput;
}>;


export type CaseApiRouteCaseMutation = { routeCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiReceiveCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiReceiveCaseMutation = { receiveCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiAcceptCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiAcceptCaseMutation = { acceptCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiObjectToCaseMutationVariables = Exact<{
  input: ReasonedCaseInput;
}>;


export type CaseApiObjectToCaseMutation = { objectToCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiReportCaseUpMutationVariables = Exact<{
  input: ReasonedCaseInput;
}>;


export type CaseApiReportCaseUpMutation = { reportCaseUp: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiDeclineCaseMutationVariables = Exact<{
  input: DeclineCaseInput;
}>;


export type CaseApiDeclineCaseMutation = { declineCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiExtendCaseMutationVariables = Exact<{
  input: ExtendCaseInput;
}>;


export type CaseApiExtendCaseMutation = { extendCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRecordHearingMutationVariables = Exact<{
  input: RecordHearingInput;
}>;


export type CaseApiRecordHearingMutation = { recordHearing: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiDecideCaseMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type CaseApiDecideCaseMutation = { decideCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiSendBackCaseMutationVariables = Exact<{
  input: SendBackCaseInput;
}>;


export type CaseApiSendBackCaseMutation = { sendBackCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiSubmitCompletionReportMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiSubmitCompletionReportMutation = { submitCompletionReport: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiDeliverCaseMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiDeliverCaseMutation = { deliverCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRateCaseMutationVariables = Exact<{
  input: RateCaseInput;
}>;


export type CaseApiRateCaseMutation = { rateCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRateCaseByTokenMutationVariables = Exact<{
  input: RateByTokenInput;
}>;


export type CaseApiRateCaseByTokenMutation = { rateCaseByToken: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRequestReviewMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiRequestReviewMutation = { requestReview: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiDecideReviewMutationVariables = Exact<{
  input: DecideReviewInput;
}>;


export type CaseApiDecideReviewMutation = { decideReview: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiRequestReexaminationMutationVariables = Exact<{
  input: CaseChangeInput;
}>;


export type CaseApiRequestReexaminationMutation = { requestReexamination: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiDecideReexaminationMutationVariables = Exact<{
  input: DecideReviewInput;
}>;


export type CaseApiDecideReexaminationMutation = { decideReexamination: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type CaseApiCloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CaseApiCloseCaseMutation = { closeCase: { id: string, number: string, state: CaseState, version: number, kind: CaseKind, channel: Channel, handlingTenantId: string, handlingUnitId: string | null, deadline: string | null, deadlineStage: CaseStage | null, openStages: Array<CaseStage>, extensionUsed: boolean, sendBackCount: number, rating: Rating | null, outcome: DecisionOutcome | null, decisionText: string | null, completionReport: CompletionReportStatus, repeatOfId: string | null, repeatCount: number, levelSkipping: boolean, handledBelow: boolean, collective: boolean, personCount: number, finishedOn: string | null, closeReason: CloseReason | null, declineReason: DeclineReason | null, ending: CaseEnding | null, final: boolean, reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, stages: Array<{ stage: CaseStage, startedOn: string, deadline: string | null, stoppedOn: string | null, onTime: boolean | null, extensionDays: number, provisional: boolean }> } };

export type TestLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type TestLoginMutation = { login: { accessToken: string } };

export type SentPetitionerMessagesQueryVariables = Exact<{
  caseNumber: string;
}>;


export type SentPetitionerMessagesQuery = { petitionerMessages: { edges: Array<{ node: { id: string, channel: MessageChannel, recipient: string, body: string } }> } };

export type SupervisionApiNoticeFragment = { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null };

export type SupervisionApiInboxQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
}>;


export type SupervisionApiInboxQuery = { noticeInbox: { unreadCount: number, edges: Array<{ node: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } }> } };

export type SupervisionApiIssuedQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionApiIssuedQuery = { issuedNotices: { edges: Array<{ node: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } }> } };

export type SupervisionApiCaseNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionApiCaseNoticesQuery = { case: { id: string, supervisionNotices: Array<{ id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null }> } };

export type SupervisionApiMarkNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;


export type SupervisionApiMarkNoticeReadMutation = { markNoticeRead: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiNoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionApiNoticeDetailQuery = { notice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null, feedback: Array<{ text: string, attachments: Array<string>, submittedByName: string, decision: FeedbackDecision | null, decisionComment: string | null, decidedByName: string | null }>, history: Array<{ seq: number, action: NoticeAction, fromState: NoticeState | null, toState: NoticeState, actorName: string, reason: string | null }> } };

export type SupervisionApiSubmitNoticeFeedbackMutationVariables = Exact<{
  input: NoticeFeedbackInput;
}>;


export type SupervisionApiSubmitNoticeFeedbackMutation = { submitNoticeFeedback: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiAcceptNoticeFeedbackMutationVariables = Exact<{
  input: AcceptFeedbackInput;
}>;


export type SupervisionApiAcceptNoticeFeedbackMutation = { acceptNoticeFeedback: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiRejectNoticeFeedbackMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type SupervisionApiRejectNoticeFeedbackMutation = { rejectNoticeFeedback: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiEscalateNoticeMutationVariables = Exact<{
  input: ReasonedNoticeChangeInput;
}>;


export type SupervisionApiEscalateNoticeMutation = { escalateNotice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiRaiseNoticeMutationVariables = Exact<{
  input: RaiseNoticeInput;
}>;


export type SupervisionApiRaiseNoticeMutation = { raiseNotice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type SupervisionApiListForSupervisionMutationVariables = Exact<{
  input: ListForSupervisionInput;
}>;


export type SupervisionApiListForSupervisionMutation = { listForSupervision: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null } };

export type LoginSecurityE2eNoticeInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eNoticeInboxQuery = { noticeInbox: { unreadCount: number } };

export type LoginSecurityE2eDeactivateUserMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type LoginSecurityE2eDeactivateUserMutation = { deactivateUser: { active: boolean, version: number } };

export type LoginSecurityE2eMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eMeQuery = { me: { username: string } };

export type LoginSecurityE2eReactivateUserMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type LoginSecurityE2eReactivateUserMutation = { reactivateUser: { active: boolean } };

export type LoginSecurityE2eMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eMe2Query = { me: { username: string } };

export type LoginSecurityE2eMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eMe3Query = { me: { username: string } };

export type LoginSecurityE2eResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type LoginSecurityE2eResetUserPasswordMutation = { resetUserPassword: { version: number } };

export type LoginSecurityE2eMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eMe4Query = { me: { username: string } };

export type LoginSecurityE2eLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eLogoutMutation = { logout: boolean };

export type LoginSecurityE2eMe5QueryVariables = Exact<{ [key: string]: never; }>;


export type LoginSecurityE2eMe5Query = { me: { username: string } };

export type PlatformE2eMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eMeQuery = { me: { username: string, tenant: { name: string, conferenceCoverage: { jurisdictions: number, withConference: number }, assessedJurisdictions: Array<{ code: string, name: string }> } | null } };

export type PlatformE2eCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type PlatformE2eCreateTenantMutation = { createTenant: { code: string } };

export type PlatformE2eMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eMe2Query = { me: { tenant: { assessedJurisdictions: Array<{ code: string }> } | null } };

export type PlatformE2eTenantQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformE2eTenantQuery = { tenant: { name: string, assessedJurisdictions: Array<{ code: string }> } };

export type PlatformE2eMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eMe3Query = { me: { username: string } };

export type PlatformE2eMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eMe4Query = { me: { username: string } };

export type PlatformE2eCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type PlatformE2eCasesQuery = { cases: { edges: Array<{ cursor: string }> } };

export type PlatformE2eCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformE2eCaseQuery = { case: { id: string } };

export type PlatformE2eCases2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PlatformE2eCases2Query = { cases: { edges: Array<{ cursor: string }> } };

export type PlatformE2eCases3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PlatformE2eCases3Query = { cases: { edges: Array<{ cursor: string }> } };

export type PlatformE2eTasksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PlatformE2eTasksQuery = { tasks: { edges: Array<{ cursor: string }> } };

export type PlatformE2eConferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eConferenceQuery = { conference: { members: Array<{ name: string, liaisonName: string }> } | null, meetingSchedules: Array<{ kind: MeetingKind, recurrence: MeetingRecurrence, weekday: number | null }>, meetings: { edges: Array<{ node: { kind: MeetingKind, state: MeetingState, agenda: Array<{ caseNumber: string | null }>, attendees: Array<{ attendance: Attendance | null }>, decisions: Array<{ text: string }> } }> } };

export type PlatformE2eTasks2QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eTasks2Query = { tasks: { edges: Array<{ node: { state: TaskState } }> } };

export type PlatformE2eTasks3QueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformE2eTasks3Query = { tasks: { edges: Array<{ node: { state: TaskState, reports: Array<{ percent: number }> } }> } };

export type PlatformE2eTenant2QueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type PlatformE2eTenant2Query = { tenant: { assessmentResults: Array<{ rank: number, of: number }> } };

export type CaseLifecyclesCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseLifecyclesCategoriesQuery = { categories: Array<{ id: string, code: string }> };

export type CaseLifecyclesCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseLifecyclesCaseQuery = { case: { opinions: Array<{ id: string, kind: OpinionKind, outcome: DecisionOutcome, result: OpinionResult | null, reviewedOpinionId: string | null, text: string | null, inForce: boolean }> } };

export type SupervisionE2eSupervisionSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionE2eSupervisionSummaryQuery = { supervisionSummary: Array<{ tenantName: string, issued: number, escalated: number, byKind: Array<{ kind: NoticeKind, issued: number }> }> };

export const IndicatorPreviewSpecFactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecFactFragment, unknown>;
export const SchemesSpecSchemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecSchemeFragment, unknown>;
export const LoginSecuritySpecUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginSecuritySpecUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LoginSecuritySpecUserFragment, unknown>;
export const ConferenceMeetingsSpecMeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecMeetingFieldsFragment, unknown>;
export const ConferencesSpecConferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonUserId"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecConferenceFieldsFragment, unknown>;
export const SupervisionHarnessNoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<SupervisionHarnessNoticeFragment, unknown>;
export const TasksSpecTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecTaskFragment, unknown>;
export const ConferenceTasksE2eTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eTaskFragment, unknown>;
export const CaseApiCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiCaseFragment, unknown>;
export const SupervisionApiNoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiNoticeFragment, unknown>;
export const IndicatorPreviewSpecPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPreviewSpecPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecPreviewQuery, IndicatorPreviewSpecPreviewQueryVariables>;
export const IndicatorPreviewSpecCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPreviewSpecCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecCheckQuery, IndicatorPreviewSpecCheckQueryVariables>;
export const IndicatorPreviewSpecCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndicatorPreviewSpecCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecCreateMutation, IndicatorPreviewSpecCreateMutationVariables>;
export const IndicatorPreviewSpecScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPreviewSpecScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecScoresQuery, IndicatorPreviewSpecScoresQueryVariables>;
export const IndicatorPreviewSpecFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPreviewSpecFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecFactsQuery, IndicatorPreviewSpecFactsQueryVariables>;
export const IndicatorPreviewSpecCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPreviewSpecCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"noun"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"periodBases"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPeriodField"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"nullable"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecCatalogQuery, IndicatorPreviewSpecCatalogQueryVariables>;
export const SchemesSpecCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemesSpecScheme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecCreateMutation, SchemesSpecCreateMutationVariables>;
export const SchemesSpecUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchemesSpecScheme"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecUpdateMutation, SchemesSpecUpdateMutationVariables>;
export const SchemesSpecManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecManualMutation, SchemesSpecManualMutationVariables>;
export const SchemesSpecPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchemesSpecPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecPublishMutation, SchemesSpecPublishMutationVariables>;
export const SchemesSpecScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"manual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecScoresQuery, SchemesSpecScoresQueryVariables>;
export const SchemesSpecVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecVersionQuery, SchemesSpecVersionQueryVariables>;
export const SchemesSpecSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecSnapshotQuery, SchemesSpecSnapshotQueryVariables>;
export const SchemesSpecFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemesSpecFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SchemesSpecFactsQuery, SchemesSpecFactsQueryVariables>;
export const JurisdictionIndicatorsSpecIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionIndicatorsSpecIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-06-30","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]} as unknown as DocumentNode<JurisdictionIndicatorsSpecIndicatorsQuery, JurisdictionIndicatorsSpecIndicatorsQueryVariables>;
export const CaseAttachmentsSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAttachmentsSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CaseAttachmentsSpecCaseQuery, CaseAttachmentsSpecCaseQueryVariables>;
export const AuthSpecMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecMeQuery, AuthSpecMeQueryVariables>;
export const AuthSpecLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSpecLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<AuthSpecLoginMutation, AuthSpecLoginMutationVariables>;
export const AuthSpecSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecSchema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecSchemaQuery, AuthSpecSchemaQueryVariables>;
export const AuthSpecCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSpecCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthSpecCreateUnitMutation, AuthSpecCreateUnitMutationVariables>;
export const AuthSpecCreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSpecCreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthSpecCreateTenantMutation, AuthSpecCreateTenantMutationVariables>;
export const AuthSpecCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthSpecCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthSpecCreateUserMutation, AuthSpecCreateUserMutationVariables>;
export const AuthSpecTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecTenantsQuery, AuthSpecTenantsQueryVariables>;
export const AuthSpecFirstTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecFirstTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecFirstTenantsQuery, AuthSpecFirstTenantsQueryVariables>;
export const AuthSpecNextTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecNextTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecNextTenantsQuery, AuthSpecNextTenantsQueryVariables>;
export const LoginSecuritySpecLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecuritySpecLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LoginSecuritySpecLoginMutation, LoginSecuritySpecLoginMutationVariables>;
export const LoginSecuritySpecMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecuritySpecMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecuritySpecMeQuery, LoginSecuritySpecMeQueryVariables>;
export const LoginSecuritySpecDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecuritySpecDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginSecuritySpecUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginSecuritySpecUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LoginSecuritySpecDeactivateUserMutation, LoginSecuritySpecDeactivateUserMutationVariables>;
export const LoginSecuritySpecReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecuritySpecReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginSecuritySpecUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginSecuritySpecUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LoginSecuritySpecReactivateUserMutation, LoginSecuritySpecReactivateUserMutationVariables>;
export const LoginSecuritySpecResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecuritySpecResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginSecuritySpecUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginSecuritySpecUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LoginSecuritySpecResetUserPasswordMutation, LoginSecuritySpecResetUserPasswordMutationVariables>;
export const LoginSecuritySpecLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecuritySpecLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LoginSecuritySpecLogoutMutation, LoginSecuritySpecLogoutMutationVariables>;
export const CalendarSettingsSpecSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"tightenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecSettingsQuery, CalendarSettingsSpecSettingsQueryVariables>;
export const CalendarSettingsSpecUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"tightenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredYears"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecUpdateMutation, CalendarSettingsSpecUpdateMutationVariables>;
export const CalendarSettingsSpecLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveReminderLeadDays"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecLeadsQuery, CalendarSettingsSpecLeadsQueryVariables>;
export const CalendarSettingsSpecUpdateLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecUpdateLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveReminderLeadDays"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecUpdateLeadsMutation, CalendarSettingsSpecUpdateLeadsMutationVariables>;
export const CalendarSettingsSpecAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHolidayOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecAddMutation, CalendarSettingsSpecAddMutationVariables>;
export const CalendarSettingsSpecRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecRemoveMutation, CalendarSettingsSpecRemoveMutationVariables>;
export const CalendarSettingsSpecOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantPath"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecOverridesQuery, CalendarSettingsSpecOverridesQueryVariables>;
export const CaseDeskApiSpecCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCategoriesQuery, CaseDeskApiSpecCategoriesQueryVariables>;
export const CaseDeskApiSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeringTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"routeMode"}},{"kind":"Field","name":{"kind":"Name","value":"targetTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"completionReportDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCaseQuery, CaseDeskApiSpecCaseQueryVariables>;
export const CaseDeskApiSpecCase2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCase2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeringTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCase2Query, CaseDeskApiSpecCase2QueryVariables>;
export const CaseDeskApiSpecCase3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCase3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCase3Query, CaseDeskApiSpecCase3QueryVariables>;
export const CaseDeskApiSpecCalendarSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCalendarSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCalendarSettingsQuery, CaseDeskApiSpecCalendarSettingsQueryVariables>;
export const CaseDeskApiSpecUpdateCalendarSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDeskApiSpecUpdateCalendarSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecUpdateCalendarSettingsMutation, CaseDeskApiSpecUpdateCalendarSettingsMutationVariables>;
export const CaseDeskApiSpecCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCasesQuery, CaseDeskApiSpecCasesQueryVariables>;
export const CaseDeskApiSpecCases2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCases2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCases2Query, CaseDeskApiSpecCases2QueryVariables>;
export const CaseDeskApiSpecCases3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCases3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCases3Query, CaseDeskApiSpecCases3QueryVariables>;
export const CaseDeskApiSpecCases4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCases4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"案台批量标记","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeringTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accusedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaderOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCases4Query, CaseDeskApiSpecCases4QueryVariables>;
export const CaseDeskApiSpecCase4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCase4"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCase4Query, CaseDeskApiSpecCase4QueryVariables>;
export const CaseDeskApiSpecCase5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskApiSpecCase5"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<CaseDeskApiSpecCase5Query, CaseDeskApiSpecCase5QueryVariables>;
export const CaseListOrdersSpecCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListOrdersSpecCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseListOrdersSpecCasesQuery, CaseListOrdersSpecCasesQueryVariables>;
export const CaseListOrdersSpecCases2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListOrdersSpecCases2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"o"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"o"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseListOrdersSpecCases2Query, CaseListOrdersSpecCases2QueryVariables>;
export const CaseListOrdersSpecMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListOrdersSpecMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseListOrdersSpecMeQuery, CaseListOrdersSpecMeQueryVariables>;
export const CaseOpinionsSpecOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOpinionsSpecOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultInferred"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOpinionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOpinionsSpecOpinionsQuery, CaseOpinionsSpecOpinionsQueryVariables>;
export const CaseOpinionsSpecCaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOpinionsSpecCaseStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminations"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationsUpheld"}}]}}]}}]} as unknown as DocumentNode<CaseOpinionsSpecCaseStatisticsQuery, CaseOpinionsSpecCaseStatisticsQueryVariables>;
export const CasePageSpecLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePageSpecLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageSpecLinksQuery, CasePageSpecLinksQueryVariables>;
export const CasePageSpecExtensionApproversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePageSpecExtensionApprovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extensionApprovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CasePageSpecExtensionApproversQuery, CasePageSpecExtensionApproversQueryVariables>;
export const CasePageSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePageSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CasePageSpecCaseQuery, CasePageSpecCaseQueryVariables>;
export const CaseQueriesSpecListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecListedQuery, CaseQueriesSpecListedQueryVariables>;
export const CaseQueriesSpecPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecPageQuery, CaseQueriesSpecPageQueryVariables>;
export const CaseQueriesSpecCaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecCaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-06-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-06-30","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecCaseStatisticsQuery, CaseQueriesSpecCaseStatisticsQueryVariables>;
export const CaseQueriesSpecRepeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecRepeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepeatCandidatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repeatCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sameIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"samePhone"}},{"kind":"Field","name":{"kind":"Name","value":"textSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecRepeatsQuery, CaseQueriesSpecRepeatsQueryVariables>;
export const CaseQueriesSpecTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"targetTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecTimelineQuery, CaseQueriesSpecTimelineQueryVariables>;
export const CaseQueriesSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineTarget"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecCaseQuery, CaseQueriesSpecCaseQueryVariables>;
export const CaseQueriesSpecScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseQueriesSpecScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecScheduleReceptionMutation, CaseQueriesSpecScheduleReceptionMutationVariables>;
export const CaseQueriesSpecCase2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecCase2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionId"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecCase2Query, CaseQueriesSpecCase2QueryVariables>;
export const CaseQueriesSpecReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCount"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecReceptionQuery, CaseQueriesSpecReceptionQueryVariables>;
export const CaseQueriesSpecUpdateCalendarSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseQueriesSpecUpdateCalendarSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecUpdateCalendarSettingsMutation, CaseQueriesSpecUpdateCalendarSettingsMutationVariables>;
export const CaseRulesSpecSiblingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecSibling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecSiblingQuery, CaseRulesSpecSiblingQueryVariables>;
export const CaseRulesSpecPetitionersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecPetitioners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reveal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reveal"}}}]},{"kind":"Field","name":{"kind":"Name","value":"phone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reveal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reveal"}}}]}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecPetitionersQuery, CaseRulesSpecPetitionersQueryVariables>;
export const CaseRulesSpecHandlerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecHandler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecHandlerQuery, CaseRulesSpecHandlerQueryVariables>;
export const CaseRulesSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecCaseQuery, CaseRulesSpecCaseQueryVariables>;
export const CaseStatisticsSpecCaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStatisticsSpecCaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-03-31","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]} as unknown as DocumentNode<CaseStatisticsSpecCaseStatisticsQuery, CaseStatisticsSpecCaseStatisticsQueryVariables>;
export const CaseStatisticsSpecCaseStatistics2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStatisticsSpecCaseStatistics2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"j"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-04-30","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"j"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]} as unknown as DocumentNode<CaseStatisticsSpecCaseStatistics2Query, CaseStatisticsSpecCaseStatistics2QueryVariables>;
export const CaseStatisticsSpecCaseBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStatisticsSpecCaseBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"longPending"}}]}}]}}]} as unknown as DocumentNode<CaseStatisticsSpecCaseBacklogQuery, CaseStatisticsSpecCaseBacklogQueryVariables>;
export const RatingLinkSpecRateCaseByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingLinkSpecRateCaseByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCaseByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<RatingLinkSpecRateCaseByTokenMutation, RatingLinkSpecRateCaseByTokenMutationVariables>;
export const RatingLinkSpecDeliverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingLinkSpecDeliverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ratingToken"}}]}}]}}]} as unknown as DocumentNode<RatingLinkSpecDeliverCaseMutation, RatingLinkSpecDeliverCaseMutationVariables>;
export const RegistrationFieldsSpecLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationFieldsSpecLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RegistrationFieldsSpecLeadersQuery, RegistrationFieldsSpecLeadersQueryVariables>;
export const RegistrationFieldsSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationFieldsSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderOwnerId"}}]}}]}}]} as unknown as DocumentNode<RegistrationFieldsSpecCaseQuery, RegistrationFieldsSpecCaseQueryVariables>;
export const RepeatRegistrationSpecCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepeatRegistrationSpecCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RepeatRegistrationSpecCategoriesQuery, RepeatRegistrationSpecCategoriesQueryVariables>;
export const RepeatRegistrationSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepeatRegistrationSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newMatterReason"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newMatterReason"}},{"kind":"Field","name":{"kind":"Name","value":"strongMatches"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepeatRegistrationSpecCaseQuery, RepeatRegistrationSpecCaseQueryVariables>;
export const ReportUpSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportUpSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"targetTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"targetTenantName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportUpSpecCaseQuery, ReportUpSpecCaseQueryVariables>;
export const CategoriesSpecListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoriesSpecList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CategoriesSpecListQuery, CategoriesSpecListQueryVariables>;
export const CategoriesSpecCreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoriesSpecCreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CategoriesSpecCreateCategoryMutation, CategoriesSpecCreateCategoryMutationVariables>;
export const CategoriesSpecUpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoriesSpecUpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CategoriesSpecUpdateCategoryMutation, CategoriesSpecUpdateCategoryMutationVariables>;
export const DeadlineRecomputeSpecAddHolidayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeadlineRecomputeSpecAddHolidayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHolidayOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeadlineRecomputeSpecAddHolidayOverrideMutation, DeadlineRecomputeSpecAddHolidayOverrideMutationVariables>;
export const DeadlineRecomputeSpecRemoveHolidayOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeadlineRecomputeSpecRemoveHolidayOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeadlineRecomputeSpecRemoveHolidayOverrideMutation, DeadlineRecomputeSpecRemoveHolidayOverrideMutationVariables>;
export const DeadlineRecomputeSpecRecomputationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineRecomputeSpecRecomputations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineRecomputations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stagesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"stagesChanged"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineRecomputeSpecRecomputationsQuery, DeadlineRecomputeSpecRecomputationsQueryVariables>;
export const WindowLapseSpecCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowLapseSpecCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedStage"}},{"kind":"Field","name":{"kind":"Name","value":"windowDeadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WindowLapseSpecCaseQuery, WindowLapseSpecCaseQueryVariables>;
export const LeadersSpecLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadersSpecLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<LeadersSpecLeadersQuery, LeadersSpecLeadersQueryVariables>;
export const TenantIsolationSpecTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecTenantsQuery, TenantIsolationSpecTenantsQueryVariables>;
export const TenantIsolationSpecChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecChildrenQuery, TenantIsolationSpecChildrenQueryVariables>;
export const TenantIsolationSpecTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecTenantQuery, TenantIsolationSpecTenantQueryVariables>;
export const TenantIsolationSpecMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecMeQuery, TenantIsolationSpecMeQueryVariables>;
export const TenantIsolationSpecUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecUsersQuery, TenantIsolationSpecUsersQueryVariables>;
export const TenantIsolationSpecCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantIsolationSpecCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCreateUnitMutation, TenantIsolationSpecCreateUnitMutationVariables>;
export const TenantIsolationSpecCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantIsolationSpecCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCreateUserMutation, TenantIsolationSpecCreateUserMutationVariables>;
export const TenantIsolationSpecCreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantIsolationSpecCreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCreateTenantMutation, TenantIsolationSpecCreateTenantMutationVariables>;
export const TenantIsolationSpecCreateTenant2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenantIsolationSpecCreateTenant2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCreateTenant2Mutation, TenantIsolationSpecCreateTenant2MutationVariables>;
export const TenantIsolationSpecCountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCountiesQuery, TenantIsolationSpecCountiesQueryVariables>;
export const InstrumentsSpecCaseFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentsSpecCaseFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"templateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentsSpecCaseFileQuery, InstrumentsSpecCaseFileQueryVariables>;
export const InstrumentsSpecTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentsSpecTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownVersion"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentsSpecTemplatesQuery, InstrumentsSpecTemplatesQueryVariables>;
export const InstrumentsSpecSaveTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstrumentsSpecSaveTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveInstrumentTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInstrumentTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ownVersion"}}]}}]}}]} as unknown as DocumentNode<InstrumentsSpecSaveTemplateMutation, InstrumentsSpecSaveTemplateMutationVariables>;
export const PetitionerMessagesOfCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionerMessagesOfCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentToDevInbox"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]}}]} as unknown as DocumentNode<PetitionerMessagesOfCaseQuery, PetitionerMessagesOfCaseQueryVariables>;
export const PetitionerMessageListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionerMessageList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionerMessageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionerMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PetitionerMessageListQuery, PetitionerMessageListQueryVariables>;
export const ResendPetitionerMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendPetitionerMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendPetitionerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResendPetitionerMessageMutation, ResendPetitionerMessageMutationVariables>;
export const PetitionerRatesByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PetitionerRatesByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCaseByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<PetitionerRatesByLinkMutation, PetitionerRatesByLinkMutationVariables>;
export const MessageTemplatesOfOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplatesOfOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"own"}},{"kind":"Field","name":{"kind":"Name","value":"ownVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTenantName"}}]}}]}}]} as unknown as DocumentNode<MessageTemplatesOfOfficeQuery, MessageTemplatesOfOfficeQueryVariables>;
export const SaveMessageTemplateOfOfficeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMessageTemplateOfOffice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMessageTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SaveMessageTemplateOfOfficeMutation, SaveMessageTemplateOfOfficeMutationVariables>;
export const OnlineIntakeSpecQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnlineIntakeSpecQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineSubmissionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"petitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clockText"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"registerBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnlineIntakeSpecQueueQuery, OnlineIntakeSpecQueueQueryVariables>;
export const OnlineIntakeSpecRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnlineIntakeSpecRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOnlineSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOnlineSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OnlineIntakeSpecRegisterMutation, OnlineIntakeSpecRegisterMutationVariables>;
export const OnlineIntakeSpecRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnlineIntakeSpecReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectOnlineSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOnlineSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OnlineIntakeSpecRejectMutation, OnlineIntakeSpecRejectMutationVariables>;
export const OnlineIntakeSpecSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnlineIntakeSpecSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineIntakeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"registerWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRegisterWithinHours"}}]}}]}}]} as unknown as DocumentNode<OnlineIntakeSpecSettingsQuery, OnlineIntakeSpecSettingsQueryVariables>;
export const OnlineIntakeSpecSetSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnlineIntakeSpecSetSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOnlineIntakeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOnlineIntakeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRegisterWithinHours"}}]}}]}}]} as unknown as DocumentNode<OnlineIntakeSpecSetSettingsMutation, OnlineIntakeSpecSetSettingsMutationVariables>;
export const PortalDeclineCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeclineCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<PortalDeclineCaseMutation, PortalDeclineCaseMutationVariables>;
export const ReceptionsSpecScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceptionsSpecScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecScheduleReceptionMutation, ReceptionsSpecScheduleReceptionMutationVariables>;
export const ReceptionsSpecListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecListQuery, ReceptionsSpecListQueryVariables>;
export const ReceptionsSpecOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecOneQuery, ReceptionsSpecOneQueryVariables>;
export const ReceptionsSpecStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"receptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecStatisticsQuery, ReceptionsSpecStatisticsQueryVariables>;
export const ReceptionsSpecCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceptionsSpecCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecCreateUserMutation, ReceptionsSpecCreateUserMutationVariables>;
export const ReceptionsSpecCreateUser2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceptionsSpecCreateUser2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecCreateUser2Mutation, ReceptionsSpecCreateUser2MutationVariables>;
export const ReceptionsSpecReceptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecReceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecReceptionsQuery, ReceptionsSpecReceptionsQueryVariables>;
export const MeetingAttachmentsSpecEstablishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecEstablish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecEstablishMutation, MeetingAttachmentsSpecEstablishMutationVariables>;
export const MeetingAttachmentsSpecListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttachmentsSpecLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecListsQuery, MeetingAttachmentsSpecListsQueryVariables>;
export const MeetingAttachmentsSpecCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecCreateMutation, MeetingAttachmentsSpecCreateMutationVariables>;
export const MeetingAttachmentsSpecReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecReceiveMutation, MeetingAttachmentsSpecReceiveMutationVariables>;
export const MeetingAttachmentsSpecReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecReportMutation, MeetingAttachmentsSpecReportMutationVariables>;
export const MeetingAttachmentsSpecTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttachmentsSpecTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachable"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecTaskQuery, MeetingAttachmentsSpecTaskQueryVariables>;
export const MeetingAttachmentsSpecRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecRaiseMutation, MeetingAttachmentsSpecRaiseMutationVariables>;
export const MeetingAttachmentsSpecFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecFeedbackMutation, MeetingAttachmentsSpecFeedbackMutationVariables>;
export const MeetingAttachmentsSpecAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingAttachmentsSpecAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecAcceptMutation, MeetingAttachmentsSpecAcceptMutationVariables>;
export const MeetingAttachmentsSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttachmentsSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachable"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttachmentsSpecNoticeQuery, MeetingAttachmentsSpecNoticeQueryVariables>;
export const ConferenceMeetingsSpecEstablishConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceMeetingsSpecEstablishConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecEstablishConferenceMutation, ConferenceMeetingsSpecEstablishConferenceMutationVariables>;
export const ConferenceMeetingsSpecScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceMeetingsSpecScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecScheduleMeetingMutation, ConferenceMeetingsSpecScheduleMeetingMutationVariables>;
export const ConferenceMeetingsSpecRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceMeetingsSpecRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecRecordMeetingMutation, ConferenceMeetingsSpecRecordMeetingMutationVariables>;
export const ConferenceMeetingsSpecCancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceMeetingsSpecCancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecCancelMeetingMutation, ConferenceMeetingsSpecCancelMeetingMutationVariables>;
export const ConferenceMeetingsSpecSetMeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceMeetingsSpecSetMeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecSetMeetingScheduleMutation, ConferenceMeetingsSpecSetMeetingScheduleMutationVariables>;
export const ConferenceMeetingsSpecMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecMeetingsQuery, ConferenceMeetingsSpecMeetingsQueryVariables>;
export const ConferenceMeetingsSpecMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceMeetingsSpecMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConferenceMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ConferenceMeetingsSpecMeetingQuery, ConferenceMeetingsSpecMeetingQueryVariables>;
export const ConferencesSpecEstablishConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferencesSpecEstablishConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonUserId"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecEstablishConferenceMutation, ConferencesSpecEstablishConferenceMutationVariables>;
export const ConferencesSpecUpdateConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferencesSpecUpdateConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonUserId"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecUpdateConferenceMutation, ConferencesSpecUpdateConferenceMutationVariables>;
export const ConferencesSpecAddConferenceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferencesSpecAddConferenceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConferenceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConferenceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonUserId"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecAddConferenceMemberMutation, ConferencesSpecAddConferenceMemberMutationVariables>;
export const ConferencesSpecRemoveConferenceMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferencesSpecRemoveConferenceMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveConferenceMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConferenceMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecRemoveConferenceMemberMutation, ConferencesSpecRemoveConferenceMemberMutationVariables>;
export const ConferencesSpecConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferencesSpecConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferencesSpecConferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"officeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"convenors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonUserId"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecConferenceQuery, ConferencesSpecConferenceQueryVariables>;
export const ConferencesSpecConferenceStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferencesSpecConferenceStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}}]}}]}}]} as unknown as DocumentNode<ConferencesSpecConferenceStaffQuery, ConferencesSpecConferenceStaffQueryVariables>;
export const NoticeActionsSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeActionsSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecNoticeQuery, NoticeActionsSpecNoticeQueryVariables>;
export const NoticeActionsSpecMarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeActionsSpecMarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecMarkNoticeReadMutation, NoticeActionsSpecMarkNoticeReadMutationVariables>;
export const NoticeActionsSpecSubmitNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeActionsSpecSubmitNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecSubmitNoticeFeedbackMutation, NoticeActionsSpecSubmitNoticeFeedbackMutationVariables>;
export const NoticeActionsSpecAcceptNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeActionsSpecAcceptNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecAcceptNoticeFeedbackMutation, NoticeActionsSpecAcceptNoticeFeedbackMutationVariables>;
export const NoticeActionsSpecRejectNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeActionsSpecRejectNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecRejectNoticeFeedbackMutation, NoticeActionsSpecRejectNoticeFeedbackMutationVariables>;
export const NoticeActionsSpecEscalateNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeActionsSpecEscalateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecEscalateNoticeMutation, NoticeActionsSpecEscalateNoticeMutationVariables>;
export const NoticeActionsSpecIssuedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeActionsSpecIssuedNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeActionsSpecIssuedNoticesQuery, NoticeActionsSpecIssuedNoticesQueryVariables>;
export const NoticeEscalationSpecInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEscalationSpecInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecInboxQuery, NoticeEscalationSpecInboxQueryVariables>;
export const NoticeEscalationSpecSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEscalationSpecSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecSummaryQuery, NoticeEscalationSpecSummaryQueryVariables>;
export const NoticeEscalationSpecSubmitNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEscalationSpecSubmitNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecSubmitNoticeFeedbackMutation, NoticeEscalationSpecSubmitNoticeFeedbackMutationVariables>;
export const NoticeEscalationSpecRejectNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEscalationSpecRejectNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecRejectNoticeFeedbackMutation, NoticeEscalationSpecRejectNoticeFeedbackMutationVariables>;
export const NoticeInstrumentsSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeInstrumentsSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeInstrumentsSpecNoticeQuery, NoticeInstrumentsSpecNoticeQueryVariables>;
export const NoticeInstrumentsSpecRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeInstrumentsSpecRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTenantName"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeInstrumentsSpecRaiseMutation, NoticeInstrumentsSpecRaiseMutationVariables>;
export const NoticeLadderSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeLadderSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeLadderSpecNoticeQuery, NoticeLadderSpecNoticeQueryVariables>;
export const NoticeLadderSpecEscalateNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeLadderSpecEscalateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NoticeLadderSpecEscalateNoticeMutation, NoticeLadderSpecEscalateNoticeMutationVariables>;
export const NoticeLadderSpecRaiseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeLadderSpecRaiseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}}]}}]}}]} as unknown as DocumentNode<NoticeLadderSpecRaiseNoticeMutation, NoticeLadderSpecRaiseNoticeMutationVariables>;
export const NoticeLadderSpecSubmitNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeLadderSpecSubmitNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<NoticeLadderSpecSubmitNoticeFeedbackMutation, NoticeLadderSpecSubmitNoticeFeedbackMutationVariables>;
export const NoticeWorkflowSpecInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecInboxQuery, NoticeWorkflowSpecInboxQueryVariables>;
export const NoticeWorkflowSpecIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecIssuedQuery, NoticeWorkflowSpecIssuedQueryVariables>;
export const NoticeWorkflowSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecNoticeQuery, NoticeWorkflowSpecNoticeQueryVariables>;
export const NoticeWorkflowSpecReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecReadMutation, NoticeWorkflowSpecReadMutationVariables>;
export const NoticeWorkflowSpecFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecFeedbackMutation, NoticeWorkflowSpecFeedbackMutationVariables>;
export const NoticeWorkflowSpecAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecAcceptMutation, NoticeWorkflowSpecAcceptMutationVariables>;
export const NoticeWorkflowSpecRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecRejectMutation, NoticeWorkflowSpecRejectMutationVariables>;
export const NoticeWorkflowSpecEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecEscalateMutation, NoticeWorkflowSpecEscalateMutationVariables>;
export const NoticeWorkflowSpecRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecRaiseMutation, NoticeWorkflowSpecRaiseMutationVariables>;
export const NoticeWorkflowSpecListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListForSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listForSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecListMutation, NoticeWorkflowSpecListMutationVariables>;
export const NoticeWorkflowSpecSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownFeedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownEscalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecSettingsQuery, NoticeWorkflowSpecSettingsQueryVariables>;
export const NoticeWorkflowSpecUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeWorkflowSpecUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownFeedbackDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownEscalationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecUpdateSettingsMutation, NoticeWorkflowSpecUpdateSettingsMutationVariables>;
export const NoticeWorkflowSpecNoticeInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecNoticeInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecNoticeInboxQuery, NoticeWorkflowSpecNoticeInboxQueryVariables>;
export const NoticeWorkflowSpecIssuedNotices2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecIssuedNotices2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecIssuedNotices2Query, NoticeWorkflowSpecIssuedNotices2QueryVariables>;
export const NoticeWorkflowSpecIssuedNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeWorkflowSpecIssuedNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeWorkflowSpecIssuedNoticesQuery, NoticeWorkflowSpecIssuedNoticesQueryVariables>;
export const TaskActionsSpecReceiveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecReceiveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecReceiveTaskMutation, TaskActionsSpecReceiveTaskMutationVariables>;
export const TaskActionsSpecStartTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecStartTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecStartTaskMutation, TaskActionsSpecStartTaskMutationVariables>;
export const TaskActionsSpecSplitTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecSplitTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecSplitTaskMutation, TaskActionsSpecSplitTaskMutationVariables>;
export const TaskActionsSpecReportTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecReportTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecReportTaskMutation, TaskActionsSpecReportTaskMutationVariables>;
export const TaskActionsSpecSignOffTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecSignOffTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecSignOffTaskMutation, TaskActionsSpecSignOffTaskMutationVariables>;
export const TaskActionsSpecSendBackTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecSendBackTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecSendBackTaskMutation, TaskActionsSpecSendBackTaskMutationVariables>;
export const TaskActionsSpecCancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecCancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecCancelTaskMutation, TaskActionsSpecCancelTaskMutationVariables>;
export const TaskActionsSpecTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskActionsSpecTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecTaskQuery, TaskActionsSpecTaskQueryVariables>;
export const TaskActionsSpecCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecCreateTaskMutation, TaskActionsSpecCreateTaskMutationVariables>;
export const TaskActionsSpecEstablishConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskActionsSpecEstablishConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecEstablishConferenceMutation, TaskActionsSpecEstablishConferenceMutationVariables>;
export const TaskActionsSpecTaskListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskActionsSpecTaskLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecTaskListsQuery, TaskActionsSpecTaskListsQueryVariables>;
export const TaskActionsSpecTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskActionsSpecTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskActionsSpecTasksQuery, TaskActionsSpecTasksQueryVariables>;
export const TasksSpecCreateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecCreateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaskList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TasksSpecCreateListMutation, TasksSpecCreateListMutationVariables>;
export const TasksSpecUpdateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecUpdateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaskList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TasksSpecUpdateListMutation, TasksSpecUpdateListMutationVariables>;
export const TasksSpecListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksSpecLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}}]}}]}}]} as unknown as DocumentNode<TasksSpecListsQuery, TasksSpecListsQueryVariables>;
export const TasksSpecCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecCreateMutation, TasksSpecCreateMutationVariables>;
export const TasksSpecSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecSplitMutation, TasksSpecSplitMutationVariables>;
export const TasksSpecReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecReceiveMutation, TasksSpecReceiveMutationVariables>;
export const TasksSpecStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecStartMutation, TasksSpecStartMutationVariables>;
export const TasksSpecReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecReportMutation, TasksSpecReportMutationVariables>;
export const TasksSpecSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecSignOffMutation, TasksSpecSignOffMutationVariables>;
export const TasksSpecSendBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecSendBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecSendBackMutation, TasksSpecSendBackMutationVariables>;
export const TasksSpecCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecCancelMutation, TasksSpecCancelMutationVariables>;
export const TasksSpecTaskViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksSpecTaskView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksSpecTask"}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecTaskViewQuery, TasksSpecTaskViewQueryVariables>;
export const TasksSpecTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksSpecTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksSpecTasksQuery, TasksSpecTasksQueryVariables>;
export const TasksSpecDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksSpecDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]}}]} as unknown as DocumentNode<TasksSpecDashboardQuery, TasksSpecDashboardQueryVariables>;
export const TasksSpecEstablishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecEstablish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TasksSpecEstablishMutation, TasksSpecEstablishMutationVariables>;
export const TasksSpecScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TasksSpecScheduleMutation, TasksSpecScheduleMutationVariables>;
export const TasksSpecRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TasksSpecRecordMutation, TasksSpecRecordMutationVariables>;
export const TasksSpecRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TasksSpecRaiseMutation, TasksSpecRaiseMutationVariables>;
export const TasksSpecIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksSpecIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksSpecIssuedQuery, TasksSpecIssuedQueryVariables>;
export const TasksSpecFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TasksSpecFeedbackMutation, TasksSpecFeedbackMutationVariables>;
export const TasksSpecAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TasksSpecAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<TasksSpecAcceptMutation, TasksSpecAcceptMutationVariables>;
export const AssessmentE2eCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2eCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eCreateMutation, AssessmentE2eCreateMutationVariables>;
export const AssessmentE2eManualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2eManual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eManualMutation, AssessmentE2eManualMutationVariables>;
export const AssessmentE2eRebuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2eRebuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RebuildFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebuildFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eRebuildMutation, AssessmentE2eRebuildMutationVariables>;
export const AssessmentE2ePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2ePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentE2ePublishMutation, AssessmentE2ePublishMutationVariables>;
export const AssessmentE2eScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentE2eScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eScoresQuery, AssessmentE2eScoresQueryVariables>;
export const AssessmentE2eFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentE2eFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eFactsQuery, AssessmentE2eFactsQueryVariables>;
export const AssessmentE2eVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentE2eVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eVersionQuery, AssessmentE2eVersionQueryVariables>;
export const AssessmentE2eTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentE2eTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eTenantQuery, AssessmentE2eTenantQueryVariables>;
export const AssessmentE2eUpdateAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2eUpdateAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eUpdateAssessmentSchemeMutation, AssessmentE2eUpdateAssessmentSchemeMutationVariables>;
export const AssessmentE2eCreateAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentE2eCreateAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentE2eCreateAssessmentSchemeMutation, AssessmentE2eCreateAssessmentSchemeMutationVariables>;
export const AssessmentScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScoresQuery, AssessmentScoresQueryVariables>;
export const AssessmentEnterManualScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessmentEnterManualScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentEnterManualScoreMutation, AssessmentEnterManualScoreMutationVariables>;
export const AssessmentScores2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScores2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScores2Query, AssessmentScores2QueryVariables>;
export const AssessmentTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentTenantQuery, AssessmentTenantQueryVariables>;
export const AssessmentAssessmentSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentAssessmentScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schemeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentAssessmentSchemeQuery, AssessmentAssessmentSchemeQueryVariables>;
export const ConferenceSetupCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceSetupCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceSetupCreateUserMutation, ConferenceSetupCreateUserMutationVariables>;
export const ConferenceSetupConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceSetupConference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConferenceSetupConferenceQuery, ConferenceSetupConferenceQueryVariables>;
export const ConferenceSetupUpdateConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceSetupUpdateConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConferenceSetupUpdateConferenceMutation, ConferenceSetupUpdateConferenceMutationVariables>;
export const ConferenceTasksConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksConference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksConferenceQuery, ConferenceTasksConferenceQueryVariables>;
export const ConferenceTasksEstablishConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksEstablishConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksEstablishConferenceMutation, ConferenceTasksEstablishConferenceMutationVariables>;
export const ConferenceTasksCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksCreateUserMutation, ConferenceTasksCreateUserMutationVariables>;
export const ConferenceTasksScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksScheduleMeetingMutation, ConferenceTasksScheduleMeetingMutationVariables>;
export const ConferenceTasksRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksRecordMeetingMutation, ConferenceTasksRecordMeetingMutationVariables>;
export const QueueAndReceptionsLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueAndReceptionsLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<QueueAndReceptionsLeadersQuery, QueueAndReceptionsLeadersQueryVariables>;
export const QueueAndReceptionsScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueAndReceptionsScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QueueAndReceptionsScheduleReceptionMutation, QueueAndReceptionsScheduleReceptionMutationVariables>;
export const QueueAndReceptionsCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueAndReceptionsCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"registeredByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QueueAndReceptionsCasesQuery, QueueAndReceptionsCasesQueryVariables>;
export const RegistrationLeadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RegistrationLeadersQuery, RegistrationLeadersQueryVariables>;
export const RegistrationReceptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationReceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationReceptionsQuery, RegistrationReceptionsQueryVariables>;
export const RegistrationScheduleReceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationScheduleReception"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegistrationScheduleReceptionMutation, RegistrationScheduleReceptionMutationVariables>;
export const RegistrationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"receptionId"}}]}}]}}]} as unknown as DocumentNode<RegistrationCaseQuery, RegistrationCaseQueryVariables>;
export const StatisticsCaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsCaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"j"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"EnumValue","value":"PROBLEM_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"j"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}}]}}]}}]} as unknown as DocumentNode<StatisticsCaseStatisticsQuery, StatisticsCaseStatisticsQueryVariables>;
export const StatisticsCaseBacklogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsCaseBacklog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"j"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseBacklog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"EnumValue","value":"PROBLEM_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdictionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"j"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<StatisticsCaseBacklogQuery, StatisticsCaseBacklogQueryVariables>;
export const CaseDeskE2eCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskE2eCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runningClocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorTenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskE2eCaseQuery, CaseDeskE2eCaseQueryVariables>;
export const CaseDeskE2eCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskE2eCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"电梯长期停运（案台）","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskE2eCasesQuery, CaseDeskE2eCasesQueryVariables>;
export const CaseDeskE2eCases2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeskE2eCases2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"电梯长期停运（案台）","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CaseDeskE2eCases2Query, CaseDeskE2eCases2QueryVariables>;
export const CaseLifecycleE2eDeliverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseLifecycleE2eDeliverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingToken"}}]}}]}}]} as unknown as DocumentNode<CaseLifecycleE2eDeliverCaseMutation, CaseLifecycleE2eDeliverCaseMutationVariables>;
export const CaseLifecycleE2eCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLifecycleE2eCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingToken"}}]}}]}}]} as unknown as DocumentNode<CaseLifecycleE2eCaseQuery, CaseLifecycleE2eCaseQueryVariables>;
export const CaseLifecycleE2eRateCaseByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseLifecycleE2eRateCaseByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCaseByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<CaseLifecycleE2eRateCaseByTokenMutation, CaseLifecycleE2eRateCaseByTokenMutationVariables>;
export const CaseLifecycleE2eCaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLifecycleE2eCaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCountBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"KIND"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}}]}}]} as unknown as DocumentNode<CaseLifecycleE2eCaseStatisticsQuery, CaseLifecycleE2eCaseStatisticsQueryVariables>;
export const ConferenceTasksE2eEstablishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eEstablish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eEstablishMutation, ConferenceTasksE2eEstablishMutationVariables>;
export const ConferenceTasksE2eCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eCreateUserMutation, ConferenceTasksE2eCreateUserMutationVariables>;
export const ConferenceTasksE2eScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eScheduleMutation, ConferenceTasksE2eScheduleMutationVariables>;
export const ConferenceTasksE2eRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eRecordMutation, ConferenceTasksE2eRecordMutationVariables>;
export const ConferenceTasksE2eCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eCreateTaskMutation, ConferenceTasksE2eCreateTaskMutationVariables>;
export const ConferenceTasksE2eReceiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eReceive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eReceiveMutation, ConferenceTasksE2eReceiveMutationVariables>;
export const ConferenceTasksE2eSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eSplitMutation, ConferenceTasksE2eSplitMutationVariables>;
export const ConferenceTasksE2eReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eReportMutation, ConferenceTasksE2eReportMutationVariables>;
export const ConferenceTasksE2eSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eSignOffMutation, ConferenceTasksE2eSignOffMutationVariables>;
export const ConferenceTasksE2eSendBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eSendBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eSendBackMutation, ConferenceTasksE2eSendBackMutationVariables>;
export const ConferenceTasksE2eRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eRaiseMutation, ConferenceTasksE2eRaiseMutationVariables>;
export const ConferenceTasksE2eTaskViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eTaskView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}},{"kind":"Field","name":{"kind":"Name","value":"subtasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConferenceTasksE2eTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eTaskViewQuery, ConferenceTasksE2eTaskViewQueryVariables>;
export const ConferenceTasksE2eListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eListsQuery, ConferenceTasksE2eListsQueryVariables>;
export const ConferenceTasksE2eTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eTasksQuery, ConferenceTasksE2eTasksQueryVariables>;
export const ConferenceTasksE2eIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eIssuedQuery, ConferenceTasksE2eIssuedQueryVariables>;
export const ConferenceTasksE2eInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eInboxQuery, ConferenceTasksE2eInboxQueryVariables>;
export const ConferenceTasksE2eDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"signedOff"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eDashboardQuery, ConferenceTasksE2eDashboardQueryVariables>;
export const ConferenceTasksE2eTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eTenantsQuery, ConferenceTasksE2eTenantsQueryVariables>;
export const ConferenceTasksE2eCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceTasksE2eCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantLevel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"withConference"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eCoverageQuery, ConferenceTasksE2eCoverageQueryVariables>;
export const ConferenceTasksE2eCreateTask2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eCreateTask2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eCreateTask2Mutation, ConferenceTasksE2eCreateTask2MutationVariables>;
export const ConferenceTasksE2eScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eScheduleMeetingMutation, ConferenceTasksE2eScheduleMeetingMutationVariables>;
export const ConferenceTasksE2eScheduleMeeting2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eScheduleMeeting2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eScheduleMeeting2Mutation, ConferenceTasksE2eScheduleMeeting2MutationVariables>;
export const ConferenceTasksE2eSignOffTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eSignOffTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eSignOffTaskMutation, ConferenceTasksE2eSignOffTaskMutationVariables>;
export const ConferenceTasksE2eRaiseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConferenceTasksE2eRaiseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eRaiseNoticeMutation, ConferenceTasksE2eRaiseNoticeMutationVariables>;
export const CaseApiMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseApiMeQuery, CaseApiMeQueryVariables>;
export const CaseApiTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseApiTenantsQuery, CaseApiTenantsQueryVariables>;
export const CaseApiUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseApiUnitsQuery, CaseApiUnitsQueryVariables>;
export const CaseApiCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiCaseQuery, CaseApiCaseQueryVariables>;
export const CaseApiRegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRegisterCaseMutation, CaseApiRegisterCaseMutationVariables>;
export const CaseApiRouteCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRouteCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RouteCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRouteCaseMutation, CaseApiRouteCaseMutationVariables>;
export const CaseApiReceiveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiReceiveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiReceiveCaseMutation, CaseApiReceiveCaseMutationVariables>;
export const CaseApiAcceptCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiAcceptCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiAcceptCaseMutation, CaseApiAcceptCaseMutationVariables>;
export const CaseApiObjectToCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiObjectToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiObjectToCaseMutation, CaseApiObjectToCaseMutationVariables>;
export const CaseApiReportCaseUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiReportCaseUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCaseUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiReportCaseUpMutation, CaseApiReportCaseUpMutationVariables>;
export const CaseApiDeclineCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiDeclineCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiDeclineCaseMutation, CaseApiDeclineCaseMutationVariables>;
export const CaseApiExtendCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiExtendCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiExtendCaseMutation, CaseApiExtendCaseMutationVariables>;
export const CaseApiRecordHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRecordHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRecordHearingMutation, CaseApiRecordHearingMutationVariables>;
export const CaseApiDecideCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiDecideCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiDecideCaseMutation, CaseApiDecideCaseMutationVariables>;
export const CaseApiSendBackCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiSendBackCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendBackCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiSendBackCaseMutation, CaseApiSendBackCaseMutationVariables>;
export const CaseApiSubmitCompletionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiSubmitCompletionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCompletionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiSubmitCompletionReportMutation, CaseApiSubmitCompletionReportMutationVariables>;
export const CaseApiDeliverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiDeliverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiDeliverCaseMutation, CaseApiDeliverCaseMutationVariables>;
export const CaseApiRateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRateCaseMutation, CaseApiRateCaseMutationVariables>;
export const CaseApiRateCaseByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRateCaseByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateByTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCaseByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRateCaseByTokenMutation, CaseApiRateCaseByTokenMutationVariables>;
export const CaseApiRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRequestReviewMutation, CaseApiRequestReviewMutationVariables>;
export const CaseApiDecideReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiDecideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiDecideReviewMutation, CaseApiDecideReviewMutationVariables>;
export const CaseApiRequestReexaminationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiRequestReexamination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReexamination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiRequestReexaminationMutation, CaseApiRequestReexaminationMutationVariables>;
export const CaseApiDecideReexaminationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiDecideReexamination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideReexamination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiDecideReexaminationMutation, CaseApiDecideReexaminationMutationVariables>;
export const CaseApiCloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseApiCloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseApiCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseApiCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"handlingTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStage"}},{"kind":"Field","name":{"kind":"Name","value":"openStages"}},{"kind":"Field","name":{"kind":"Name","value":"extensionUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"completionReport"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOfId"}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelSkipping"}},{"kind":"Field","name":{"kind":"Name","value":"handledBelow"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CaseApiCloseCaseMutation, CaseApiCloseCaseMutationVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const SentPetitionerMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentPetitionerMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionerMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentPetitionerMessagesQuery, SentPetitionerMessagesQueryVariables>;
export const SupervisionApiInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionApiInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiInboxQuery, SupervisionApiInboxQueryVariables>;
export const SupervisionApiIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionApiIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiIssuedQuery, SupervisionApiIssuedQueryVariables>;
export const SupervisionApiCaseNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionApiCaseNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiCaseNoticesQuery, SupervisionApiCaseNoticesQueryVariables>;
export const SupervisionApiMarkNoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiMarkNoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiMarkNoticeReadMutation, SupervisionApiMarkNoticeReadMutationVariables>;
export const SupervisionApiNoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionApiNoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiNoticeDetailQuery, SupervisionApiNoticeDetailQueryVariables>;
export const SupervisionApiSubmitNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiSubmitNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiSubmitNoticeFeedbackMutation, SupervisionApiSubmitNoticeFeedbackMutationVariables>;
export const SupervisionApiAcceptNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiAcceptNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiAcceptNoticeFeedbackMutation, SupervisionApiAcceptNoticeFeedbackMutationVariables>;
export const SupervisionApiRejectNoticeFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiRejectNoticeFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNoticeFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiRejectNoticeFeedbackMutation, SupervisionApiRejectNoticeFeedbackMutationVariables>;
export const SupervisionApiEscalateNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiEscalateNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedNoticeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiEscalateNoticeMutation, SupervisionApiEscalateNoticeMutationVariables>;
export const SupervisionApiRaiseNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiRaiseNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiRaiseNoticeMutation, SupervisionApiRaiseNoticeMutationVariables>;
export const SupervisionApiListForSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisionApiListForSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListForSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listForSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiListForSupervisionMutation, SupervisionApiListForSupervisionMutationVariables>;
export const LoginSecurityE2eNoticeInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eNoticeInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eNoticeInboxQuery, LoginSecurityE2eNoticeInboxQueryVariables>;
export const LoginSecurityE2eDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecurityE2eDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eDeactivateUserMutation, LoginSecurityE2eDeactivateUserMutationVariables>;
export const LoginSecurityE2eMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eMeQuery, LoginSecurityE2eMeQueryVariables>;
export const LoginSecurityE2eReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecurityE2eReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eReactivateUserMutation, LoginSecurityE2eReactivateUserMutationVariables>;
export const LoginSecurityE2eMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eMe2Query, LoginSecurityE2eMe2QueryVariables>;
export const LoginSecurityE2eMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eMe3Query, LoginSecurityE2eMe3QueryVariables>;
export const LoginSecurityE2eResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecurityE2eResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eResetUserPasswordMutation, LoginSecurityE2eResetUserPasswordMutationVariables>;
export const LoginSecurityE2eMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eMe4Query, LoginSecurityE2eMe4QueryVariables>;
export const LoginSecurityE2eLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecurityE2eLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LoginSecurityE2eLogoutMutation, LoginSecurityE2eLogoutMutationVariables>;
export const LoginSecurityE2eMe5Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginSecurityE2eMe5"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<LoginSecurityE2eMe5Query, LoginSecurityE2eMe5QueryVariables>;
export const PlatformE2eMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"withConference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedJurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eMeQuery, PlatformE2eMeQueryVariables>;
export const PlatformE2eCreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlatformE2eCreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PlatformE2eCreateTenantMutation, PlatformE2eCreateTenantMutationVariables>;
export const PlatformE2eMe2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eMe2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedJurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eMe2Query, PlatformE2eMe2QueryVariables>;
export const PlatformE2eTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assessedJurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eTenantQuery, PlatformE2eTenantQueryVariables>;
export const PlatformE2eMe3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eMe3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<PlatformE2eMe3Query, PlatformE2eMe3QueryVariables>;
export const PlatformE2eMe4Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eMe4"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<PlatformE2eMe4Query, PlatformE2eMe4QueryVariables>;
export const PlatformE2eCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eCasesQuery, PlatformE2eCasesQueryVariables>;
export const PlatformE2eCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlatformE2eCaseQuery, PlatformE2eCaseQueryVariables>;
export const PlatformE2eCases2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eCases2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eCases2Query, PlatformE2eCases2QueryVariables>;
export const PlatformE2eCases3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eCases3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eCases3Query, PlatformE2eCases3QueryVariables>;
export const PlatformE2eTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eTasksQuery, PlatformE2eTasksQueryVariables>;
export const PlatformE2eConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eConference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingSchedules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recurrence"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eConferenceQuery, PlatformE2eConferenceQueryVariables>;
export const PlatformE2eTasks2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eTasks2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eTasks2Query, PlatformE2eTasks2QueryVariables>;
export const PlatformE2eTasks3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eTasks3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eTasks3Query, PlatformE2eTasks3QueryVariables>;
export const PlatformE2eTenant2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformE2eTenant2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformE2eTenant2Query, PlatformE2eTenant2QueryVariables>;
export const CaseLifecyclesCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLifecyclesCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CaseLifecyclesCategoriesQuery, CaseLifecyclesCategoriesQueryVariables>;
export const CaseLifecyclesCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLifecyclesCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOpinionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<CaseLifecyclesCaseQuery, CaseLifecyclesCaseQueryVariables>;
export const SupervisionE2eSupervisionSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionE2eSupervisionSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionE2eSupervisionSummaryQuery, SupervisionE2eSupervisionSummaryQueryVariables>;