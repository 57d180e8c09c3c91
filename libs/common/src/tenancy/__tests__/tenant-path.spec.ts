import { describe, expect, it } from '@jest/globals';
import { isStrictlyWithin, isWithin } from '../tenant-path.js';

describe('tenant paths', () => {
  it('counts a tenant within itself and its ancestors, not strictly within itself', () => {
    expect(isWithin('510000.510100', '510000.510100')).toBe(true);
    expect(isWithin('510000.510100.510104', '510000')).toBe(true);
    expect(isStrictlyWithin('510000.510100', '510000.510100')).toBe(false);
    expect(isStrictlyWithin('510000.510100.510104', '510000.510100')).toBe(true);
  });

  it('compares whole labels, not prefixes of a label', () => {
    expect(isWithin('510000.5101001', '510000.510100')).toBe(false);
    expect(isStrictlyWithin('5100001', '510000')).toBe(false);
  });

  it('does not count an ancestor within its descendant', () => {
    expect(isWithin('510000', '510000.510100')).toBe(false);
  });
});
