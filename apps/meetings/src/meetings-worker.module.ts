import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { MEETINGS_SCHEMA, meetingsDatabase } from './database.js';
import { TenantCreatedHandler } from './jurisdictions/jobs/tenant-created.handler.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';

/** The meetings worker process: consumes the service's events and relays its outbox. */
@Module({})
export class MeetingsWorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: MeetingsWorkerModule,
      imports: [
        PlatformModule.forService({ database: meetingsDatabase, config: options.config }),
        EventWorkerModule.register({
          consumer: 'meetings',
          schema: MEETINGS_SCHEMA,
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
