import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, TokenService } from '#common/auth';
import { jsonParameter, sendExport } from '#common/graphql';
import { CaseFilter, CaseOrder } from '../dto/case-filter.input.js';
import { CaseExportService } from './case-export.service.js';

/**
 * `GET /exports/cases.xlsx?filter=<CaseFilter JSON>&orderBy=<CaseOrder JSON>`: the work queue's
 * filtered list as a file, a plain download rather than a GraphQL field. The bearer token is
 * verified as on /graphql, and the rows are read under the caller's row-level security.
 */
@Controller('exports')
export class CaseExportController {
  private readonly logger = new Logger('CaseExport');

  constructor(
    private readonly tokens: TokenService,
    private readonly exports: CaseExportService,
  ) {}

  @Get('cases.xlsx')
  cases(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The list's own declaration (`@AnyRole`): any signed-in user holding a role.
    return sendExport(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      const filter = (await jsonParameter(req, 'filter', CaseFilter)) ?? {};
      const orderBy = await jsonParameter(req, 'orderBy', CaseOrder);
      return this.exports.cases(auth, filter, orderBy);
    });
  }
}
