import type { IsoDate } from '#common/calendar';
import { NOTICE_KIND_LABELS, NoticeKind, NoticeState, SUBJECT_TYPE_LABELS, type SubjectType, stageLabel } from './vocabulary.js';

/** The subject as a notice's text names it. */
export interface SubjectLine {
  subjectType: SubjectType;
  subjectNumber: string;
  subjectTitle: string;
  stage: string | null;
}

function subjectOf(s: SubjectLine): string {
  return `${SUBJECT_TYPE_LABELS[s.subjectType]} ${s.subjectNumber}「${s.subjectTitle}」`;
}

/** The text of a notice raised by a deadline: a reminder before it, a supervision notice after. */
export function triggerNoticeText(kind: NoticeKind, subject: SubjectLine, deadline: IsoDate, leadDays: number | null, feedbackDue: IsoDate | null): string {
  const clock = `${subjectOf(subject)}的${stageLabel(subject.stage)}期限`;
  if (kind === NoticeKind.REMINDER) return `${clock}将于 ${deadline} 届满${leadDays ? `（还有 ${leadDays} 日）` : ''}，请抓紧办理。`;
  return `${clock}已于 ${deadline} 届满，尚未办结。请即督促办理，并于 ${feedbackDue} 前书面反馈办理情况和整改措施。`;
}

/** The text of the notice an unanswered or rejected one escalates to. */
export function escalatedNoticeText(previous: { kind: NoticeKind; state: NoticeState } & SubjectLine, kind: NoticeKind, feedbackDue: IsoDate | null): string {
  const why = previous.state === NoticeState.REJECTED ? '反馈未被采纳且逾期未重新反馈' : '逾期未书面反馈';
  const ask =
    kind === NoticeKind.ACCOUNTABILITY
      ? '建议依规依纪依法追究相关单位和人员的责任，'
      : kind === NoticeKind.SUMMONS
        ? '请主要负责同志按通知要求接受约谈，'
        : kind === NoticeKind.CIRCULAR
          ? '现予通报，'
          : '';
  return `就${subjectOf(previous)}下发的${NOTICE_KIND_LABELS[previous.kind]}${why}，现升级为${NOTICE_KIND_LABELS[kind]}。${ask}请于 ${feedbackDue} 前书面反馈整改情况。`;
}

/** Why the open notices of a clock close: its stage completed. */
export function clockStoppedReason(stage: string, stoppedOn: IsoDate | null): string {
  return `${stageLabel(stage)}环节已${stoppedOn ? `于 ${stoppedOn} ` : ''}办结，督办事项已整改`;
}

/** Why an open reminder closes: the deadline passed and a supervision notice took over. */
export const SUPERSEDED_BY_SUPERVISION = '期限已届满，转为督办单';
