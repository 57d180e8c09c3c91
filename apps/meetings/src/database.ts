import type { ServiceDatabase } from '#common/db';
import { JurisdictionEntity } from './jurisdictions/entities/jurisdiction.entity.js';
import { MEETINGS_MIGRATIONS } from './migrations/index.js';

export const MEETINGS_SCHEMA = 'meetings';

export const meetingsDatabase: ServiceDatabase = {
  name: 'meetings',
  entities: [JurisdictionEntity],
  migrations: MEETINGS_MIGRATIONS,
};
