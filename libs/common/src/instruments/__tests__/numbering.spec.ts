import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InstrumentKind, documentNumber, instrumentSeries, officeAbbreviation } from '../index.js';

describe('document numbers (发文字号)', () => {
  it('takes the office’s code from its name without the administrative suffix', () => {
    expect(officeAbbreviation('锦江区')).toBe('锦江');
    expect(officeAbbreviation('成都市')).toBe('成都');
    expect(officeAbbreviation('四川省')).toBe('四川');
    expect(officeAbbreviation('春熙路街道')).toBe('春熙');
    expect(officeAbbreviation('阿坝藏族羌族自治州')).toBe('阿坝');
    expect(officeAbbreviation('和县')).toBe('和');
  });

  it('numbers each kind in its own series, transfers apart from assignments', () => {
    expect(documentNumber('锦江区', instrumentSeries(InstrumentKind.ACCEPTANCE_NOTICE), 2026, 3)).toBe('锦江信受〔2026〕3号');
    expect(instrumentSeries(InstrumentKind.ROUTING_NOTICE, 'TRANSFER')).toBe('信转');
    expect(instrumentSeries(InstrumentKind.ROUTING_NOTICE, 'ASSIGN')).toBe('信交');
    const series = Object.values(InstrumentKind).map((kind) => instrumentSeries(kind));
    expect(new Set(series).size).toBe(series.length);
  });

  it('writes the year in 六角括号 and the ordinal without leading zeros; refuses an ordinal below 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...Object.values(InstrumentKind)),
        (year, n, kind) => {
          const number = documentNumber('锦江区', instrumentSeries(kind), year, n);
          expect(number).toMatch(/^锦江信\p{Script=Han}+〔\d{4}〕[1-9]\d*号$/u);
          expect(number).toContain(`〔${year}〕${n}号`);
        },
      ),
    );
    expect(() => documentNumber('锦江区', '信受', 2026, 0)).toThrow(RangeError);
  });
});
