import { Module, type DynamicModule } from '@nestjs/common';
import { WorkerHttpModule } from '#common/health';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { ASSESSMENT_SCHEMA, assessmentDatabase } from './database.js';
import { FactsWorkerModule } from './facts/facts.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';

/** The assessment worker process: keeps the facts from the other services' events and relays its outbox. */
@Module({})
export class AssessmentWorkerModule {
  static forRoot(options: WorkerModuleOptions & Pick<ServiceModuleOptions, 'clock'> = {}): DynamicModule {
    return {
      module: AssessmentWorkerModule,
      imports: [
        PlatformModule.forService({ database: assessmentDatabase, config: options.config, clock: options.clock }),
        WorkerHttpModule,
        EventWorkerModule.register({
          consumer: 'assessment',
          schema: ASSESSMENT_SCHEMA,
          imports: [JurisdictionsModule, FactsWorkerModule],
          autoStart: options.autoStart,
        }),
      ],
    };
  }
}
