import type { ServiceDatabase } from '#common/db';
import { JurisdictionEntity } from './jurisdictions/entities/jurisdiction.entity.js';
import { ASSESSMENT_MIGRATIONS } from './migrations/index.js';

export const ASSESSMENT_SCHEMA = 'assessment';

export const assessmentDatabase: ServiceDatabase = {
  name: 'assessment',
  entities: [JurisdictionEntity],
  migrations: ASSESSMENT_MIGRATIONS,
};
