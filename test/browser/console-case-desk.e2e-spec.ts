import { caseActionScenarios } from './scenarios/case-actions.js';
import { caseAttachmentScenarios } from './scenarios/case-attachments.js';
import { noticeScenarios } from './scenarios/notices.js';
import { messageScenarios } from './scenarios/messages.js';
import { queueAndReceptionScenarios } from './scenarios/queue-and-receptions.js';
import { registrationScenarios } from './scenarios/registration.js';
import { sessionAndQueueScenarios } from './scenarios/session-and-queue.js';
import { describeConsole } from './suite.js';

// The offices' screens are in console-offices.e2e-spec.ts, a system of its own, so that the two files run side by side.
describeConsole('the case desk', [
  sessionAndQueueScenarios,
  queueAndReceptionScenarios,
  registrationScenarios,
  caseActionScenarios,
  caseAttachmentScenarios,
  noticeScenarios,
  messageScenarios,
]);
