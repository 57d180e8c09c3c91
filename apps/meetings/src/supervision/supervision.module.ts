import { Module, type DynamicModule } from '@nestjs/common';
import { CaseDeadlineHandler } from './jobs/case-deadline.handler.js';
import { ESCALATION_WORKER_OPTIONS, EscalationWorker, type EscalationWorkerOptions } from './jobs/escalation.worker.js';
import { NoticeEscalation } from './jobs/notice-escalation.js';
import { SupervisionTriggerHandler } from './jobs/supervision-trigger.handler.js';
import { NoticeLifecycle } from './notice-lifecycle.js';
import { NoticeQueriesService } from './notice-queries.service.js';
import { NoticeStore } from './notice.store.js';
import { CaseNoticesResolver, NoticeResolver, SupervisionSettingsResolver } from './notice.resolver.js';
import { NoticesService } from './notices.service.js';
import { SupervisedSubjectStore } from './supervised-subject.store.js';
import { SupervisionSettingsService } from './supervision-settings.service.js';
import { SupervisionSettingsStore } from './supervision-settings.store.js';

const CORE_PROVIDERS = [NoticeStore, SupervisionSettingsStore, SupervisedSubjectStore, NoticeLifecycle];

/** 督查督办 over GraphQL: notices, feedback, settings, and the notices of a `Case`. */
@Module({
  providers: [
    ...CORE_PROVIDERS,
    NoticesService,
    NoticeQueriesService,
    SupervisionSettingsService,
    NoticeResolver,
    CaseNoticesResolver,
    SupervisionSettingsResolver,
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
        EscalationWorker,
      ],
      exports: [...CORE_PROVIDERS, SupervisionTriggerHandler, CaseDeadlineHandler, NoticeEscalation, EscalationWorker],
    };
  }
}
