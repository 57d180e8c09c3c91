import { Module } from '@nestjs/common';
import { CaseRefsModule } from '../case-refs/case-refs.module.js';
import { ConferenceStore } from '../conferences/conference.store.js';
import { ConferenceMeetingResolver } from './conference-meeting.resolver.js';
import { ConferenceMeetingsService } from './conference-meetings.service.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { MeetingStore } from './meeting.store.js';

/** 联席会议的会议: meetings of each tenant's conference, their decisions, and recurring schedules. */
@Module({
  imports: [CaseRefsModule],
  providers: [MeetingStore, ConferenceStore, ConferenceMeetingsService, MeetingQueriesService, ConferenceMeetingResolver],
})
export class ConferenceMeetingsModule {}
