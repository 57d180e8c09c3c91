import { Module } from '@nestjs/common';
import { PiiCipher } from '#common/pii';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CaseHandlingModule } from '../cases/case-handling.module.js';
import { OnlineIntakeStore } from './online-intake.store.js';
import { OnlineIntakeService } from './online-intake.service.js';
import { OnlineIntakeQueriesService } from './online-intake-queries.service.js';
import { OnlineIntakeResolver } from './online-intake.resolver.js';
import { PortalController } from './portal.controller.js';
import { PortalThrottle } from './portal-throttle.js';
import { InstrumentsModule } from '../instruments/instruments.module.js';

/** 网上信访: the public portal's API and the offices' online intake queue. */
@Module({
  imports: [CalendarModule, CaseHandlingModule, InstrumentsModule],
  controllers: [PortalController],
  providers: [PiiCipher, OnlineIntakeStore, OnlineIntakeService, OnlineIntakeQueriesService, OnlineIntakeResolver, PortalThrottle],
})
export class OnlineIntakeModule {}
