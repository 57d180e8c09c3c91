import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Role } from '#common/auth';
import { AppError, ErrorCode } from '#common/errors';
import {
  type ActedTask,
  AssigneeKind,
  TASK_ACTION_ROLES,
  TaskAction,
  type TaskActor,
  type TaskAssignee,
  TaskState,
  availableTaskActions,
  decideTaskAction,
  taskTransition,
} from '../index.js';

const { RECEIVE, START, SPLIT, REPORT_PROGRESS, REPORT_DONE, SIGN_OFF, SEND_BACK, CANCEL } = TaskAction;
const { ASSIGNED, RECEIVED, IN_PROGRESS, REPORTED_DONE, SIGNED_OFF, SENT_BACK, CANCELLED } = TaskState;
const WORK: readonly TaskAction[] = [RECEIVE, START, SPLIT, REPORT_PROGRESS, REPORT_DONE];
const JUDGEMENT: readonly TaskAction[] = [SIGN_OFF, SEND_BACK, CANCEL];

const CITY = 'city';
const COUNTY = 'county';
const toCounty: TaskAssignee = { kind: AssigneeKind.CONFERENCE, tenantId: COUNTY };
const toPolice: TaskAssignee = { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'police-member', unitId: 'police', liaisonUserId: 'police-liaison' };
const task = (state: TaskState, assignee: TaskAssignee | null = toCounty, subtaskStates: TaskState[] = []): ActedTask => ({
  state,
  assigningTenantId: CITY,
  assignee,
  subtaskStates,
});
const actor = (tenantId: string, roles: Role[], unitId: string | null = null, userId: string | null = `${tenantId}-user`): TaskActor => ({
  tenantId,
  userId,
  unitId,
  roles,
});
const cityOffice = actor(CITY, [Role.CONFERENCE_OFFICE], 'city-office');
const countyOffice = actor(COUNTY, [Role.CONFERENCE_OFFICE], 'county-office');
const policeLiaison = actor(CITY, [Role.MEMBER_UNIT], 'police', 'police-liaison');

describe('the actions a task offers its viewer now', () => {
  it('offers the child conference its work as the task goes: receive, then start, split and report, and report done once its split is signed off', () => {
    expect(availableTaskActions(task(ASSIGNED), countyOffice)).toEqual([RECEIVE]);
    expect(availableTaskActions(task(RECEIVED), countyOffice)).toEqual([START, SPLIT, REPORT_PROGRESS]);
    expect(availableTaskActions(task(IN_PROGRESS), countyOffice)).toEqual([SPLIT, REPORT_PROGRESS, REPORT_DONE]);
    expect(availableTaskActions(task(IN_PROGRESS, toCounty, [SIGNED_OFF, REPORTED_DONE]), countyOffice)).toEqual([SPLIT, REPORT_PROGRESS]);
    expect(availableTaskActions(task(IN_PROGRESS, toCounty, [SIGNED_OFF, CANCELLED]), countyOffice)).toEqual([SPLIT, REPORT_PROGRESS, REPORT_DONE]);
    expect(availableTaskActions(task(SENT_BACK), countyOffice)).toEqual([START, SPLIT, REPORT_PROGRESS]);
    expect(availableTaskActions(task(REPORTED_DONE), countyOffice)).toEqual([]);
  });

  it('offers the assigning office (its administrator too) the judgement, and nothing once the task is final', () => {
    expect(availableTaskActions(task(ASSIGNED), cityOffice)).toEqual([CANCEL]);
    expect(availableTaskActions(task(REPORTED_DONE), cityOffice)).toEqual([SIGN_OFF, SEND_BACK, CANCEL]);
    expect(availableTaskActions(task(REPORTED_DONE), actor(CITY, [Role.TENANT_ADMIN]))).toEqual([SIGN_OFF, SEND_BACK, CANCEL]);
    expect(availableTaskActions(task(SIGNED_OFF), cityOffice)).toEqual([]);
    expect(availableTaskActions(task(CANCELLED), cityOffice)).toEqual([]);
    // A sibling's office, and the city's other staff, judge nothing.
    expect(availableTaskActions(task(REPORTED_DONE), actor('sibling', [Role.CONFERENCE_OFFICE]))).toEqual([]);
    expect(availableTaskActions(task(REPORTED_DONE), actor(CITY, [Role.SUPERVISOR, Role.LEADER]))).toEqual([]);
  });

  it('offers a member unit its work but no split, and never the sign-off of its own task', () => {
    expect(availableTaskActions(task(RECEIVED, toPolice), policeLiaison)).toEqual([START, REPORT_PROGRESS]);
    expect(availableTaskActions(task(RECEIVED, toPolice), actor(CITY, [Role.HANDLER], 'police'))).toEqual([START, REPORT_PROGRESS]);
    expect(availableTaskActions(task(REPORTED_DONE, toPolice), policeLiaison)).toEqual([]);
    // The unit's leader belongs to the unit but holds no role the work's mutations admit.
    expect(availableTaskActions(task(RECEIVED, toPolice), actor(CITY, [Role.LEADER], 'police'))).toEqual([]);
    // An office user who is also the unit's liaison works on the task and does not judge it.
    expect(availableTaskActions(task(REPORTED_DONE, toPolice), actor(CITY, [Role.CONFERENCE_OFFICE], 'police', 'police-liaison'))).toEqual([]);
  });

  it('offers only the cancellation of a list’s own task, to its office', () => {
    expect(availableTaskActions(task(ASSIGNED, null), cityOffice)).toEqual([CANCEL]);
    expect(availableTaskActions(task(ASSIGNED, null), countyOffice)).toEqual([]);
    expect(availableTaskActions(task(SIGNED_OFF, null), cityOffice)).toEqual([]);
  });

  it('refuses what it does not offer with the mutation’s own errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as AppError).extensions.code;
      }
      return null;
    };
    expect(code(() => decideTaskAction(task(ASSIGNED), cityOffice, RECEIVE))).toBe(ErrorCode.FORBIDDEN);
    expect(code(() => decideTaskAction(task(ASSIGNED, null), cityOffice, RECEIVE))).toBe(ErrorCode.VALIDATION);
    expect(code(() => decideTaskAction(task(ASSIGNED), countyOffice, START))).toBe(ErrorCode.INVALID_TRANSITION);
    expect(decideTaskAction(task(RECEIVED), countyOffice, SPLIT)).toBe(IN_PROGRESS);
  });
});

