import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { residentIdCheckChar } from '../../../../../libs/common/src/pii/resident-id';
import { idNumberFeedback, idNumberValidator } from '../id-number';

const NOW = new Date('2026-06-01T00:00:00Z');
const body = '51010419900307123';
const valid = body + residentIdCheckChar(body);

describe('idNumberFeedback (as typed)', () => {
  it('waits while a well-formed number is still being typed', () => {
    for (let length = 1; length < 18; length++) expect(idNumberFeedback(valid.slice(0, length), NOW)).toEqual({ status: 'typing' });
  });

  it('accepts a complete valid number, with a lower-case x normalised', () => {
    expect(idNumberFeedback(valid, NOW)).toEqual({ status: 'ok' });
    const xBody = Array.from({ length: 900 }, (_, i) => `51010419900307${100 + i}`).find((candidate) => residentIdCheckChar(candidate) === 'X')!;
    expect(idNumberFeedback(`${xBody}x`, NOW)).toEqual({ status: 'ok' });
  });

  it('flags a letter at once, before the number is complete', () => {
    expect(idNumberFeedback('5101A4', NOW)).toMatchObject({ status: 'error', message: expect.stringContaining('数字') });
    expect(idNumberFeedback('5101041990030X', NOW)).toMatchObject({ status: 'error' });
  });

  it('shows the server rule’s message for a wrong check character (GB 11643)', () => {
    const wrong = body + (valid[17] === '0' ? '1' : '0');
    expect(idNumberFeedback(wrong, NOW)).toEqual({ status: 'error', message: '身份证号码校验位错误' });
  });

  it('rejects every complete number whose check character was changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'0123456789X'), (check) => {
        const feedback = idNumberFeedback(body + check, NOW);
        expect(feedback.status).toBe(check === valid[17] ? 'ok' : 'error');
      }),
    );
  });

  it('rejects more than 18 characters', () => {
    expect(idNumberFeedback(`${valid}1`, NOW)).toEqual({ status: 'error', message: '身份证号码长度应为18位' });
  });
});

describe('idNumberValidator (antd form rule)', () => {
  it('lets an empty optional field pass and rejects an unfinished or wrong number', async () => {
    await expect(idNumberValidator(null, '')).resolves.toBeUndefined();
    await expect(idNumberValidator(null, undefined)).resolves.toBeUndefined();
    await expect(idNumberValidator(null, valid)).resolves.toBeUndefined();
    await expect(idNumberValidator(null, valid.slice(0, 10))).rejects.toThrow('身份证号码长度应为18位');
    await expect(idNumberValidator(null, `${body}${valid[17] === '0' ? '1' : '0'}`)).rejects.toThrow('身份证号码校验位错误');
  });
});
