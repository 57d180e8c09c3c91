import { Module, type DynamicModule } from '@nestjs/common';
import { WorkerHttpModule } from '#common/health';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { CaseRefsModule } from './case-refs/case-refs.module.js';
import { MeetingStore } from './conference-meetings/meeting.store.js';
import { MEETINGS_SCHEMA, meetingsDatabase } from './database.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { MeetingsFactReplay } from './fact-replay/events/meetings-fact-replay.handler.js';
import { SupervisionWorkerModule } from './supervision/supervision.module.js';
import { TasksWorkerModule } from './tasks/tasks.module.js';

/** The meetings worker process: consumes the service's events, relays its outbox, escalates notices and keeps task deadlines. */
@Module({})
export class MeetingsWorkerModule {
  static forRoot(options: WorkerModuleOptions & Pick<ServiceModuleOptions, 'clock'> = {}): DynamicModule {
    const supervision = SupervisionWorkerModule.register({ autoStart: options.autoStart });
    return {
      module: MeetingsWorkerModule,
      imports: [
        PlatformModule.forService({ database: meetingsDatabase, config: options.config, clock: options.clock }),
        WorkerHttpModule,
        EventWorkerModule.register({
          consumer: 'meetings',
          schema: MEETINGS_SCHEMA,
          imports: [JurisdictionsModule, CaseRefsModule, supervision, TasksWorkerModule.register(supervision, { autoStart: options.autoStart })],
          providers: [MeetingsFactReplay, MeetingStore],
          autoStart: options.autoStart,
        }),
      ],
    };
  }
}
