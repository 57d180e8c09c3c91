import { describe, expect, it } from '@jest/globals';
import { resolutionRate, resolvedCaseSql } from '../reception-tally.js';

describe('resolutionRate', () => {
  it('is resolved over all cases', () => {
    expect(resolutionRate(3, 4)).toBe(0.75);
    expect(resolutionRate(0, 2)).toBe(0);
  });

  it('is null without cases rather than 0 or 100%', () => {
    expect(resolutionRate(0, 0)).toBeNull();
  });
});

describe('resolvedCaseSql', () => {
  it('states the rule on the given alias', () => {
    const sql = resolvedCaseSql('x').replace(/\s+/g, ' ');
    expect(sql).toBe(
      "(x.state IN ('DELIVERED', 'CLOSED', 'FINALIZED') AND x.decline_reason IS NULL AND x.close_reason IS DISTINCT FROM 'WITHDRAWN' AND x.rating IS DISTINCT FROM 'DISSATISFIED')",
    );
  });
});
