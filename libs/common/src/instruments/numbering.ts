import { InstrumentKind } from './instrument.js';

/**
 * 发文字号 after GB/T 9704 7.2.4: 发文机关代字, year in 六角括号 〔〕, and the number without leading
 * zeros or 第 — e.g. 锦江信受〔2026〕3号. Each issuing office numbers each series from 1 every year.
 */

/** Administrative suffixes a tenant's name ends with, longest first. */
const SUFFIXES = ['特别行政区', '自治州', '自治县', '自治区', '街道', '地区', '省', '市', '区', '县', '州', '盟', '旗', '镇', '乡'];

/**
 * 机关代字 from the office's name: the name without its administrative suffix, its first two
 * characters (锦江区 → 锦江, 成都市 → 成都, 春熙路街道 → 春熙); a name that is only a suffix and one
 * character keeps that character.
 */
export function officeAbbreviation(name: string): string {
  const trimmed = name.trim();
  const suffix = SUFFIXES.find((s) => trimmed.endsWith(s) && trimmed.length > s.length);
  const stem = suffix ? trimmed.slice(0, -suffix.length) : trimmed;
  return [...stem].slice(0, 2).join('');
}

/** The series code of a kind: 信 (petition work) and what the instrument does; routing numbers 转送 and 交办 apart. */
export function instrumentSeries(kind: InstrumentKind, routeMode?: 'TRANSFER' | 'ASSIGN' | null): string {
  switch (kind) {
    case InstrumentKind.ACCEPTANCE_NOTICE:
      return '信受';
    case InstrumentKind.DECLINE_NOTICE:
      return '信不受';
    case InstrumentKind.ROUTING_NOTICE:
      return routeMode === 'ASSIGN' ? '信交' : '信转';
    case InstrumentKind.EXTENSION_NOTICE:
      return '信延';
    case InstrumentKind.HANDLING_OPINION:
      return '信处';
    case InstrumentKind.REVIEW_OPINION:
      return '信复查';
    case InstrumentKind.REEXAMINATION_OPINION:
      return '信复核';
    case InstrumentKind.SUPERVISION_NOTICE:
      return '信督';
  }
}

/** The number as printed: 代字 + series, the year in 〔〕, the ordinal and 号. */
export function documentNumber(officeName: string, series: string, year: number, ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 1) throw new RangeError(`document ordinal must be a positive integer, got ${ordinal}`);
  return `${officeAbbreviation(officeName)}${series}〔${year}〕${ordinal}号`;
}
