import { Module, type DynamicModule } from '@nestjs/common';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { CalendarStore } from '../calendar/calendar.store.js';
import { CaseStore } from '../cases/case.store.js';
import { LifecycleService } from '../cases/lifecycle.service.js';
import { InstrumentsService } from '../instruments/instruments.service.js';
import { InstrumentsStore } from '../instruments/instruments.store.js';
import { ClockStore } from './clock.store.js';
import { ClockService } from './clocks.service.js';
import { DeadlineReconciler } from './deadline-reconcile.service.js';
import { DeadlineRecomputer } from './deadline-recompute.service.js';
import { DeadlineTriggerStore } from './deadline-trigger.store.js';
import { CaseDeadlineHandler } from './events/case-deadline.handler.js';
import { CaseDeadlinesProcessor, DEADLINE_WORKER_OPTIONS, type DeadlineWorkerOptions } from './queues/case-deadlines.processor.js';
import { CaseDeadlinesQueue } from './queues/case-deadlines.queue.js';
import { DeadlineRecomputeProcessor, RECOMPUTE_WORKER_OPTIONS } from './queues/deadline-recompute.processor.js';
import { DeadlineRecomputeQueue } from './queues/deadline-recompute.queue.js';
import { TriggerFiring } from './trigger-firing.service.js';
import { WindowLapses } from './window-lapse.service.js';
import { MessagesCoreModule } from '../messages/messages.module.js';

const CORE_PROVIDERS = [CalendarStore, TenantCalendars, ClockStore, ClockService];

const WORKER_PROVIDERS = [
  ...CORE_PROVIDERS,
  DeadlineTriggerStore,
  CaseDeadlinesQueue,
  CaseDeadlineHandler,
  TriggerFiring,
  DeadlineReconciler,
  CaseStore,
  // A lapse is a step: the lifecycle issues a step's instrument (a lapse issues none).
  InstrumentsStore,
  InstrumentsService,
  LifecycleService,
  WindowLapses,
  CaseDeadlinesProcessor,
  DeadlineRecomputeQueue,
  DeadlineRecomputer,
  DeadlineRecomputeProcessor,
];

/**
 * A case's clocks: started, stopped and moved with the case's transitions (the HTTP process), and
 * in the cases worker process their supervision — delayed jobs for every open clock (scheduled
 * from `case.deadline`), their re-check when they fire, the lapse of petitioner windows, the
 * periodic reconciliation — and their recomputation when a calendar changes.
 */
@Module({ providers: CORE_PROVIDERS, exports: [ClockStore, ClockService] })
export class ClocksModule {
  /** Import the same instance wherever the event handler needs it. */
  static forWorker(options: DeadlineWorkerOptions = {}): DynamicModule {
    return {
      module: ClocksModule,
      imports: [MessagesCoreModule],
      providers: [
        { provide: DEADLINE_WORKER_OPTIONS, useValue: options },
        { provide: RECOMPUTE_WORKER_OPTIONS, useValue: { autoStart: options.autoStart } },
        ...WORKER_PROVIDERS,
      ],
      exports: WORKER_PROVIDERS,
    };
  }
}
