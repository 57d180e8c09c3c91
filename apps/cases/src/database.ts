import type { ServiceDatabase } from '#common/db';
import { DIRECTORY_ENTITIES } from '#common/directory';
import { CASES_MIGRATIONS } from './migrations/index.js';
import { CaseEntity, CaseOpinionEntity, CaseStageEntity, CaseTransitionEntity, PetitionerEntity } from './cases/entities/index.js';
import { CategoryEntity } from './categories/entities/category.entity.js';
import { ReceptionEntity } from './receptions/entities/reception.entity.js';
import { CalendarSettingsEntity, DeadlineRecomputationEntity, HolidayOverrideEntity } from './calendar/entities/calendar.entities.js';
import { DeadlineTriggerEntity } from './clocks/entities/deadline-trigger.entity.js';

export const CASES_SCHEMA = 'cases';

export const casesDatabase: ServiceDatabase = {
  name: 'cases',
  entities: [
    ...DIRECTORY_ENTITIES,
    CaseEntity,
    PetitionerEntity,
    CaseStageEntity,
    CaseTransitionEntity,
    CaseOpinionEntity,
    CalendarSettingsEntity,
    HolidayOverrideEntity,
    DeadlineRecomputationEntity,
    DeadlineTriggerEntity,
    CategoryEntity,
    ReceptionEntity,
  ],
  migrations: CASES_MIGRATIONS,
};
