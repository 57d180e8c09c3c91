import { validation } from '#common/errors';
import { roundPoints } from './scoring.js';
import { Grade } from './vocabulary.js';

/** The lowest total of each grade; below `fair` is POOR (较差). */
export interface GradeThresholds {
  excellent: number;
  good: number;
  fair: number;
}

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { excellent: 90, good: 80, fair: 60 };

export function validateGradeThresholds(thresholds: GradeThresholds): GradeThresholds {
  const { excellent, good, fair } = thresholds;
  if (![excellent, good, fair].every((x) => typeof x === 'number' && Number.isFinite(x)) || !(excellent > good && good > fair)) {
    throw validation('等次分数线须为数值，且优秀、良好、一般依次降低', { field: 'grades' });
  }
  return thresholds;
}

export function gradeOf(total: number, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): Grade {
  if (total >= thresholds.excellent) return Grade.EXCELLENT;
  if (total >= thresholds.good) return Grade.GOOD;
  if (total >= thresholds.fair) return Grade.FAIR;
  return Grade.POOR;
}

export interface Ranked<T> {
  entry: T;
  /** 1 for the best; equal scores share a rank and the next skips (1, 1, 3); null for no score. */
  rank: number | null;
}

/**
 * Competition ranking, best first (highest first unless `ascending`). Scores are compared at 2
 * decimals, so float noise never splits a tie; entries without a score come last, unranked. Ties
 * keep their input order.
 */
export function rankWithTies<T>(entries: readonly T[], scoreOf: (entry: T) => number | null, { ascending = false } = {}): Ranked<T>[] {
  const scored = entries.map((entry) => ({ entry, score: scoreOf(entry) }));
  const ranked = scored
    .filter((x): x is { entry: T; score: number } => x.score !== null)
    .map((x) => ({ entry: x.entry, score: roundPoints(x.score) }))
    .sort((a, b) => (ascending ? a.score - b.score : b.score - a.score));
  const result: Ranked<T>[] = ranked.map((x, i) => ({ entry: x.entry, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i++) {
    if (ranked[i]!.score === ranked[i - 1]!.score) result[i]!.rank = result[i - 1]!.rank;
  }
  return [...result, ...scored.filter((x) => x.score === null).map((x) => ({ entry: x.entry, rank: null }))];
}
