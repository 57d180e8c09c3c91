import { describe, expect, it } from '@jest/globals';
import { RoleLabel } from '../../gql/labels';
import {
  adminTabOf,
  calendarFormOf,
  calendarSettingsInput,
  createUserInput,
  leadDaysText,
  roleChoices,
  supervisionSettingsInput,
  instrumentTemplateInput,
  type CalendarSettingsView,
} from '../admin';

describe('adminTabOf', () => {
  it('opens the sub-page the link names, and the user list for /admin or an unknown tail', () => {
    expect(adminTabOf('/admin/calendar')).toBe('calendar');
    expect(adminTabOf('/admin/supervision')).toBe('supervision');
    expect(adminTabOf('/admin')).toBe('users');
    expect(adminTabOf('/admin/nothing')).toBe('users');
  });
});

describe('roleChoices', () => {
  it('offers every role of the schema once, with its Chinese name, 管理员 last', () => {
    const choices = roleChoices();
    expect(choices.map((choice) => choice.value).sort()).toEqual(Object.keys(RoleLabel).sort());
    expect(choices.at(-1)).toEqual({ value: 'TENANT_ADMIN', label: '管理员' });
    expect(choices.find((choice) => choice.value === 'REGISTRAR')?.label).toBe('登记员');
  });
});

describe('createUserInput', () => {
  it('lower-cases and trims the login name, trims the name, drops repeated roles and an empty unit', () => {
    expect(
      createUserInput({ username: ' JJ.Clerk ', displayName: ' 王五 ', password: 'Xy@12345', roles: ['HANDLER', 'HANDLER', 'LEADER'], unitId: '' }, 't1'),
    ).toEqual({ tenantId: 't1', username: 'jj.clerk', displayName: '王五', password: 'Xy@12345', roles: ['HANDLER', 'LEADER'], unitId: null });
    expect(createUserInput({ username: 'a.b', displayName: 'x', password: 'p', roles: ['REGISTRAR'], unitId: 'u1' }, 't1').unitId).toBe('u1');
  });
});

describe('calendar settings', () => {
  const settings: CalendarSettingsView = {
    tenantId: 't1',
    dayCounting: 'WORKING_DAYS',
    tightenings: [{ stage: 'ROUTE', days: 10 }],
    declaredYears: [2026],
    reminderLeadDays: null,
    version: 4,
  };

  it('starts the form from the office’s own settings, inheriting reminders when it has none', () => {
    expect(calendarFormOf(settings)).toEqual({ tightenings: { ROUTE: 10 }, inheritReminders: true, reminderLeadDays: [] });
    expect(calendarFormOf({ ...settings, reminderLeadDays: [] }).inheritReminders).toBe(false);
  });

  it('sends the periods set, leads largest first, keeps what the form does not edit and the version read', () => {
    const input = calendarSettingsInput(settings, {
      tightenings: { ROUTE: 8, HANDLE: null, NOTIFY: 0 },
      inheritReminders: false,
      reminderLeadDays: [1, 5, 3, 5],
    });
    expect(input).toEqual({
      tenantId: 't1',
      dayCounting: 'WORKING_DAYS',
      tightenings: [
        { stage: 'ROUTE', days: 8 },
        { stage: 'NOTIFY', days: 0 },
      ],
      declaredYears: [2026],
      reminderLeadDays: [5, 3, 1],
      version: 4,
    });
  });

  it('sends no leads when the office inherits them, and an empty list to turn reminders off', () => {
    expect(calendarSettingsInput(settings, { tightenings: {}, inheritReminders: true, reminderLeadDays: [7] }).reminderLeadDays).toBeNull();
    expect(calendarSettingsInput(settings, { tightenings: {}, inheritReminders: false, reminderLeadDays: [] }).reminderLeadDays).toEqual([]);
    expect(leadDaysText([])).toBe('不提醒');
    expect(leadDaysText([3, 1])).toBe('3 日、1 日');
  });
});

describe('supervisionSettingsInput', () => {
  it('clears an empty field so the office above applies', () => {
    expect(supervisionSettingsInput({ feedbackDays: 20 }, 2)).toEqual({ feedbackDays: 20, escalationIntervalDays: null, version: 2 });
  });
});

describe('instrumentTemplateInput', () => {
  it('saves one paragraph per non-blank line, trimmed, against the office’s own version', () => {
    expect(instrumentTemplateInput('ACCEPTANCE_NOTICE', { title: ' 受理告知书 ', body: '{信访人}：\r\n\n  你的事项已受理。 \n特此告知。' }, 2)).toEqual({
      kind: 'ACCEPTANCE_NOTICE',
      title: '受理告知书',
      paragraphs: ['{信访人}：', '你的事项已受理。', '特此告知。'],
      version: 2,
    });
  });
});
