import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, TokenService } from '#common/auth';
import { forbidden, invalidField, unauthenticated } from '#common/errors';
import { XLSX_CONTENT_TYPE, buildRequestContext, inputValidationPipe, sendDownloadRefusal } from '#common/graphql';
import { CaseFilter, CaseOrder } from '../dto/case-filter.input.js';
import { CaseExportService } from './case-export.service.js';

/**
 * A query parameter holding one GraphQL input as JSON (`filter`, `orderBy`), checked by the
 * same validation as the GraphQL argument, so the file and the list refuse the same inputs.
 */
async function jsonParameter<T extends object>(req: Request, name: string, type: new () => T): Promise<T | undefined> {
  const raw = req.query[name];
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    value = undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidField(name, `参数 ${name} 应为 JSON 对象`);
  return (await inputValidationPipe().transform(value, { type: 'query', metatype: type, data: name })) as T;
}

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
  async cases(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    try {
      const { auth, authError, requestId } = await buildRequestContext(this.tokens, req);
      res.set('X-Request-Id', requestId);
      if (!auth) throw authError ?? unauthenticated();
      // The list's own declaration (`@AnyRole`): any signed-in user holding a role.
      if (!auth.roles.some((role) => ALL_ROLES.includes(role))) throw forbidden();
      const filter = (await jsonParameter(req, 'filter', CaseFilter)) ?? {};
      const orderBy = await jsonParameter(req, 'orderBy', CaseOrder);
      const file = await this.exports.cases(auth, filter, orderBy);
      res.set({ 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': file.disposition, 'X-Export-Truncated': String(file.truncated) });
      res.send(file.content);
    } catch (error) {
      sendDownloadRefusal(res, error, this.logger);
    }
  }
}
