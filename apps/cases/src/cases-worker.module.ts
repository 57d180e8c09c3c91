import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '#common/config';
import { PlatformModule } from '#common/platform';
import { EventWorkerModule } from '#common/worker';
import { CASES_SCHEMA, casesDatabase } from './database.js';

export interface CasesWorkerOptions {
  /** Overrides the environment; tests pass their own database. */
  config?: AppConfig;
  /** Consume and relay as soon as the application starts (default true). */
  autoStart?: boolean;
}

/** The cases worker process: relays the cases outbox (directory and case events). */
@Module({})
export class CasesWorkerModule {
  static forRoot(options: CasesWorkerOptions = {}): DynamicModule {
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
      ],
    };
  }
}
