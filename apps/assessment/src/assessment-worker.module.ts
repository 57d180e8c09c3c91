import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { ASSESSMENT_SCHEMA, assessmentDatabase } from './database.js';
import { TenantCreatedHandler } from './jurisdictions/events/tenant-created.handler.js';
import { FactsWorkerModule } from './facts/facts.module.js';
import { FactRecorder } from './facts/events/fact-recorder.handler.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';

/** The assessment worker process: keeps the facts from the other services' events and relays its outbox. */
@Module({})
export class AssessmentWorkerModule {
  static forRoot(options: WorkerModuleOptions & Pick<ServiceModuleOptions, 'clock'> = {}): DynamicModule {
    return {
      module: AssessmentWorkerModule,
      imports: [
        PlatformModule.forService({ database: assessmentDatabase, config: options.config, clock: options.clock }),
        EventWorkerModule.register({
          consumer: 'assessment',
          schema: ASSESSMENT_SCHEMA,
          imports: [JurisdictionsModule, FactsWorkerModule],
          inject: [TenantCreatedHandler, FactRecorder],
          handlers: (tenantCreated: TenantCreatedHandler, facts: FactRecorder) => ({
            'tenant.created': (em, event) => tenantCreated.handle(em, event),
            'meeting.held': (em, event) => facts.meetingHeld(em, event),
            'conference.established': (em, event) => facts.conferenceEstablished(em, event),
          }),
          // They come in bursts (see BATCHED_ROUTES).
          batchHandlers: (_: TenantCreatedHandler, facts: FactRecorder) => ({
            'case.transitioned': (em, events) => facts.caseTransitioned(em, events),
            'supervision.notice': (em, events) => facts.noticeChanged(em, events),
            'task.transitioned': (em, events) => facts.taskTransitioned(em, events),
          }),
          autoStart: options.autoStart,
        }),
      ],
    };
  }
}
