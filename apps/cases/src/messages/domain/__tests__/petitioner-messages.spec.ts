import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CaseAction, DeclineReason, RouteMode } from '../../../cases/domain/index.js';
import {
  DEFAULT_TEMPLATES,
  KIND_PLACEHOLDERS,
  MESSAGE_KIND_OF,
  MessageChannel,
  MessageKind,
  MessageStatus,
  isMobileMask,
  maskEmail,
  messageFor,
  normaliseEmail,
  placeholdersIn,
  ratingLink,
  recipientsOf,
  renderTemplate,
  signatureOf,
  signedText,
  smsSegments,
  statusAfterFailure,
  unknownPlaceholders,
} from '../index.js';

const render = (step: Parameters<typeof messageFor>[0]) => {
  const m = messageFor(step)!;
  return renderTemplate(DEFAULT_TEMPLATES[m.kind], m.values);
};

describe('which step sends what', () => {
  it('tells the petitioner of registration with the case number', () => {
    expect(messageFor({ action: CaseAction.REGISTER, number: '510104-2026-00000001' })).toEqual({
      kind: MessageKind.REGISTERED,
      values: { 编号: '510104-2026-00000001' },
    });
  });

  it('names to whom a case was routed, and how', () => {
    expect(render({ action: CaseAction.ROUTE, number: 'N1', routeMode: RouteMode.ASSIGN, routeTarget: '锦江区住房和城乡建设局' })).toBe(
      '您的信访事项N1已交办锦江区住房和城乡建设局办理。',
    );
  });

  it('gives the deadline on acceptance and extension, as a Chinese date', () => {
    expect(render({ action: CaseAction.ACCEPT, number: 'N1', handleDeadline: '2026-09-21' })).toContain('2026年9月21日前');
    expect(render({ action: CaseAction.EXTEND, number: 'N1', handleDeadline: '2026-10-08' })).toContain('延长至2026年10月8日');
  });

  it('gives the decline reason and the legal channel named', () => {
    const text = render({ action: CaseAction.DECLINE, number: 'N1', declineReason: DeclineReason.LITIGATION, declineTarget: '锦江区人民法院' });
    expect(text).toBe('您的信访事项N1不予受理：应当通过诉讼途径解决。请依法向锦江区人民法院提出。');
    expect(render({ action: CaseAction.DECLINE, number: 'N1', declineReason: DeclineReason.NOT_A_PETITION })).toBe('您的信访事项N1不予受理：不属于信访事项。');
  });

  it('sends the rating link on delivery, and nothing without one', () => {
    const link = ratingLink('https://xf.example.gov.cn/', 'abc-_1');
    expect(link).toBe('https://xf.example.gov.cn/portal/rate?token=abc-_1');
    expect(render({ action: CaseAction.DELIVER, number: 'N1', ratingLink: link })).toContain(link);
    expect(messageFor({ action: CaseAction.DELIVER, number: 'N1' })).toBeNull();
  });

  it('states the review and re-examination outcome', () => {
    expect(render({ action: CaseAction.DECIDE_REVIEW, number: 'N1', outcome: 'DOES_NOT_SUPPORT', result: 'UPHELD' })).toBe(
      '您的信访事项N1复查意见已出具：维持原处理意见，不予支持。',
    );
    expect(render({ action: CaseAction.DECIDE_REEXAMINATION, number: 'N1', outcome: 'SUPPORTS', result: 'CHANGED' })).toContain(
      '变更复查意见，予以支持。本事项终结',
    );
  });

  it('has a message kind for exactly the steps that concern the petitioner', () => {
    expect(Object.keys(MESSAGE_KIND_OF).sort()).toEqual(
      ['REGISTER', 'ROUTE', 'ACCEPT', 'DECLINE', 'EXTEND', 'DELIVER', 'DECIDE_REVIEW', 'DECIDE_REEXAMINATION'].sort(),
    );
    expect(new Set(Object.values(MESSAGE_KIND_OF)).size).toBe(Object.values(MessageKind).length);
  });

  it('sends nothing for the steps that do not concern the petitioner', () => {
    for (const action of [CaseAction.RECEIVE, CaseAction.DECIDE, CaseAction.RATE, CaseAction.OBJECT, CaseAction.SUBMIT_COMPLETION_REPORT, CaseAction.CLOSE]) {
      expect(messageFor({ action, number: 'N1' })).toBeNull();
    }
  });

  it('keeps every default text, signed, within one SMS segment for a usual case number', () => {
    const values = {
      编号: '510104001-2026-00000001',
      机构: '锦江区住房和城乡建设局',
      方式: '转送',
      期限: '2026年12月31日',
      理由: '应当通过诉讼途径解决',
      途径: '',
      结果: '维持',
      结论: '部分支持',
    };
    for (const kind of Object.values(MessageKind).filter((k) => k !== MessageKind.DELIVERED)) {
      expect(smsSegments(signedText('锦江区信访局', renderTemplate(DEFAULT_TEMPLATES[kind], values)))).toBe(1);
    }
  });
});

