import { afterAll, afterEach, beforeAll, describe, expect } from '@jest/globals';
import { adminScenarios } from './scenarios/admin.js';
import { assessmentScenarios } from './scenarios/assessment.js';
import { conferenceTaskScenarios } from './scenarios/conference-tasks.js';
import { statisticsScenarios } from './scenarios/statistics.js';
import { BrowserSuite } from './suite.js';

// Statistics, conferences and tasks, assessment and administration; the case desk's screens are in
// console-case-desk.e2e-spec.ts, a system of its own.
describe('staff console in Chromium, against the whole system: the offices', () => {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start(), 180_000);
  afterAll(() => suite.stop(), 60_000);
  afterEach(() => expect(suite.takePageErrors()).toEqual([]));

  statisticsScenarios(suite);
  conferenceTaskScenarios(suite);
  assessmentScenarios(suite);
  adminScenarios(suite);
});
