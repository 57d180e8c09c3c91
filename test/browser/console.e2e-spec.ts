import { afterAll, afterEach, beforeAll, describe, expect } from '@jest/globals';
import { adminScenarios } from './scenarios/admin.js';
import { assessmentScenarios } from './scenarios/assessment.js';
import { caseActionScenarios } from './scenarios/case-actions.js';
import { conferenceSetupScenarios } from './scenarios/conference-setup.js';
import { conferenceTaskScenarios } from './scenarios/conference-tasks.js';
import { noticeScenarios } from './scenarios/notices.js';
import { queueAndReceptionScenarios } from './scenarios/queue-and-receptions.js';
import { registrationScenarios } from './scenarios/registration.js';
import { sessionAndQueueScenarios } from './scenarios/session-and-queue.js';
import { statisticsScenarios } from './scenarios/statistics.js';
import { BrowserSuite } from './suite.js';

describe('staff console in Chromium, against the whole system', () => {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start(), 180_000);
  afterAll(() => suite.stop(), 60_000);
  afterEach(() => expect(suite.takePageErrors()).toEqual([]));

  sessionAndQueueScenarios(suite);
  queueAndReceptionScenarios(suite);
  registrationScenarios(suite);
  caseActionScenarios(suite);
  noticeScenarios(suite);
  statisticsScenarios(suite);
  conferenceSetupScenarios(suite);
  conferenceTaskScenarios(suite);
  assessmentScenarios(suite);
  adminScenarios(suite);
});
