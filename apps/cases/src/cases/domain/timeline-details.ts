import { type IsoDate, type Stage, isIsoDate } from '#common/calendar';
import { STATUTORY_RULES } from '../../clocks/domain/statutory-rules.js';
import {
  CLOSE_REASON_LABELS,
  CaseAction,
  CloseReason,
  DECISION_OUTCOME_LABELS,
  DECLINE_REASON_LABELS,
  DecisionOutcome,
  DeclineReason,
  OPINION_RESULT_LABELS,
  OpinionResult,
  RATING_LABELS,
  ROUTE_MODE_LABELS,
  Rating,
  RouteMode,
} from './case-state.js';

/**
 * What a step of the timeline recorded, typed: the stored details are one JSON object per step
 * whose keys depend on the action (see the lifecycle service). Keys a step did not record are null;
 * rows written before a key existed read as null too.
 */
export interface TimelineDetails {
  /** Free-text reason: objection, report up, extension, send back. */
  reason: string | null;
  routeMode: RouteMode | null;
  /** The office a step handed the case to: route target, the router an objection returns to, the office reported up to. */
  targetTenantId: string | null;
  targetTenantName: string | null;
  targetUnitId: string | null;
  targetUnitName: string | null;
  completionReportDue: IsoDate | null;
  declineReason: DeclineReason | null;
  /** The legal channel or body a declined claim is directed to (诉访分离). */
  declineTarget: string | null;
  note: string | null;
  extensionDays: number | null;
  approverId: string | null;
  approverName: string | null;
  previousDeadline: IsoDate | null;
  hearingFrom: IsoDate | null;
  hearingTo: IsoDate | null;
  outcome: DecisionOutcome | null;
  result: OpinionResult | null;
  rating: Rating | null;
  /** The rating came from the petitioner's own link rather than a registrar. */
  ratedByPetitioner: boolean | null;
  closeReason: CloseReason | null;
  /** The petitioner's window that lapsed. */
  lapsedStage: Stage | null;
  windowDeadline: IsoDate | null;
  petitionerCount: number | null;
  repeatOfId: string | null;
  newMatterReason: string | null;
  /** Numbers of the cases that strongly matched at registration. */
  strongMatches: string[] | null;
  /** One line in Chinese for the timeline. */
  summary: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const date = (value: unknown): IsoDate | null => (typeof value === 'string' && isIsoDate(value) ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);
const member = <T extends string>(values: Record<string, T>, value: unknown): T | null =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value) ? (value as T) : null;

/** The typed details of one step from what it stored. */
export function timelineDetails(action: CaseAction, raw: Record<string, unknown> | null | undefined): TimelineDetails {
  const d = raw ?? {};
  const declining = action === CaseAction.DECLINE;
  const closing = action === CaseAction.CLOSE || action === CaseAction.LAPSE;
  const details: Omit<TimelineDetails, 'summary'> = {
    reason: declining || closing ? null : text(d.reason),
    routeMode: member(RouteMode, d.mode),
    targetTenantId: text(d.tenantId ?? d.returnedTo ?? d.reportedTo),
    targetTenantName: text(d.tenantName ?? d.returnedToName ?? d.reportedToName),
    targetUnitId: text(d.unitId),
    targetUnitName: text(d.unitName),
    completionReportDue: date(d.completionReportDue),
    declineReason: declining ? member(DeclineReason, d.reason) : null,
    declineTarget: declining ? text(d.target) : null,
    note: text(d.note),
    extensionDays: action === CaseAction.EXTEND ? int(d.days) : null,
    approverId: text(d.approverId),
    approverName: text(d.approverName),
    previousDeadline: date(d.previousDeadline),
    hearingFrom: action === CaseAction.RECORD_HEARING ? date(d.from) : null,
    hearingTo: action === CaseAction.RECORD_HEARING ? date(d.to) : null,
    outcome: member(DecisionOutcome, d.outcome),
    result: member(OpinionResult, d.result),
    rating: member(Rating, d.rating),
    ratedByPetitioner: action === CaseAction.RATE ? d.by === 'PETITIONER' : null,
    closeReason: action === CaseAction.LAPSE ? CloseReason.WINDOW_LAPSED : closing ? member(CloseReason, d.reason) : null,
    lapsedStage: action === CaseAction.LAPSE && typeof d.stage === 'string' && d.stage in STATUTORY_RULES ? (d.stage as Stage) : null,
    windowDeadline: date(d.windowDeadline),
    petitionerCount: action === CaseAction.REGISTER ? int(d.petitioners) : null,
    repeatOfId: text(d.repeatOfId),
    newMatterReason: text(d.newMatterReason),
    strongMatches: Array.isArray(d.strongMatches) ? d.strongMatches.filter((n): n is string => typeof n === 'string') : null,
  };
  return { ...details, summary: timelineSummary(action, details) };
}

