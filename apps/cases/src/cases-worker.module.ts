import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { CASES_SCHEMA, casesDatabase } from './database.js';
import { CalendarCoreModule } from './calendar/calendar.module.js';

/** The cases worker process: relays the cases outbox (directory and case events) and recomputes deadlines. */
@Module({})
export class CasesWorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: CasesWorkerModule,
      imports: [
        PlatformModule.forService({ database: casesDatabase, config: options.config }),
        EventWorkerModule.register({
          consumer: 'cases',
          schema: CASES_SCHEMA,
          handlers: () => ({}),
          autoStart: options.autoStart,
        }),
        CalendarCoreModule.forWorker({ autoStart: options.autoStart }),
      ],
    };
  }
}
