import type { IsoDate } from '#common/calendar';
import type { InstrumentText } from '#common/instruments';
import type { CaseInstrumentKind, InstrumentAddressee } from '../domain/index.js';

/** An issued instrument as the case file lists it (its file left out). */
export interface CaseInstrumentRow {
  id: string;
  tenantId: string;
  caseId: string;
  caseNumber: string;
  transitionId: string;
  kind: CaseInstrumentKind;
  addressee: InstrumentAddressee;
  addresseeName: string;
  documentNumber: string;
  title: string;
  templateTenantId: string | null;
  templateVersion: number | null;
  sha256: string;
  sizeBytes: number;
  issuingTenantId: string;
  issuingTenantName: string;
  issuedBy: string | null;
  issuedByName: string;
  issuedOn: IsoDate;
  issuedAt: Date;
}

/** What a step writes: the row with its text and file. */
export interface NewCaseInstrument extends Omit<CaseInstrumentRow, 'id' | 'caseNumber'> {
  tenantPath: string;
  text: InstrumentText;
  content: Buffer;
}

/** An instrument's file, for a download. */
export interface InstrumentFile {
  id: string;
  title: string;
  caseNumber: string;
  content: Buffer;
}

/** A saved version of an office's template. */
export interface InstrumentTemplateRow {
  tenantId: string;
  tenantName: string;
  kind: CaseInstrumentKind;
  version: number;
  title: string;
  paragraphs: string[];
  savedByName: string;
  savedAt: Date;
}
