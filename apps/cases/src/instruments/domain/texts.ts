import type { IsoDate } from '#common/calendar';
import { DECISION_OUTCOME_LABELS, DECLINE_REASON_LABELS, OPINION_RESULT_LABELS } from '#common/vocabulary';
import { InstrumentKind, type InstrumentText, documentDate } from '#common/instruments';
import { DEFAULT_TEMPLATES, type CaseInstrumentKind, type InstrumentTemplate, type TemplateValues, fillTemplate } from './templates.js';

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

/** The instrument from the office's template (the built-in one unless given), filled with the case's facts and the step's. */
function instrument(
  kind: CaseInstrumentKind,
  facts: CaseFacts,
  values: TemplateValues,
  template: InstrumentTemplate = DEFAULT_TEMPLATES[kind],
  addressee = facts.petitionerName,
): InstrumentText {
  return {
    kind,
    title: template.title,
    documentNumber: facts.documentNumber ?? null,
    addressee,
    paragraphs: fillTemplate(template, {
      案件编号: facts.number,
      事项标题: facts.title,
      信访人: facts.petitionerName,
      登记日期: documentDate(facts.registeredOn),
      发文机关: facts.issuer,
      成文日期: documentDate(facts.issuedOn),
      ...values,
    }),
    issuer: facts.issuer,
    issuedOn: facts.issuedOn,
  };
}

/** 受理告知书: accepted, with the handling period and its one extension (第三十四条). */
export function acceptanceNotice(facts: CaseFacts, accepted: { acceptedOn: IsoDate; handleDeadline: IsoDate }, template?: InstrumentTemplate): InstrumentText {
  return instrument(
    InstrumentKind.ACCEPTANCE_NOTICE,
    facts,
    { 受理日期: documentDate(accepted.acceptedOn), 办结日期: documentDate(accepted.handleDeadline) },
    template,
  );
}

/** 不予受理告知书: why, and where the matter belongs (诉访分离: the legal channel named). */
export function declineNotice(
  facts: CaseFacts,
  declined: { reason: keyof typeof DECLINE_REASON_LABELS; note: string | null; channel: string | null },
  template?: InstrumentTemplate,
): InstrumentText {
  const why = declined.reason === 'OTHER' && declined.note ? declined.note : DECLINE_REASON_LABELS[declined.reason];
  return instrument(InstrumentKind.DECLINE_NOTICE, facts, { 不予受理理由: why, 法定途径: declined.channel }, template);
}

/** 延期告知书: the handling period extended once, with the approval and the reason. */
export function extensionNotice(
  facts: CaseFacts,
  extended: { days: number; reason: string; approver: string; formerDeadline: IsoDate; newDeadline: IsoDate },
  template?: InstrumentTemplate,
): InstrumentText {
  return instrument(
    InstrumentKind.EXTENSION_NOTICE,
    facts,
    {
      原办结日期: documentDate(extended.formerDeadline),
      延期理由: extended.reason,
      批准人: extended.approver,
      延长天数: String(extended.days),
      新办结日期: documentDate(extended.newDeadline),
    },
    template,
  );
}

/** 信访处理意见书: the decision, and the petitioner's right to ask for a review (第三十五条). */
export function handlingOpinion(
  facts: CaseFacts,
  decided: { outcome: keyof typeof DECISION_OUTCOME_LABELS; text: string; reviewOffice: string | null },
  template?: InstrumentTemplate,
): InstrumentText {
  return instrument(
    InstrumentKind.HANDLING_OPINION,
    facts,
    { 处理意见: decided.text, 处理结果: DECISION_OUTCOME_LABELS[decided.outcome], 复查机关: decided.reviewOffice ?? '本机关的上一级机关' },
    template,
  );
}

/**
 * 转送/交办 notice to the body a matter is sent to: what it is, who sent it, and — for an
 * assignment (交办) — when the completion report is due (第二十二条).
 */
export function routingNotice(
  facts: CaseFacts,
  routed: { mode: 'TRANSFER' | 'ASSIGN'; body: string; completionReportDue: IsoDate | null },
  template?: InstrumentTemplate,
): InstrumentText {
  const due = routed.mode === 'ASSIGN' && routed.completionReportDue ? documentDate(routed.completionReportDue) : null;
  return instrument(
    InstrumentKind.ROUTING_NOTICE,
    facts,
    { 办理方式: routed.mode === 'ASSIGN' ? '交办' : '转送', 承办机关: routed.body, 报送日期: due },
    template,
    routed.body,
  );
}

/** What a review or re-examination decided of the opinion before it, in the reviewing office's words. */
interface OpinionReview {
  result: keyof typeof OPINION_RESULT_LABELS;
  text: string;
}

/** 复查意见书: the review, and the petitioner's right to ask for a re-examination (第三十六条). */
export function reviewOpinion(facts: CaseFacts, review: OpinionReview & { reexaminationOffice: string | null }, template?: InstrumentTemplate): InstrumentText {
  return instrument(
    InstrumentKind.REVIEW_OPINION,
    facts,
    { 复查意见: review.text, 复查结果: OPINION_RESULT_LABELS[review.result], 复核机关: review.reexaminationOffice ?? '本机关的上一级机关' },
    template,
  );
}

/** 复核意见书: final — the same request on the same facts is not accepted again (第三十六条). */
export function reexaminationOpinion(facts: CaseFacts, review: OpinionReview, template?: InstrumentTemplate): InstrumentText {
  return instrument(InstrumentKind.REEXAMINATION_OPINION, facts, { 复核意见: review.text, 复核结果: OPINION_RESULT_LABELS[review.result] }, template);
}
