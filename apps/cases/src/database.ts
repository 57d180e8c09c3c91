import type { ServiceDatabase } from '#common/db';
import { DIRECTORY_ENTITIES } from '#common/directory';
import { CASES_MIGRATIONS } from './migrations/index.js';

export const CASES_SCHEMA = 'cases';

export const casesDatabase: ServiceDatabase = {
  name: 'cases',
  entities: [...DIRECTORY_ENTITIES],
  migrations: CASES_MIGRATIONS,
};
