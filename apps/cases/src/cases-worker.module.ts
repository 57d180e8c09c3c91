import { Module, type DynamicModule } from '@nestjs/common';
import { WorkerHttpModule } from '#common/health';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { CASES_SCHEMA, casesDatabase } from './database.js';
import { ClocksModule } from './clocks/clocks.module.js';
import { CaseFactReplay } from './cases/events/fact-replay.handler.js';
import type { DeadlineWorkerOptions } from './clocks/queues/case-deadlines.processor.js';
import { MessagesWorkerModule, type MessageWorkerSettings } from './messages/messages.module.js';

export interface CasesWorkerOptions extends WorkerModuleOptions, Pick<ServiceModuleOptions, 'clock'> {
  /** The deadline jobs' settings beyond `autoStart` (tests shorten the reconciliation interval). */
  deadlines?: Omit<DeadlineWorkerOptions, 'autoStart'>;
  /** The message sender's settings beyond `autoStart` (tests: their own provider, a short backoff). */
  messages?: Omit<MessageWorkerSettings, 'autoStart'>;
}

/**
 * The cases worker process: relays the cases outbox (directory and case events), recomputes
 * deadlines, and supervises them (deadline jobs scheduled from its own `case.deadline` events).
 */
@Module({})
export class CasesWorkerModule {
  static forRoot(options: CasesWorkerOptions = {}): DynamicModule {
    const deadlines = ClocksModule.forWorker({ ...options.deadlines, autoStart: options.autoStart });
    const messages = MessagesWorkerModule.forRoot({ ...options.messages, autoStart: options.autoStart });
    return {
      module: CasesWorkerModule,
      imports: [
        PlatformModule.forService({ database: casesDatabase, config: options.config, clock: options.clock }),
        WorkerHttpModule,
        EventWorkerModule.register({
          consumer: 'cases',
          schema: CASES_SCHEMA,
          imports: [deadlines, messages],
          providers: [CaseFactReplay],
          autoStart: options.autoStart,
        }),
        deadlines,
        messages,
      ],
    };
  }
}
