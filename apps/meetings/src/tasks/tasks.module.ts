import { Module, type DynamicModule } from '@nestjs/common';
import type { ClockJobsWorkerOptions } from '#common/deadlines';
import { CaseRefsModule } from '../case-refs/case-refs.module.js';
import { SupervisionModule } from '../supervision/supervision.module.js';
import { TaskDeadlinesQueue } from './jobs/task-deadlines.queue.js';
import { TASK_DEADLINE_WORKER_OPTIONS, TaskDeadlinesWorker } from './jobs/task-deadlines.worker.js';
import { TaskCalendars } from './task-calendar.js';
import { TaskDeadlines } from './task-deadlines.js';
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
  providers: [TaskStore, TaskListStore, ConferenceStore, MeetingStore, JurisdictionStore, TaskCalendars, TaskListsService, TasksService, TaskQueriesService, TaskListResolver, TaskResolver],
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
      providers: [{ provide: TASK_DEADLINE_WORKER_OPTIONS, useValue: options }, TaskStore, TaskCalendars, TaskDeadlinesQueue, TaskDeadlines, TaskDeadlinesWorker],
      exports: [TaskStore, TaskCalendars, TaskDeadlines, TaskDeadlinesWorker],
    };
  }
}
