import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, TokenService } from '#common/auth';
import { invalidField } from '#common/errors';
import { CaseCountBasis, PeriodInput } from '../dto/case-filter.input.js';
import { jsonParameter, sendExport } from '#common/graphql';
import { StatisticsExportService } from './statistics-export.service.js';

/**
 * `GET /exports/statistics.xlsx?period=<PeriodInput JSON>&basis=<CaseCountBasis>&jurisdictionId=<id>`:
 * the statistics page's counts with last year's beside them, a plain download with the session.
 */
@Controller('exports')
export class StatisticsExportController {
  private readonly logger = new Logger('StatisticsExport');

  constructor(
    private readonly tokens: TokenService,
    private readonly exports: StatisticsExportService,
  ) {}

  @Get('statistics.xlsx')
  statistics(@Req() req: Request, @Res() res: Response): Promise<void> {
    // `caseStatistics` is open to every role (@AnyRole); the file is the same counts.
    return sendExport(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      const period = await jsonParameter(req, 'period', PeriodInput);
      if (!period) throw invalidField('period', '请给出统计期间');
      const basis = req.query.basis ?? CaseCountBasis.HANDLING_OFFICE;
      if (!Object.values<unknown>(CaseCountBasis).includes(basis)) throw invalidField('basis', '统计口径不正确');
      const jurisdictionId = typeof req.query.jurisdictionId === 'string' && req.query.jurisdictionId ? req.query.jurisdictionId : null;
      return this.exports.statistics(auth, period, basis as CaseCountBasis, jurisdictionId);
    });
  }
}
