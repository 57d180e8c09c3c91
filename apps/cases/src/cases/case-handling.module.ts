import { Module } from '@nestjs/common';
import { PiiCipher } from '#common/pii';
import { CalendarModule } from '../calendar/calendar.module.js';
import { ClocksModule } from '../clocks/clocks.module.js';
import { CategoryModule } from '../categories/category.module.js';
import { ReceptionModule } from '../receptions/reception.module.js';
import { InstrumentsModule } from '../instruments/instruments.module.js';
import { MessagesCoreModule } from '../messages/messages.module.js';
import { CaseStore } from './case.store.js';
import { CaseListsStore } from './case-lists.store.js';
import { DirectoryStore } from '../directory/directory.store.js';
import { CaseQueriesService } from './case-queries.service.js';
import { LifecycleService } from './lifecycle.service.js';
import { RegistrationService } from './registration.service.js';
import { CaseExportController } from './export/case-export.controller.js';
import { CaseExportService } from './export/case-export.service.js';
import { StatisticsExportController } from './export/statistics-export.controller.js';
import { StatisticsExportService } from './export/statistics-export.service.js';
import { CaseMutationsResolver, CaseResolver, CaseStageClockResolver, CaseTransitionResolver, PetitionerResolver } from './cases.resolver.js';

/** 信访事项: registration, the statutory lifecycle, and the reads of cases. */
@Module({
  imports: [CalendarModule, ClocksModule, CategoryModule, ReceptionModule, InstrumentsModule, MessagesCoreModule],
  controllers: [CaseExportController, StatisticsExportController],
  providers: [
    PiiCipher,
    CaseStore,
    CaseListsStore,
    DirectoryStore,
    RegistrationService,
    LifecycleService,
    CaseQueriesService,
    CaseExportService,
    StatisticsExportService,
    CaseMutationsResolver,
    CaseResolver,
    CaseTransitionResolver,
    CaseStageClockResolver,
    PetitionerResolver,
  ],
  exports: [RegistrationService, LifecycleService],
})
export class CaseHandlingModule {}
