/** The clocked stages of a case (《信访工作条例》 2022); their periods are the cases service's (apps/cases/src/clocks/domain). */
export type Stage =
  | 'ROUTE'
  | 'RECEIVE'
  | 'OBJECT'
  | 'NOTIFY'
  | 'HANDLE'
  | 'REVIEW_WINDOW'
  | 'REVIEW'
  | 'REEXAMINATION_WINDOW'
  | 'REEXAMINATION';

/** The Chinese name of each stage, for messages and the UI of every service that speaks of a case's clock. */
export const STAGE_NAMES: Readonly<Record<Stage, string>> = {
  ROUTE: '转送、交办',
  RECEIVE: '签收',
  OBJECT: '异议退回',
  NOTIFY: '受理告知',
  HANDLE: '办理',
  REVIEW_WINDOW: '申请复查',
  REVIEW: '复查',
  REEXAMINATION_WINDOW: '申请复核',
  REEXAMINATION: '复核',
};
