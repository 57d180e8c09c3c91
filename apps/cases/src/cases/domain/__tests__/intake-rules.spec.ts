import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoDate } from '#common/calendar';
import { CaseState, Channel, isCollective, isHandledBelow, isLevelSkipping, repeatScore } from '../index.js';

describe('intake rules', () => {
  it('a visit is level-skipping only when registered more than one level above the problem', () => {
    expect(isLevelSkipping(Channel.VISIT, '510000', '510000.510100')).toBe(false);
    expect(isLevelSkipping(Channel.VISIT, '510000', '510000.510100.510104')).toBe(true);
    expect(isLevelSkipping(Channel.VISIT, '510000.510100', '510000.510100.510104.510104001')).toBe(true);
    expect(isLevelSkipping(Channel.VISIT, '510000.510100.510104', '510000.510100.510104')).toBe(false);
    expect(isLevelSkipping(Channel.LETTER, '510000', '510000.510100.510104')).toBe(false);
  });

  it('five persons make a collective petition', () => {
    expect([1, 4, 5, 50].map(isCollective)).toEqual([false, false, true, true]);
  });

  describe('handled below', () => {
    const original = { state: CaseState.ACCEPTED, tenantPath: '510000.510100.510104', deadline: isoDate('2026-09-21') };
    it('holds while a lower office handles the matter within time', () => {
      expect(isHandledBelow(original, '510000.510100', isoDate('2026-09-21'))).toBe(true);
    });
    it('lapses once the clock ran out, the matter is finished, or the holder is not below', () => {
      expect(isHandledBelow(original, '510000.510100', isoDate('2026-09-22'))).toBe(false);
      expect(isHandledBelow({ ...original, state: CaseState.CLOSED }, '510000.510100', isoDate('2026-09-01'))).toBe(false);
      expect(isHandledBelow(original, '510000.510100.510104', isoDate('2026-09-01'))).toBe(false);
      expect(isHandledBelow(original, '510000.510100.510107', isoDate('2026-09-01'))).toBe(false);
    });
  });

  describe('repeat score', () => {
    const match = fc.record({ sameIdNumber: fc.boolean(), samePhone: fc.boolean(), textSimilarity: fc.double({ min: 0, max: 1, noNaN: true }) });

    it('stays between 0 and 1', () => {
      fc.assert(fc.property(match, (m) => repeatScore(m) >= 0 && repeatScore(m) <= 1));
    });

    it('never falls when evidence is added', () => {
      fc.assert(
        fc.property(match, match, (m, extra) => {
          const stronger = {
            sameIdNumber: m.sameIdNumber || extra.sameIdNumber,
            samePhone: m.samePhone || extra.samePhone,
            textSimilarity: Math.max(m.textSimilarity, extra.textSimilarity),
          };
          return repeatScore(stronger) >= repeatScore(m);
        }),
      );
    });

    it('ranks the same ID number above any wording alone', () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          (similarity) =>
            repeatScore({ sameIdNumber: true, samePhone: false, textSimilarity: 0 }) >
            repeatScore({ sameIdNumber: false, samePhone: false, textSimilarity: similarity }),
        ),
      );
    });
  });
});
