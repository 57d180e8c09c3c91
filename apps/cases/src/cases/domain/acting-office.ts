import { CASE_ACTION_LABELS, CaseAction, CaseState } from './case-state.js';

/**
 * Which office may take each step. Oversight is not authority: an ancestor sees a case but does
 * not sign for, decide or deliver it in the holder's place.
 * - HOLDER: the tenant holding the case (registering office, then each routing target).
 * - ASSIGNER: the office that assigned it (交办) and is owed the completion report.
 * - DECIDER_PARENT: the office one level above the one that decided (复查, Art 35).
 * - REVIEWER: the office conducting the review or re-examination.
 * - REVIEWER_PARENT: one level above the reviewing office (复核, Art 36).
 * - CHAIN: any office that registered, routed, handled or reviewed it (a rating on the petitioner's behalf).
 */
export type ActingOffice = 'HOLDER' | 'ASSIGNER' | 'DECIDER_PARENT' | 'REVIEWER' | 'REVIEWER_PARENT' | 'CHAIN';

export const ACTING_OFFICE_LABELS: Readonly<Record<ActingOffice, string>> = {
  HOLDER: '当前办理机构',
  ASSIGNER: '交办机关',
  DECIDER_PARENT: '出具处理意见机关的上一级机关',
  REVIEWER: '复查（复核）机关',
  REVIEWER_PARENT: '复查机关的上一级机关',
  CHAIN: '办理过该事项的机构',
};

export function actingOfficeFor(action: CaseAction, state: CaseState): ActingOffice {
  switch (action) {
    case CaseAction.SEND_BACK:
      return 'ASSIGNER';
    case CaseAction.REQUEST_REVIEW:
      return 'DECIDER_PARENT';
    case CaseAction.REQUEST_REEXAMINATION:
      return 'REVIEWER_PARENT';
    case CaseAction.DECIDE_REVIEW:
    case CaseAction.DECIDE_REEXAMINATION:
    case CaseAction.RECORD_HEARING:
      return 'REVIEWER';
    case CaseAction.RATE:
      return 'CHAIN';
    case CaseAction.CLOSE:
      // The lapse of the re-examination window is recorded by the office that reviewed.
      return state === CaseState.REVIEWED ? 'REVIEWER' : 'HOLDER';
    default:
      return 'HOLDER';
  }
}

/** The offices a case points at, resolved by the service. */
export interface CaseOffices {
  holder: string;
  assigner: string | null;
  reviewer: string | null;
  deciderParent: string | null;
  reviewerParent: string | null;
  chain: readonly string[];
}

/** Whether `tenantId` is the office that may take `office`'s steps. */
export function isActingOffice(office: ActingOffice, offices: CaseOffices, tenantId: string): boolean {
  switch (office) {
    case 'HOLDER':
      return offices.holder === tenantId;
    case 'ASSIGNER':
      return offices.assigner === tenantId;
    case 'DECIDER_PARENT':
      return offices.deciderParent === tenantId;
    case 'REVIEWER':
      return offices.reviewer === tenantId;
    case 'REVIEWER_PARENT':
      return offices.reviewerParent === tenantId;
    case 'CHAIN':
      return offices.chain.includes(tenantId) || offices.reviewer === tenantId;
  }
}

/** The case columns that name its offices. */
export interface CaseOfficeColumns {
  handlingTenantId: string;
  assigningTenantId: string | null;
  reviewTenantId: string | null;
  decidingTenantId: string | null;
  chainTenantIds: readonly string[];
}

/** The offices of a case, given the parent of each tenant it names (for the offices one level above). */
export function caseOffices(kase: CaseOfficeColumns, parentOf: (tenantId: string) => string | null | undefined): CaseOffices {
  return {
    holder: kase.handlingTenantId,
    assigner: kase.assigningTenantId,
    reviewer: kase.reviewTenantId,
    deciderParent: kase.decidingTenantId ? (parentOf(kase.decidingTenantId) ?? null) : null,
    reviewerParent: kase.reviewTenantId ? (parentOf(kase.reviewTenantId) ?? null) : null,
    chain: kase.chainTenantIds,
  };
}

/** Why `tenantId` may not take `action` on a case in `state`, in Chinese, or null when it is the acting office. */
export function actingOfficeRefusal(action: CaseAction, state: CaseState, offices: CaseOffices, tenantId: string): string | null {
  const office = actingOfficeFor(action, state);
  return isActingOffice(office, offices, tenantId) ? null : `「${CASE_ACTION_LABELS[action]}」应由${ACTING_OFFICE_LABELS[office]}办理`;
}

/** A case handled below within time is not accepted here; the rule reads the case, not its snapshot. */
export function acceptRefusal(kase: { handledBelow: boolean }): string | null {
  return kase.handledBelow ? '该事项正由下级机关在法定期限内办理，本级不予受理，请以“正在办理”理由不予受理' : null;
}

/** The office at the top of the tree has nobody to report up to. */
export function reportUpRefusal(holderParentId: string | null): string | null {
  return holderParentId ? null : '本机构没有上一级机构，不能上报';
}
