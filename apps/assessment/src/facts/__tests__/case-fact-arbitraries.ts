import fc from 'fast-check';
import type { CaseFactEvent } from '../domain/fact-rows.js';
import type { AssessmentHarness } from './assessment-harness.js';

/** The day `n` days after 2026-01-01 (before it when negative). */
export const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Days around the month and quarter ends of 2025–2026, where a period begins or ends. */
const BOUNDARY_DAYS = [-366, -365, -306, -305, -1, 0, 1, 30, 31, 58, 59, 89, 90, 180, 181, 272, 273, 303, 304];

/** One version of a case's fact event: dates around period boundaries, every ending, rating and clock outcome. */
export const caseVersion = fc.record({
  version: fc.integer({ min: 1, max: 6 }),
  registered: fc.oneof(fc.constantFrom(...BOUNDARY_DAYS), fc.integer({ min: -420, max: 320 })),
  finishedAfter: fc.option(fc.oneof(fc.integer({ min: -2, max: 70 }), fc.integer({ min: 71, max: 400 }))),
  notifyDone: fc.option(fc.integer({ min: 0, max: 25 })),
  handleDone: fc.option(fc.integer({ min: 0, max: 90 })),
  kind: fc.constantFrom('CLAIM', 'SUGGESTION'),
  channel: fc.constantFrom('VISIT', 'LETTER'),
  firstPetition: fc.boolean(),
  levelSkipping: fc.boolean(),
  personCount: fc.integer({ min: 1, max: 9 }),
  leader: fc.boolean(),
  reception: fc.boolean(),
  reviewed: fc.boolean(),
  rating: fc.constantFrom(null, 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'),
  outcome: fc.constantFrom(null, 'SUPPORTS', 'NOT_SUPPORTED'),
  ending: fc.constantFrom(null, 'DECIDED', 'MEDIATED', 'WITHDRAWN', 'DECLINED', 'ANSWERED'),
});
export type CaseVersion = typeof caseVersion extends fc.Arbitrary<infer T> ? T : never;

/** The fact event of one version of a case under a problem jurisdiction (notice due in 15 days, handling in 60). */
export function caseFactOf<K extends string>(h: AssessmentHarness<K>, caseId: string, problem: K, v: CaseVersion): CaseFactEvent {
  const registeredOn = day(v.registered);
  return {
    ...h.caseFact(problem),
    caseId,
    number: `XF${caseId.slice(-8)}`,
    version: v.version,
    toState: v.finishedAfter === null ? 'HANDLING' : 'CLOSED',
    kind: v.kind,
    channel: v.channel,
    firstPetition: v.firstPetition,
    levelSkipping: v.levelSkipping,
    collective: v.personCount >= 5,
    personCount: v.personCount,
    leaderOwnerId: v.leader ? '7f000000-0000-4000-8000-0000000000b1' : null,
    receptionId: v.reception ? '7f000000-0000-4000-8000-0000000000b2' : null,
    registeredOn,
    finishedOn: v.finishedAfter === null ? null : day(v.registered + v.finishedAfter),
    rating: v.rating,
    outcome: v.outcome,
    ending: v.ending as CaseFactEvent['ending'],
    stages: [
      {
        stage: 'NOTIFY',
        startedOn: registeredOn,
        deadline: day(v.registered + 15),
        stoppedOn: v.notifyDone === null ? null : day(v.registered + v.notifyDone),
      },
      {
        stage: 'HANDLE',
        startedOn: registeredOn,
        deadline: day(v.registered + 60),
        stoppedOn: v.handleDone === null ? null : day(v.registered + v.handleDone),
      },
      ...(v.reviewed ? [{ stage: 'REVIEW', startedOn: registeredOn, deadline: null, stoppedOn: null }] : []),
    ],
  };
}
