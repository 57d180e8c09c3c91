import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { ASSESSMENT_SCHEMA, assessmentDatabase } from './database.js';
import { TenantCreatedHandler } from './jurisdictions/jobs/tenant-created.handler.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';

/** The assessment worker process: consumes the service's events and relays its outbox. */
@Module({})
export class AssessmentWorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: AssessmentWorkerModule,
      imports: [
        PlatformModule.forService({ database: assessmentDatabase, config: options.config }),
        EventWorkerModule.register({
          consumer: 'assessment',
          schema: ASSESSMENT_SCHEMA,
          imports: [JurisdictionsModule],
          inject: [TenantCreatedHandler],
          handlers: (tenantCreated: TenantCreatedHandler) => ({
            'tenant.created': (em, event) => tenantCreated.handle(em, event),
          }),
          autoStart: options.autoStart,
        }),
      ],
    };
  }
}
