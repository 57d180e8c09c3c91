import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '#common/config';
import { PlatformModule } from '#common/platform';
import { casesDatabase } from './database.js';
import { CasesOutboxRelay } from './jobs/outbox-relay.service.js';

/** The cases service's worker process: outbox relay now, deadline jobs later. */
@Module({})
export class CasesWorkerModule {
  static forRoot(options: { config?: AppConfig } = {}): DynamicModule {
    return {
      module: CasesWorkerModule,
      imports: [PlatformModule.forService({ database: casesDatabase, config: options.config })],
      providers: [CasesOutboxRelay],
    };
  }
}
