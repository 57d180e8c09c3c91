/**
 * The Chinese labels of joint-conference tasks' (联席会议任务) vocabulary, keyed by the values the
 * meetings service stores and sends.
 */

export const TASK_STATE_LABELS = {
  ASSIGNED: '已交办',
  RECEIVED: '已签收',
  IN_PROGRESS: '办理中',
  REPORTED_DONE: '已报结',
  SIGNED_OFF: '已销号',
  SENT_BACK: '已退回',
  CANCELLED: '已撤销',
} as const;

/** Who a task is assigned to: a member unit of the assigning conference, or a child tenant's conference. */
export const ASSIGNEE_KIND_LABELS = {
  MEMBER_UNIT: '成员单位',
  CONFERENCE: '下级联席会议',
} as const;

/** The three standing lists (三项清单) and the lists an office adds. */
export const TASK_LIST_KIND_LABELS = {
  PREVENT_NEW: '控增量',
  REDUCE_BACKLOG: '减存量',
  CONTAIN_RISK: '防变量',
  CAMPAIGN: '专项行动（如积案清零）',
  AD_HOC: '临时清单',
} as const;
