/**
 * The Chinese labels of a case's (信访事项) vocabulary, keyed by the values the cases service
 * stores and sends: its GraphQL enums describe themselves with them, and the assessment names its
 * facts' values with the same words.
 */

export const CASE_STATE_LABELS = {
  REGISTERED: '已登记',
  ROUTED: '已转送交办',
  RECEIVED: '已签收',
  ACCEPTED: '已受理',
  DECIDED: '已出具处理意见',
  DELIVERED: '已答复送达',
  IN_REVIEW: '复查中',
  REVIEWED: '已复查',
  IN_REEXAMINATION: '复核中',
  FINALIZED: '已终结',
  CLOSED: '已办结',
} as const;

/** The clocked stages (see `Stage`), by their statutory names. */
export const CASE_STAGE_LABELS = {
  ROUTE: '转送、交办',
  RECEIVE: '签收',
  OBJECT: '异议退回',
  NOTIFY: '受理告知',
  HANDLE: '办理',
  REVIEW_WINDOW: '申请复查',
  REVIEW: '复查',
  REEXAMINATION_WINDOW: '申请复核',
  REEXAMINATION: '复核',
} as const;

export const CASE_KIND_LABELS = {
  SUGGESTION: '建议意见类',
  ACCUSATION: '检举控告类',
  CLAIM: '申诉求决类',
} as const;

export const CHANNEL_LABELS = {
  LETTER: '来信',
  VISIT: '来访',
  PHONE: '来电',
  ONLINE: '网上信访',
  VIDEO: '视频信访',
  HOTLINE: '12345转办',
} as const;

export const RATING_LABELS = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
} as const;

export const DECISION_OUTCOME_LABELS = {
  SUPPORTS: '予以支持',
  PARTLY_SUPPORTS: '部分支持',
  EXPLAINS: '解释说明',
  DOES_NOT_SUPPORT: '不予支持',
} as const;

export const DECLINE_REASON_LABELS = {
  LITIGATION: '应当通过诉讼途径解决',
  ARBITRATION: '应当通过仲裁途径解决',
  PARTY_APPEAL: '应当通过党员申诉等途径解决',
  ADMINISTRATIVE_REVIEW: '应当通过行政复议途径解决',
  ADMINISTRATIVE_RULING: '应当通过行政裁决途径解决',
  OWN_LEGAL_DUTY: '应当由有关机关依法履行职责处理',
  ALREADY_FINALIZED: '同一事实已终结，不再受理',
  BEING_HANDLED: '该事项正在法定期限内办理',
  NOT_A_PETITION: '不属于信访事项',
  OTHER: '其他原因',
} as const;

/** What a review or re-examination did to the opinion it reviewed. */
export const OPINION_RESULT_LABELS = {
  UPHELD: '维持',
  CHANGED: '变更',
  REVOKED: '撤销',
} as const;

/** How a matter ended (办结方式). */
export const CASE_ENDING_LABELS = {
  DECIDED: '出具信访处理意见（复查、复核期间亦同）',
  MEDIATED: '调解化解',
  WITHDRAWN: '信访人撤回',
  DECLINED: '不予受理（理由见不予受理理由）',
  ANSWERED: '建议意见类、检举控告类答复办结',
} as const;
