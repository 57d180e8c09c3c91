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

/** 分母不足最低件数时的计分 */
export type BelowMinimumRule =
  /** 得满分 */
  | 'FULL_POINTS'
  /** 按威尔逊区间下限（95% 置信）计算比率 */
  | 'WILSON_LOWER_BOUND'
  /** 得 0 分 */
  | 'ZERO';

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

/** 会议状态 */
export type MeetingState =
  /** 已取消 */
  | 'CANCELLED'
  /** 已召开 */
  | 'HELD'
  /** 待召开 */
  | 'PLANNED';

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

export type AuthSpecFirstTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSpecFirstTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuthSpecNextTenantsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuthSpecNextTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

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

export type CaseOpinionsSpecOpinionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseOpinionsSpecOpinionsQuery = { case: { reviewResult: OpinionResult | null, reexaminationResult: OpinionResult | null, ending: CaseEnding | null, final: boolean, opinions: Array<{ id: string, seq: number, kind: OpinionKind, outcome: DecisionOutcome, result: OpinionResult | null, resultInferred: boolean, reviewedOpinionId: string | null, text: string | null, issuerTenantId: string, issuedByName: string, issuedOn: string, inForce: boolean }> } };

export type CasePageSpecLinksQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type CasePageSpecLinksQuery = { cases: { edges: Array<{ node: { id: string, repeatOf: { id: string, number: string } | null, repeats: Array<{ id: string, number: string }> } }> } };

export type CaseQueriesSpecListedQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type CaseQueriesSpecListedQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseQueriesSpecPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaseQueriesSpecPageQuery = { cases: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseQueriesSpecRepeatsQueryVariables = Exact<{
  input: RepeatCandidatesInput;
}>;


export type CaseQueriesSpecRepeatsQuery = { repeatCandidates: Array<{ score: number, sameIdNumber: boolean, samePhone: boolean, textSimilarity: number, finalized: boolean, case: { id: string } }> };

export type CaseQueriesSpecTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQueriesSpecTimelineQuery = { case: { timeline: Array<{ seq: number, action: CaseAction, fromState: CaseState | null, toState: CaseState, actorName: string, details: { reason: string | null, targetTenantName: string | null, summary: string } }> } };

export type CaseRulesSpecSiblingQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesSpecSiblingQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type CaseRulesSpecHandlerQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRulesSpecHandlerQuery = { cases: { edges: Array<{ node: { id: string, handlingUnitId: string | null } }> } };

export type CategoriesSpecListQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type CategoriesSpecListQuery = { categories: Array<{ id: string, parentId: string | null, code: string, name: string, fullName: string, depth: number, ordinal: number, active: boolean, usable: boolean, version: number }> };

export type DeadlineRecomputeSpecRecomputationsQueryVariables = Exact<{
  tenantId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeadlineRecomputeSpecRecomputationsQuery = { deadlineRecomputations: { edges: Array<{ node: { tenantId: string, reason: string, stagesChecked: number, stagesChanged: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TenantIsolationSpecTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecTenantsQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

export type TenantIsolationSpecChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecChildrenQuery = { tenants: { edges: Array<{ node: { code: string, children: Array<{ code: string }> } }> } };

export type TenantIsolationSpecCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantIsolationSpecCountiesQuery = { tenants: { edges: Array<{ node: { code: string } }> } };

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

export type NoticeEscalationSpecInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeEscalationSpecInboxQuery = { noticeInbox: { unreadCount: number, edges: Array<{ node: { id: string, kind: NoticeKind, state: NoticeState } }> } };

export type NoticeEscalationSpecSummaryQueryVariables = Exact<{
  period: SupervisionPeriodInput;
}>;


export type NoticeEscalationSpecSummaryQuery = { supervisionSummary: Array<{ tenantId: string, tenantName: string, issued: number, overdueFeedback: number, escalated: number, byKind: Array<{ kind: NoticeKind, issued: number, overdueFeedback: number, escalated: number }> }> };

export type NoticeLadderSpecNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeLadderSpecNoticeQuery = { notice: { ladderStoppedReason: string | null, id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, history: Array<{ action: NoticeAction, fromState: NoticeState | null, toState: NoticeState, reason: string | null }> } };

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

export type SupervisionHarnessNoticeFragment = { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, text: string, subjectType: SupervisedSubjectType, subjectId: string, subjectNumber: string, subjectTitle: string, stage: string | null, clockId: string | null, deadline: string | null, responsibleTenantId: string, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, feedbackDue: string | null, fixBy: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null };

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

export type CaseApiMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseApiMeQuery = { me: { id: string } };

export type CaseApiTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseApiTenantsQuery = { tenants: { edges: Array<{ node: { id: string, code: string } }> } };

export type CaseApiUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseApiUnitsQuery = { tenant: { units: { edges: Array<{ node: { id: string, name: string } }> } } };

export type TestLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type TestLoginMutation = { login: { accessToken: string } };

export type SupervisionApiNoticeFragment = { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null };

export type SupervisionApiNoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionApiNoticeDetailQuery = { notice: { id: string, version: number, kind: NoticeKind, state: NoticeState, reason: NoticeReason | null, subjectId: string, subjectNumber: string, stage: string | null, clockId: string | null, deadline: string | null, issuerTenantId: string, issuerTenantName: string, addresseeTenantId: string, addresseeTenantName: string, addresseeUnitId: string | null, addresseeUnitName: string | null, issuedByName: string, feedbackDue: string | null, escalateOn: string | null, escalatedFromId: string | null, feedbackOverdue: boolean, issuedAt: string, readAt: string | null, closedAt: string | null, closeReason: string | null, ladderStoppedReason: string | null, feedback: Array<{ text: string, attachments: Array<string>, submittedByName: string, decision: FeedbackDecision | null, decisionComment: string | null, decidedByName: string | null }>, history: Array<{ seq: number, action: NoticeAction, fromState: NoticeState | null, toState: NoticeState, actorName: string, reason: string | null }> } };

export const IndicatorPreviewSpecFactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorPreviewSpecFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactReference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IndicatorPreviewSpecFactFragment, unknown>;
export const SchemesSpecSchemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchemesSpecScheme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"ruleText"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"perEvent"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]} as unknown as DocumentNode<SchemesSpecSchemeFragment, unknown>;
export const SupervisionHarnessNoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<SupervisionHarnessNoticeFragment, unknown>;
export const TasksSpecTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksSpecTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"listKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigningTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCaseIds"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksSpecTaskFragment, unknown>;
export const ConferenceTasksE2eTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConferenceTasksE2eTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedDoneOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackReason"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConferenceTasksE2eTaskFragment, unknown>;
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
export const AuthSpecFirstTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecFirstTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecFirstTenantsQuery, AuthSpecFirstTenantsQueryVariables>;
export const AuthSpecNextTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSpecNextTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthSpecNextTenantsQuery, AuthSpecNextTenantsQueryVariables>;
export const CalendarSettingsSpecSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"tightenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredYears"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecSettingsQuery, CalendarSettingsSpecSettingsQueryVariables>;
export const CalendarSettingsSpecUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"tightenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaredYears"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecUpdateMutation, CalendarSettingsSpecUpdateMutationVariables>;
export const CalendarSettingsSpecLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveReminderLeadDays"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecLeadsQuery, CalendarSettingsSpecLeadsQueryVariables>;
export const CalendarSettingsSpecUpdateLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecUpdateLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCalendarSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCalendarSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reminderLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveReminderLeadDays"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecUpdateLeadsMutation, CalendarSettingsSpecUpdateLeadsMutationVariables>;
export const CalendarSettingsSpecAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHolidayOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecAddMutation, CalendarSettingsSpecAddMutationVariables>;
export const CalendarSettingsSpecRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarSettingsSpecRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHolidayOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecRemoveMutation, CalendarSettingsSpecRemoveMutationVariables>;
export const CalendarSettingsSpecOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarSettingsSpecOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantPath"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarSettingsSpecOverridesQuery, CalendarSettingsSpecOverridesQueryVariables>;
export const CaseOpinionsSpecOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOpinionsSpecOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewResult"}},{"kind":"Field","name":{"kind":"Name","value":"reexaminationResult"}},{"kind":"Field","name":{"kind":"Name","value":"ending"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultInferred"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOpinionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOpinionsSpecOpinionsQuery, CaseOpinionsSpecOpinionsQueryVariables>;
export const CasePageSpecLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePageSpecLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repeatOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageSpecLinksQuery, CasePageSpecLinksQueryVariables>;
export const CaseQueriesSpecListedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecListed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecListedQuery, CaseQueriesSpecListedQueryVariables>;
export const CaseQueriesSpecPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecPageQuery, CaseQueriesSpecPageQueryVariables>;
export const CaseQueriesSpecRepeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecRepeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepeatCandidatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repeatCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sameIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"samePhone"}},{"kind":"Field","name":{"kind":"Name","value":"textSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"finalized"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecRepeatsQuery, CaseQueriesSpecRepeatsQueryVariables>;
export const CaseQueriesSpecTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueriesSpecTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"targetTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseQueriesSpecTimelineQuery, CaseQueriesSpecTimelineQueryVariables>;
export const CaseRulesSpecSiblingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecSibling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecSiblingQuery, CaseRulesSpecSiblingQueryVariables>;
export const CaseRulesSpecHandlerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRulesSpecHandler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnitId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRulesSpecHandlerQuery, CaseRulesSpecHandlerQueryVariables>;
export const CategoriesSpecListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoriesSpecList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CategoriesSpecListQuery, CategoriesSpecListQueryVariables>;
export const DeadlineRecomputeSpecRecomputationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineRecomputeSpecRecomputations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineRecomputations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stagesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"stagesChanged"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineRecomputeSpecRecomputationsQuery, DeadlineRecomputeSpecRecomputationsQueryVariables>;
export const TenantIsolationSpecTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecTenantsQuery, TenantIsolationSpecTenantsQueryVariables>;
export const TenantIsolationSpecChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecChildrenQuery, TenantIsolationSpecChildrenQueryVariables>;
export const TenantIsolationSpecCountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantIsolationSpecCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantIsolationSpecCountiesQuery, TenantIsolationSpecCountiesQueryVariables>;
export const ReceptionsSpecListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceptionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecListQuery, ReceptionsSpecListQueryVariables>;
export const ReceptionsSpecOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reception"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecOneQuery, ReceptionsSpecOneQueryVariables>;
export const ReceptionsSpecStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceptionsSpecStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receptionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"receptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedCount"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}}]}}]}}]} as unknown as DocumentNode<ReceptionsSpecStatisticsQuery, ReceptionsSpecStatisticsQueryVariables>;
export const NoticeEscalationSpecInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEscalationSpecInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecInboxQuery, NoticeEscalationSpecInboxQueryVariables>;
export const NoticeEscalationSpecSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEscalationSpecSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeEscalationSpecSummaryQuery, NoticeEscalationSpecSummaryQueryVariables>;
export const NoticeLadderSpecNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeLadderSpecNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionHarnessNotice"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionHarnessNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subjectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"fixBy"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]} as unknown as DocumentNode<NoticeLadderSpecNoticeQuery, NoticeLadderSpecNoticeQueryVariables>;
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
export const CaseApiMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseApiMeQuery, CaseApiMeQueryVariables>;
export const CaseApiTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiTenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseApiTenantsQuery, CaseApiTenantsQueryVariables>;
export const CaseApiUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseApiUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseApiUnitsQuery, CaseApiUnitsQueryVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const SupervisionApiNoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionApiNoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionApiNotice"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionApiNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"addresseeUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalateOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedFromId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"ladderStoppedReason"}}]}}]} as unknown as DocumentNode<SupervisionApiNoticeDetailQuery, SupervisionApiNoticeDetailQueryVariables>;