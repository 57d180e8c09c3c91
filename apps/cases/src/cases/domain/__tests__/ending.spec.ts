import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AppError } from '#common/errors';
import {
  actionsFrom,
  applyTransition,
  CaseAction,
  CaseEnding,
  caseEnding,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  CloseReason,
  DecisionOutcome,
  DeclineReason,
  register,
  TERMINAL_STATES,
} from '../index.js';
import { snapshotIn, TODAY, validInput } from './fixtures.js';

describe('how a case ended (caseEnding)', () => {
  it.each([
    ['an open claim', snapshotIn(CaseState.ACCEPTED), null, false],
    ['a claim decided, its reply not yet delivered', snapshotIn(CaseState.DECIDED, { outcome: DecisionOutcome.SUPPORTS }), CaseEnding.DECIDED, false],
    ['a claim under review', snapshotIn(CaseState.IN_REVIEW, { outcome: DecisionOutcome.EXPLAINS }), CaseEnding.DECIDED, false],
    [
      'a claim whose review window lapsed',
      snapshotIn(CaseState.CLOSED, { outcome: DecisionOutcome.DOES_NOT_SUPPORT, closeReason: CloseReason.WINDOW_LAPSED }),
      CaseEnding.DECIDED,
      true,
    ],
    ['a re-examined claim', snapshotIn(CaseState.FINALIZED, { outcome: DecisionOutcome.DOES_NOT_SUPPORT }), CaseEnding.DECIDED, true],
    ['a mediated claim', snapshotIn(CaseState.CLOSED, { closeReason: CloseReason.MEDIATED }), CaseEnding.MEDIATED, false],
    ['a withdrawn claim', snapshotIn(CaseState.CLOSED, { closeReason: CloseReason.WITHDRAWN }), CaseEnding.WITHDRAWN, false],
    ['a claim sent to arbitration', snapshotIn(CaseState.CLOSED, { declineReason: DeclineReason.ARBITRATION }), CaseEnding.DECLINED, false],
    ['a duplicate declined as being handled', snapshotIn(CaseState.CLOSED, { declineReason: DeclineReason.BEING_HANDLED }), CaseEnding.DECLINED, false],
    [
      'a suggestion answered and closed',
      snapshotIn(CaseState.CLOSED, { kind: CaseKind.SUGGESTION, outcome: DecisionOutcome.SUPPORTS, closeReason: CloseReason.COMPLETED }),
      CaseEnding.ANSWERED,
      false,
    ],
    ['a suggestion answered, not yet closed', snapshotIn(CaseState.DELIVERED, { kind: CaseKind.SUGGESTION, outcome: DecisionOutcome.SUPPORTS }), null, false],
  ])('%s', (_name, snapshot, ending, final) => {
    expect(caseEnding(snapshot)).toEqual({ ending, final });
  });

  /** Any path through the lifecycle with valid inputs. */
  const paths = fc.record({
    kind: fc.constantFrom(...Object.values(CaseKind)),
    choices: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  });
  const walk = (kind: CaseKind, choices: number[], visit: (before: CaseSnapshot, after: CaseSnapshot, action: CaseAction) => void) => {
    let snapshot = register({ kind, channel: Channel.LETTER }).snapshot;
    for (const choice of choices) {
      const allowed = actionsFrom(snapshot.state);
      if (!allowed.length) break;
      const action = allowed[choice % allowed.length]!;
      try {
        const next = applyTransition(snapshot, action, validInput(snapshot, action), TODAY).snapshot;
        visit(snapshot, next, action);
        snapshot = next;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
      }
    }
  };

  it('gives every finished case an ending, and an open one none unless a claim was decided', () => {
    fc.assert(
      fc.property(paths, ({ kind, choices }) =>
        walk(kind, choices, (_before, after) => {
          const { ending, final } = caseEnding(after);
          if (TERMINAL_STATES.has(after.state)) expect(ending).not.toBeNull();
          else if (ending !== null) expect([kind, ending, after.outcome !== null]).toEqual([CaseKind.CLAIM, CaseEnding.DECIDED, true]);
          // Only a claim becomes final, and only once it has a decision.
          if (final) expect([kind, ending]).toEqual([CaseKind.CLAIM, CaseEnding.DECIDED]);
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('never counts a decline, a withdrawal or a mediation as decided, and a finished case keeps its ending', () => {
    fc.assert(
      fc.property(paths, ({ kind, choices }) =>
        walk(kind, choices, (before, after, action) => {
          if (action === CaseAction.DECLINE) expect(caseEnding(after).ending).toBe(CaseEnding.DECLINED);
          if (TERMINAL_STATES.has(before.state)) expect(caseEnding(after)).toEqual(caseEnding(before));
        }),
      ),
      { numRuns: 300 },
    );
  });
});
