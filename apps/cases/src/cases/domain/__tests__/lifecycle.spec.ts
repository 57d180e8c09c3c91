import { describe, expect, it } from '@jest/globals';
import { isoDate, type IsoDate, plusDays } from '#common/calendar';
import { ErrorCode } from '#common/errors';
import {
  type ActionInputs,
  applyTransition,
  CaseAction,
  CaseKind,
  type CaseSnapshot,
  CaseState,
  Channel,
  CloseReason,
  CompletionReportStatus,
  DecisionOutcome,
  DeclineReason,
  OpinionResult,
  Rating,
  register,
  RouteMode,
  type TransitionResult,
} from '../index.js';
import { snapshotIn, thrown, TODAY, validInput } from './fixtures.js';

const d = (value: string): IsoDate => isoDate(value);

/** Applies steps in order and returns every result, so that each clock change can be asserted. */
function run(start: CaseSnapshot, steps: Array<[CaseAction, unknown, IsoDate]>): TransitionResult[] {
  const results: TransitionResult[] = [];
  let snapshot = start;
  for (const [action, input, today] of steps) {
    const result = applyTransition(snapshot, action, input as ActionInputs[typeof action], today);
    results.push(result);
    snapshot = result.snapshot;
  }
  return results;
}

const summary = (r: TransitionResult) => [r.action, r.snapshot.state, r.stopped, r.started];

describe('a claim through every level', () => {
  it('goes from registration to finalization with each clock stopped and started', () => {
    const registered = register({ kind: CaseKind.CLAIM, channel: Channel.VISIT });
    expect(registered.snapshot.state).toBe(CaseState.REGISTERED);
    expect(registered.started).toEqual(['ROUTE']);

    const results = run(registered.snapshot, [
      [CaseAction.ROUTE, { mode: RouteMode.TRANSFER }, d('2025-01-06')],
      [CaseAction.RECEIVE, undefined, d('2025-01-07')],
      [CaseAction.ACCEPT, undefined, d('2025-01-10')],
      [CaseAction.EXTEND, { days: 30, approver: '县信访局局长', reason: '涉及多部门', handleDeadline: d('2025-03-11') }, d('2025-03-01')],
      [CaseAction.DECIDE, { outcome: DecisionOutcome.PARTLY_SUPPORTS, text: '部分支持。' }, d('2025-04-01')],
      [CaseAction.DELIVER, undefined, d('2025-04-03')],
      [CaseAction.RATE, { rating: Rating.DISSATISFIED }, d('2025-04-05')],
      [CaseAction.REQUEST_REVIEW, { windowDeadline: d('2025-05-06') }, d('2025-04-20')],
      [
        CaseAction.DECIDE_REVIEW,
        { outcome: DecisionOutcome.DOES_NOT_SUPPORT, text: '变更原处理意见，不予支持。', result: OpinionResult.CHANGED },
        d('2025-05-15'),
      ],
      [CaseAction.REQUEST_REEXAMINATION, { windowDeadline: d('2025-06-16') }, d('2025-06-01')],
      [CaseAction.RECORD_HEARING, { from: d('2025-06-10'), to: d('2025-06-12') }, d('2025-06-12')],
      [CaseAction.DECIDE_REEXAMINATION, { outcome: DecisionOutcome.DOES_NOT_SUPPORT, text: '维持复查意见。', result: OpinionResult.UPHELD }, d('2025-07-01')],
    ]);

    expect(results.map(summary)).toEqual([
      [CaseAction.ROUTE, CaseState.ROUTED, ['ROUTE'], ['RECEIVE']],
      [CaseAction.RECEIVE, CaseState.RECEIVED, ['RECEIVE'], ['OBJECT', 'NOTIFY']],
      [CaseAction.ACCEPT, CaseState.ACCEPTED, ['OBJECT', 'NOTIFY'], ['HANDLE']],
      [CaseAction.EXTEND, CaseState.ACCEPTED, [], []],
      [CaseAction.DECIDE, CaseState.DECIDED, ['HANDLE'], []],
      [CaseAction.DELIVER, CaseState.DELIVERED, [], ['REVIEW_WINDOW']],
      [CaseAction.RATE, CaseState.DELIVERED, [], []],
      [CaseAction.REQUEST_REVIEW, CaseState.IN_REVIEW, ['REVIEW_WINDOW'], ['REVIEW']],
      [CaseAction.DECIDE_REVIEW, CaseState.REVIEWED, ['REVIEW'], ['REEXAMINATION_WINDOW']],
      [CaseAction.REQUEST_REEXAMINATION, CaseState.IN_REEXAMINATION, ['REEXAMINATION_WINDOW'], ['REEXAMINATION']],
      [CaseAction.RECORD_HEARING, CaseState.IN_REEXAMINATION, [], []],
      [CaseAction.DECIDE_REEXAMINATION, CaseState.FINALIZED, ['REEXAMINATION'], []],
    ]);
    expect(results[3]!.extended).toBe('HANDLE');
    expect(results[10]!.paused).toEqual({ stage: 'REEXAMINATION', period: ['2025-06-10', '2025-06-12'] });

    const final = results.at(-1)!.snapshot;
    expect(final).toMatchObject({
      state: CaseState.FINALIZED,
      openStages: [],
      extensionUsed: true,
      rating: Rating.DISSATISFIED,
      outcome: DecisionOutcome.DOES_NOT_SUPPORT,
      reviewResult: OpinionResult.CHANGED,
      reexaminationResult: OpinionResult.UPHELD,
      hearings: [['2025-06-10', '2025-06-12']],
    });
    // Nothing more happens to a finalized matter; the rating was already given.
    for (const action of Object.values(CaseAction)) {
      expect(thrown(() => applyTransition(final, action, validInput(final, action), d('2025-07-02'))).code).toBe(ErrorCode.INVALID_TRANSITION);
    }
  });

  it('routes on from a receiving petition office to a unit', () => {
    const { snapshot } = register({ kind: CaseKind.CLAIM, channel: Channel.LETTER });
    const results = run(snapshot, [
      [CaseAction.ROUTE, { mode: RouteMode.TRANSFER }, TODAY],
      [CaseAction.RECEIVE, undefined, TODAY],
      [CaseAction.ROUTE, { mode: RouteMode.ASSIGN, completionReportDue: plusDays(TODAY, 40) }, TODAY],
      [CaseAction.RECEIVE, undefined, TODAY],
      [CaseAction.ACCEPT, undefined, TODAY],
    ]);
    expect(results[2]!.stopped).toEqual(['OBJECT', 'NOTIFY']);
    expect(results.at(-1)!.snapshot).toMatchObject({ state: CaseState.ACCEPTED, assigned: true, openStages: ['HANDLE'] });
  });
});

