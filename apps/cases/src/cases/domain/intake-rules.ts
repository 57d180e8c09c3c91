import { type IsoDate, compareDates } from '#common/calendar';
import { isStrictlyWithin } from '#common/tenancy';
import { CaseState, Channel, TERMINAL_STATES } from './case-state.js';

/** At most five representatives speak for a group visit (《信访工作条例》第十八条). */
export const MAX_VISIT_REPRESENTATIVES = 5;

/** Five or more petitioners make a collective petition (集体访); the database's generated column says the same. */
export const COLLECTIVE_MIN_PERSONS = 5;

export function isCollective(personCount: number): boolean {
  return personCount >= COLLECTIVE_MIN_PERSONS;
}

/** A visit more than one level above the problem's jurisdiction is level-skipping (越级访). */
export function isLevelSkipping(channel: Channel, registeringPath: string, problemPath: string): boolean {
  return channel === Channel.VISIT && problemPath.split('.').length - registeringPath.split('.').length > 1;
}

/**
 * While a lower body handles a matter within time, a higher body does not accept it again: the
 * original is open, held strictly below the registering tenant, and its clock has not run out.
 */
export function isHandledBelow(original: { state: CaseState; tenantPath: string; deadline: IsoDate | null }, registeringPath: string, today: IsoDate): boolean {
  if (TERMINAL_STATES.has(original.state)) return false;
  const below = isStrictlyWithin(original.tenantPath, registeringPath);
  return below && (original.deadline === null || compareDates(today, original.deadline) <= 0);
}

/**
 * How likely a registered case is the same matter: the same ID number weighs most, then the same
 * phone, then the wording. Shown to the registrar as a score between 0 and 1.
 */
export function repeatScore(match: { sameIdNumber: boolean; samePhone: boolean; textSimilarity: number }): number {
  const score = (match.sameIdNumber ? 0.5 : 0) + (match.samePhone ? 0.2 : 0) + 0.3 * match.textSimilarity;
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
