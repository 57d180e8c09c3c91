import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { AppError, ErrorCode } from '#common/errors';
import { InstrumentKind } from '#common/instruments';
import { CaseAction } from '../../../cases/domain/index.js';
import {
  CASE_INSTRUMENT_KINDS,
  DEFAULT_TEMPLATES,
  InstrumentAddressee,
  checkTemplate,
  fillTemplate,
  instrumentOfStep,
  placeholdersIn,
  placeholdersOf,
} from '../index.js';

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('not refused');
};

describe('instrument templates', () => {
  it('the built-in templates use only the placeholders of their kind', () => {
    for (const kind of CASE_INSTRUMENT_KINDS) {
      expect(checkTemplate(kind, DEFAULT_TEMPLATES[kind])).toEqual(DEFAULT_TEMPLATES[kind]);
      for (const name of DEFAULT_TEMPLATES[kind].paragraphs.flatMap(placeholdersIn)) expect(placeholdersOf(kind)).toHaveProperty(name);
    }
  });

  it('refuses unknown placeholders, naming them and every known one, in Chinese', () => {
    const error = refusal(() =>
      checkTemplate(InstrumentKind.ACCEPTANCE_NOTICE, { title: '受理告知书', paragraphs: ['{信访人}：你的{事项}已于{受理日期}受理，{期限}内办结。'] }),
    );
    expect(error.extensions.code).toBe(ErrorCode.VALIDATION);
    expect(error.message).toContain('未知的占位符：{事项}、{期限}');
    expect(error.message).toContain('{受理日期}');
    expect(error.message).toContain('{案件编号}');
    // A kind's own placeholders are unknown to another kind.
    expect(() => checkTemplate(InstrumentKind.ACCEPTANCE_NOTICE, { title: '告知书', paragraphs: ['因{延期理由}延期。'] })).toThrow('{延期理由}');
  });

  it('refuses an empty title, a title with placeholders, no paragraphs, and the 督办单', () => {
    const body = { paragraphs: ['特此告知。'] };
    expect(() => checkTemplate(InstrumentKind.ACCEPTANCE_NOTICE, { title: ' ', ...body })).toThrow('标题');
    expect(() => checkTemplate(InstrumentKind.ACCEPTANCE_NOTICE, { title: '{信访人}告知书', ...body })).toThrow('占位符');
    expect(() => checkTemplate(InstrumentKind.ACCEPTANCE_NOTICE, { title: '告知书', paragraphs: [' ', ''] })).toThrow('正文');
    expect(() => checkTemplate(InstrumentKind.SUPERVISION_NOTICE as never, { title: '督办单', ...body })).toThrow('无模板');
  });

  it('fills every placeholder, leaves out a paragraph whose value is missing and splits a value of several lines', () => {
    const template = { title: 't', paragraphs: ['{信访人}：', '{处理意见}', '请向{法定途径}提出。', '特此告知。'] };
    expect(fillTemplate(template, { 信访人: '王某', 处理意见: '一、……\n\n二、……', 法定途径: null })).toEqual(['王某：', '一、……', '二、……', '特此告知。']);
  });

  it('leaves no placeholder unfilled when every value is given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_INSTRUMENT_KINDS),
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[{}\n]/.test(s) && s.trim() !== ''),
        (kind, value) => {
          const values = Object.fromEntries(Object.keys(placeholdersOf(kind)).map((name) => [name, value]));
          const filled = fillTemplate(DEFAULT_TEMPLATES[kind], values);
          expect(filled.length).toBe(DEFAULT_TEMPLATES[kind].paragraphs.length);
          expect(filled.some((p) => /\{[^}]*\}/.test(p))).toBe(false);
        },
      ),
    );
  });
});

describe('which step issues which instrument', () => {
  it('issues the petitioner’s notices and opinions, the body’s routing notice, and nothing for the other steps', () => {
    expect(instrumentOfStep(CaseAction.ACCEPT)).toEqual({ kind: InstrumentKind.ACCEPTANCE_NOTICE, addressee: InstrumentAddressee.PETITIONER });
    expect(instrumentOfStep(CaseAction.DECLINE)?.kind).toBe(InstrumentKind.DECLINE_NOTICE);
    expect(instrumentOfStep(CaseAction.ROUTE)).toEqual({ kind: InstrumentKind.ROUTING_NOTICE, addressee: InstrumentAddressee.BODY });
    expect(instrumentOfStep(CaseAction.EXTEND)?.kind).toBe(InstrumentKind.EXTENSION_NOTICE);
    expect(instrumentOfStep(CaseAction.DECIDE)?.kind).toBe(InstrumentKind.HANDLING_OPINION);
    expect(instrumentOfStep(CaseAction.DECIDE_REVIEW)?.kind).toBe(InstrumentKind.REVIEW_OPINION);
    expect(instrumentOfStep(CaseAction.DECIDE_REEXAMINATION)?.kind).toBe(InstrumentKind.REEXAMINATION_OPINION);
    const issuing = Object.values(CaseAction).filter((action) => instrumentOfStep(action));
    expect(issuing).toHaveLength(7);
    for (const action of [CaseAction.REGISTER, CaseAction.RECEIVE, CaseAction.DELIVER, CaseAction.RATE, CaseAction.CLOSE, CaseAction.LAPSE]) {
      expect(instrumentOfStep(action)).toBeNull();
    }
  });
});
