import type { CaseStage, DayCounting, InstrumentKind, Role, SaveInstrumentTemplateInput } from '../gql/graphql';
import { RoleLabel } from '../gql/labels';

/** The sub-pages of 系统管理, each with its own deep link `/admin/<key>`. */
export const ADMIN_TABS = [
  { key: 'users', label: '用户' },
  { key: 'units', label: '单位' },
  { key: 'calendar', label: '期限与节假日' },
  { key: 'supervision', label: '督查督办设置' },
  { key: 'instruments', label: '文书模板' },
  { key: 'messages', label: '短信模板' },
] as const;

export type AdminTab = (typeof ADMIN_TABS)[number]['key'];

/** The sub-page a path opens; `/admin` and unknown tails open the user list. */
export function adminTabOf(pathname: string): AdminTab {
  const tail = pathname.split('/').filter(Boolean)[1];
  return ADMIN_TABS.find((tab) => tab.key === tail)?.key ?? 'users';
}

/** Every role an administrator may grant, named as the schema names it; 管理员 last, as the rarest grant. */
export function roleChoices(): { value: Role; label: string }[] {
  const roles = Object.keys(RoleLabel) as Role[];
  const ordered = [...roles.filter((role) => role !== 'TENANT_ADMIN'), ...roles.filter((role) => role === 'TENANT_ADMIN')];
  return ordered.map((value) => ({ value, label: RoleLabel[value] }));
}

export interface NewUserForm {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  unitId?: string | null;
}

/** The `createUser` input of the form: login names are lower case, names trimmed, no unit when none is chosen. */
export function createUserInput(form: NewUserForm, tenantId: string) {
  return {
    tenantId,
    username: form.username.trim().toLowerCase(),
    displayName: form.displayName.trim(),
    password: form.password,
    roles: [...new Set(form.roles)],
    unitId: form.unitId || null,
  };
}

export interface CalendarSettingsView {
  tenantId: string;
  dayCounting?: DayCounting | null;
  tightenings: readonly { stage: CaseStage; days: number }[];
  declaredYears: readonly number[];
  reminderLeadDays?: readonly number[] | null;
  version: number;
}

export interface CalendarForm {
  /** The office's own shortened periods by stage; empty means the statute (or the office above) applies. */
  tightenings: Partial<Record<CaseStage, number | null>>;
  /** Use the reminder leads of the office above instead of the office's own. */
  inheritReminders: boolean;
  reminderLeadDays: number[];
}

/** The form's starting values from the office's own settings. */
export function calendarFormOf(settings: CalendarSettingsView): CalendarForm {
  return {
    tightenings: Object.fromEntries(settings.tightenings.map((t) => [t.stage, t.days])),
    inheritReminders: settings.reminderLeadDays == null,
    reminderLeadDays: [...(settings.reminderLeadDays ?? [])],
  };
}

/**
 * The `updateCalendarSettings` input: the form's periods and reminders, the settings the form does
 * not edit (day counting, declared years) as they were, and the version read, so a concurrent
 * change is refused rather than overwritten.
 */
export function calendarSettingsInput(settings: CalendarSettingsView, form: CalendarForm) {
  const tightenings = (Object.entries(form.tightenings) as [CaseStage, number | null | undefined][])
    .filter((entry): entry is [CaseStage, number] => typeof entry[1] === 'number')
    .map(([stage, days]) => ({ stage, days }));
  return {
    tenantId: settings.tenantId,
    dayCounting: settings.dayCounting ?? null,
    tightenings,
    declaredYears: [...settings.declaredYears],
    reminderLeadDays: form.inheritReminders ? null : [...new Set(form.reminderLeadDays)].sort((a, b) => b - a),
    version: settings.version,
  };
}

/** Lead days as the page lists them: `3 日、1 日`, or 不提醒 for an empty list. */
export function leadDaysText(days: readonly number[]): string {
  return days.length === 0 ? '不提醒' : days.map((day) => `${day} 日`).join('、');
}

export interface SupervisionForm {
  feedbackDays?: number | null;
  escalationIntervalDays?: number | null;
}

/** The `updateSupervisionSettings` input; an empty field falls back to the office above. */
export function supervisionSettingsInput(form: SupervisionForm, version: number) {
  return { feedbackDays: form.feedbackDays ?? null, escalationIntervalDays: form.escalationIntervalDays ?? null, version };
}

/** The template editor's fields: the title, and the paragraphs one per line. */
export interface InstrumentTemplateForm {
  title: string;
  body: string;
}

/** A template edit as the API saves it: one paragraph per non-blank line, against the office's own version the editor started from. */
export function instrumentTemplateInput(kind: InstrumentKind, form: InstrumentTemplateForm, ownVersion: number): SaveInstrumentTemplateInput {
  const paragraphs = form.body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { kind, title: form.title.trim(), paragraphs, version: ownVersion };
}
