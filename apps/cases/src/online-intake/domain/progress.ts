import type { IsoDate, Stage } from '#common/calendar';
import { CASE_STAGE_LABELS, CASE_STATE_LABELS } from '#common/vocabulary';

export enum OnlineSubmissionStatus {
  SUBMITTED = 'SUBMITTED',
  REGISTERED = 'REGISTERED',
  REJECTED = 'REJECTED',
}

export const ONLINE_SUBMISSION_STATUS_LABELS: Readonly<Record<OnlineSubmissionStatus, string>> = {
  SUBMITTED: '已提交，待登记',
  REGISTERED: '已登记',
  REJECTED: '不予登记',
};

/** The milestones a petitioner follows, in order. */
export const PROGRESS_STEPS = ['已提交', '已登记', '已转送/交办', '已受理/不予受理', '已答复', '复查/复核'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/** What the portal knows of the case a submission became (read under the case's office). */
export interface CaseProgressFacts {
  state: keyof typeof CASE_STATE_LABELS;
  declined: boolean;
  closeReason: string | null;
  openStages: readonly { stage: Stage; deadline: IsoDate | null }[];
}

export interface PlainProgress {
  /** The step reached, one of PROGRESS_STEPS. */
  step: ProgressStep;
  /** Where the matter stands, in a sentence. */
  summary: string;
  /** Running clocks: what the office owes and by when, or what the petitioner may still do. */
  deadlines: { label: string; deadline: IsoDate; holder: 'OFFICE' | 'PETITIONER' }[];
}

const PETITIONER_STAGES: ReadonlySet<Stage> = new Set(['REVIEW_WINDOW', 'REEXAMINATION_WINDOW']);

/** The plain words of the portal's status page for a submission and, once registered, its case. */
export function plainProgress(status: OnlineSubmissionStatus, rejectionReason: string | null, kase: CaseProgressFacts | null): PlainProgress {
  if (status === OnlineSubmissionStatus.REJECTED) {
    return { step: '已提交', summary: `信访部门决定不予登记：${rejectionReason ?? ''}`, deadlines: [] };
  }
  if (status === OnlineSubmissionStatus.SUBMITTED || !kase) {
    return { step: '已提交', summary: '您的信访事项已提交，信访部门将当天登记（非工作时间提交的，下一个工作日登记）。', deadlines: [] };
  }
  const deadlines = kase.openStages.flatMap(({ stage, deadline }) =>
    deadline
      ? [
          PETITIONER_STAGES.has(stage)
            ? { label: `您可在此日期前${CASE_STAGE_LABELS[stage]}`, deadline, holder: 'PETITIONER' as const }
            : { label: `${CASE_STAGE_LABELS[stage]}期限`, deadline, holder: 'OFFICE' as const },
        ]
      : [],
  );
  return { ...stepOf(kase), deadlines };
}

function stepOf(kase: CaseProgressFacts): { step: ProgressStep; summary: string } {
  switch (kase.state) {
    case 'REGISTERED':
      return { step: '已登记', summary: '信访部门已登记您的信访事项，将转送、交办有权处理的机关。' };
    case 'ROUTED':
      return { step: '已转送/交办', summary: '已转送、交办有权处理的机关，等待其签收。' };
    case 'RECEIVED':
      return { step: '已转送/交办', summary: '有权处理的机关已签收，将告知您是否受理。' };
    case 'ACCEPTED':
      return { step: '已受理/不予受理', summary: '您的信访事项已受理，正在办理。' };
    case 'DECIDED':
      return { step: '已受理/不予受理', summary: '处理意见已出具，将书面答复您。' };
    case 'DELIVERED':
      return { step: '已答复', summary: '处理意见已答复送达。对处理意见不服的，可在期限内申请复查。' };
    case 'IN_REVIEW':
      return { step: '复查/复核', summary: '复查申请已收到，正在复查。' };
    case 'REVIEWED':
      return { step: '复查/复核', summary: '复查意见已送达。对复查意见不服的，可在期限内申请复核。' };
    case 'IN_REEXAMINATION':
      return { step: '复查/复核', summary: '复核申请已收到，正在复核。' };
    case 'FINALIZED':
      return { step: '复查/复核', summary: '该信访事项已终结。' };
    case 'CLOSED':
      if (kase.declined) return { step: '已受理/不予受理', summary: '有权处理的机关决定不予受理，已书面告知您理由和途径。' };
      return { step: '已答复', summary: kase.closeReason === 'WITHDRAWN' ? '您已撤回该信访事项。' : '该信访事项已办结。' };
  }
}
