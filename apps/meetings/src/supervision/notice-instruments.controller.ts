import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { ALL_ROLES, TokenService } from '#common/auth';
import { notFound } from '#common/errors';
import { attachmentDisposition, sendExport } from '#common/graphql';
import { NoticeInstrumentQueries } from './notice-instrument-queries.service.js';

/**
 * `GET /files/meetings/instruments/:id`: a notice's 督办单 as its DOCX, with the token verified as
 * on /graphql and the row read under the caller's row-level security (a notice the caller does not
 * see has no 督办单 for them).
 */
@Controller('files/meetings/instruments')
export class NoticeInstrumentsController {
  private readonly logger = new Logger('NoticeInstrumentDownload');

  constructor(
    private readonly tokens: TokenService,
    private readonly instruments: NoticeInstrumentQueries,
  ) {}

  @Get(':id')
  download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return sendExport(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      if (!isUUID(id)) throw notFound('督办单');
      const file = await this.instruments.file(auth, id);
      return { disposition: attachmentDisposition(file.asciiFileName, file.fileName), content: file.content, truncated: false, contentType: file.mediaType };
    });
  }
}
