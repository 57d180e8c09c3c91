import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { QUERY_CODE_ALPHABET, formatQueryCode, newQueryCode, normaliseIdTail, normaliseQueryCode } from '../query-code.js';

describe('query code (查询码)', () => {
  it('has 12 characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 50; i++) expect(newQueryCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    expect(QUERY_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('reads back as typed: groups, spaces and lower case', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        let state = seed;
        const code = newQueryCode((max) => (state = (state * 1103515245 + 12345) % 2 ** 31) % max);
        expect(normaliseQueryCode(formatQueryCode(code))).toBe(code);
        expect(normaliseQueryCode(` ${formatQueryCode(code).toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
      }),
    );
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseQueryCode('ABCD-EFGH-JK')).toBeNull();
    expect(normaliseQueryCode('ABCD-EFGH-JK0O')).toBeNull();
    expect(normaliseQueryCode('')).toBeNull();
  });

  it('reads an ID number tail with its check character', () => {
    expect(normaliseIdTail('123x')).toBe('123X');
    expect(normaliseIdTail('0012')).toBe('0012');
    expect(normaliseIdTail('12X3')).toBeNull();
    expect(normaliseIdTail('12345')).toBeNull();
  });
});
