import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '#common/errors';
import {
  actionsFrom,
  applyTransition,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  CaseAction,
  CaseKind,
  CaseState,
  CompletionReportStatus,
  findTransition,
  TRANSITIONS,
} from '../index.js';
import { snapshotIn, thrown, TODAY, validInput } from './fixtures.js';

/** The snapshot a table row is exercised from: the flags its guard needs (a delivered claim is never closed by hand, a suggestion is). */
function fromSnapshot(state: CaseState, action: CaseAction) {
  return snapshotIn(state, {
    ...(state === CaseState.DELIVERED && action === CaseAction.CLOSE ? { kind: CaseKind.SUGGESTION, openStages: [] } : {}),
    assigned: true,
    completionReport: action === CaseAction.SUBMIT_COMPLETION_REPORT ? CompletionReportStatus.NONE : CompletionReportStatus.SUBMITTED,
  });
}

const rows = TRANSITIONS.filter((rule) => rule.from !== null).map((rule) => [rule.from!, rule.action, rule.to, rule] as const);

describe('the transition table', () => {
  it('has one row per (state, action)', () => {
    const keys = TRANSITIONS.map((rule) => `${rule.from}:${rule.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(rows)('%s --%s--> %s', (from, action, to, rule) => {
    const before = fromSnapshot(from, action);
    const result = applyTransition(before, action, validInput(before, action), TODAY);
    expect(result.from).toBe(from);
    expect(result.snapshot.state).toBe(to);
    expect(result.stopped).toEqual(rule.stops.filter((stage) => before.openStages.includes(stage)));
    expect(result.started).toEqual(rule.starts);
    // A clock stopped and started again in one step (上报) is a new run of the same stage.
    for (const stage of result.stopped) if (!result.started.includes(stage)) expect(result.snapshot.openStages).not.toContain(stage);
    for (const stage of result.started) expect(result.snapshot.openStages).toContain(stage);
    expect(new Set(result.snapshot.openStages).size).toBe(result.snapshot.openStages.length);
    expect(result.extended).toBe(rule.extends);
    expect(result.paused?.stage).toBe(rule.pauses);
    // The input snapshot is not mutated.
    expect(before.state).toBe(from);
  });

  const forbidden = Object.values(CaseState).flatMap((state) =>
    Object.values(CaseAction)
      .filter((action) => !findTransition(state, action))
      .map((action) => [state, action] as const),
  );

  it.each(forbidden)('%s refuses %s with INVALID_TRANSITION naming the state', (state, action) => {
    const before = fromSnapshot(state, action);
    const error = thrown(() => applyTransition(before, action, validInput(before, action), TODAY));
    expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(error.message).toBe(`当前状态为「${CASE_STATE_LABELS[state]}」，不能执行「${CASE_ACTION_LABELS[action]}」`);
    expect(error.details).toEqual({ state, action });
  });

  it('names the state and the action in Chinese', () => {
    const error = thrown(() => applyTransition(snapshotIn(CaseState.ACCEPTED), CaseAction.RECEIVE, undefined, TODAY));
    expect(error.message).toBe('当前状态为「已受理」，不能执行「签收」');
  });

  it('lets a finished case take only its one rating, and a report still owed to the assigning office', () => {
    expect(actionsFrom(CaseState.FINALIZED)).toEqual([CaseAction.RATE, CaseAction.SUBMIT_COMPLETION_REPORT]);
    expect(actionsFrom(CaseState.CLOSED)).toEqual([CaseAction.RATE]);
  });

  it('registers only once', () => {
    for (const state of Object.values(CaseState)) {
      expect(thrown(() => applyTransition(snapshotIn(state), CaseAction.REGISTER, validInput(snapshotIn(state), CaseAction.REGISTER), TODAY)).code).toBe(
        ErrorCode.INVALID_TRANSITION,
      );
    }
  });
});
