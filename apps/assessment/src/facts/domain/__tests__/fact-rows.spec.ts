import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type CaseFactEvent, caseEnding, caseFactRow } from '../fact-rows.js';

/** A case's fact event of the older shape: no ending, no review results (and, for the facts held, no close reason). */
function oldEvent(overrides: Partial<CaseFactEvent>): CaseFactEvent {
  return {
    caseId: '00000000-0000-4000-8000-000000000001',
    number: 'XF1',
    version: 3,
    toState: 'CLOSED',
    problemJurisdictionId: '00000000-0000-4000-8000-000000000002',
    problemJurisdictionPath: '510000.510100.510104',
    kind: 'CLAIM',
    channel: 'VISIT',
    categoryId: '00000000-0000-4000-8000-000000000003',
    firstPetition: true,
    levelSkipping: false,
    collective: false,
    personCount: 1,
    leaderOwnerId: null,
    receptionId: null,
    registeredOn: '2026-03-02',
    finishedOn: '2026-04-01',
    rating: null,
    outcome: null,
    declineReason: null,
    stages: [],
    ...overrides,
  };
}

const STATES = ['REGISTERED', 'ROUTED', 'RECEIVED', 'ACCEPTED', 'DECIDED', 'DELIVERED', 'IN_REVIEW', 'REVIEWED', 'IN_REEXAMINATION', 'FINALIZED', 'CLOSED'];
const KINDS = ['CLAIM', 'SUGGESTION', 'ACCUSATION'];
const OUTCOMES = [null, 'SUPPORTS', 'PARTLY_SUPPORTS', 'EXPLAINS', 'DOES_NOT_SUPPORT'];
const DECLINES = [null, 'ARBITRATION', 'BEING_HANDLED', 'NOT_A_PETITION'];

describe('caseEnding', () => {
  it('takes the ending as the event states it', () => {
    const event = oldEvent({ ending: 'MEDIATED', final: false, reviewResult: null, reexaminationResult: null, toState: 'CLOSED' });
    expect(caseEnding(event)).toEqual({ ending: 'MEDIATED', final: false, reviewResult: null, reexaminationResult: null });
    const reexamined = oldEvent({
      ending: 'DECIDED',
      final: true,
      reviewResult: 'UPHELD',
      reexaminationResult: 'CHANGED',
      toState: 'FINALIZED',
      outcome: 'SUPPORTS',
    });
    expect(caseFactRow(reexamined)).toMatchObject({ ending: 'DECIDED', final: true, review_result: 'UPHELD', reexamination_result: 'CHANGED' });
  });

  it('derives the ending of an older event from its decline reason, close reason, outcome and state', () => {
    const cases: [Partial<CaseFactEvent>, ReturnType<typeof caseEnding>['ending'], boolean][] = [
      [{ declineReason: 'ARBITRATION' }, 'DECLINED', false],
      [{ declineReason: 'BEING_HANDLED' }, 'DECLINED', false],
      [{ closeReason: 'WITHDRAWN' }, 'WITHDRAWN', false],
      [{ closeReason: 'MEDIATED' }, 'MEDIATED', false],
      [{ closeReason: 'COMPLETED', kind: 'SUGGESTION', outcome: 'EXPLAINS' }, 'ANSWERED', false],
      [{ closeReason: 'WINDOW_LAPSED', outcome: 'SUPPORTS' }, 'DECIDED', true],
      [{ toState: 'DELIVERED', outcome: 'PARTLY_SUPPORTS', finishedOn: null }, 'DECIDED', false],
      [{ toState: 'FINALIZED', outcome: 'DOES_NOT_SUPPORT' }, 'DECIDED', true],
      [{ toState: 'ACCEPTED', finishedOn: null }, null, false],
      // Held facts had no close reason: a closed case after a decision is a lapsed claim or an answered suggestion …
      [{ outcome: 'SUPPORTS' }, 'DECIDED', true],
      [{ outcome: 'EXPLAINS', kind: 'ACCUSATION' }, 'ANSWERED', false],
      // … and one closed without a decision, mediated or withdrawn, cannot be told: unknown.
      [{}, null, false],
    ];
    for (const [overrides, ending, final] of cases) {
      expect([overrides, caseEnding(oldEvent(overrides))]).toEqual([overrides, { ending, final, reviewResult: null, reexaminationResult: null }]);
    }
  });

  it('derives the same ending without a close reason as with the one the lifecycle gives a case closed after a decision', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...OUTCOMES.filter((o) => o !== null)), (kind, outcome) => {
        // A claim closed after its reply is closed by its lapsed window; a suggestion or accusation as completed.
        const closeReason = kind === 'CLAIM' ? 'WINDOW_LAPSED' : 'COMPLETED';
        expect(caseEnding(oldEvent({ kind, outcome }))).toEqual(caseEnding(oldEvent({ kind, outcome, closeReason })));
      }),
    );
  });

  it('never calls a declined or unfinished case decided, and only a final state or lapsed window final', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...OUTCOMES),
        fc.constantFrom(...DECLINES),
        (toState, kind, outcome, declineReason) => {
          const { ending, final } = caseEnding(oldEvent({ toState, kind, outcome, declineReason }));
          if (declineReason !== null) expect(ending).toBe('DECLINED');
          if (outcome === null && declineReason === null) expect(ending).toBeNull();
          expect(final).toBe(toState === 'FINALIZED' || (toState === 'CLOSED' && outcome !== null && kind === 'CLAIM'));
        },
      ),
    );
  });
});
