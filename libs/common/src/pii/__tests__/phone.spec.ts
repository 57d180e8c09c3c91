import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePhone, requirePhone } from '../phone.js';
import { AppError } from '../../errors/index.js';

describe('parsePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['19912345678', '19912345678'],
  ])('normalises mobile %p to %p', (input, value) => {
    expect(parsePhone(input)).toEqual({ ok: true, value, kind: 'MOBILE' });
  });

  it.each([
    ['028-86001234', '028-86001234'],
    ['02886001234', '028-86001234'],
    ['(028) 8600 1234', '028-86001234'],
    ['010-6512345', '010-6512345'],
    ['0816-2345678', '0816-2345678'],
    ['08162345678', '0816-2345678'],
    ['028-86001234-801', '028-86001234-801'],
    ['028-86001234转801', '028-86001234-801'],
    ['028 86001234 ext 801', '028-86001234-801'],
    ['+86 28 8600 1234', '028-86001234'],
    ['+86 10 6512 3456', '010-65123456'],
    ['+86 028 8600 1234', '028-86001234'],
  ])('normalises landline %p to %p', (input, value) => {
    expect(parsePhone(input)).toEqual({ ok: true, value, kind: 'LANDLINE' });
  });

  it.each(['12812345678', '1381234567', '138123456789', '86001234', '028-1600123', '028-860012345', 'abc', '+1 212 555 0100'])('refuses %p', (input) => {
    expect(parsePhone(input)).toMatchObject({ ok: false, code: 'PHONE_INVALID', message: expect.stringContaining('电话号码格式无效') });
  });

  it('refuses an empty value with its own code', () => {
    expect(parsePhone('  ')).toEqual({ ok: false, code: 'PHONE_EMPTY', message: '电话号码不能为空' });
  });

  it('is idempotent: a canonical value normalises to itself', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([b, r]) => `1${b}${r}`);
    const landline = fc
      .tuple(fc.constantFrom('010', '021', '028', '0816', '0755'), fc.stringMatching(/^[2-9]\d{6,7}$/))
      .map(([area, local]) => `${area}-${local}`);
    fc.assert(
      fc.property(fc.oneof(mobile, landline), (value) => {
        const once = parsePhone(value);
        expect(once.ok && once.value).toBe(value);
      }),
    );
  });
});

describe('requirePhone', () => {
  it('throws a VALIDATION error with the reason code', () => {
    expect(() => requirePhone('12345')).toThrow(AppError);
    try {
      requirePhone('12345');
    } catch (error) {
      expect((error as AppError).extensions).toMatchObject({ code: 'VALIDATION', details: { field: 'phone', reason: 'PHONE_INVALID' } });
    }
  });
});
