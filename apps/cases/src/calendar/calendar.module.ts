import { Module, type DynamicModule } from '@nestjs/common';
import { CalendarResolver } from './calendar.resolver.js';
import { CalendarService } from './calendar.service.js';
import { DeadlineRecomputer } from './jobs/deadline-recompute.processor.js';
import { DeadlineRecomputeQueue } from './jobs/deadline-recompute.queue.js';
import { DeadlineRecomputeWorker, RECOMPUTE_WORKER_OPTIONS, type RecomputeWorkerOptions } from './jobs/deadline-recompute.worker.js';
import { TenantCalendars } from './tenant-calendar.js';
import { CalendarStore } from './calendar.store.js';

const CORE_PROVIDERS = [CalendarStore, TenantCalendars, CalendarService, DeadlineRecomputeQueue];

/** Tenant calendars, their administration over GraphQL, and the producer of recomputations. */
@Module({
  providers: [...CORE_PROVIDERS, CalendarResolver],
  exports: [TenantCalendars, CalendarService],
})
export class CalendarModule {}

/** The calendar without its GraphQL surface, for the worker and other non-HTTP processes. */
@Module({ providers: CORE_PROVIDERS, exports: [TenantCalendars, CalendarService] })
export class CalendarCoreModule {
  /** With the consumer of `deadline-recompute`, for the cases worker process. */
  static forWorker(options: RecomputeWorkerOptions = {}): DynamicModule {
    return {
      module: CalendarCoreModule,
      providers: [{ provide: RECOMPUTE_WORKER_OPTIONS, useValue: options }, DeadlineRecomputer, DeadlineRecomputeWorker],
      exports: [DeadlineRecomputer, DeadlineRecomputeWorker],
    };
  }
}
