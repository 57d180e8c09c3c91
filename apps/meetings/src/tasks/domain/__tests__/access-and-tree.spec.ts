import { describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { AppError, ErrorCode } from '#common/errors';
import { isoDate } from '#common/calendar';
import {
  AssigneeKind,
  type AssignedTask,
  TaskAction,
  type TaskActor,
  checkAssignee,
  checkMayAct,
  checkSplitAssignee,
  checkSubtaskDeadline,
  checkTaskDeadline,
  subtaskTerms,
} from '../index.js';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const CITY = 'city';
const COUNTY = 'county';
const cityOffice: TaskActor = { tenantId: CITY, userId: 'city-office-user', unitId: 'city-office', roles: [Role.CONFERENCE_OFFICE] };
const police: TaskActor = { tenantId: CITY, userId: 'police-user', unitId: 'police', roles: [Role.MEMBER_UNIT] };
const justice: TaskActor = { tenantId: CITY, userId: 'justice-user', unitId: 'justice', roles: [Role.MEMBER_UNIT] };
const countyOffice: TaskActor = { tenantId: COUNTY, userId: 'county-office-user', unitId: 'county-office', roles: [Role.CONFERENCE_OFFICE] };
const countyClerk: TaskActor = { tenantId: COUNTY, userId: 'county-court-user', unitId: 'county-court', roles: [Role.MEMBER_UNIT] };

const toPolice: AssignedTask = {
  assigningTenantId: CITY,
  assignee: { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'police', unitId: 'police', liaisonUserId: 'police-liaison' },
};
const toCounty: AssignedTask = { assigningTenantId: CITY, assignee: { kind: AssigneeKind.CONFERENCE, tenantId: COUNTY } };

describe('who may act on a task', () => {
  it('lets the assigned member unit receive, start and report, and nobody else', () => {
    for (const action of [TaskAction.RECEIVE, TaskAction.START, TaskAction.REPORT_PROGRESS, TaskAction.REPORT_DONE]) {
      expect(() => checkMayAct(toPolice, police, action)).not.toThrow();
      expect(refusal(() => checkMayAct(toPolice, justice, action)).code).toBe(ErrorCode.FORBIDDEN);
      expect(refusal(() => checkMayAct(toPolice, cityOffice, action)).code).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('lets only the assigning office sign off, send back and cancel; the member unit may not sign off its own task', () => {
    for (const action of [TaskAction.SIGN_OFF, TaskAction.SEND_BACK, TaskAction.CANCEL]) {
      expect(() => checkMayAct(toPolice, cityOffice, action)).not.toThrow();
      expect(refusal(() => checkMayAct(toPolice, justice, action)).code).toBe(ErrorCode.FORBIDDEN);
      // The child conference office cannot judge a task it was given.
      expect(refusal(() => checkMayAct(toCounty, countyOffice, action)).code).toBe(ErrorCode.FORBIDDEN);
    }
    const own = refusal(() => checkMayAct(toPolice, police, TaskAction.SIGN_OFF));
    expect(own.code).toBe(ErrorCode.FORBIDDEN);
    expect(own.message).toContain('不能销号本单位承办的任务');
  });

  it('lets the liaison of an outside body (no unit of the tenant) act for it, and no unit-less user besides', () => {
    const toStation: AssignedTask = {
      assigningTenantId: CITY,
      assignee: { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'station', unitId: null, liaisonUserId: 'station-liaison' },
    };
    const liaison: TaskActor = { tenantId: CITY, userId: 'station-liaison', unitId: null, roles: [Role.MEMBER_UNIT] };
    const someone: TaskActor = { tenantId: CITY, userId: 'someone', unitId: null, roles: [Role.MEMBER_UNIT] };
    expect(() => checkMayAct(toStation, liaison, TaskAction.REPORT_PROGRESS)).not.toThrow();
    expect(refusal(() => checkMayAct(toStation, someone, TaskAction.REPORT_PROGRESS)).code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => checkMayAct(toStation, { ...liaison, tenantId: COUNTY }, TaskAction.REPORT_PROGRESS)).code).toBe(ErrorCode.FORBIDDEN);
  });

  it('does not let an office that is itself the assignee sign off', () => {
    const toOffice: AssignedTask = {
      assigningTenantId: CITY,
      assignee: { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'city-office', unitId: 'city-office', liaisonUserId: 'city-office-liaison' },
    };
    expect(refusal(() => checkMayAct(toOffice, cityOffice, TaskAction.SIGN_OFF)).code).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets the child conference office receive and split a cascaded task; a member unit may not split', () => {
    expect(() => checkMayAct(toCounty, countyOffice, TaskAction.RECEIVE)).not.toThrow();
    expect(() => checkMayAct(toCounty, countyOffice, TaskAction.SPLIT)).not.toThrow();
    expect(refusal(() => checkMayAct(toCounty, countyClerk, TaskAction.SPLIT)).code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => checkMayAct(toCounty, cityOffice, TaskAction.RECEIVE)).code).toBe(ErrorCode.FORBIDDEN);
    expect(refusal(() => checkMayAct(toPolice, police, TaskAction.SPLIT)).message).toContain('下级联席会议');
  });
});

describe('assignees', () => {
  const city = { tenantId: CITY, memberIds: new Set(['police', 'justice']), childConferenceTenantIds: new Set([COUNTY]) };
  const county = { tenantId: COUNTY, memberIds: new Set(['county-court']), childConferenceTenantIds: new Set<string>() };

  it('accepts a member unit or a child conference', () => {
    expect(() =>
      checkAssignee(city, { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'police', unitId: 'police', liaisonUserId: 'police-liaison' }),
    ).not.toThrow();
    expect(() => checkAssignee(city, { kind: AssigneeKind.CONFERENCE, tenantId: COUNTY })).not.toThrow();
  });

  it('refuses a unit of another tenant, a non-member unit and a tenant that is not a child', () => {
    expect(
      refusal(() =>
        checkAssignee(city, {
          kind: AssigneeKind.MEMBER_UNIT,
          tenantId: COUNTY,
          memberId: 'county-court',
          unitId: 'county-court',
          liaisonUserId: 'county-court-liaison',
        }),
      ).code,
    ).toBe(ErrorCode.VALIDATION);
    expect(
      refusal(() => checkAssignee(city, { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'tax', unitId: 'tax', liaisonUserId: 'tax-liaison' })).code,
    ).toBe(ErrorCode.VALIDATION);
    expect(refusal(() => checkAssignee(city, { kind: AssigneeKind.CONFERENCE, tenantId: 'sibling-city' })).code).toBe(ErrorCode.VALIDATION);
  });

  it('splits only to the member units of the receiving conference', () => {
    expect(() =>
      checkSplitAssignee(county, {
        kind: AssigneeKind.MEMBER_UNIT,
        tenantId: COUNTY,
        memberId: 'county-court',
        unitId: 'county-court',
        liaisonUserId: 'county-court-liaison',
      }),
    ).not.toThrow();
    expect(refusal(() => checkSplitAssignee(county, { kind: AssigneeKind.CONFERENCE, tenantId: 'township' })).code).toBe(ErrorCode.VALIDATION);
  });
});

describe('deadlines and subtasks', () => {
  const d = isoDate;

  it('refuses a deadline before the creation date; the same day is fine', () => {
    const error = refusal(() => checkTaskDeadline(d('2025-03-10'), d('2025-03-09')));
    expect(error.code).toBe(ErrorCode.VALIDATION);
    expect(error.message).toContain('不能早于');
    expect(() => checkTaskDeadline(d('2025-03-10'), d('2025-03-10'))).not.toThrow();
  });

  it('refuses a subtask deadline after the parent’s', () => {
    expect(refusal(() => checkSubtaskDeadline(d('2025-06-30'), d('2025-07-01'))).message).toContain('不能晚于上级任务期限');
    expect(() => checkSubtaskDeadline(d('2025-06-30'), d('2025-06-30'))).not.toThrow();
  });

  it('carries the 挂牌督办 flag down to every subtask', () => {
    const parent = { deadline: d('2025-06-30'), listed: true };
    expect(subtaskTerms(parent, { deadline: d('2025-06-15') }, d('2025-04-01'))).toEqual({ deadline: '2025-06-15', listed: true });
    expect(subtaskTerms(parent, { deadline: d('2025-06-15'), listed: false }, d('2025-04-01')).listed).toBe(true);
    expect(subtaskTerms({ ...parent, listed: false }, { deadline: d('2025-06-15') }, d('2025-04-01')).listed).toBe(false);
    expect(refusal(() => subtaskTerms(parent, { deadline: d('2025-03-31') }, d('2025-04-01'))).code).toBe(ErrorCode.VALIDATION);
  });
});
