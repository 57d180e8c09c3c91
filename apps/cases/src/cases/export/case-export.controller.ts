import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ALL_ROLES, type Role, TokenService } from '#common/auth';
import { forbidden, invalidField, unauthenticated } from '#common/errors';
import { XLSX_CONTENT_TYPE, buildRequestContext, inputValidationPipe, sendDownloadRefusal } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { CaseFilter, CaseOrder } from '../dto/case-filter.input.js';
import { CaseExportService, type ExportFile } from './case-export.service.js';

/**
 * A query parameter holding one GraphQL input as JSON (`filter`, `orderBy`), checked by the
 * same validation as the GraphQL argument, so the file and the list refuse the same inputs.
 */
export async function jsonParameter<T extends object>(req: Request, name: string, type: new () => T): Promise<T | undefined> {
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
 * Verifies the bearer token as /graphql does and checks the roles of the operation the file
 * mirrors, then sends the file the caller's context makes, or the refusal as JSON with its status.
 */
export async function sendExport(
  tokens: TokenService,
  logger: Logger,
  req: Request,
  res: Response,
  roles: readonly Role[],
  make: (auth: TenantContext) => Promise<ExportFile>,
): Promise<void> {
  res.set('Cache-Control', 'no-store');
  try {
    const { auth, authError, requestId } = await buildRequestContext(tokens, req);
    res.set('X-Request-Id', requestId);
    if (!auth) throw authError ?? unauthenticated();
    if (!auth.roles.some((role) => roles.includes(role))) throw forbidden();
    const file = await make(auth);
    res.set({ 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': file.disposition, 'X-Export-Truncated': String(file.truncated) });
    res.send(file.content);
  } catch (error) {
    sendDownloadRefusal(res, error, logger);
  }
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
  cases(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The list's own declaration (`@AnyRole`): any signed-in user holding a role.
    return sendExport(this.tokens, this.logger, req, res, ALL_ROLES, async (auth) => {
      const filter = (await jsonParameter(req, 'filter', CaseFilter)) ?? {};
      const orderBy = await jsonParameter(req, 'orderBy', CaseOrder);
      return this.exports.cases(auth, filter, orderBy);
    });
  }
}
