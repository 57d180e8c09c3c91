import type { IsoDate } from '#common/calendar';
import { DECISION_OUTCOME_LABELS, DECLINE_REASON_LABELS } from '#common/vocabulary';
import { STATUTORY_RULES } from '../../clocks/domain/index.js';
import { INSTRUMENT_TITLES, InstrumentKind, type InstrumentText, documentDate } from './instrument.js';

/** What every instrument about a case says of it and of who issues it. */
export interface CaseFacts {
  number: string;
  title: string;
  /** The petitioner addressed (the first of several, or the representative of a collective visit). */
  petitionerName: string;
  registeredOn: IsoDate;
  issuer: string;
  issuedOn: IsoDate;
  documentNumber?: string | null;
}

const CLOSING = '特此告知。';

function instrument(kind: InstrumentKind, facts: CaseFacts, paragraphs: string[]): InstrumentText {
  return {
    kind,
    title: INSTRUMENT_TITLES[kind],
    documentNumber: facts.documentNumber ?? null,
    addressee: facts.petitionerName,
    paragraphs,
    issuer: facts.issuer,
    issuedOn: facts.issuedOn,
  };
}

/** How the matter is named to the petitioner: the day it came, its title and its number. */
const matter = (facts: CaseFacts) => `你于${documentDate(facts.registeredOn)}提出的“${facts.title}”信访事项（编号 ${facts.number}）`;

/** 受理告知书: accepted, with the handling period and its one extension (第三十四条). */
export function acceptanceNotice(facts: CaseFacts, accepted: { acceptedOn: IsoDate; handleDeadline: IsoDate }): InstrumentText {
  const rule = STATUTORY_RULES.HANDLE;
  return instrument(InstrumentKind.ACCEPTANCE_NOTICE, facts, [
    `${matter(facts)}，本机关已于${documentDate(accepted.acceptedOn)}依法受理。`,
    `根据《信访工作条例》${rule.article}规定，本机关将自受理之日起${rule.days}日内办结，即于${documentDate(accepted.handleDeadline)}前出具处理意见；` +
      `情况复杂的，经本机关负责人批准可以适当延长办理期限，延长期限不超过${rule.maxExtensionDays}日，并将延期理由告知你。`,
    CLOSING,
  ]);
}

/** 不予受理告知书: why, and where the matter belongs (诉访分离: the legal channel named). */
export function declineNotice(
  facts: CaseFacts,
  declined: { reason: keyof typeof DECLINE_REASON_LABELS; note: string | null; channel: string | null },
): InstrumentText {
  const why = declined.reason === 'OTHER' && declined.note ? declined.note : DECLINE_REASON_LABELS[declined.reason];
  return instrument(InstrumentKind.DECLINE_NOTICE, facts, [
    `${matter(facts)}，经审查，${why}，本机关决定不予受理。`,
    ...(declined.channel ? [`请你依照有关法律、行政法规规定的程序，向${declined.channel}提出。`] : []),
    CLOSING,
  ]);
}

/** 延期告知书: the handling period extended once, with the approval and the reason. */
export function extensionNotice(
  facts: CaseFacts,
  extended: { days: number; reason: string; approver: string; formerDeadline: IsoDate; newDeadline: IsoDate },
): InstrumentText {
  return instrument(InstrumentKind.EXTENSION_NOTICE, facts, [
    `${matter(facts)}，办理期限原至${documentDate(extended.formerDeadline)}。`,
    `因${extended.reason}，经${extended.approver}批准，办理期限延长${extended.days}日，至${documentDate(extended.newDeadline)}。`,
    CLOSING,
  ]);
}

/** 信访处理意见书: the decision, and the petitioner's right to ask for a review (第三十五条). */
export function handlingOpinion(
  facts: CaseFacts,
  decided: { outcome: keyof typeof DECISION_OUTCOME_LABELS; text: string; reviewOffice: string | null },
): InstrumentText {
  const window = STATUTORY_RULES.REVIEW_WINDOW;
  return instrument(InstrumentKind.HANDLING_OPINION, facts, [
    `${matter(facts)}，本机关已依法办理，现出具处理意见如下：`,
    ...decided.text.split(/\n+/).filter((line) => line.trim()),
    `处理结果：${DECISION_OUTCOME_LABELS[decided.outcome]}。`,
    decided.reviewOffice
      ? `你如对本处理意见不服，可以自收到本意见书之日起${window.days}日内，请求${decided.reviewOffice}复查。`
      : `你如对本处理意见不服，可以自收到本意见书之日起${window.days}日内，请求本机关的上一级机关复查。`,
  ]);
}
