import type { Role } from '../gql/graphql';
import { MESSAGE_READER_ROLES } from './messages';

/** One page of the console: its menu entry and who may open it (the roles of the API it calls). */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
}

/** The case desk's daily users; the other roles get their pages in part 2 of the console. */
export const CASE_DESK_ROLES: readonly Role[] = ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'TENANT_ADMIN'];

/** Who receives supervision notices (the API's `noticeInbox` roles). */
export const NOTICE_RECIPIENT_ROLES: readonly Role[] = ['HANDLER', 'MEMBER_UNIT', 'REGISTRAR', 'LEADER', 'SUPERVISOR', 'CONFERENCE_OFFICE', 'TENANT_ADMIN'];

/** Who may schedule a leader reception day (the API's `scheduleReception` roles). */
export const RECEPTION_SCHEDULER_ROLES: readonly Role[] = ['REGISTRAR', 'LEADER', 'TENANT_ADMIN'];

/** Who reads the statistics: those who lead, supervise, assess or run an office. */
export const STATISTICS_ROLES: readonly Role[] = ['LEADER', 'SUPERVISOR', 'ASSESSOR', 'TENANT_ADMIN'];

/** Who runs the office's conference and its meetings (the API's `establishConference` and `scheduleMeeting` roles). */
export const CONFERENCE_MANAGER_ROLES: readonly Role[] = ['CONFERENCE_OFFICE', 'TENANT_ADMIN'];

/** Who reads the conference and its meetings (the API's `conference` and `meetings` roles) in the menu. */
export const CONFERENCE_READER_ROLES: readonly Role[] = [...CONFERENCE_MANAGER_ROLES, 'LEADER', 'SUPERVISOR'];

/** Who works on or follows conference tasks (the API's `tasks` roles) in the menu. */
export const TASK_READER_ROLES: readonly Role[] = ['CONFERENCE_OFFICE', 'MEMBER_UNIT', 'LEADER', 'SUPERVISOR'];

/** Who writes assessment schemes and scores (the API's `createAssessmentScheme` roles). */
export const ASSESSMENT_WRITER_ROLES: readonly Role[] = ['ASSESSOR', 'TENANT_ADMIN'];

/** Who may read schemes, scores and the office's own published results (the API's `scores` roles). */
export const ASSESSMENT_READER_ROLES: readonly Role[] = [...ASSESSMENT_WRITER_ROLES, 'LEADER', 'SUPERVISOR'];

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/cases', label: '信访事项', roles: CASE_DESK_ROLES },
  // Only registrars may call `registerCase`.
  { path: '/cases/new', label: '登记', roles: ['REGISTRAR'] },
  // The online intake queue (`onlineSubmissions` roles): registrars work it, the others oversee it.
  { path: '/intake', label: '网上信访', roles: ['REGISTRAR', 'LEADER', 'TENANT_ADMIN', 'SUPERVISOR'] },
  // Every role of `issuedNotices` also receives notices.
  { path: '/notices', label: '督办件', roles: NOTICE_RECIPIENT_ROLES },
  // The list is open to every role; its cases link to the case desk, so the desk's users see it in the menu.
  { path: '/receptions', label: '领导接访', roles: CASE_DESK_ROLES },
  { path: '/conference', label: '联席会议', roles: CONFERENCE_READER_ROLES },
  { path: '/tasks', label: '任务督办', roles: TASK_READER_ROLES },
  { path: '/assessment', label: '考核', roles: ASSESSMENT_READER_ROLES },
  { path: '/statistics', label: '统计分析', roles: STATISTICS_ROLES },
  { path: '/messages', label: '短信通知', roles: MESSAGE_READER_ROLES },
  { path: '/admin', label: '系统管理', roles: ['TENANT_ADMIN'] },
];

/** Pages below a section whose last crumb is a fixed title rather than a record's name. */
const PAGE_TITLES: Readonly<Record<string, string>> = {
  '/cases/new': '登记信访事项',
  '/admin/units': '单位',
  '/admin/users': '用户',
  '/admin/calendar': '期限与节假日',
  '/admin/supervision': '督查督办设置',
  '/admin/messages': '短信模板',
};

export const holdsAny = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((role) => allowed.includes(role));

/** The menu shows only what the user's roles may do. */
export function menuFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => holdsAny(roles, item.roles));
}

export function schedulesReceptions(roles: readonly Role[]): boolean {
  return holdsAny(roles, RECEPTION_SCHEDULER_ROLES);
}

/** The menu entry a page belongs to: the longest path that contains it (登记 on /cases/new, not 信访事项 too). */
export function selectedMenuPath(menu: readonly NavItem[], pathname: string): string | undefined {
  return menu
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .reduce<string | undefined>((best, item) => (best && best.length >= item.path.length ? best : item.path), undefined);
}

/** The conference's buttons (establish, members, meetings) are its managers'; the other readers see it only. */
export function managesConference(roles: readonly Role[]): boolean {
  return holdsAny(roles, CONFERENCE_MANAGER_ROLES);
}

export function receivesNotices(roles: readonly Role[]): boolean {
  return holdsAny(roles, NOTICE_RECIPIENT_ROLES);
}

/** Where a user lands after logging in without a `next`: the first page their roles open. */
export function homePath(roles: readonly Role[]): string {
  return menuFor(roles)[0]?.path ?? '/welcome';
}

export interface Crumb {
  title: string;
  path?: string;
}

/** Breadcrumbs of a path; `leaf` names the record a detail page shows (e.g. the case number). */
export function breadcrumbsFor(pathname: string, leaf?: string): Crumb[] {
  const [section, id] = pathname.split('/').filter(Boolean);
  const item = NAV_ITEMS.find((nav) => nav.path === `/${section}`);
  if (!item) return [];
  if (id === undefined) return [{ title: item.label }];
  return [{ title: item.label, path: item.path }, { title: PAGE_TITLES[pathname] ?? leaf ?? id }];
}

/**
 * The page to return to after login: only a path of this site, so a crafted link cannot send the
 * user elsewhere (`//host` and `/\host` are other sites to a browser).
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?')) return null;
  return next;
}
