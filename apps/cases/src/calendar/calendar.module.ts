import { Module } from '@nestjs/common';
import { DeadlineRecomputeQueue } from '../clocks/queues/deadline-recompute.queue.js';
import { CalendarResolver } from './calendar.resolver.js';
import { CalendarService } from './calendar.service.js';
import { TenantCalendars } from './tenant-calendar.js';
import { CalendarStore } from './calendar.store.js';

/** Tenant calendars, their administration over GraphQL, and the producer of recomputations. */
@Module({
  providers: [CalendarStore, TenantCalendars, CalendarService, DeadlineRecomputeQueue, CalendarResolver],
  exports: [TenantCalendars, CalendarService],
})
export class CalendarModule {}