describe('templates', () => {
  it('uses only the placeholders its kind knows, by default', () => {
    for (const kind of Object.values(MessageKind)) expect(unknownPlaceholders(kind, DEFAULT_TEMPLATES[kind])).toEqual([]);
  });

  it('finds unknown placeholders, each once', () => {
    expect(unknownPlaceholders(MessageKind.REGISTERED, '{编号}{链接}{链接}{x}')).toEqual(['链接', 'x']);
    expect(placeholdersIn('{a}{b}{a}')).toEqual(['a', 'b']);
  });

  it('fills every known placeholder and leaves no braces of known names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(MessageKind)),
        fc.string({ maxLength: 20 }).filter((v) => !/[{}]/.test(v)),
        (kind, value) => {
          const text = KIND_PLACEHOLDERS[kind].map((name) => `{${name}}`).join('-');
          const values = Object.fromEntries(KIND_PLACEHOLDERS[kind].map((name) => [name, value]));
          expect(renderTemplate(text, values)).toBe(KIND_PLACEHOLDERS[kind].map(() => value).join('-'));
        },
      ),
    );
  });

  it('signs with the office name in 【】 first: the office and its petition bureau', () => {
    expect(signedText('锦江区信访局', '正文')).toBe('【锦江区信访局】正文');
    expect(signatureOf('锦江区', '信访局')).toBe('锦江区信访局');
    expect(signatureOf('锦江区', '锦江区信访局')).toBe('锦江区信访局');
    expect(signatureOf('春熙路街道', null)).toBe('春熙路街道');
  });

  it('counts SMS segments: 70 alone, 67 per part', () => {
    expect(smsSegments('字'.repeat(70))).toBe(1);
    expect(smsSegments('字'.repeat(71))).toBe(2);
    expect(smsSegments('字'.repeat(134))).toBe(2);
    expect(smsSegments('字'.repeat(135))).toBe(3);
  });
});

describe('recipients', () => {
  const p = (id: string, representative: boolean, phoneMasked: string | null, hasEmail = false) => ({ id, representative, phoneMasked, hasEmail });

  it('sends an SMS to each mobile phone and an e-mail where one is given', () => {
    expect(recipientsOf([p('a', false, '138****5678', true), p('b', false, null), p('c', false, '028-******34')], 3)).toEqual([
      { petitionerId: 'a', channel: MessageChannel.SMS },
      { petitionerId: 'a', channel: MessageChannel.EMAIL },
    ]);
  });

  it('tells a collective petition through its representatives only', () => {
    const people = [p('r1', true, '138****0001'), p('r2', true, '138****0002'), p('x', false, '138****0003')];
    expect(recipientsOf(people, 30).map((r) => r.petitionerId)).toEqual(['r1', 'r2']);
    // Not collective (fewer than five persons): everyone reachable.
    expect(recipientsOf(people, 3).map((r) => r.petitionerId)).toEqual(['r1', 'r2', 'x']);
    // Collective without representatives: everyone reachable.
    expect(recipientsOf([p('x', false, '138****0003')], 30).map((r) => r.petitionerId)).toEqual(['x']);
  });

  it('never sends two messages of one channel to one petitioner', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ id: fc.uuid(), representative: fc.boolean(), phoneMasked: fc.constantFrom(null, '138****5678', '028-******34'), hasEmail: fc.boolean() }),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 50 }),
        (people, count) => {
          const unique = [...new Map(people.map((x) => [x.id, x])).values()];
          const recipients = recipientsOf(unique, count);
          expect(new Set(recipients.map((r) => `${r.petitionerId} ${r.channel}`)).size).toBe(recipients.length);
          for (const r of recipients) {
            const person = unique.find((x) => x.id === r.petitionerId)!;
            expect(r.channel === MessageChannel.SMS ? isMobileMask(person.phoneMasked) : person.hasEmail).toBe(true);
          }
        },
      ),
    );
  });
});

describe('retries and addresses', () => {
  it('stays queued until the last attempt fails', () => {
    expect(statusAfterFailure(1, 6)).toBe(MessageStatus.QUEUED);
    expect(statusAfterFailure(5, 6)).toBe(MessageStatus.QUEUED);
    expect(statusAfterFailure(6, 6)).toBe(MessageStatus.FAILED);
  });

  it('normalises and masks e-mail addresses', () => {
    expect(normaliseEmail('  Zhang.San@Example.COM ')).toBe('Zhang.San@example.com');
    expect(normaliseEmail('not an address')).toBeNull();
    expect(normaliseEmail('a@b')).toBeNull();
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
  });

  it('never shows more than the first character and the domain of an address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const masked = maskEmail(email);
        const local = email.slice(0, email.lastIndexOf('@'));
        expect(masked.startsWith(local[0])).toBe(true);
        if (local.length > 1) expect(masked).not.toContain(local);
      }),
    );
  });
});
