import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { plusDays } from '#common/calendar';
import { AppError, ErrorCode } from '#common/errors';
import {
  actionsFrom,
  type ActionInputs,
  applyTransition,
  CaseAction,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  findTransition,
  register,
  TERMINAL_STATES,
} from '../index.js';
import { TODAY, validInput } from './fixtures.js';

const STATES = new Set<string>(Object.values(CaseState));
const KNOWN_CODES = new Set<string>([ErrorCode.INVALID_TRANSITION, ErrorCode.VALIDATION, ErrorCode.DEADLINE_PASSED]);

/** One step: an action, with a valid input, garbage, or a date well past its windows. */
const step = fc.record({
  action: fc.constantFrom(...Object.values(CaseAction)),
  input: fc.constantFrom('valid', 'garbage', 'late'),
  dayOffset: fc.integer({ min: 0, max: 400 }),
});

const GIVING_UP = new Set<CaseAction>([CaseAction.CLOSE, CaseAction.DECLINE, CaseAction.OBJECT]);

describe('any sequence of actions', () => {
  it('follows the table or throws a known error, and a finished case only takes its rating', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(CaseKind)),
        fc.constantFrom(...Object.values(Channel)),
        fc.array(step, { maxLength: 40, size: 'medium' }),
        (kind, channel, steps) => {
          let snapshot: CaseSnapshot = register({ kind, channel }).snapshot;
          for (const { action, input, dayOffset } of steps) {
            const today = plusDays(TODAY, dayOffset);
            const valid = validInput(snapshot, action, today) as Record<string, unknown> | undefined;
            const given =
              input === 'valid'
                ? valid
                : input === 'garbage'
                  ? { text: 42, reason: null }
                  : valid && { ...valid, windowDeadline: plusDays(today, -1), handleDeadline: plusDays(today, -1) };
            const rule = findTransition(snapshot.state, action);
            let next: CaseSnapshot | undefined;
            try {
              const result = applyTransition(snapshot, action, given as ActionInputs[typeof action], today);
              next = result.snapshot;
              expect(rule).toBeDefined();
              expect(next.state).toBe(rule!.to);
              for (const stage of result.stopped) expect(snapshot.openStages).toContain(stage);
              expect(new Set(next.openStages).size).toBe(next.openStages.length);
            } catch (error) {
              expect(error).toBeInstanceOf(AppError);
              const code = (error as AppError).extensions.code as string;
              expect(KNOWN_CODES.has(code)).toBe(true);
              if (!rule) expect(code).toBe(ErrorCode.INVALID_TRANSITION);
            }
            if (next) {
              expect(STATES.has(next.state)).toBe(true);
              if (TERMINAL_STATES.has(snapshot.state)) {
                expect(action).toBe(CaseAction.RATE);
                expect(next.state).toBe(snapshot.state);
              }
              if (snapshot.rating !== null) expect(next.rating).toBe(snapshot.rating);
              if (snapshot.extensionUsed) expect(next.extensionUsed).toBe(true);
              snapshot = next;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reaches finalization and closure when choosing among the allowed actions', () => {
    const reached = new Set<CaseState>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.nat(), { minLength: 40, maxLength: 60 }), (persistent, choices) => {
        let snapshot = register({ kind: CaseKind.CLAIM, channel: Channel.LETTER }).snapshot;
        for (const choice of choices) {
          // A persistent petitioner never withdraws and no office gives up on the case.
          const allowed = actionsFrom(snapshot.state).filter((a) => !persistent || !GIVING_UP.has(a));
          if (!allowed.length) break;
          const action = allowed[choice % allowed.length]!;
          try {
            snapshot = applyTransition(snapshot, action, validInput(snapshot, action), TODAY).snapshot;
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
          }
          expect(STATES.has(snapshot.state)).toBe(true);
        }
        reached.add(snapshot.state);
      }),
      { numRuns: 300 },
    );
    expect(reached.has(CaseState.FINALIZED)).toBe(true);
    expect(reached.has(CaseState.CLOSED)).toBe(true);
  });
});
