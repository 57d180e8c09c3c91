import { AppError, ErrorCode, validation } from '#common/errors';
import { CaseState, CloseReason, DECISION_OUTCOME_LABELS, type DecisionOutcome } from './case-state.js';

/**
 * Repeat petitions (重复信访) at registration. A registered case is a *strong match* of a new one
 * when it has a petitioner with the same identity and is about a similar matter:
 * - identity: the same resident ID number (its keyed hash). A phone is not an identity: families,
 *   village committees and agents share one, so a phone alone stays advisory (`repeatCandidates`).
 * - similar matter: a title nearly the same (similarity ≥ `SIMILAR_TITLE`), or, within the same
 *   content category, a title alike in part (≥ `SIMILAR_TITLE_SAME_CATEGORY`). The category alone
 *   does not make a matter the same: one person may petition about two housing problems, and a
 *   final matter refuses its repeats outright, so a false match would refuse a new petition.
 * A strong match must be resolved by the registrar (linked as a repeat, or registered as new with
 * a stated reason); a strong match whose matter is final refuses the registration whatever the
 * registrar says.
 */
export const SIMILAR_TITLE = 0.6;
export const SIMILAR_TITLE_SAME_CATEGORY = 0.3;

/** The longest reason a registrar gives for registering a strong match as a new matter. */
export const NEW_MATTER_REASON_MAX = 500;

/** Characters that carry meaning: no spaces, punctuation or symbols, full-width folded to half-width. */
function meaningful(text: string): string[] {
  return [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, ''),
  ];
}

/** The character bigrams of a text with their counts (a one-character text is its one character). */
function bigrams(text: string): Map<string, number> {
  const chars = meaningful(text);
  const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
  const counts = new Map<string, number>();
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/**
 * How alike two titles are, between 0 and 1: the Dice coefficient of their character bigrams,
 * which suits Chinese (no word breaks) and ignores spacing and punctuation.
 */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [gram, n] of y) {
    total += n;
    shared += Math.min(n, x.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface MatchEvidence {
  sameIdentity: boolean;
  sameCategory: boolean;
  titleSimilarity: number;
}

/** Whether a registered case is a strong match of the one being registered (see above). */
export function isStrongRepeatMatch(m: MatchEvidence): boolean {
  if (!m.sameIdentity) return false;
  return m.titleSimilarity >= SIMILAR_TITLE || (m.sameCategory && m.titleSimilarity >= SIMILAR_TITLE_SAME_CATEGORY);
}

/** A registered case as the registration's decision needs it. */
export interface RegisteredMatter {
  id: string;
  number: string;
  state: CaseState;
  registeredOn: string;
}

/** What the registrar said about a strong match. */
export interface RepeatResolutionInput {
  repeatOfId?: string | null;
  newMatterReason?: string | null;
}

export type RepeatDecision<M extends RegisteredMatter> =
  /** No strong match, and nothing said: a first petition. */
  | { action: 'FIRST' }
  /** Linked as a repeat of `repeatOfId` (whose own rules the registration still checks). */
  | { action: 'LINK'; repeatOfId: string }
  /** Registered as a new matter, for the reason given. */
  | { action: 'NEW'; reason: string }
  /** A strong match is final: the same matter is not accepted again. */
  | { action: 'REFUSE_FINAL'; match: M }
  /** Strong matches the registrar has not resolved. */
  | { action: 'REFUSE_UNRESOLVED'; matches: M[] };

/**
 * What a registration does about repeats, given its strong matches and the registrar's resolution.
 * A final match refuses whatever was said; otherwise a strong match needs a link or a reason.
 */
export function decideRepeat<M extends RegisteredMatter>(strongMatches: readonly M[], input: RepeatResolutionInput): RepeatDecision<M> {
  const reason = input.newMatterReason?.trim() || null;
  if (input.newMatterReason != null && !reason) throw validation('登记为新事项的理由不能为空');
  if (reason && reason.length > NEW_MATTER_REASON_MAX) throw validation(`登记为新事项的理由不得超过 ${NEW_MATTER_REASON_MAX} 字`);
  if (input.repeatOfId && reason) throw validation('同一登记不能既关联为重复信访，又登记为新事项');
  const final = strongMatches.find((m) => m.state === CaseState.FINALIZED);
  if (final) return { action: 'REFUSE_FINAL', match: final };
  if (input.repeatOfId) return { action: 'LINK', repeatOfId: input.repeatOfId };
  if (reason) return { action: 'NEW', reason };
  if (strongMatches.length) return { action: 'REFUSE_UNRESOLVED', matches: [...strongMatches] };
  return { action: 'FIRST' };
}

/** REPEAT_UNRESOLVED: the matching cases by id, number, state and registration day — nothing the caller could not read. */
export function repeatUnresolved(matches: readonly RegisteredMatter[]): AppError {
  const numbers = matches.map((m) => m.number).join('、');
  return new AppError(ErrorCode.REPEAT_UNRESOLVED, `该信访人已有相同或相似的信访事项（${numbers}）：请关联为重复信访，或说明登记为新事项的理由`, {
    matches: matches.map(({ id, number, state, registeredOn }) => ({ id, number, state, registeredOn })),
  });
}

/** A final matter as its refusal cites it. */
export interface FinalMatter {
  id: string;
  number: string;
  finishedOn: string | null;
  outcome: DecisionOutcome | null;
  decisionText: string | null;
  closeReason: CloseReason | null;
  /** The office that reviewed it (set once a review was requested). */
  reviewTenantId: string | null;
}

/**
 * ALREADY_FINALIZED (不再受理): the same facts are refused once re-examined (Art 36) and once the
 * petitioner let the review or re-examination window lapse (the decision then stands as final).
 */
export function alreadyFinalized(original: FinalMatter, deciderName: string | null): AppError {
  const details = {
    caseId: original.id,
    number: original.number,
    finishedOn: original.finishedOn,
    outcome: original.outcome,
    closeReason: original.closeReason,
  };
  const refusal = '信访人以同一事实和理由再次提出的信访事项不再受理';
  if (original.closeReason === CloseReason.WINDOW_LAPSED) {
    const [what, article] = original.reviewTenantId ? ['复查意见', '第三十六条'] : ['处理意见', '第三十五条'];
    return new AppError(
      ErrorCode.ALREADY_FINALIZED,
      `该事项（${original.number}）的${what}送达后，信访人未在《信访工作条例》${article}规定的期限内申请${original.reviewTenantId ? '复核' : '复查'}，` +
        `已于 ${original.finishedOn} 期限届满终结，${refusal}`,
      details,
    );
  }
  return new AppError(
    ErrorCode.ALREADY_FINALIZED,
    `该事项（${original.number}）已于 ${original.finishedOn} 经${deciderName ?? '复核机关'}复核终结` +
      `（${original.outcome ? DECISION_OUTCOME_LABELS[original.outcome] : '已终结'}：${excerpt(original.decisionText)}），` +
      `依《信访工作条例》第三十六条，${refusal}`,
    details,
  );
}

function excerpt(text: string | null): string {
  if (!text) return '';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
