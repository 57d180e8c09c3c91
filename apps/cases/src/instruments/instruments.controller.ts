import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUUID } from 'class-validator';
import { ALL_ROLES, TokenService } from '#common/auth';
import { notFound } from '#common/errors';
import { attachmentDisposition, sendExport } from '#common/graphql';
import { InstrumentQueriesService } from './instrument-queries.service.js';

/**
 * `GET /files/cases/instruments/:id`: an instrument of the case file as its DOCX. The token is
 * verified as on /graphql and the row read under the caller's row-level security, so an
 * instrument of a case the caller does not see is not found.
 */
@Controller('files/cases/instruments')
export class InstrumentsController {
  private readonly logger = new Logger('InstrumentDownload');

  constructor(
    private readonly tokens: TokenService,
    private readonly queries: InstrumentQueriesService,
  ) {}

  @Get(':id')
  download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // As `Case.instruments`: any signed-in user holding a role, who sees the case.
    return sendExport(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      if (!isUUID(id)) throw notFound('文书');
      const file = await this.queries.file(auth, id);
      return {
        disposition: attachmentDisposition(file.asciiFileName, file.fileName),
        content: file.content,
        truncated: false,
        contentType: file.mediaType,
      };
    });
  }
}
