import type { Logger } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import type { Role, TokenService } from '../auth/index.js';
import { AppError, ErrorCode, forbidden, fromDatabaseError, invalidField, unauthenticated } from '../errors/index.js';
import type { TenantContext } from '../tenancy/index.js';
import { buildRequestContext } from './subgraph.js';
import { inputValidationPipe } from './validation.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * An empty xlsx workbook. The library (about half a second of CPU to load) comes with the first
 * export a process makes, not with the start of every process that could make one.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.VALIDATION]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

/** `Content-Disposition` of a file with a Chinese name: an ASCII fallback, and the real name per RFC 5987. */
export function attachmentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * A refused download as JSON with the error's stable code and Chinese message and the matching
 * HTTP status; an unexpected error is logged and answered 500 without its details.
 */
export function sendDownloadRefusal(res: Response, error: unknown, logger: Logger): void {
  const refusal = error instanceof AppError ? error : fromDatabaseError(error);
  if (!refusal) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  const code = refusal ? String(refusal.extensions.code) : ErrorCode.INTERNAL;
  const details = refusal?.extensions.details;
  res.status(STATUS_BY_CODE[code] ?? (refusal ? 400 : 500)).json({ code, message: refusal?.message ?? '服务器内部错误', ...(details ? { details } : {}) });
}

/** A file made for a download: its `Content-Disposition`, its bytes, and whether rows were left out. */
export interface ExportFile {
  disposition: string;
  content: Buffer;
  truncated: boolean;
  /** An Excel workbook unless said otherwise. */
  contentType?: string;
}

/**
 * A query parameter holding one GraphQL input as JSON (`filter`, `orderBy`, `period`), checked by
 * the same validation as the GraphQL argument, so the file and the query refuse the same inputs.
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
    res.set({ 'Content-Type': file.contentType ?? XLSX_CONTENT_TYPE, 'Content-Disposition': file.disposition, 'X-Export-Truncated': String(file.truncated) });
    res.send(file.content);
  } catch (error) {
    sendDownloadRefusal(res, error, logger);
  }
}
