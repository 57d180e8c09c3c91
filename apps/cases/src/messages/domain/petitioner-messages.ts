import {
  CaseAction,
  DECISION_OUTCOME_LABELS,
  DECLINE_REASON_LABELS,
  OPINION_RESULT_LABELS,
  ROUTE_MODE_LABELS,
  isCollective,
} from '../../cases/domain/index.js';
import type { DeclineReason, RouteMode } from '../../cases/domain/index.js';

/** What a message tells the petitioner: one kind per step that concerns them. */
export enum MessageKind {
  REGISTERED = 'REGISTERED',
  ROUTED = 'ROUTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXTENDED = 'EXTENDED',
  DELIVERED = 'DELIVERED',
  REVIEW_DECIDED = 'REVIEW_DECIDED',
  REEXAMINATION_DECIDED = 'REEXAMINATION_DECIDED',
}

export const MESSAGE_KIND_LABELS: Readonly<Record<MessageKind, string>> = {
  REGISTERED: '已登记',
  ROUTED: '已转送/交办',
  ACCEPTED: '已受理',
  DECLINED: '不予受理',
  EXTENDED: '延期',
  DELIVERED: '答复已送达（评价链接）',
  REVIEW_DECIDED: '复查意见',
  REEXAMINATION_DECIDED: '复核意见',
};

export enum MessageChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

export enum MessageStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/** The named placeholders a template may use, per kind, and what each stands for. */
export const PLACEHOLDERS = {
  姓名: '信访人姓名',
  编号: '信访事项编号',
  机构: '转送/交办的机构（及承办单位）',
  方式: '转送或交办',
  期限: '办理期限（受理、延期）',
  理由: '不予受理的理由',
  途径: '不予受理时告知的法定途径',
  链接: '满意度评价链接',
  结果: '复查/复核对原意见的维持、变更或撤销',
  结论: '处理结论（予以支持、不予支持等）',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

export const KIND_PLACEHOLDERS: Readonly<Record<MessageKind, readonly Placeholder[]>> = {
  REGISTERED: ['姓名', '编号'],
  ROUTED: ['姓名', '编号', '方式', '机构'],
  ACCEPTED: ['姓名', '编号', '期限'],
  DECLINED: ['姓名', '编号', '理由', '途径'],
  EXTENDED: ['姓名', '编号', '期限'],
  DELIVERED: ['姓名', '编号', '链接'],
  REVIEW_DECIDED: ['姓名', '编号', '结果', '结论'],
  REEXAMINATION_DECIDED: ['姓名', '编号', '结果', '结论'],
};

/** The built-in texts (version 0), used where no office of the lineage saved its own. */
export const DEFAULT_TEMPLATES: Readonly<Record<MessageKind, string>> = {
  REGISTERED: '您的信访事项已登记，编号{编号}，可凭编号查询办理情况。',
  ROUTED: '您的信访事项{编号}已{方式}{机构}办理。',
  ACCEPTED: '您的信访事项{编号}已受理，将于{期限}前出具处理意见。',
  DECLINED: '您的信访事项{编号}不予受理：{理由}。{途径}',
  EXTENDED: '您的信访事项{编号}办理期限已延长至{期限}。',
  DELIVERED: '您的信访事项{编号}处理意见已送达，请于30日内评价：{链接}',
  REVIEW_DECIDED: '您的信访事项{编号}复查意见已出具：{结果}原处理意见，{结论}。',
  REEXAMINATION_DECIDED: '您的信访事项{编号}复核意见已出具：{结果}复查意见，{结论}。本事项终结。',
};

/** One SMS segment of Chinese text (UCS-2); a longer text is sent in parts of 67. */
export const SMS_SEGMENT_CHARS = 70;

/** The placeholders written in a template, in order of appearance, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]))];
}

/** The placeholders of a template its kind does not know (to refuse it, listing the known ones). */
export function unknownPlaceholders(kind: MessageKind, text: string): string[] {
  const known: readonly string[] = KIND_PLACEHOLDERS[kind];
  return placeholdersIn(text).filter((name) => !known.includes(name));
}

/** The text with its placeholders filled in; one without a value becomes empty. */
export function renderTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(/\{([^{}]*)\}/g, (_whole, name: string) => values[name as Placeholder] ?? '');
}

/** The name an office signs with: the office and its petition bureau (锦江区信访局, 春熙路街道信访办), else the office alone. */
export function signatureOf(office: string, bureau: string | null): string {
  return !bureau ? office : bureau.startsWith(office) ? bureau : `${office}${bureau}`;
}

/** The message as sent: signed with the office's name first, as SMS signatures are. */
export function signedText(office: string, body: string): string {
  return `【${office}】${body}`;
}

/** SMS segments a text takes: 70 characters alone, 67 per part when split. */
export function smsSegments(text: string): number {
  const length = [...text].length;
  return length <= SMS_SEGMENT_CHARS ? 1 : Math.ceil(length / 67);
}

