import type { IsoDate } from '#common/calendar';
import type { InstrumentText } from '#common/instruments';

/** A notice's 督办单 as listed (its file left out). */
export interface NoticeInstrumentRow {
  id: string;
  noticeId: string;
  title: string;
  documentNumber: string;
  addresseeName: string;
  sizeBytes: number;
  issuingTenantName: string;
  issuedByName: string;
  issuedOn: IsoDate;
}

/** What issuing writes. */
export interface NewNoticeInstrument extends Omit<NoticeInstrumentRow, 'id'> {
  tenantId: string;
  tenantPath: string;
  text: InstrumentText;
  content: Buffer;
  sha256: string;
  issuingTenantId: string;
  issuedBy: string | null;
  issuedAt: Date;
}

/** A 督办单's file, for a download. */
export interface NoticeInstrumentFile {
  title: string;
  subjectNumber: string;
  content: Buffer;
}
