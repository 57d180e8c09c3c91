import { Controller, Get, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, TokenService } from '#common/auth';
import { DEFAULT_UPLOAD_POLICY, receiveMultipart, sendStoredFile, serveFileRequest } from '#common/files';
import { ATTACHMENT_UPLOAD_ROLES, CASE_ATTACHMENT_LIMITS } from './domain/index.js';
import { AttachmentsService } from './attachments.service.js';
import { AttachmentsQueriesService } from './attachments-queries.service.js';
import { attachmentView } from './attachment-view.js';

/**
 * A case's files over plain HTTP (the gateway forwards /files/cases with the session as the bearer
 * token): `POST /files/cases/:caseId/attachments` (multipart, field `file` 1–5 times, optional
 * `description`) answers 201 with the kept files; `GET /files/cases/attachments/:id` downloads one.
 */
@Controller('files/cases')
export class AttachmentsController {
  private readonly logger = new Logger('CaseAttachments');

  constructor(
    private readonly tokens: TokenService,
    private readonly attachments: AttachmentsService,
    private readonly queries: AttachmentsQueriesService,
  ) {}

  @Post(':caseId/attachments')
  upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serveFileRequest(this.tokens, this.logger, req, res, ATTACHMENT_UPLOAD_ROLES, async (auth) => {
      const { files, fields } = await receiveMultipart(req, res, {
        maxFiles: CASE_ATTACHMENT_LIMITS.perUpload,
        maxFileBytes: DEFAULT_UPLOAD_POLICY.maxBytes,
        fileFields: ['file'],
      });
      const rows = await this.attachments.upload(auth, String(req.params.caseId), files, fields.description);
      res.status(201).json(rows.map(attachmentView));
    });
  }

  // Whoever may read the case (`case` is @AnyRole) may read its files; row-level security decides which.
  @Get('attachments/:id')
  download(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serveFileRequest(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      sendStoredFile(res, await this.queries.download(auth, String(req.params.id)));
    });
  }
}
