import type { ServiceDatabase } from '#common/db';
import { casesDatabase } from '../apps/cases/src/database.js';
import { meetingsDatabase } from '../apps/meetings/src/database.js';
import { assessmentDatabase } from '../apps/assessment/src/database.js';

/** Every service's database, in migration order: the directory (cases) first. */
export const SERVICE_DATABASES: ServiceDatabase[] = [casesDatabase, meetingsDatabase, assessmentDatabase];
