import type { ServiceDatabase } from '#common/db';
import { UnitEntity, UserEntity } from '#common/directory';
import { JurisdictionEntity } from './jurisdictions/entities/jurisdiction.entity.js';
import { MEETINGS_MIGRATIONS } from './migrations/index.js';
import { SUPERVISION_ENTITIES } from './supervision/entities/index.js';

export const MEETINGS_SCHEMA = 'meetings';

export const meetingsDatabase: ServiceDatabase = {
  name: 'meetings',
  // Units and users are the directory's, read to name a notice's addressee and a conference's
  // office, convenors, member units and liaisons.
  entities: [JurisdictionEntity, ...SUPERVISION_ENTITIES, UnitEntity, UserEntity],
  migrations: MEETINGS_MIGRATIONS,
};