describe('an assigned case sent back once', () => {
  it('is handled again and becomes final when the window lapses after the report', () => {
    const { snapshot } = register({ kind: CaseKind.CLAIM, channel: Channel.HOTLINE });
    const results = run(snapshot, [
      [CaseAction.ROUTE, { mode: RouteMode.ASSIGN, completionReportDue: d('2025-03-31') }, d('2025-01-06')],
      [CaseAction.RECEIVE, undefined, d('2025-01-06')],
      [CaseAction.ACCEPT, undefined, d('2025-01-08')],
      [CaseAction.DECIDE, { outcome: DecisionOutcome.EXPLAINS, text: '解释说明。' }, d('2025-02-20')],
      [CaseAction.DELIVER, undefined, d('2025-02-21')],
      [CaseAction.SUBMIT_COMPLETION_REPORT, undefined, d('2025-02-24')],
      [CaseAction.SEND_BACK, { reason: '未见调查笔录', completionReportDue: d('2025-04-15') }, d('2025-02-26')],
      [CaseAction.DECIDE, { outcome: DecisionOutcome.SUPPORTS, text: '予以支持。' }, d('2025-03-20')],
      [CaseAction.DELIVER, undefined, d('2025-03-21')],
      [CaseAction.SUBMIT_COMPLETION_REPORT, undefined, d('2025-03-24')],
      [CaseAction.LAPSE, { windowDeadline: d('2025-04-21') }, d('2025-04-22')],
    ]);
    expect(results.map((r) => [r.action, r.snapshot.state, r.snapshot.completionReport])).toEqual([
      [CaseAction.ROUTE, CaseState.ROUTED, CompletionReportStatus.NONE],
      [CaseAction.RECEIVE, CaseState.RECEIVED, CompletionReportStatus.NONE],
      [CaseAction.ACCEPT, CaseState.ACCEPTED, CompletionReportStatus.NONE],
      [CaseAction.DECIDE, CaseState.DECIDED, CompletionReportStatus.NONE],
      [CaseAction.DELIVER, CaseState.DELIVERED, CompletionReportStatus.NONE],
      [CaseAction.SUBMIT_COMPLETION_REPORT, CaseState.DELIVERED, CompletionReportStatus.SUBMITTED],
      [CaseAction.SEND_BACK, CaseState.ACCEPTED, CompletionReportStatus.SENT_BACK],
      [CaseAction.DECIDE, CaseState.DECIDED, CompletionReportStatus.SENT_BACK],
      [CaseAction.DELIVER, CaseState.DELIVERED, CompletionReportStatus.SENT_BACK],
      [CaseAction.SUBMIT_COMPLETION_REPORT, CaseState.DELIVERED, CompletionReportStatus.SUBMITTED],
      [CaseAction.LAPSE, CaseState.FINALIZED, CompletionReportStatus.SUBMITTED],
    ]);
    expect(results[6]!.stopped).toEqual(['REVIEW_WINDOW']);
    expect(results[6]!.started).toEqual(['HANDLE']);
    expect(results.at(-1)!.snapshot).toMatchObject({ sendBackCount: 1, closeReason: CloseReason.WINDOW_LAPSED, openStages: [] });
  });

  it('cannot close before the completion report is in', () => {
    const before = snapshotIn(CaseState.DELIVERED, { assigned: true, kind: CaseKind.SUGGESTION, openStages: [] });
    const error = thrown(() => applyTransition(before, CaseAction.CLOSE, { reason: CloseReason.COMPLETED }, TODAY));
    expect(error.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(error.message).toContain('办结报告');
  });

  it('cannot submit a report for a transferred case, nor twice, nor send back what was not submitted', () => {
    expect(thrown(() => applyTransition(snapshotIn(CaseState.DELIVERED), CaseAction.SUBMIT_COMPLETION_REPORT, undefined, TODAY)).code).toBe(
      ErrorCode.INVALID_TRANSITION,
    );
    const submitted = snapshotIn(CaseState.DELIVERED, { assigned: true, completionReport: CompletionReportStatus.SUBMITTED });
    expect(thrown(() => applyTransition(submitted, CaseAction.SUBMIT_COMPLETION_REPORT, undefined, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
    const owed = snapshotIn(CaseState.DELIVERED, { assigned: true });
    expect(thrown(() => applyTransition(owed, CaseAction.SEND_BACK, validInput(owed, CaseAction.SEND_BACK), TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
  });
});

describe('the rules beyond the state', () => {
  it('extends once, only while the handling clock runs and before it expires', () => {
    const accepted = snapshotIn(CaseState.ACCEPTED);
    const input = validInput(accepted, CaseAction.EXTEND);
    const extended = applyTransition(accepted, CaseAction.EXTEND, input, TODAY).snapshot;
    const second = thrown(() => applyTransition(extended, CaseAction.EXTEND, input, TODAY));
    expect(second.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(second.message).toContain('只能延长一次');
    expect(thrown(() => applyTransition(accepted, CaseAction.EXTEND, { ...input, handleDeadline: plusDays(TODAY, -1) }, TODAY)).code).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
    expect(thrown(() => applyTransition(accepted, CaseAction.EXTEND, { ...input, days: 31 }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => applyTransition(accepted, CaseAction.EXTEND, { ...input, approver: ' ' }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    const paused = snapshotIn(CaseState.ACCEPTED, { openStages: [] });
    expect(thrown(() => applyTransition(paused, CaseAction.EXTEND, input, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it('takes a review request up to and including the last day of the window', () => {
    const delivered = snapshotIn(CaseState.DELIVERED);
    expect(applyTransition(delivered, CaseAction.REQUEST_REVIEW, { windowDeadline: TODAY }, TODAY).snapshot.state).toBe(CaseState.IN_REVIEW);
    const late = thrown(() => applyTransition(delivered, CaseAction.REQUEST_REVIEW, { windowDeadline: plusDays(TODAY, -1) }, TODAY));
    expect(late.code).toBe(ErrorCode.DEADLINE_PASSED);
    expect(late.message).toBe('申请复查期限已于 2025-03-09 届满');
    const reviewed = snapshotIn(CaseState.REVIEWED);
    expect(thrown(() => applyTransition(reviewed, CaseAction.REQUEST_REEXAMINATION, { windowDeadline: plusDays(TODAY, -1) }, TODAY)).code).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
  });

  it('offers review only for claims; a suggestion closes once answered', () => {
    const { snapshot } = register({ kind: CaseKind.SUGGESTION, channel: Channel.ONLINE });
    const decided = snapshotIn(CaseState.DECIDED, { kind: snapshot.kind });
    const delivered = applyTransition(decided, CaseAction.DELIVER, undefined, TODAY);
    expect(delivered.started).toEqual([]);
    expect(delivered.snapshot.openStages).toEqual([]);
    expect(thrown(() => applyTransition(delivered.snapshot, CaseAction.REQUEST_REVIEW, { windowDeadline: TODAY }, TODAY)).code).toBe(
      ErrorCode.INVALID_TRANSITION,
    );
    expect(thrown(() => applyTransition(delivered.snapshot, CaseAction.CLOSE, { reason: CloseReason.WINDOW_LAPSED }, TODAY)).code).toBe(
      ErrorCode.INVALID_TRANSITION,
    );
    const closed = applyTransition(delivered.snapshot, CaseAction.CLOSE, { reason: CloseReason.COMPLETED }, TODAY);
    expect(closed.snapshot).toMatchObject({ state: CaseState.CLOSED, closeReason: CloseReason.COMPLETED });
  });

  it('never lets an office close a delivered claim; the lapse of its window finalizes it once the last day is over', () => {
    const delivered = snapshotIn(CaseState.DELIVERED);
    const byHand = thrown(() => applyTransition(delivered, CaseAction.CLOSE, { reason: CloseReason.WINDOW_LAPSED }, TODAY));
    expect(byHand.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(byHand.message).toContain('系统自动终结');
    expect(thrown(() => applyTransition(delivered, CaseAction.CLOSE, { reason: CloseReason.COMPLETED }, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
    const early = thrown(() => applyTransition(delivered, CaseAction.LAPSE, { windowDeadline: TODAY }, TODAY));
    expect(early.code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(early.message).toContain('尚未届满');
    const lapsed = applyTransition(delivered, CaseAction.LAPSE, { windowDeadline: plusDays(TODAY, -1) }, TODAY);
    expect(lapsed.stopped).toEqual(['REVIEW_WINDOW']);
    expect(lapsed.snapshot).toMatchObject({ state: CaseState.FINALIZED, closeReason: CloseReason.WINDOW_LAPSED, openStages: [] });
    const reviewed = snapshotIn(CaseState.REVIEWED);
    expect(thrown(() => applyTransition(reviewed, CaseAction.CLOSE, { reason: CloseReason.WINDOW_LAPSED }, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
    const reLapsed = applyTransition(reviewed, CaseAction.LAPSE, { windowDeadline: plusDays(TODAY, -1) }, TODAY);
    expect(reLapsed.stopped).toEqual(['REEXAMINATION_WINDOW']);
    expect(reLapsed.snapshot.state).toBe(CaseState.FINALIZED);
    // A suggestion's reply opens no window: nothing lapses, it is answered and closed.
    const suggestion = snapshotIn(CaseState.DELIVERED, { kind: CaseKind.SUGGESTION, openStages: [] });
    expect(thrown(() => applyTransition(suggestion, CaseAction.LAPSE, { windowDeadline: plusDays(TODAY, -1) }, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it('still takes the completion report an assigned claim owes after its window lapsed', () => {
    const lapsed = snapshotIn(CaseState.FINALIZED, { assigned: true, closeReason: CloseReason.WINDOW_LAPSED });
    const reported = applyTransition(lapsed, CaseAction.SUBMIT_COMPLETION_REPORT, undefined, TODAY);
    expect(reported.snapshot).toMatchObject({ state: CaseState.FINALIZED, completionReport: CompletionReportStatus.SUBMITTED });
  });

  it('rates once, and only after a reply was delivered', () => {
    const delivered = snapshotIn(CaseState.DELIVERED);
    const rated = applyTransition(delivered, CaseAction.RATE, { rating: Rating.SATISFIED }, TODAY).snapshot;
    expect(rated.rating).toBe(Rating.SATISFIED);
    expect(thrown(() => applyTransition(rated, CaseAction.RATE, { rating: Rating.DISSATISFIED }, TODAY)).message).toContain('只能评价一次');
    const declined = snapshotIn(CaseState.CLOSED, { delivered: false, declineReason: DeclineReason.NOT_A_PETITION });
    expect(thrown(() => applyTransition(declined, CaseAction.RATE, { rating: Rating.SATISFIED }, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
    expect(thrown(() => applyTransition(delivered, CaseAction.RATE, { rating: 'GOOD' as Rating }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    const finalized = snapshotIn(CaseState.FINALIZED);
    expect(applyTransition(finalized, CaseAction.RATE, { rating: Rating.BASICALLY_SATISFIED }, TODAY).snapshot.state).toBe(CaseState.FINALIZED);
  });

  it('objects within five working days of receipt, or any time before signing for', () => {
    const received = snapshotIn(CaseState.RECEIVED);
    const back = applyTransition(received, CaseAction.OBJECT, { reason: '不属于本单位职责', windowDeadline: TODAY }, TODAY);
    expect(back.snapshot.state).toBe(CaseState.REGISTERED);
    expect(back.started).toEqual(['ROUTE']);
    expect(thrown(() => applyTransition(received, CaseAction.OBJECT, { reason: '不属于本单位职责', windowDeadline: plusDays(TODAY, -1) }, TODAY)).code).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
    expect(thrown(() => applyTransition(received, CaseAction.OBJECT, { reason: '', windowDeadline: TODAY }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    const routed = snapshotIn(CaseState.ROUTED);
    expect(applyTransition(routed, CaseAction.OBJECT, { reason: '不属于本单位职责' }, TODAY).stopped).toEqual(['RECEIVE']);
  });

  it('separates only claims into legal procedures, and wants a reason for OTHER', () => {
    const claim = snapshotIn(CaseState.RECEIVED);
    expect(applyTransition(claim, CaseAction.DECLINE, { reason: DeclineReason.ARBITRATION }, TODAY).snapshot.declineReason).toBe(DeclineReason.ARBITRATION);
    const accusation = snapshotIn(CaseState.RECEIVED, { kind: CaseKind.ACCUSATION });
    expect(thrown(() => applyTransition(accusation, CaseAction.DECLINE, { reason: DeclineReason.LITIGATION }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => applyTransition(claim, CaseAction.DECLINE, { reason: DeclineReason.OTHER }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    expect(applyTransition(claim, CaseAction.DECLINE, { reason: DeclineReason.OTHER, note: '匿名且无具体事项' }, TODAY).snapshot.state).toBe(CaseState.CLOSED);
  });

  it('assigns only with a completion-report date in the future, and transfers without one', () => {
    const registered = snapshotIn(CaseState.REGISTERED);
    expect(thrown(() => applyTransition(registered, CaseAction.ROUTE, { mode: RouteMode.ASSIGN }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => applyTransition(registered, CaseAction.ROUTE, { mode: RouteMode.ASSIGN, completionReportDue: TODAY }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
    expect(thrown(() => applyTransition(registered, CaseAction.ROUTE, { mode: RouteMode.TRANSFER, completionReportDue: plusDays(TODAY, 9) }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
  });

  it('records hearings that do not overlap', () => {
    const reexamining = snapshotIn(CaseState.IN_REEXAMINATION);
    const once = applyTransition(reexamining, CaseAction.RECORD_HEARING, { from: d('2025-03-03'), to: d('2025-03-04') }, TODAY).snapshot;
    const twice = applyTransition(once, CaseAction.RECORD_HEARING, { from: d('2025-03-06'), to: d('2025-03-06') }, TODAY).snapshot;
    expect(twice.hearings).toEqual([
      ['2025-03-03', '2025-03-04'],
      ['2025-03-06', '2025-03-06'],
    ]);
    expect(thrown(() => applyTransition(twice, CaseAction.RECORD_HEARING, { from: d('2025-03-04'), to: d('2025-03-05') }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
    expect(thrown(() => applyTransition(twice, CaseAction.RECORD_HEARING, { from: d('2025-03-09'), to: d('2025-03-08') }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
  });

  it('wants a decision text and a known outcome', () => {
    const accepted = snapshotIn(CaseState.ACCEPTED);
    expect(thrown(() => applyTransition(accepted, CaseAction.DECIDE, { outcome: DecisionOutcome.SUPPORTS, text: '  ' }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
    expect(thrown(() => applyTransition(accepted, CaseAction.DECIDE, { outcome: 'MAYBE' as DecisionOutcome, text: '意见' }, TODAY)).code).toBe(
      ErrorCode.VALIDATION,
    );
  });

  it('refuses an unknown kind or channel at registration', () => {
    expect(thrown(() => register({ kind: 'OTHER' as CaseKind, channel: Channel.LETTER })).code).toBe(ErrorCode.VALIDATION);
    expect(thrown(() => register({ kind: CaseKind.CLAIM, channel: 'FAX' as Channel })).code).toBe(ErrorCode.VALIDATION);
  });
});

describe('reporting a matter up (上报)', () => {
  it("keeps the case registered, stops the holder's route clock and starts one for the office above", () => {
    const registered = register({ kind: CaseKind.CLAIM, channel: Channel.VISIT }).snapshot;
    const result = applyTransition(registered, CaseAction.REPORT_UP, { reason: '属区级部门职责' }, TODAY);
    expect(summary(result)).toEqual([CaseAction.REPORT_UP, CaseState.REGISTERED, ['ROUTE'], ['ROUTE']]);
    expect(result.snapshot.openStages).toEqual(['ROUTE']);
  });

  it('wants a reason, and only a registered case that has not been routed on may go up', () => {
    expect(thrown(() => applyTransition(snapshotIn(CaseState.REGISTERED), CaseAction.REPORT_UP, { reason: ' ' }, TODAY)).code).toBe(ErrorCode.VALIDATION);
    // A case received from above goes back by objection (异议退回), not up.
    for (const state of [CaseState.ROUTED, CaseState.RECEIVED, CaseState.ACCEPTED]) {
      expect(thrown(() => applyTransition(snapshotIn(state), CaseAction.REPORT_UP, { reason: '超出职权' }, TODAY)).code).toBe(ErrorCode.INVALID_TRANSITION);
    }
  });
});

describe('review and re-examination results (维持/变更/撤销)', () => {
  const inReview = snapshotIn(CaseState.IN_REVIEW, { outcome: DecisionOutcome.PARTLY_SUPPORTS });

  it('records the result against the opinion in force', () => {
    const upheld = applyTransition(
      inReview,
      CaseAction.DECIDE_REVIEW,
      { outcome: DecisionOutcome.PARTLY_SUPPORTS, text: '维持。', result: OpinionResult.UPHELD },
      TODAY,
    );
    expect(upheld.snapshot).toMatchObject({ reviewResult: OpinionResult.UPHELD, reexaminationResult: null, outcome: DecisionOutcome.PARTLY_SUPPORTS });
    const revoked = applyTransition(
      inReview,
      CaseAction.DECIDE_REVIEW,
      { outcome: DecisionOutcome.SUPPORTS, text: '撤销原意见，予以支持。', result: OpinionResult.REVOKED },
      TODAY,
    );
    expect(revoked.snapshot).toMatchObject({ reviewResult: OpinionResult.REVOKED, outcome: DecisionOutcome.SUPPORTS });
    const reexamined = applyTransition(
      snapshotIn(CaseState.IN_REEXAMINATION, { outcome: DecisionOutcome.SUPPORTS, reviewResult: OpinionResult.REVOKED }),
      CaseAction.DECIDE_REEXAMINATION,
      { outcome: DecisionOutcome.SUPPORTS, text: '变更复查意见的支持范围。', result: OpinionResult.CHANGED },
      TODAY,
    );
    expect(reexamined.snapshot).toMatchObject({ reviewResult: OpinionResult.REVOKED, reexaminationResult: OpinionResult.CHANGED });
  });

  it('requires a result, and 维持 only with the reviewed conclusion', () => {
    const missing = thrown(() => applyTransition(inReview, CaseAction.DECIDE_REVIEW, { outcome: DecisionOutcome.SUPPORTS, text: '支持。' } as never, TODAY));
    expect(missing.code).toBe(ErrorCode.VALIDATION);
    const contradiction = thrown(() =>
      applyTransition(inReview, CaseAction.DECIDE_REVIEW, { outcome: DecisionOutcome.SUPPORTS, text: '支持。', result: OpinionResult.UPHELD }, TODAY),
    );
    expect(contradiction.code).toBe(ErrorCode.VALIDATION);
    expect(contradiction.message).toContain('部分支持');
  });
});
