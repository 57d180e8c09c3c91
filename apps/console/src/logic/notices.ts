import type {
  ListForSupervisionInput,
  NoticeAction,
  NoticeKind,
  NoticeReason,
  NoticeState,
  RaiseNoticeInput,
  Role,
  SupervisedSubjectType,
} from '../gql/graphql';
import type { ClockCount } from './clock-tag';
import { NOTICE_RECIPIENT_ROLES } from './navigation';

/** A tab of 督办件: the API list it reads and who may open it (the list's roles). */
export interface NoticeTab {
  key: 'inbox' | 'issued';
  label: string;
  roles: readonly Role[];
}

export const NOTICE_TABS: readonly NoticeTab[] = [
  { key: 'inbox', label: '收到的', roles: NOTICE_RECIPIENT_ROLES },
  // `issuedNotices`: the conference office sees there what it issued on tasks.
  { key: 'issued', label: '发出的', roles: ['SUPERVISOR', 'TENANT_ADMIN', 'LEADER', 'CONFERENCE_OFFICE'] },
];

export function noticeTabsFor(roles: readonly Role[]): NoticeTab[] {
  return NOTICE_TABS.filter((tab) => tab.roles.some((role) => roles.includes(role)));
}

/** Raising a notice on a case: supervisors and administrators (the conference office only on tasks). */
const CASE_SUPERVISOR_ROLES: readonly Role[] = ['SUPERVISOR', 'TENANT_ADMIN'];

export function mayRaiseOnCase(roles: readonly Role[]): boolean {
  return roles.some((role) => CASE_SUPERVISOR_ROLES.includes(role));
}

/** Kinds a supervisor raises by hand (reminders come from deadlines). */
export const RAISABLE_KINDS: readonly NoticeKind[] = ['SUPERVISION', 'CIRCULAR', 'SUMMONS', 'LISTED', 'ACCOUNTABILITY'];

export interface RaiseValues {
  kind: NoticeKind;
  reason: NoticeReason;
  text: string;
  stage?: string | null;
  /** 挂牌督办 only: the date the subject must be fixed by. */
  fixBy?: string | null;
}

type HandRaised = Omit<RaiseNoticeInput, 'kind'>;

/**
 * The mutation a hand-raised notice on a case goes through: 挂牌督办 (`listForSupervision`) with
 * its fix-by date, every other kind `raiseNotice`.
 */
export function raiseRequest(
  caseId: string,
  values: RaiseValues,
): { mutation: 'raiseNotice'; input: RaiseNoticeInput } | { mutation: 'listForSupervision'; input: ListForSupervisionInput } {
  const base: HandRaised = { subjectType: 'CASE', subjectId: caseId, reason: values.reason, text: values.text.trim(), stage: values.stage || null };
  if (values.kind === 'LISTED') return { mutation: 'listForSupervision', input: { ...base, fixBy: values.fixBy ?? '' } };
  return { mutation: 'raiseNotice', input: { ...base, kind: values.kind } };
}

const STATES: readonly NoticeState[] = ['ISSUED', 'READ', 'FEEDBACK_SUBMITTED', 'REJECTED', 'ACCEPTED', 'ESCALATED', 'CLOSED'];
const KINDS: readonly NoticeKind[] = ['REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS', 'LISTED', 'ACCOUNTABILITY'];
const SUBJECT_TYPES: readonly SupervisedSubjectType[] = ['CASE', 'TASK'];

export interface NoticeListState {
  tab: NoticeTab['key'];
  /** The API's filters this page offers (`NoticeFilter`). */
  filter: { state?: NoticeState; kind?: NoticeKind; subjectType?: SupervisedSubjectType; overdue?: boolean };
}

/** Reads the list from the address bar, dropping what is not a valid value (an old or edited link). */
export function parseNoticeSearch(search: string, tabs: readonly NoticeTab[]): NoticeListState {
  const params = new URLSearchParams(search);
  const tab = tabs.find((candidate) => candidate.key === params.get('tab'))?.key ?? tabs[0]?.key ?? 'inbox';
  const filter: NoticeListState['filter'] = {};
  const pick = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = params.get(name);
    return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  const state = pick('state', STATES);
  if (state) filter.state = state;
  const kind = pick('kind', KINDS);
  if (kind) filter.kind = kind;
  const subjectType = pick('subject', SUBJECT_TYPES);
  if (subjectType) filter.subjectType = subjectType;
  if (params.get('overdue') === '1') filter.overdue = true;
  return { tab, filter };
}

export function noticeSearch({ tab, filter }: NoticeListState): string {
  const params = new URLSearchParams({ tab });
  if (filter.state) params.set('state', filter.state);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.subjectType) params.set('subject', filter.subjectType);
  if (filter.overdue) params.set('overdue', '1');
  return `?${params.toString()}`;
}

/** Unread notices first, each group in the API's order (newest first). */
export function unreadFirst<T extends { state: NoticeState }>(notices: readonly T[]): T[] {
  return [...notices.filter((n) => n.state === 'ISSUED'), ...notices.filter((n) => n.state !== 'ISSUED')];
}

/** The feedback clock as the API counts it; null once no feedback is owed. */
export function feedbackClock(notice: { feedbackDaysLeft?: number | null; feedbackOverdueDays?: number | null }): ClockCount | null {
  if (notice.feedbackDaysLeft == null || notice.feedbackOverdueDays == null) return null;
  return { daysLeft: notice.feedbackDaysLeft, overdueDays: notice.feedbackOverdueDays, dueSoon: false };
}

/** The forms the notice page shows: exactly the actions the API offers the viewer now. */
export interface NoticeForms {
  feedback: boolean;
  decide: boolean;
  escalate: boolean;
  /** Opening the page is the addressee's receipt (阅知). */
  markRead: boolean;
}

export function noticeForms(available: readonly NoticeAction[]): NoticeForms {
  return {
    feedback: available.includes('SUBMIT_FEEDBACK'),
    decide: available.includes('ACCEPT') || available.includes('REJECT'),
    escalate: available.includes('ESCALATE'),
    markRead: available.includes('READ'),
  };
}

/** Attachments typed one per line, until uploads exist: trimmed, blank lines dropped. */
export function attachmentLines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Where a notice's subject opens: its case or task page. */
export function subjectPath(notice: { subjectType: SupervisedSubjectType; subjectId: string }): string {
  return notice.subjectType === 'CASE' ? `/cases/${notice.subjectId}` : `/tasks/${notice.subjectId}`;
}
