import { Controller, Get, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, TokenService, type Role } from '#common/auth';
import { DEFAULT_UPLOAD_POLICY, receiveMultipart, sendStoredFile, serveFileRequest } from '#common/files';
import { TASK_ASSIGNEE_ROLES } from '../tasks/domain/index.js';
import { NOTICE_RECIPIENT_ROLES } from '../supervision/domain/index.js';
import { AttachmentOwnerKind, OWNER_ATTACHMENT_LIMITS } from './domain/index.js';
import { MeetingAttachmentsService } from './attachments.service.js';
import { MeetingAttachmentsQueriesService } from './attachments-queries.service.js';
import { meetingAttachmentView } from './attachment-view.js';

/**
 * Files of task reports and notice feedback over plain HTTP (the gateway forwards /files/meetings
 * with the session as the bearer token). A report or feedback is submitted first, then its author
 * uploads its files: `POST /files/meetings/task-reports/:reportId/attachments` and
 * `POST /files/meetings/notice-feedback/:feedbackId/attachments` (multipart, field `file` 1–5 times,
 * optional `description`) answer 201 with the kept files; `GET /files/meetings/attachments/:id` downloads one.
 */
@Controller('files/meetings')
export class MeetingAttachmentsController {
  private readonly logger = new Logger('MeetingAttachments');

  constructor(
    private readonly tokens: TokenService,
    private readonly attachments: MeetingAttachmentsService,
    private readonly queries: MeetingAttachmentsQueriesService,
  ) {}

  // The roles of the mutation that made the owner (reportTask, submitNoticeFeedback).
  @Post('task-reports/:ownerId/attachments')
  uploadToReport(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.upload(req, res, AttachmentOwnerKind.TASK_REPORT, TASK_ASSIGNEE_ROLES);
  }

  @Post('notice-feedback/:ownerId/attachments')
  uploadToFeedback(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.upload(req, res, AttachmentOwnerKind.NOTICE_FEEDBACK, NOTICE_RECIPIENT_ROLES);
  }

  // Whoever may read the report or notice may read its files; row-level security decides which.
  @Get('attachments/:id')
  download(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serveFileRequest(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      sendStoredFile(res, await this.queries.download(auth, String(req.params.id)));
    });
  }

  private upload(req: Request, res: Response, kind: AttachmentOwnerKind, roles: readonly Role[]): Promise<void> {
    return serveFileRequest(this.tokens, this.logger, req, res, roles, async (auth) => {
      const { files, fields } = await receiveMultipart(req, res, {
        maxFiles: OWNER_ATTACHMENT_LIMITS[kind].perUpload,
        maxFileBytes: DEFAULT_UPLOAD_POLICY.maxBytes,
        fileFields: ['file'],
      });
      const rows = await this.attachments.upload(auth, kind, String(req.params.ownerId), files, fields.description);
      res.status(201).json(rows.map(meetingAttachmentView));
    });
  }
}
