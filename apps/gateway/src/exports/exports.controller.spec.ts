import { describe, expect, it } from '@jest/globals';
import { exportSubgraph } from './exports.controller.js';

describe('exportSubgraph', () => {
  it('sends assessment files to the assessment subgraph and every other download to cases', () => {
    expect(exportSubgraph('/exports/assessment/schemes/5a3c/ranking.xlsx')).toBe('assessment');
    expect(exportSubgraph('/exports/cases.xlsx?filter=%7B%7D')).toBe('cases');
    expect(exportSubgraph('/exports/assessment')).toBe('cases');
    expect(exportSubgraph('/exports/assessmentx/ranking.xlsx')).toBe('cases');
  });
});
