import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type IsoDate, type Stage, plusDays } from '#common/calendar';
import { AppError } from '#common/errors';
import { CaseAction, CaseKind, CaseState, CompletionReportStatus, Rating, SYSTEM_ACTIONS, actionsAllowedNow, actionsFrom, applyTransition } from '../index.js';
import { TODAY, snapshotIn, validInput } from './fixtures.js';

/** Where each step carries the deadline of the window it must fall into (the service fills it from the running clock). */
const WINDOW_FIELD: Partial<Record<CaseAction, [Stage, string]>> = {
  OBJECT: ['OBJECT', 'windowDeadline'],
  EXTEND: ['HANDLE', 'handleDeadline'],
  REQUEST_REVIEW: ['REVIEW_WINDOW', 'windowDeadline'],
  REQUEST_REEXAMINATION: ['REEXAMINATION_WINDOW', 'windowDeadline'],
};

const snapshots = fc
  .record({
    state: fc.constantFrom(...Object.values(CaseState)),
    kind: fc.constantFrom(...Object.values(CaseKind)),
    extensionUsed: fc.boolean(),
    assigned: fc.boolean(),
    completionReport: fc.constantFrom(...Object.values(CompletionReportStatus)),
    delivered: fc.boolean(),
    rating: fc.option(fc.constantFrom(...Object.values(Rating)), { nil: null }),
  })
  .map(({ state, ...overrides }) => snapshotIn(state, overrides));

/** Each window's last day, some days before or after today. */
const deadlines = fc.record({
  OBJECT: fc.integer({ min: -5, max: 5 }),
  HANDLE: fc.integer({ min: -5, max: 5 }),
  REVIEW_WINDOW: fc.integer({ min: -5, max: 5 }),
  REEXAMINATION_WINDOW: fc.integer({ min: -5, max: 5 }),
});

function attempt(snapshot: ReturnType<typeof snapshotIn>, action: CaseAction, deadlineOf: (stage: Stage) => IsoDate): 'accepted' | string {
  const input = { ...(validInput(snapshot, action, TODAY) as object) } as Record<string, unknown>;
  const window = WINDOW_FIELD[action];
  if (window) input[window[1]] = deadlineOf(window[0]);
  try {
    applyTransition(snapshot, action, input as never, TODAY);
    return 'accepted';
  } catch (error) {
    if (error instanceof AppError) return error.extensions.code as string;
    throw error;
  }
}

describe('the actions a case allows now', () => {
  it('are exactly the steps of the table that its transition accepts with a valid input', () => {
    fc.assert(
      fc.property(snapshots, deadlines, (snapshot, offsets) => {
        const deadlineOf = (stage: Stage) => plusDays(TODAY, offsets[stage as keyof typeof offsets] ?? 0);
        const allowed = actionsAllowedNow(snapshot, TODAY, deadlineOf);
        for (const action of actionsFrom(snapshot.state).filter((a) => !SYSTEM_ACTIONS.has(a))) {
          expect([action, attempt(snapshot, action, deadlineOf)]).toEqual([
            action,
            allowed.includes(action) ? 'accepted' : expect.stringMatching(/^(INVALID_TRANSITION|DEADLINE_PASSED)$/),
          ]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never offer the lapse of a window, which only the system records', () => {
    const delivered = snapshotIn(CaseState.DELIVERED, { kind: CaseKind.CLAIM });
    expect(actionsFrom(CaseState.DELIVERED)).toContain(CaseAction.LAPSE);
    expect(actionsAllowedNow(delivered, TODAY, () => plusDays(TODAY, -1))).not.toContain(CaseAction.LAPSE);
  });

  it('leave out an objection after its window, and a second extension', () => {
    const received = snapshotIn(CaseState.RECEIVED);
    expect(actionsAllowedNow(received, TODAY, () => TODAY)).toContain(CaseAction.OBJECT);
    expect(actionsAllowedNow(received, TODAY, () => plusDays(TODAY, -1))).not.toContain(CaseAction.OBJECT);
    const accepted = snapshotIn(CaseState.ACCEPTED);
    expect(actionsAllowedNow(accepted, TODAY, () => plusDays(TODAY, 10))).toEqual([CaseAction.EXTEND, CaseAction.DECIDE, CaseAction.DECLINE, CaseAction.CLOSE]);
    expect(actionsAllowedNow({ ...accepted, extensionUsed: true }, TODAY, () => plusDays(TODAY, 10))).toEqual([
      CaseAction.DECIDE,
      CaseAction.DECLINE,
      CaseAction.CLOSE,
    ]);
  });
});
