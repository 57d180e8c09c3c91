import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseResidentId, requireResidentId, residentIdCheckChar } from '../resident-id.js';
import { AppError } from '../../errors/index.js';

const NOW = new Date('2026-06-15T04:00:00Z');

const provinces = ['11', '12', '31', '44', '51', '65', '71', '81'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid 17-digit body: real province, any district, a real birth date in [1900, NOW], any sequence. */
const validBody = fc
  .record({
    province: fc.constantFrom(...provinces),
    district: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-06-14T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, district, birth, sequence }) => ({
    body: province + pad(district, 4) + birth.toISOString().slice(0, 10).replaceAll('-', '') + pad(sequence, 3),
    birthDate: birth.toISOString().slice(0, 10),
    sex: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
  }));

const validNumber = validBody.map((b) => b.body + residentIdCheckChar(b.body));

describe('parseResidentId', () => {
  it('accepts the standard sample 11010519491231002X and extracts birth date and sex', () => {
    expect(parseResidentId('11010519491231002X', NOW)).toEqual({
      ok: true,
      value: '11010519491231002X',
      addressCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
  });

  it('normalises a lower-case x and surrounding spaces', () => {
    const result = parseResidentId(' 11010519491231002x ', NOW);
    expect(result.ok && result.value).toBe('11010519491231002X');
  });

  it.each([
    ['', 'ID_EMPTY', '身份证号码不能为空'],
    ['11010519491231002', 'ID_LENGTH', '身份证号码长度应为18位'],
    ['110105194912310021X', 'ID_LENGTH', '身份证号码长度应为18位'],
    ['1101051949123100X2', 'ID_FORMAT', '身份证号码前17位应为数字，最后一位应为数字或X'],
    ['11010519491231002Y', 'ID_FORMAT', '身份证号码前17位应为数字，最后一位应为数字或X'],
    ['110105194912310021', 'ID_CHECKSUM', '身份证号码校验位错误'],
    ['990105194912310021', 'ID_ADDRESS', '身份证号码地址码无效'],
    ['110105194902300021', 'ID_BIRTH_DATE', '身份证号码中的出生日期无效'],
    ['110105194913010021', 'ID_BIRTH_DATE', '身份证号码中的出生日期无效'],
    // The standard's other sample: a correct check digit, but born in 1880.
    ['440524188001010014', 'ID_BIRTH_DATE', '身份证号码中的出生日期无效：早于1900年'],
    ['110105202606160021', 'ID_BIRTH_DATE', '身份证号码中的出生日期无效：晚于今天'],
  ])('refuses %p with %s', (input, code, message) => {
    expect(parseResidentId(input, NOW)).toEqual({ ok: false, code, message });
  });

  it('accepts 29 February only in a leap year (2000 yes, 1900 no)', () => {
    const withCheck = (body: string) => body + residentIdCheckChar(body);
    expect(parseResidentId(withCheck('11010520000229001'), NOW).ok).toBe(true);
    expect(parseResidentId(withCheck('11010519000229001'), NOW)).toMatchObject({ code: 'ID_BIRTH_DATE' });
  });

  it('judges "today" in China time: born on 16 June is valid at 00:30 Beijing, still 15 June in UTC', () => {
    const body = '11010520260616001';
    expect(parseResidentId(body + residentIdCheckChar(body), new Date('2026-06-15T16:30:00Z')).ok).toBe(true);
  });

  it('accepts every valid body with its computed check character', () => {
    fc.assert(
      fc.property(validBody, ({ body, birthDate, sex }) => {
        expect(parseResidentId(body + residentIdCheckChar(body), NOW)).toEqual({
          ok: true,
          value: body + residentIdCheckChar(body),
          addressCode: body.slice(0, 6),
          birthDate,
          sex,
        });
      }),
    );
  });

  it('refuses any single changed character (MOD 11-2 detects every single substitution)', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, at, shift) => {
        const alphabet = '0123456789X';
        const replaced = alphabet[(alphabet.indexOf(id[at]) + shift) % 11];
        const changed = id.slice(0, at) + replaced + id.slice(at + 1);
        expect(parseResidentId(changed, NOW).ok).toBe(false);
      }),
    );
  });

  it('refuses any swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 16 }), (id, at) => {
        fc.pre(id[at] !== id[at + 1]);
        const swapped = id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
        expect(parseResidentId(swapped, NOW).ok).toBe(false);
      }),
    );
  });
});

describe('requireResidentId', () => {
  it('throws a VALIDATION error naming the field and the reason', () => {
    try {
      requireResidentId('110105194912310021', 'petitioners.0.idNumber', NOW);
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toBe('身份证号码校验位错误');
      expect((error as AppError).extensions).toEqual({
        code: 'VALIDATION',
        details: { field: 'petitioners.0.idNumber', reason: 'ID_CHECKSUM' },
      });
    }
  });

  it('returns the normalised number', () => {
    expect(requireResidentId('11010519491231002x', 'idNumber', NOW)).toBe('11010519491231002X');
  });
});
