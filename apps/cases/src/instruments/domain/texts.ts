import type { IsoDate } from '#common/calendar';
import { DECISION_OUTCOME_LABELS, DECLINE_REASON_LABELS, OPINION_RESULT_LABELS } from '#common/vocabulary';
import { STATUTORY_RULES } from '../../clocks/domain/index.js';
import { INSTRUMENT_TITLES, InstrumentKind, type InstrumentText, documentDate } from '#common/instruments';

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

/**
 * 转送/交办 notice to the body a matter is sent to: what it is, who sent it, and — for an
 * assignment (交办) — when the completion report is due (第二十二条).
 */
export function routingNotice(facts: CaseFacts, routed: { mode: 'TRANSFER' | 'ASSIGN'; body: string; completionReportDue: IsoDate | null }): InstrumentText {
  const act = routed.mode === 'ASSIGN' ? '交办' : '转送';
  return {
    ...instrument(InstrumentKind.ROUTING_NOTICE, facts, [
      `${facts.petitionerName}于${documentDate(facts.registeredOn)}提出的“${facts.title}”信访事项（编号 ${facts.number}），依据《信访工作条例》${STATUTORY_RULES.ROUTE.article}规定，现${act}你单位办理。`,
      `请依法及时受理，并于受理之日起${STATUTORY_RULES.HANDLE.days}日内办结，书面答复信访人。`,
      ...(routed.mode === 'ASSIGN' && routed.completionReportDue ? [`请于${documentDate(routed.completionReportDue)}前将办理结果报送本机关。`] : []),
    ]),
    addressee: routed.body,
  };
}

/** What a review or re-examination decided of the opinion before it, in the reviewing office's words. */
interface OpinionReview {
  result: keyof typeof OPINION_RESULT_LABELS;
  text: string;
}

const reviewed = (review: OpinionReview) => [
  ...review.text.split(/\n+/).filter((line) => line.trim()),
  `复查（复核）结果：${OPINION_RESULT_LABELS[review.result]}原处理意见。`,
];

/** 复查意见书: the review, and the petitioner's right to ask for a re-examination (第三十六条). */
export function reviewOpinion(facts: CaseFacts, review: OpinionReview & { reexaminationOffice: string | null }): InstrumentText {
  const window = STATUTORY_RULES.REEXAMINATION_WINDOW;
  return instrument(InstrumentKind.REVIEW_OPINION, facts, [
    `${matter(facts)}，你不服原处理意见，请求复查。本机关已依法复查，现出具复查意见如下：`,
    ...reviewed(review),
    `你如对本复查意见不服，可以自收到本意见书之日起${window.days}日内，请求${review.reexaminationOffice ?? '本机关的上一级机关'}复核。`,
  ]);
}

/** 复核意见书: final — the same request on the same facts is not accepted again (第三十六条). */
export function reexaminationOpinion(facts: CaseFacts, review: OpinionReview): InstrumentText {
  return instrument(InstrumentKind.REEXAMINATION_OPINION, facts, [
    `${matter(facts)}，你不服复查意见，请求复核。本机关已依法复核，现出具复核意见如下：`,
    ...reviewed(review),
    '本复核意见为该信访事项的最终处理意见。你仍以同一事实和理由提出信访请求的，信访工作机构和其他机关、单位不再受理。',
  ]);
}
