import { adminScenarios } from './scenarios/admin.js';
import { assessmentScenarios } from './scenarios/assessment.js';
import { conferenceTaskScenarios } from './scenarios/conference-tasks.js';
import { statisticsScenarios } from './scenarios/statistics.js';
import { describeConsole } from './suite.js';

// The case desk's screens are in console-case-desk.e2e-spec.ts, a system of its own.
describeConsole('the offices', [statisticsScenarios, conferenceTaskScenarios, assessmentScenarios, adminScenarios]);
