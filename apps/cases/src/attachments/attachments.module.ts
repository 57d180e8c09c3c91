import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsQueriesService } from './attachments-queries.service.js';
import { CaseAttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentsStore } from './attachments.store.js';

/** 一案一卷: the files kept with a case, uploaded and downloaded over HTTP, listed on the case. */
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsStore, AttachmentsService, AttachmentsQueriesService, CaseAttachmentsResolver],
})
export class AttachmentsModule {}
