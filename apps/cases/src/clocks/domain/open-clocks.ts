import { type IsoDate, type Stage, compareDates } from '#common/calendar';

interface Clock {
  stage: Stage;
  deadline: IsoDate | null;
  stoppedOn: IsoDate | null;
}

/** The clocks a review body runs: they follow its calendar and settings, not the handling office's. */
const REVIEWING_STAGES: readonly Stage[] = ['REVIEW', 'REEXAMINATION_WINDOW', 'REEXAMINATION'];

/** The tenant whose calendar and settings a clock follows: the reviewing body for review clocks, else the holder. */
export function clockOwner(stage: Stage, kase: { handlingTenantId: string; reviewTenantId: string | null }): string {
  return REVIEWING_STAGES.includes(stage) && kase.reviewTenantId ? kase.reviewTenantId : kase.handlingTenantId;
}

/** The clock a case's `deadline` shows: the open one that runs out first (ties by stage name). */
export function earliestOpenClock<C extends Clock>(clocks: readonly C[]): C | undefined {
  return clocks
    .filter((c) => c.stoppedOn === null && c.deadline !== null)
    .sort((a, b) => compareDates(a.deadline!, b.deadline!) || a.stage.localeCompare(b.stage))[0];
}

/** The open clock of a stage, if it runs. */
export function openStage<C extends Clock>(clocks: readonly C[], stage: Stage): C | undefined {
  return clocks.find((c) => c.stage === stage && c.stoppedOn === null);
}

/** Whether a clock stopped on `today` was on time: its last day counts as in time, and a clock without a period always is. */
export function stoppedOnTime(deadline: IsoDate | null, today: IsoDate): boolean {
  return deadline === null || compareDates(today, deadline) <= 0;
}
