import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TokenService } from '#common/auth';
import { forbidden, unauthenticated } from '#common/errors';
import { XLSX_CONTENT_TYPE, buildRequestContext, sendDownloadRefusal } from '#common/graphql';
import { READERS } from './scheme.resolver.js';
import { SchemesService } from './schemes.service.js';
import { rankingDisposition, snapshotWorkbook } from './snapshot-export.js';

/**
 * `GET /exports/assessment/schemes/:id/ranking.xlsx`: the published ranking (通报排名表) as a plain
 * download. The bearer token is verified as on /graphql and the snapshot is read under the
 * caller's row-level security, so a file shows what `assessmentSnapshot` would.
 */
@Controller('exports/assessment')
export class RankingExportController {
  private readonly logger = new Logger('RankingExport');

  constructor(
    private readonly tokens: TokenService,
    private readonly schemes: SchemesService,
  ) {}

  @Get('schemes/:id/ranking.xlsx')
  async ranking(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    try {
      const { auth, authError, requestId } = await buildRequestContext(this.tokens, req);
      res.set('X-Request-Id', requestId);
      if (!auth) throw authError ?? unauthenticated();
      // The same readers as the GraphQL queries on schemes.
      if (!auth.roles.some((role) => READERS.includes(role))) throw forbidden();
      const { scheme, snapshot } = await this.schemes.published(auth, id);
      const file = await snapshotWorkbook(scheme, snapshot);
      res.set({ 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': rankingDisposition(scheme.id, file) });
      res.send(file.content);
    } catch (error) {
      sendDownloadRefusal(res, error, this.logger);
    }
  }
}
