import { Module } from '@nestjs/common';
import { JurisdictionStore } from '../jurisdictions/jurisdiction.store.js';
import { TaskListStore } from '../tasks/task-list.store.js';
import { ConferenceStore } from './conference.store.js';
import { ConferenceQueriesService } from './conference-queries.service.js';
import { ConferenceResolver, TenantConferenceResolver } from './conference.resolver.js';
import { ConferencesService } from './conferences.service.js';

/** 联席会议: each tenant's conference, its convenors, member units and office. */
@Module({
  providers: [ConferenceStore, TaskListStore, JurisdictionStore, ConferencesService, ConferenceQueriesService, ConferenceResolver, TenantConferenceResolver],
})
export class ConferencesModule {}
