import * as vocabulary from '#common/vocabulary';

/**
 * The vocabulary of joint-conference tasks (联席会议任务). Plain string enums: the GraphQL layer
 * registers them with the Chinese labels below as descriptions.
 */

export enum TaskState {
  ASSIGNED = 'ASSIGNED',
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED_DONE = 'REPORTED_DONE',
  SIGNED_OFF = 'SIGNED_OFF',
  SENT_BACK = 'SENT_BACK',
  CANCELLED = 'CANCELLED',
}

export const TASK_STATE_LABELS: Readonly<Record<TaskState, string>> = vocabulary.TASK_STATE_LABELS;

export enum TaskAction {
  RECEIVE = 'RECEIVE',
  START = 'START',
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  REPORT_DONE = 'REPORT_DONE',
  SIGN_OFF = 'SIGN_OFF',
  SEND_BACK = 'SEND_BACK',
  CANCEL = 'CANCEL',
  SPLIT = 'SPLIT',
}

export const TASK_ACTION_LABELS: Readonly<Record<TaskAction, string>> = {
  RECEIVE: '签收',
  START: '开始办理',
  REPORT_PROGRESS: '报送进展',
  REPORT_DONE: '报结',
  SIGN_OFF: '销号',
  SEND_BACK: '退回',
  CANCEL: '撤销',
  SPLIT: '分解交办',
};

/** Who a task is assigned to: a member unit of the assigning conference, or a child tenant's conference. */
export enum AssigneeKind {
  MEMBER_UNIT = 'MEMBER_UNIT',
  CONFERENCE = 'CONFERENCE',
}

export const ASSIGNEE_KIND_LABELS: Readonly<Record<AssigneeKind, string>> = vocabulary.ASSIGNEE_KIND_LABELS;

export enum CadenceKind {
  WEEKLY = 'WEEKLY',
  EVERY_N_DAYS = 'EVERY_N_DAYS',
}

export const CADENCE_KIND_LABELS: Readonly<Record<CadenceKind, string>> = {
  WEEKLY: '每周报送',
  EVERY_N_DAYS: '每若干日报送',
};

/** The three standing lists (三项清单), seeded with every conference, and the lists an office adds. */
export enum TaskListKind {
  PREVENT_NEW = 'PREVENT_NEW',
  REDUCE_BACKLOG = 'REDUCE_BACKLOG',
  CONTAIN_RISK = 'CONTAIN_RISK',
  CAMPAIGN = 'CAMPAIGN',
  AD_HOC = 'AD_HOC',
}

export const TASK_LIST_KIND_LABELS: Readonly<Record<TaskListKind, string>> = vocabulary.TASK_LIST_KIND_LABELS;

/** The standing lists and their names, in the order they are shown. */
export const STANDING_LISTS: readonly { kind: TaskListKind; name: string }[] = [
  { kind: TaskListKind.PREVENT_NEW, name: '控增量清单' },
  { kind: TaskListKind.REDUCE_BACKLOG, name: '减存量清单' },
  { kind: TaskListKind.CONTAIN_RISK, name: '防变量清单' },
];

export function isStandingList(kind: TaskListKind): boolean {
  return STANDING_LISTS.some((list) => list.kind === kind);
}

export enum TaskPriority {
  URGENT = 'URGENT',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
}

export const TASK_PRIORITY_LABELS: Readonly<Record<TaskPriority, string>> = {
  URGENT: '紧急',
  HIGH: '重要',
  NORMAL: '一般',
};
