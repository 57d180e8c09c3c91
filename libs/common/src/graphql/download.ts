import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode, fromDatabaseError } from '../errors/index.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.VALIDATION]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
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
  res.status(STATUS_BY_CODE[code] ?? (refusal ? 400 : 500)).json({ code, message: refusal?.message ?? '服务器内部错误' });
}