/** The Chinese line of a step: what was decided, to whom, until when, why. */
export function timelineSummary(action: CaseAction, d: Omit<TimelineDetails, 'summary'>): string {
  const parts: string[] = [];
  const office = [d.targetTenantName, d.targetUnitName].filter(Boolean).join(' ');
  switch (action) {
    case CaseAction.REGISTER:
      if (d.petitionerCount !== null) parts.push(`信访人 ${d.petitionerCount} 名`);
      if (d.repeatOfId) parts.push('重复信访，已关联原事项');
      if (d.newMatterReason) parts.push(`登记为新事项：${d.newMatterReason}`);
      break;
    case CaseAction.ROUTE:
      parts.push(`${d.routeMode ? ROUTE_MODE_LABELS[d.routeMode] : '转送交办'}至${office || '（未记录）'}`);
      if (d.completionReportDue) parts.push(`办结报告报送日期 ${d.completionReportDue}`);
      break;
    case CaseAction.OBJECT:
      parts.push(`退回${office || '转送机关'}`);
      break;
    case CaseAction.REPORT_UP:
      parts.push(`上报${office || '上一级机构'}`);
      break;
    case CaseAction.DECLINE:
      if (d.declineReason) parts.push(DECLINE_REASON_LABELS[d.declineReason]);
      if (d.declineTarget) parts.push(`导入：${d.declineTarget}`);
      if (d.note) parts.push(d.note);
      break;
    case CaseAction.EXTEND:
      if (d.extensionDays !== null) parts.push(`延长 ${d.extensionDays} 日`);
      if (d.approverName) parts.push(`批准人：${d.approverName}`);
      if (d.previousDeadline) parts.push(`原期限 ${d.previousDeadline}`);
      break;
    case CaseAction.RECORD_HEARING:
      if (d.hearingFrom && d.hearingTo) parts.push(`听证 ${d.hearingFrom} 至 ${d.hearingTo}`);
      break;
    case CaseAction.DECIDE:
    case CaseAction.DECIDE_REVIEW:
    case CaseAction.DECIDE_REEXAMINATION:
      if (d.outcome) parts.push(DECISION_OUTCOME_LABELS[d.outcome]);
      if (d.result) parts.push(`${OPINION_RESULT_LABELS[d.result]}原意见`);
      break;
    case CaseAction.SEND_BACK:
      if (d.completionReportDue) parts.push(`重新报送办结报告日期 ${d.completionReportDue}`);
      break;
    case CaseAction.RATE:
      if (d.rating) parts.push(RATING_LABELS[d.rating]);
      if (d.ratedByPetitioner !== null) parts.push(d.ratedByPetitioner ? '信访人通过评价链接评价' : '代信访人录入');
      break;
    case CaseAction.CLOSE:
    case CaseAction.LAPSE:
      if (d.closeReason) parts.push(CLOSE_REASON_LABELS[d.closeReason]);
      if (d.lapsedStage && d.windowDeadline) parts.push(`${STATUTORY_RULES[d.lapsedStage].name}期限 ${d.windowDeadline} 届满`);
      break;
    default:
      break;
  }
  if (d.reason) parts.push(`理由：${d.reason}`);
  return parts.join('；');
}
