import { validation } from '#common/errors';
import { INSTRUMENT_TITLES, InstrumentKind } from '#common/instruments';
import { STATUTORY_RULES } from '../../clocks/domain/index.js';

/** The instruments a case's steps issue (the 督办单 belongs to the meetings service). */
export type CaseInstrumentKind = Exclude<InstrumentKind, InstrumentKind.SUPERVISION_NOTICE>;

export const CASE_INSTRUMENT_KINDS: readonly CaseInstrumentKind[] = [
  InstrumentKind.ACCEPTANCE_NOTICE,
  InstrumentKind.DECLINE_NOTICE,
  InstrumentKind.ROUTING_NOTICE,
  InstrumentKind.EXTENSION_NOTICE,
  InstrumentKind.HANDLING_OPINION,
  InstrumentKind.REVIEW_OPINION,
  InstrumentKind.REEXAMINATION_OPINION,
];

/** An office's wording of an instrument: its title and paragraphs with named placeholders such as {信访人}. */
export interface InstrumentTemplate {
  title: string;
  paragraphs: readonly string[];
}

/** What every case instrument may say of the case and of its issuer. */
const COMMON_PLACEHOLDERS = {
  案件编号: '信访事项编号',
  事项标题: '信访事项标题',
  信访人: '信访人姓名（多人的为第一位或代表）',
  登记日期: '登记日期（2026年3月2日）',
  发文机关: '发文机关名称',
  成文日期: '成文日期',
} as const;

/** The placeholders of each kind beyond the common ones, with what each holds. */
const KIND_PLACEHOLDERS: Readonly<Record<CaseInstrumentKind, Readonly<Record<string, string>>>> = {
  ACCEPTANCE_NOTICE: { 受理日期: '受理日期', 办结日期: '办理期限届满之日' },
  DECLINE_NOTICE: { 不予受理理由: '不予受理的理由', 法定途径: '导入的法定途径或机关（无则整段不出现）' },
  ROUTING_NOTICE: { 办理方式: '转送或交办', 承办机关: '承办机关（单位）', 报送日期: '交办事项报送办理结果的日期（转送的整段不出现）' },
  EXTENSION_NOTICE: { 原办结日期: '原办理期限', 延期理由: '延期理由', 批准人: '批准延期的负责人', 延长天数: '延长的天数', 新办结日期: '延长后的办理期限' },
  HANDLING_OPINION: { 处理意见: '处理意见正文（每行一段）', 处理结果: '处理结论（予以支持等）', 复查机关: '受理复查请求的机关' },
  REVIEW_OPINION: { 复查意见: '复查意见正文（每行一段）', 复查结果: '维持、变更或撤销', 复核机关: '受理复核请求的机关' },
  REEXAMINATION_OPINION: { 复核意见: '复核意见正文（每行一段）', 复核结果: '维持、变更或撤销' },
};

/** Every placeholder a template of `kind` may use, with its meaning, the common ones first. */
export function placeholdersOf(kind: CaseInstrumentKind): Readonly<Record<string, string>> {
  return { ...COMMON_PLACEHOLDERS, ...KIND_PLACEHOLDERS[kind] };
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names of the placeholders a text uses, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, name]) => name);
}

const MAX_TITLE = 50;
const MAX_PARAGRAPHS = 40;
const MAX_PARAGRAPH = 2000;

/**
 * Checks an office's template before it is saved: a title without placeholders, at least one
 * paragraph, and only placeholders this kind knows — the refusal lists the unknown ones and every
 * known one, so the editor can correct the text.
 */
export function checkTemplate(kind: CaseInstrumentKind, template: InstrumentTemplate): InstrumentTemplate {
  if (!CASE_INSTRUMENT_KINDS.includes(kind)) throw validation('该文书种类不由信访事项的办理环节生成，无模板可设置', { field: 'kind' });
  const title = template.title.trim();
  if (!title || title.length > MAX_TITLE) throw validation(`文书标题应为 1 至 ${MAX_TITLE} 个字`, { field: 'title' });
  if (placeholdersIn(title).length > 0) throw validation('文书标题不能含有占位符', { field: 'title' });
  const paragraphs = template.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length === 0 || paragraphs.length > MAX_PARAGRAPHS) throw validation(`正文应为 1 至 ${MAX_PARAGRAPHS} 段`, { field: 'paragraphs' });
  if (paragraphs.some((p) => p.length > MAX_PARAGRAPH)) throw validation(`每段正文不得超过 ${MAX_PARAGRAPH} 字`, { field: 'paragraphs' });
  const known = placeholdersOf(kind);
  const unknown = [...new Set(paragraphs.flatMap(placeholdersIn))].filter((name) => !(name in known));
  if (unknown.length > 0) {
    const list = (names: string[]) => names.map((name) => `{${name}}`).join('、');
    throw validation(`文书模板含有未知的占位符：${list(unknown)}；可用的占位符：${list(Object.keys(known))}`, {
      field: 'paragraphs',
      unknown,
      known: Object.keys(known),
    });
  }
  return { title, paragraphs };
}

