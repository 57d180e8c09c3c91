import { Module } from '@nestjs/common';
import { MeetingAttachmentsController } from './attachments.controller.js';
import { MeetingAttachmentsQueriesService } from './attachments-queries.service.js';
import { NoticeFeedbackAttachmentsResolver, TaskReportAttachmentsResolver } from './attachments.resolver.js';
import { MeetingAttachmentsService } from './attachments.service.js';
import { MeetingAttachmentsStore } from './attachments.store.js';

/** The files of task reports and notice feedback: uploaded and downloaded over HTTP, listed on their owner. */
@Module({
  controllers: [MeetingAttachmentsController],
  providers: [
    MeetingAttachmentsStore,
    MeetingAttachmentsService,
    MeetingAttachmentsQueriesService,
    TaskReportAttachmentsResolver,
    NoticeFeedbackAttachmentsResolver,
  ],
})
export class MeetingAttachmentsModule {}
