import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TokenService } from '#common/auth';
import { invalidField } from '#common/errors';
import { jsonParameter, sendExport } from '#common/graphql';
import { AssessmentPeriodInput } from '../schemes/dto/scheme.inputs.js';
import { INDICATOR_READERS } from './jurisdiction-indicators.resolver.js';
import { IndicatorQueriesService } from './indicator-queries.service.js';

/**
 * `GET /exports/assessment/indicators.xlsx?period=<AssessmentPeriodInput JSON>&jurisdictionId=<id>`:
 * the statistics page's rates and visit counts (`jurisdictionIndicators`) as a plain download.
 */
@Controller('exports/assessment')
export class IndicatorsExportController {
  private readonly logger = new Logger('IndicatorsExport');

  constructor(
    private readonly tokens: TokenService,
    private readonly indicators: IndicatorQueriesService,
  ) {}

  @Get('indicators.xlsx')
  indicatorsFile(@Req() req: Request, @Res() res: Response): Promise<void> {
    return sendExport(this.tokens, this.logger, req, res, INDICATOR_READERS, async (auth) => {
      const period = await jsonParameter(req, 'period', AssessmentPeriodInput);
      if (!period) throw invalidField('period', '请给出统计期间');
      const jurisdictionId = typeof req.query.jurisdictionId === 'string' && req.query.jurisdictionId ? req.query.jurisdictionId : null;
      return this.indicators.file(auth, period, jurisdictionId);
    });
  }
}
