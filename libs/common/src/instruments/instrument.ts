import type { IsoDate } from '../calendar/index.js';

/**
 * The written instruments (文书) the regulation has an office issue: to the petitioner at each step
 * that concerns them, to the body a matter is sent to, and to the body supervised (督办单).
 */
export enum InstrumentKind {
  ACCEPTANCE_NOTICE = 'ACCEPTANCE_NOTICE',
  DECLINE_NOTICE = 'DECLINE_NOTICE',
  ROUTING_NOTICE = 'ROUTING_NOTICE',
  EXTENSION_NOTICE = 'EXTENSION_NOTICE',
  HANDLING_OPINION = 'HANDLING_OPINION',
  REVIEW_OPINION = 'REVIEW_OPINION',
  REEXAMINATION_OPINION = 'REEXAMINATION_OPINION',
  SUPERVISION_NOTICE = 'SUPERVISION_NOTICE',
}

export const INSTRUMENT_TITLES: Readonly<Record<InstrumentKind, string>> = {
  ACCEPTANCE_NOTICE: '信访事项受理告知书',
  DECLINE_NOTICE: '信访事项不予受理告知书',
  ROUTING_NOTICE: '信访事项转送（交办）通知',
  EXTENSION_NOTICE: '信访事项延期办理告知书',
  HANDLING_OPINION: '信访事项处理意见书',
  REVIEW_OPINION: '信访事项复查意见书',
  REEXAMINATION_OPINION: '信访事项复核意见书',
  SUPERVISION_NOTICE: '信访事项督办单',
};

/** What a page shows: the parts of GB/T 9704's 主体 an instrument to a petitioner has. */
export interface InstrumentText {
  kind: InstrumentKind;
  title: string;
  /** 发文字号, e.g. 锦信受〔2026〕12号; none where the office numbers none. */
  documentNumber: string | null;
  /** 主送: the petitioner (or the first of several), or the body the instrument goes to, as the salutation line. */
  addressee: string;
  paragraphs: readonly string[];
  /** 发文机关署名. */
  issuer: string;
  /** 成文日期. */
  issuedOn: IsoDate;
}

/** 成文日期 as GB/T 9704-2012 writes it: Arabic numerals, year, month and day in full (2026年3月2日). */
export function documentDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
