import { AssessmentSchema1767000000300 } from './1767000000300-assessment-schema.js';

export const ASSESSMENT_MIGRATIONS = [AssessmentSchema1767000000300];
