import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { AppError, ErrorCode, validation } from '../errors/index.js';
import { payloadTooLarge, unsupportedMediaType } from './upload-policy.js';

/** One file of a multipart request, as the browser named it (UTF-8). */
export interface ReceivedFile {
  fieldName: string;
  fileName: string;
  content: Buffer;
}

export interface ReceivedUpload {
  files: ReceivedFile[];
  /** The text fields of the form. */
  fields: Record<string, string>;
}

export interface MultipartLimits {
  maxFiles: number;
  maxFileBytes: number;
  /** The names of the file fields the form may carry. */
  fileFields: readonly string[];
}

/**
 * Reads a `multipart/form-data` request into memory within the limits, stopping as soon as one is
 * passed (a file too large is refused before the rest of it arrives), and translates multer's
 * refusals into the API's codes with Chinese messages.
 */
export function receiveMultipart(req: Request, res: Response, limits: MultipartLimits): Promise<ReceivedUpload> {
  if (!req.is('multipart/form-data')) return Promise.reject(unsupportedMediaType('请以 multipart/form-data 上传文件'));
  const accepted = new Set(limits.fileFields);
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes, fields: 50, fieldSize: 64 * 1024, parts: limits.maxFiles + 50 },
    fileFilter: (_req, file, accept) => {
      if (accepted.has(file.fieldname)) accept(null, true);
      else accept(new MulterError('LIMIT_UNEXPECTED_FILE', file.fieldname));
    },
  }).any();
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error) return reject(multipartRefusal(error, limits));
      const files = ((req.files as Express.Multer.File[] | undefined) ?? []).map((file) => ({
        fieldName: file.fieldname,
        fileName: file.originalname,
        content: file.buffer,
      }));
      const fields: Record<string, string> = {};
      for (const [name, value] of Object.entries((req.body ?? {}) as Record<string, unknown>)) {
        if (typeof value === 'string') fields[name] = value;
      }
      resolve({ files, fields });
    });
  });
}

function multipartRefusal(error: unknown, limits: MultipartLimits): AppError {
  if (!(error instanceof MulterError)) return validation('上传内容无法解析，请重新选择文件上传');
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return payloadTooLarge(limits.maxFileBytes);
    case 'LIMIT_FILE_COUNT':
      return new AppError(ErrorCode.VALIDATION, `一次最多上传 ${limits.maxFiles} 个文件`, { maxFiles: limits.maxFiles });
    case 'LIMIT_UNEXPECTED_FILE':
      return validation(`表单中不应有文件字段「${error.field ?? ''}」`);
    default:
      return validation('上传内容超出限制，请减少字段或文件后重试');
  }
}
