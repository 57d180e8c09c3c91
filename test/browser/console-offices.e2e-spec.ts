import { adminScenarios } from './scenarios/admin.js';
import { assessmentScenarios } from './scenarios/assessment.js';
import { conferenceSetupScenarios } from './scenarios/conference-setup.js';
import { conferenceTaskScenarios } from './scenarios/conference-tasks.js';
import { portalScenarios } from './scenarios/portal.js';
import { statisticsScenarios } from './scenarios/statistics.js';
import { describeConsole } from './suite.js';

// The case desk's screens are in console-case-desk.e2e-spec.ts, a system of its own. The portal's
// citizen comes last: the case it makes would change the figures the statistics expect.
describeConsole('the offices and the portal', [
  statisticsScenarios,
  conferenceSetupScenarios,
  conferenceTaskScenarios,
  assessmentScenarios,
  adminScenarios,
  portalScenarios,
]);
