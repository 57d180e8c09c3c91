import { afterAll, afterEach, beforeAll, describe, expect } from '@jest/globals';
import { caseActionScenarios } from './scenarios/case-actions.js';
import { noticeScenarios } from './scenarios/notices.js';
import { queueAndReceptionScenarios } from './scenarios/queue-and-receptions.js';
import { registrationScenarios } from './scenarios/registration.js';
import { sessionAndQueueScenarios } from './scenarios/session-and-queue.js';
import { BrowserSuite } from './suite.js';

// The case desk's screens; the offices' screens are in console-offices.e2e-spec.ts, a system of its own,
// so that the two files run side by side.
describe('staff console in Chromium, against the whole system: the case desk', () => {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start(), 180_000);
  afterAll(() => suite.stop(), 60_000);
  afterEach(() => expect(suite.takePageErrors()).toEqual([]));

  sessionAndQueueScenarios(suite);
  queueAndReceptionScenarios(suite);
  registrationScenarios(suite);
  caseActionScenarios(suite);
  noticeScenarios(suite);
});