/** The steps that concern the petitioner, and the message each sends. */
export const MESSAGE_KIND_OF: Readonly<Partial<Record<CaseAction, MessageKind>>> = {
  [CaseAction.REGISTER]: MessageKind.REGISTERED,
  [CaseAction.ROUTE]: MessageKind.ROUTED,
  [CaseAction.ACCEPT]: MessageKind.ACCEPTED,
  [CaseAction.DECLINE]: MessageKind.DECLINED,
  [CaseAction.EXTEND]: MessageKind.EXTENDED,
  [CaseAction.DELIVER]: MessageKind.DELIVERED,
  [CaseAction.DECIDE_REVIEW]: MessageKind.REVIEW_DECIDED,
  [CaseAction.DECIDE_REEXAMINATION]: MessageKind.REEXAMINATION_DECIDED,
};

/** The step as the message rules need it: what was done and the facts a petitioner is told. */
export interface MessageStep {
  action: CaseAction;
  number: string;
  /** ROUTE: the mode and the target office (and unit). */
  routeMode?: RouteMode | null;
  routeTarget?: string | null;
  /** ACCEPT, EXTEND: the handling deadline now in force. */
  handleDeadline?: string | null;
  /** DECLINE: reason and the legal channel named. */
  declineReason?: DeclineReason | null;
  declineTarget?: string | null;
  /** DELIVER: the rating link. */
  ratingLink?: string | null;
  /** DECIDE_REVIEW, DECIDE_REEXAMINATION. */
  outcome?: string | null;
  result?: string | null;
}

/**
 * Which message a step sends, with the values of its placeholders (the petitioner's name is
 * added per recipient), or null for a step the petitioner is not told of.
 */
export function messageFor(step: MessageStep): { kind: MessageKind; values: Partial<Record<Placeholder, string>> } | null {
  const kind = MESSAGE_KIND_OF[step.action];
  const values = kind ? valuesOf(kind, step) : null;
  return kind && values ? { kind, values } : null;
}

const label = <T extends string>(labels: Readonly<Record<T, string>>, value: string | null | undefined) => (value ? (labels[value as T] ?? value) : '');

/** The placeholders' values of a kind's message, or null when the step lacks what it must tell. */
function valuesOf(kind: MessageKind, step: MessageStep): Partial<Record<Placeholder, string>> | null {
  const 编号 = step.number;
  switch (kind) {
    case MessageKind.REGISTERED:
      return { 编号 };
    case MessageKind.ROUTED:
      return { 编号, 方式: label(ROUTE_MODE_LABELS, step.routeMode), 机构: step.routeTarget ?? '' };
    case MessageKind.ACCEPTED:
    case MessageKind.EXTENDED:
      return step.handleDeadline ? { 编号, 期限: chineseDate(step.handleDeadline) } : null;
    case MessageKind.DECLINED:
      return {
        编号,
        理由: label(DECLINE_REASON_LABELS, step.declineReason),
        途径: step.declineTarget?.trim() ? `请依法向${step.declineTarget.trim()}提出。` : '',
      };
    case MessageKind.DELIVERED:
      return step.ratingLink ? { 编号, 链接: step.ratingLink } : null;
    case MessageKind.REVIEW_DECIDED:
    case MessageKind.REEXAMINATION_DECIDED:
      return { 编号, 结果: label(OPINION_RESULT_LABELS, step.result), 结论: label(DECISION_OUTCOME_LABELS, step.outcome) };
  }
}

/** `2026-09-21` → `2026年9月21日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A petitioner as the recipient rule sees them: whether they can be reached, and how. */
export interface ReachablePetitioner {
  id: string;
  representative: boolean;
  /** Masked phone (a landline's mask has its area code and a dash: it takes no SMS). */
  phoneMasked: string | null;
  hasEmail: boolean;
}

/** Whether a stored phone is a mobile number, from its mask (mobiles mask as `138****5678`). */
export function isMobileMask(masked: string | null): boolean {
  return !!masked && /^1\d{2}\*{4}\d{4}$/.test(masked);
}

/**
 * Who is told, and by which channels: one SMS per petitioner with a mobile phone, an e-mail where
 * one is given. A collective petition (five persons or more) that chose representatives tells the
 * representatives only, as the office deals with them for the group.
 */
export function recipientsOf(petitioners: readonly ReachablePetitioner[], personCount: number): { petitionerId: string; channel: MessageChannel }[] {
  const representatives = petitioners.filter((p) => p.representative);
  const told = isCollective(personCount) && representatives.length ? representatives : petitioners;
  return told.flatMap((p) => [
    ...(isMobileMask(p.phoneMasked) ? [{ petitionerId: p.id, channel: MessageChannel.SMS }] : []),
    ...(p.hasEmail ? [{ petitionerId: p.id, channel: MessageChannel.EMAIL }] : []),
  ]);
}

/** The rating link the petitioner receives; the portal serves the page. */
export function ratingLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/portal/rate?token=${encodeURIComponent(token)}`;
}

/** After a failed attempt: try again, or give up on the last one. */
export function statusAfterFailure(attempt: number, attempts: number): MessageStatus {
  return attempt >= attempts ? MessageStatus.FAILED : MessageStatus.QUEUED;
}

/** How a recipient address shows to staff: an e-mail keeps its first character and domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

const EMAIL = /^[^\s@]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** A normalised e-mail address (trimmed, domain lower case), or null when it is not one. */
export function normaliseEmail(input: string): string | null {
  const value = input.trim();
  if (value.length > 254 || !EMAIL.test(value)) return null;
  const at = value.lastIndexOf('@');
  return value.slice(0, at) + value.slice(at).toLowerCase();
}
