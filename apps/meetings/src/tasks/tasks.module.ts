import { Module, type DynamicModule } from '@nestjs/common';
import type { ClockJobsWorkerOptions } from '#common/deadlines';
import { CaseRefsModule } from '../case-refs/case-refs.module.js';
import { SupervisionModule } from '../supervision/supervision.module.js';
import { CalendarChangedHandler } from './clock/events/calendar-changed.handler.js';
import { TaskDeadlineHandler } from './clock/events/task-deadline.handler.js';
import { TaskDeadlinesQueue } from './clock/queues/task-deadlines.queue.js';
import { TASK_DEADLINE_WORKER_OPTIONS, TaskDeadlinesProcessor } from './clock/queues/task-deadlines.processor.js';
import { TaskCalendars } from './clock/task-calendars.service.js';
import { TaskClockStore } from './clock/task-clock.store.js';
import { TaskClocks } from './clock/task-clocks.service.js';
import { TaskDeadlines } from './clock/task-deadlines.service.js';
import { TaskListsService } from './task-lists.service.js';
import { TaskQueriesService } from './task-queries.service.js';
import { MeetingStore } from '../conference-meetings/meeting.store.js';
import { ConferenceStore } from '../conferences/conference.store.js';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import { TaskListStore } from './task-list.store.js';
import { TaskStore } from './task.store.js';
import { TaskListResolver, TaskResolver } from './task.resolver.js';
import { TasksService } from './tasks.service.js';

/** 任务清单与任务: lists, the task tree across tenants, reports, sign-off, dashboards. */
@Module({
  imports: [SupervisionModule, CaseRefsModule],
  providers: [
    TaskStore,
    TaskListStore,
    ConferenceStore,
    MeetingStore,
    JurisdictionStore,
    TaskClockStore,
    TaskClocks,
    TaskCalendars,
    TaskListsService,
    TasksService,
    TaskQueriesService,
    TaskListResolver,
    TaskResolver,
  ],
})
export class TasksModule {}

/**
 * The worker's side: the jobs of task deadlines, kept from `task.deadline`, fired, reconciled, on
 * the tenants' calendars kept from `calendar.changed`.
 * `supervision` is the worker's one supervision module (its notice lifecycle issues the notices).
 */
@Module({})
export class TasksWorkerModule {
  static register(supervision: DynamicModule, options: ClockJobsWorkerOptions = {}): DynamicModule {
    return {
      module: TasksWorkerModule,
      imports: [supervision],
      providers: [
        { provide: TASK_DEADLINE_WORKER_OPTIONS, useValue: options },
        TaskStore,
        TaskClockStore,
        TaskCalendars,
        TaskDeadlinesQueue,
        TaskDeadlines,
        TaskDeadlinesProcessor,
        TaskDeadlineHandler,
        CalendarChangedHandler,
      ],
      exports: [TaskStore, TaskDeadlines, TaskDeadlinesProcessor, TaskDeadlineHandler, CalendarChangedHandler],
    };
  }
}
