import * as vocabulary from '#common/vocabulary';

/**
 * The vocabulary of conference meetings (联席会议的会议). Plain string enums: the GraphQL layer
 * registers them with the Chinese labels below as descriptions.
 */

export enum MeetingKind {
  PLENARY = 'PLENARY',
  WORKING = 'WORKING',
  SPECIAL = 'SPECIAL',
  SCHEDULING = 'SCHEDULING',
}

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = vocabulary.MEETING_KIND_LABELS;

export enum MeetingState {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export const MEETING_STATE_LABELS: Readonly<Record<MeetingState, string>> = {
  PLANNED: '待召开',
  HELD: '已召开',
  CANCELLED: '已取消',
};

export enum Attendance {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  DELEGATED = 'DELEGATED',
}

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  PRESENT: '出席',
  ABSENT: '缺席',
  DELEGATED: '委托他人出席',
};

export enum AttendeeKind {
  CONVENOR = 'CONVENOR',
  MEMBER_UNIT = 'MEMBER_UNIT',
}

export const ATTENDEE_KIND_LABELS: Readonly<Record<AttendeeKind, string>> = {
  CONVENOR: '召集人',
  MEMBER_UNIT: '成员单位',
};

export enum RecurrenceKind {
  WEEKLY = 'WEEKLY',
  EVERY_N_DAYS = 'EVERY_N_DAYS',
}

export const RECURRENCE_KIND_LABELS: Readonly<Record<RecurrenceKind, string>> = {
  WEEKLY: '每周（指定星期几）',
  EVERY_N_DAYS: '每隔若干天',
};
