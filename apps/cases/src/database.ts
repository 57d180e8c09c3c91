import type { ServiceDatabase } from '#common/db';
import { DIRECTORY_ENTITIES } from '#common/directory';
import { CASES_MIGRATIONS } from './migrations/index.js';
import { CaseEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './cases/entities/index.js';
import { CalendarSettingsEntity, DeadlineRecomputationEntity, HolidayOverrideEntity } from './calendar/entities/calendar.entities.js';

export const CASES_SCHEMA = 'cases';

export const casesDatabase: ServiceDatabase = {
  name: 'cases',
  entities: [
    ...DIRECTORY_ENTITIES,
    CaseEntity,
    PetitionerEntity,
    CaseStageEntity,
    CaseTransitionEntity,
    CalendarSettingsEntity,
    HolidayOverrideEntity,
    DeadlineRecomputationEntity,
  ],
  migrations: CASES_MIGRATIONS,
};
