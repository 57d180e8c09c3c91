import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type TaskCalendar, taskCalendarOf } from './domain/index.js';
import { TaskClockStore } from './task-clock.store.js';

/**
 * The statutory calendar of tenants, as the cases service keeps it (official arrangement, the
 * chain's holiday overrides and declared years, reminder leads), from `calendar.changed`.
 */
@Injectable()
export class TaskCalendars {
  constructor(private readonly store: TaskClockStore) {}

  async forTenantPath(em: EntityManager, tenantPath: string): Promise<TaskCalendar> {
    return (await this.forTenantPaths(em, [tenantPath])).get(tenantPath)!;
  }

  /** The calendars of tenants, from their chains, in one round trip. */
  async forTenantPaths(em: EntityManager, tenantPaths: readonly string[]): Promise<Map<string, TaskCalendar>> {
    const unique = [...new Set(tenantPaths)];
    const rows = await this.store.calendarChains(em, unique);
    return new Map(unique.map((path) => [path, taskCalendarOf(rows, path)]));
  }
}
