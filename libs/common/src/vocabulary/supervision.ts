/**
 * The Chinese labels of supervision's (督查督办) vocabulary, keyed by the values the meetings
 * service stores and sends.
 */

export const NOTICE_KIND_LABELS = {
  REMINDER: '提醒',
  SUPERVISION: '督办单',
  CIRCULAR: '通报',
  SUMMONS: '约谈',
  LISTED: '挂牌督办',
  ACCOUNTABILITY: '追究责任建议',
} as const;

export const NOTICE_STATE_LABELS = {
  ISSUED: '已下发',
  READ: '已阅',
  FEEDBACK_SUBMITTED: '已反馈',
  ACCEPTED: '反馈已采纳',
  REJECTED: '反馈被退回',
  ESCALATED: '已升级督办',
  CLOSED: '已办结',
} as const;

/** The situations of Article 40 of the regulation (and other). */
export const NOTICE_REASON_LABELS = {
  NOT_ACCEPTED: '应当受理而未受理',
  PROCEDURE_NOT_FOLLOWED: '未按规定程序办理',
  OVERDUE: '未在规定期限内办结',
  SHIRKING: '推诿、敷衍、拖延、弄虚作假',
  DECISION_NOT_CARRIED_OUT: '处理意见未落实',
  OTHER: '其他',
} as const;

export const SUBJECT_TYPE_LABELS = {
  CASE: '信访事项',
  TASK: '联席会议任务',
} as const;
