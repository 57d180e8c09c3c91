import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '#common/platform';
import { EventWorkerModule, type WorkerModuleOptions } from '#common/worker';
import { CaseTransitionedHandler } from './case-refs/events/case-transitioned.handler.js';
import { CaseRefsModule } from './case-refs/case-refs.module.js';
import { MeetingStore } from './conference-meetings/meeting.store.js';
import { MEETINGS_SCHEMA, meetingsDatabase } from './database.js';
import { TenantCreatedHandler } from './jurisdictions/events/tenant-created.handler.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { MeetingsFactReplay } from './fact-replay/events/meetings-fact-replay.handler.js';
import { CaseDeadlineHandler } from './supervision/events/case-deadline.handler.js';
import { SupervisionTriggerHandler } from './supervision/events/supervision-trigger.handler.js';
import { SupervisionWorkerModule } from './supervision/supervision.module.js';
import { CalendarChangedHandler } from './tasks/clock/events/calendar-changed.handler.js';
import { TaskDeadlineHandler } from './tasks/clock/events/task-deadline.handler.js';
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
        EventWorkerModule.register({
          consumer: 'meetings',
          schema: MEETINGS_SCHEMA,
          imports: [JurisdictionsModule, CaseRefsModule, supervision, TasksWorkerModule.register(supervision, { autoStart: options.autoStart })],
          providers: [MeetingsFactReplay, MeetingStore],
          inject: [TenantCreatedHandler, SupervisionTriggerHandler, CaseDeadlineHandler, TaskDeadlineHandler, MeetingsFactReplay, CalendarChangedHandler, CaseTransitionedHandler],
          handlers: (
            tenantCreated: TenantCreatedHandler,
            _t: SupervisionTriggerHandler,
            _d: CaseDeadlineHandler,
            _tasks: TaskDeadlineHandler,
            replay: MeetingsFactReplay,
            calendars: CalendarChangedHandler,
          ) => ({
            'tenant.created': (em, event) => tenantCreated.handle(em, event),
            'facts.replay.requested': (em, event) => replay.onReplayRequested(em, event),
            'calendar.changed': (em, event) => calendars.handle(em, event),
          }),
          // They come in bursts (see BATCHED_ROUTES).
          batchHandlers: (
            _: TenantCreatedHandler,
            triggered: SupervisionTriggerHandler,
            deadline: CaseDeadlineHandler,
            tasks: TaskDeadlineHandler,
            _r: MeetingsFactReplay,
            _c: CalendarChangedHandler,
            caseRefs: CaseTransitionedHandler,
          ) => ({
            'supervision.triggered': (em, events) => triggered.handle(em, events),
            'case.deadline': (em, events) => deadline.handle(em, events),
            'task.deadline': (em, events) => tasks.handle(em, events),
            'case.transitioned': (em, events) => caseRefs.handle(em, events),
          }),
          autoStart: options.autoStart,
        }),
      ],
    };
  }
}
