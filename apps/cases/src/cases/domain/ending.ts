import { CaseEnding, CaseKind, CaseState, CloseReason, type CaseSnapshot } from './case-state.js';

export interface CaseEndingView {
  /** How the matter ended; null while it is open. */
  ending: CaseEnding | null;
  /** 终结: re-examined, or the petitioner let a review or re-examination window lapse. */
  final: boolean;
}

const ENDING_OF_CLOSE: Readonly<Partial<Record<CloseReason, CaseEnding>>> = {
  MEDIATED: CaseEnding.MEDIATED,
  WITHDRAWN: CaseEnding.WITHDRAWN,
  COMPLETED: CaseEnding.ANSWERED,
};

/**
 * How a case ended, from its state and fields: the one definition the case, its fact events and
 * the indicators built on them share. A claim counts as decided from its handling opinion on
 * (信访处理意见书), also while a review runs; a send-back withdraws the opinion, so it is open again.
 * Suggestions and accusations get no opinion to review: they end when answered and closed.
 */
export function caseEnding(kase: Pick<CaseSnapshot, 'state' | 'kind' | 'outcome' | 'declineReason' | 'closeReason'>): CaseEndingView {
  const final = kase.state === CaseState.FINALIZED || kase.closeReason === CloseReason.WINDOW_LAPSED;
  if (kase.declineReason !== null) return { ending: CaseEnding.DECLINED, final };
  const closed = kase.closeReason === null ? undefined : ENDING_OF_CLOSE[kase.closeReason];
  if (closed) return { ending: closed, final };
  if (kase.kind === CaseKind.CLAIM && kase.outcome !== null) return { ending: CaseEnding.DECIDED, final };
  return { ending: null, final };
}
