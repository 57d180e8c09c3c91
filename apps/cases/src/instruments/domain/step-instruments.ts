import { InstrumentKind } from '#common/instruments';
import { CaseAction } from '../../cases/domain/index.js';
import type { CaseInstrumentKind } from './templates.js';

/** Whom an instrument is addressed to: the petitioner, or the body a matter is sent to. */
export enum InstrumentAddressee {
  PETITIONER = 'PETITIONER',
  BODY = 'BODY',
}

export interface StepInstrument {
  kind: CaseInstrumentKind;
  addressee: InstrumentAddressee;
}

const ISSUED_BY: Partial<Record<CaseAction, StepInstrument>> = {
  [CaseAction.ACCEPT]: { kind: InstrumentKind.ACCEPTANCE_NOTICE, addressee: InstrumentAddressee.PETITIONER },
  [CaseAction.DECLINE]: { kind: InstrumentKind.DECLINE_NOTICE, addressee: InstrumentAddressee.PETITIONER },
  [CaseAction.ROUTE]: { kind: InstrumentKind.ROUTING_NOTICE, addressee: InstrumentAddressee.BODY },
  [CaseAction.EXTEND]: { kind: InstrumentKind.EXTENSION_NOTICE, addressee: InstrumentAddressee.PETITIONER },
  [CaseAction.DECIDE]: { kind: InstrumentKind.HANDLING_OPINION, addressee: InstrumentAddressee.PETITIONER },
  [CaseAction.DECIDE_REVIEW]: { kind: InstrumentKind.REVIEW_OPINION, addressee: InstrumentAddressee.PETITIONER },
  [CaseAction.DECIDE_REEXAMINATION]: { kind: InstrumentKind.REEXAMINATION_OPINION, addressee: InstrumentAddressee.PETITIONER },
};

/**
 * The instrument a step issues in writing (《信访工作条例》: each decision reaches the petitioner in
 * writing, the body gets the 转送/交办 notice), or null for a step that issues none (signing for,
 * delivering, rating, requests, closing, a lapsed window; registration routes nothing by itself).
 */
export function instrumentOfStep(action: CaseAction): StepInstrument | null {
  return ISSUED_BY[action] ?? null;
}
