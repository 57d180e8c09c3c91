import { type IsoDate, type Stage, countdown } from '#common/calendar';
import { type ClockHolder, STATUTORY_RULES } from './statutory-rules.js';

/**
 * A clock as the work queue shows it: 剩N天 while it runs, 逾期N天 once its last day is over, and
 * "due soon" within the longest reminder lead of the office that owns it (when its first reminder
 * falls due).
 */
export interface RunningClock {
  stage: Stage;
  /** The statutory name of the stage (转送、交办, 办理 …). */
  name: string;
  /** Whose clock it is: an office's duty, or the petitioner's window (never overdue: it lapses). */
  holder: ClockHolder;
  deadline: IsoDate;
  /** Calendar days left, the deadline day counting as in time: 0 on the last day, 0 once overdue. */
  daysLeft: number;
  /** Calendar days past the deadline, 0 while in time. */
  overdueDays: number;
  /** The owner's reminder leads, longest first; none on a petitioner's window. */
  reminderLeadDays: readonly number[];
  /** An office's clock within its longest reminder lead and not yet overdue. */
  dueSoon: boolean;
}

/**
 * The days left on one running clock on `today` (see `countdown`: the deadline is the last day in
 * time, as the lifecycle's window guards count it).
 */
export function runningClock(stage: Stage, deadline: IsoDate, today: IsoDate, reminderLeadDays: readonly number[]): RunningClock {
  const holder = STATUTORY_RULES[stage].holder;
  // A petitioner's window is nobody's duty: no reminder falls due on it.
  const leads = holder === 'OFFICE' ? reminderLeadDays : [];
  return {
    stage,
    name: STATUTORY_RULES[stage].name,
    holder,
    deadline,
    ...countdown(deadline, today, leads),
    reminderLeadDays: [...leads].sort((a, b) => b - a),
  };
}

/** The running clocks of a case, soonest deadline first (ties by stage); clocks without a deadline are left out. */
export function runningClocks(
  stages: readonly { stage: Stage; deadline: IsoDate | null; stoppedOn: IsoDate | null; ownerTenantId: string }[],
  today: IsoDate,
  reminderLeadDaysOf: (ownerTenantId: string) => readonly number[],
): RunningClock[] {
  return stages
    .filter((s): s is typeof s & { deadline: IsoDate } => s.stoppedOn === null && s.deadline !== null)
    .map((s) => runningClock(s.stage, s.deadline, today, reminderLeadDaysOf(s.ownerTenantId)))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.stage.localeCompare(b.stage));
}
