import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, SubgraphModule, type ServiceModuleOptions } from '#common/platform';
import { ConferenceMeetingsModule } from './conference-meetings/conference-meetings.module.js';
import { ConferencesModule } from './conferences/conferences.module.js';
import { meetingsDatabase } from './database.js';
import { Tenant } from './jurisdictions/dto/tenant.type.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { CaseReference } from './supervision/dto/notice.types.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { MeetingAttachmentsModule } from './attachments/attachments.module.js';

/** The meetings subgraph's HTTP process (联席会议, 督查督办). */
@Module({})
export class MeetingsModule {
  static forRoot(options: ServiceModuleOptions = {}): DynamicModule {
    return {
      module: MeetingsModule,
      imports: [
        PlatformModule.forService({ database: meetingsDatabase, config: options.config, clock: options.clock }),
        // Tenant and Case are the cases subgraph's entities: this subgraph only adds fields to them.
        SubgraphModule.forRoot([], { orphanedTypes: [Tenant, CaseReference] }),
        JurisdictionsModule,
        ConferencesModule,
        ConferenceMeetingsModule,
        SupervisionModule,
        TasksModule,
        QueueDashboardModule,
        MeetingAttachmentsModule,
      ],
    };
  }
}
