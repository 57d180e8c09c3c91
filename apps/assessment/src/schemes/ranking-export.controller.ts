import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TokenService } from '#common/auth';
import { sendExport } from '#common/graphql';
import { READERS } from './scheme.resolver.js';
import { SchemeQueriesService } from './scheme-queries.service.js';
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
    private readonly schemes: SchemeQueriesService,
  ) {}

  @Get('schemes/:id/ranking.xlsx')
  ranking(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // The same readers as the GraphQL queries on schemes.
    return sendExport(this.tokens, this.logger, req, res, READERS, async (auth) => {
      const { scheme, snapshot } = await this.schemes.published(auth, id);
      const file = await snapshotWorkbook(scheme, snapshot);
      return { disposition: rankingDisposition(scheme.id, file), content: file.content, truncated: false };
    });
  }
}
