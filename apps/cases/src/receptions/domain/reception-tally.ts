import { CaseState, CloseReason, Rating } from '../../cases/domain/index.js';

/** What the API says a resolved case (化解) is; the same rule as `resolvedCaseSql`. */
export const RESOLVED_RULE = '已送达、办结或终结，且未被不予受理、未被信访人撤回、信访人未评价为“不满意”';

/**
 * The one definition of a resolved case (化解), as an SQL condition on the cases table aliased
 * `alias`: it reached DELIVERED, CLOSED or FINALIZED, was not declined, not withdrawn and not
 * rated DISSATISFIED (an unrated case counts as resolved).
 */
export function resolvedCaseSql(alias: string): string {
  const resolvedStates = [CaseState.DELIVERED, CaseState.CLOSED, CaseState.FINALIZED].map((state) => `'${state}'`).join(', ');
  return `(${alias}.state IN (${resolvedStates})
    AND ${alias}.decline_reason IS NULL
    AND ${alias}.close_reason IS DISTINCT FROM '${CloseReason.WITHDRAWN}'
    AND ${alias}.rating IS DISTINCT FROM '${Rating.DISSATISFIED}')`;
}

/** Resolved cases over all cases, 0–1; null when there is no case to divide by. */
export function resolutionRate(resolved: number, cases: number): number | null {
  return cases === 0 ? null : resolved / cases;
}

/** The cases registered at one reception (or at several, for a leader). */
export interface CaseTally {
  caseCount: number;
  personCount: number;
  resolvedCount: number;
}

export const NO_CASES: CaseTally = { caseCount: 0, personCount: 0, resolvedCount: 0 };
