import { Module, type DynamicModule } from '@nestjs/common';
import { CaseDeadlineHandler } from './events/case-deadline.handler.js';
import { SupervisionTriggerHandler } from './events/supervision-trigger.handler.js';
import { NoticeEscalation } from './notice-escalation.service.js';
import { ESCALATION_WORKER_OPTIONS, NoticeEscalationProcessor, type EscalationWorkerOptions } from './queues/notice-escalation.processor.js';
import { NoticeEscalationQueue } from './queues/notice-escalation.queue.js';
import { NoticeLifecycle } from './notice-lifecycle.service.js';
import { NoticeQueriesService } from './notice-queries.service.js';
import { NoticeStore } from './notice.store.js';
import { CaseNoticesResolver, NoticeResolver, SupervisionSettingsResolver } from './notice.resolver.js';
import { NoticesService } from './notices.service.js';
import { SupervisedSubjectStore } from './supervised-subject.store.js';
import { SupervisionSettingsService } from './supervision-settings.service.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';
import { NoticeInstrumentsStore } from './notice-instruments.store.js';
import { NoticeInstruments } from './notice-instruments.service.js';
import { NoticeInstrumentQueries } from './notice-instrument-queries.service.js';
import { NoticeInstrumentsResolver } from './notice-instruments.resolver.js';
import { NoticeInstrumentsController } from './notice-instruments.controller.js';

const CORE_PROVIDERS = [NoticeStore, SupervisionSettingsStore, SupervisedSubjectStore, NoticeInstrumentsStore, NoticeInstruments, NoticeLifecycle];

/** 督查督办 over GraphQL: notices, feedback, settings, and the notices of a `Case`. */
@Module({
  controllers: [NoticeInstrumentsController],
  providers: [
    ...CORE_PROVIDERS,
    NoticesService,
    NoticeQueriesService,
    SupervisionSettingsService,
    NoticeResolver,
    CaseNoticesResolver,
    SupervisionSettingsResolver,
    NoticeInstrumentQueries,
    NoticeInstrumentsResolver,
  ],
  // Tasks are supervised subjects of this service: their clocks and notices go through these.
  exports: [...CORE_PROVIDERS, NoticeQueriesService],
})
export class SupervisionModule {}

/** The worker's side: deadline triggers and stopped clocks become notice changes; the escalation job. */
@Module({})
export class SupervisionWorkerModule {
  static register(options: EscalationWorkerOptions = {}): DynamicModule {
    return {
      module: SupervisionWorkerModule,
      providers: [
        ...CORE_PROVIDERS,
        SupervisionTriggerHandler,
        CaseDeadlineHandler,
        NoticeEscalation,
        { provide: ESCALATION_WORKER_OPTIONS, useValue: options },
        NoticeEscalationQueue,
        NoticeEscalationProcessor,
      ],
      exports: [...CORE_PROVIDERS, SupervisionTriggerHandler, CaseDeadlineHandler, NoticeEscalation, NoticeEscalationQueue, NoticeEscalationProcessor],
    };
  }
}
