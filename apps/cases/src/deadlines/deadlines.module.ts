import { Module, type DynamicModule } from '@nestjs/common';
import { TenantCalendars } from '../calendar/tenant-calendar.js';
import { CalendarStore } from '../calendar/calendar.store.js';
import { DeadlineScheduling } from './deadline-scheduling.service.js';
import { DeadlineTriggers } from './deadline-triggers.js';
import { CaseDeadlinesQueue } from './jobs/case-deadlines.queue.js';
import { CaseDeadlinesWorker, DEADLINE_WORKER_OPTIONS, type DeadlineWorkerOptions } from './jobs/case-deadlines.worker.js';
import { DeadlineReconciler } from './jobs/deadline-reconcile.processor.js';
import { DeadlineTriggerProcessor } from './jobs/deadline-trigger.processor.js';
import { WindowLapses } from './jobs/window-lapse.processor.js';
import { CaseStore } from '../cases/case.store.js';
import { LifecycleService } from '../cases/lifecycle.service.js';

const PROVIDERS = [
  CalendarStore,
  TenantCalendars,
  DeadlineTriggers,
  CaseDeadlinesQueue,
  DeadlineScheduling,
  DeadlineTriggerProcessor,
  DeadlineReconciler,
  CaseStore,
  LifecycleService,
  WindowLapses,
  CaseDeadlinesWorker,
];

/**
 * Supervision of case deadlines, the owner's side, in the cases worker process: delayed jobs for
 * every open clock (scheduled from `case.deadline`), their re-check when they fire, the lapse of
 * petitioner windows, and the periodic reconciliation. Import the same instance wherever the event handler needs it.
 */
@Module({})
export class DeadlinesModule {
  static forWorker(options: DeadlineWorkerOptions = {}): DynamicModule {
    return {
      module: DeadlinesModule,
      providers: [{ provide: DEADLINE_WORKER_OPTIONS, useValue: options }, ...PROVIDERS],
      exports: PROVIDERS,
    };
  }
}