const tenantArb = fc.constantFrom(CITY, COUNTY, 'sibling');
const unitArb = fc.constantFrom<string | null>('police', 'city-office', 'county-office', null);
const assigneeArb = fc.constantFrom<TaskAssignee | null>(
  null,
  toCounty,
  toPolice,
  // An outside body: a member without a unit of the tenant, acted for by its liaison.
  { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'court-member', unitId: null, liaisonUserId: 'court-liaison' },
  { kind: AssigneeKind.MEMBER_UNIT, tenantId: CITY, memberId: 'office-member', unitId: 'city-office', liaisonUserId: 'office-liaison' },
);
const stateArb = fc.constantFrom(...Object.values(TaskState));
const taskArb = fc.record({
  state: stateArb,
  assigningTenantId: fc.constant(CITY),
  assignee: assigneeArb,
  subtaskStates: fc.array(stateArb, { maxLength: 4 }),
});
const actorArb = fc.record({
  tenantId: tenantArb,
  unitId: unitArb,
  userId: fc.constantFrom<string | null>('police-liaison', 'court-liaison', 'office-liaison', 'someone', null),
  roles: fc.subarray(Object.values(Role)),
});

describe('availableTaskActions, for any task and viewer', () => {
  it('offers exactly what decideTaskAction allows, and every refusal is one of its stable errors', () => {
    fc.assert(
      fc.property(taskArb, actorArb, (acted, viewer) => {
        const offered = availableTaskActions(acted, viewer);
        for (const action of Object.values(TaskAction)) {
          try {
            decideTaskAction(acted, viewer, action);
            expect(offered).toContain(action);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect([ErrorCode.FORBIDDEN, ErrorCode.VALIDATION, ErrorCode.INVALID_TRANSITION]).toContain((error as AppError).extensions.code);
            expect(offered).not.toContain(action);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers only steps of the state machine, to a holder of a role the step’s mutation admits', () => {
    fc.assert(
      fc.property(taskArb, actorArb, (acted, viewer) => {
        for (const action of availableTaskActions(acted, viewer)) {
          expect(() => taskTransition(acted.state, action, acted.subtaskStates)).not.toThrow();
          expect(viewer.roles.some((role) => TASK_ACTION_ROLES[action].includes(role))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never offers one viewer both the work and its judgement, and nothing on a final task, a list’s own task only its cancellation', () => {
    fc.assert(
      fc.property(taskArb, actorArb, (acted, viewer) => {
        const offered = availableTaskActions(acted, viewer);
        expect(offered.some((a) => WORK.includes(a)) && offered.some((a) => JUDGEMENT.includes(a))).toBe(false);
        if (acted.state === SIGNED_OFF || acted.state === CANCELLED) expect(offered).toEqual([]);
        if (acted.assignee === null) expect(offered.filter((a) => a !== CANCEL)).toEqual([]);
        if (offered.some((a) => JUDGEMENT.includes(a))) expect(viewer.tenantId).toBe(CITY);
        if (viewer.tenantId === 'sibling') expect(offered).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