/** The values a template is filled with; null where the case has nothing to say (the paragraph is left out). */
export type TemplateValues = Readonly<Record<string, string | null>>;

/**
 * The paragraphs of a filled template. A paragraph naming a placeholder without a value is left
 * out (a transfer has no report date, a decline may name no legal channel); a value of several
 * lines (an opinion's text) becomes as many paragraphs, blank lines dropped.
 */
export function fillTemplate(template: InstrumentTemplate, values: TemplateValues): string[] {
  return template.paragraphs.flatMap((paragraph) => {
    const names = placeholdersIn(paragraph);
    if (names.some((name) => values[name] == null || values[name] === '')) return [];
    const filled = paragraph.replace(PLACEHOLDER, (_match, name: string) => values[name]!);
    return filled
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  });
}

const CLOSING = '特此告知。';
const MATTER = '你于{登记日期}提出的“{事项标题}”信访事项（编号 {案件编号}）';
const { HANDLE, ROUTE, REVIEW_WINDOW, REEXAMINATION_WINDOW } = STATUTORY_RULES;

/** The built-in wording of each instrument, used where no office above or at the issuer wrote its own. */
export const DEFAULT_TEMPLATES: Readonly<Record<CaseInstrumentKind, InstrumentTemplate>> = {
  ACCEPTANCE_NOTICE: {
    title: INSTRUMENT_TITLES.ACCEPTANCE_NOTICE,
    paragraphs: [
      `${MATTER}，本机关已于{受理日期}依法受理。`,
      `根据《信访工作条例》${HANDLE.article}规定，本机关将自受理之日起${HANDLE.days}日内办结，即于{办结日期}前出具处理意见；` +
        `情况复杂的，经本机关负责人批准可以适当延长办理期限，延长期限不超过${HANDLE.maxExtensionDays}日，并将延期理由告知你。`,
      CLOSING,
    ],
  },
  DECLINE_NOTICE: {
    title: INSTRUMENT_TITLES.DECLINE_NOTICE,
    paragraphs: [`${MATTER}，经审查，{不予受理理由}，本机关决定不予受理。`, '请你依照有关法律、行政法规规定的程序，向{法定途径}提出。', CLOSING],
  },
  ROUTING_NOTICE: {
    title: INSTRUMENT_TITLES.ROUTING_NOTICE,
    paragraphs: [
      `{信访人}于{登记日期}提出的“{事项标题}”信访事项（编号 {案件编号}），依据《信访工作条例》${ROUTE.article}规定，现{办理方式}你单位办理。`,
      `请依法及时受理，并于受理之日起${HANDLE.days}日内办结，书面答复信访人。`,
      '请于{报送日期}前将办理结果报送本机关。',
    ],
  },
  EXTENSION_NOTICE: {
    title: INSTRUMENT_TITLES.EXTENSION_NOTICE,
    paragraphs: [`${MATTER}，办理期限原至{原办结日期}。`, '因{延期理由}，经{批准人}批准，办理期限延长{延长天数}日，至{新办结日期}。', CLOSING],
  },
  HANDLING_OPINION: {
    title: INSTRUMENT_TITLES.HANDLING_OPINION,
    paragraphs: [
      `${MATTER}，本机关已依法办理，现出具处理意见如下：`,
      '{处理意见}',
      '处理结果：{处理结果}。',
      `你如对本处理意见不服，可以自收到本意见书之日起${REVIEW_WINDOW.days}日内，请求{复查机关}复查。`,
    ],
  },
  REVIEW_OPINION: {
    title: INSTRUMENT_TITLES.REVIEW_OPINION,
    paragraphs: [
      `${MATTER}，你不服原处理意见，请求复查。本机关已依法复查，现出具复查意见如下：`,
      '{复查意见}',
      '复查结果：{复查结果}原处理意见。',
      `你如对本复查意见不服，可以自收到本意见书之日起${REEXAMINATION_WINDOW.days}日内，请求{复核机关}复核。`,
    ],
  },
  REEXAMINATION_OPINION: {
    title: INSTRUMENT_TITLES.REEXAMINATION_OPINION,
    paragraphs: [
      `${MATTER}，你不服复查意见，请求复核。本机关已依法复核，现出具复核意见如下：`,
      '{复核意见}',
      '复核结果：{复核结果}原复查意见。',
      '本复核意见为该信访事项的最终处理意见。你仍以同一事实和理由提出信访请求的，信访工作机构和其他机关、单位不再受理。',
    ],
  },
};
