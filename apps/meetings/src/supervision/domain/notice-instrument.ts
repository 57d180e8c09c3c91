import type { IsoDate } from '#common/calendar';
import { INSTRUMENT_TITLES, InstrumentKind, type InstrumentText, documentDate } from '#common/instruments';
import { NOTICE_REASON_LABELS, NoticeKind, type NoticeReason } from './vocabulary.js';

/** What a 督办单 says, as the notice holds it. */
export interface SupervisionNoticeFacts {
  reason: NoticeReason;
  /** The problem and what must be put right (问题和整改要求), or the text a deadline's trigger wrote. */
  text: string;
  /** The supervised body: the addressee office, with its unit where the notice names one. */
  addressee: string;
  issuer: string;
  issuedOn: IsoDate;
  feedbackDue: IsoDate | null;
  documentNumber?: string | null;
}

/** 督办单: to the supervised body, with the reason (第四十条), the requirement and the written feedback's date. */
export function supervisionNotice(facts: SupervisionNoticeFacts): InstrumentText {
  return {
    kind: InstrumentKind.SUPERVISION_NOTICE,
    title: INSTRUMENT_TITLES.SUPERVISION_NOTICE,
    documentNumber: facts.documentNumber ?? null,
    addressee: facts.addressee,
    paragraphs: [
      `督办事由：${NOTICE_REASON_LABELS[facts.reason]}。`,
      ...facts.text.split(/\n+/).filter((line) => line.trim()),
      ...(facts.feedbackDue ? [`请于${documentDate(facts.feedbackDue)}前书面反馈办理情况和整改措施。`] : []),
    ],
    issuer: facts.issuer,
    issuedOn: facts.issuedOn,
  };
}

/**
 * Which notices go out as a 督办单: a supervision notice (from an overdue deadline or raised by
 * hand) and a listed one (挂牌督办, the same instrument with its fix-by date in the text). A reminder
 * is a prompt, not an instrument; the escalation rungs (通报, 约谈, 追究责任建议) are documents of
 * their own kinds, not a 督办单.
 */
export function issuesSupervisionNotice(kind: NoticeKind): boolean {
  return kind === NoticeKind.SUPERVISION || kind === NoticeKind.LISTED;
}
