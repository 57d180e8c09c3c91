import { AppError, ErrorCode, validation } from '../errors/index.js';

/** How many files one upload carries and how many the thing they belong to holds (`holder`: “每件信访事项”). */
export interface AttachmentLimits {
  perUpload: number;
  perHolder: number;
  holder: string;
}

export const MAX_ATTACHMENT_DESCRIPTION_LENGTH = 200;

/** Refuses an upload of no file, of too many, or one that would take its holder beyond its limit, saying how many more fit. */
export function checkAttachmentRoom(existing: number, adding: number, limits: AttachmentLimits): void {
  if (adding < 1) throw validation('请选择要上传的文件');
  if (adding > limits.perUpload) {
    throw new AppError(ErrorCode.VALIDATION, `一次最多上传 ${limits.perUpload} 个文件`, { maxFiles: limits.perUpload });
  }
  if (existing + adding > limits.perHolder) {
    const remaining = Math.max(0, limits.perHolder - existing);
    throw new AppError(ErrorCode.VALIDATION, `${limits.holder}最多 ${limits.perHolder} 个附件，还可上传 ${remaining} 个`, {
      maxAttachments: limits.perHolder,
      remaining,
    });
  }
}

/** The optional description of an upload: trimmed, empty as none, at most 200 characters. */
export function attachmentDescription(raw: string | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  if (text.length > MAX_ATTACHMENT_DESCRIPTION_LENGTH) {
    throw validation(`附件说明不能超过 ${MAX_ATTACHMENT_DESCRIPTION_LENGTH} 个字`, { field: 'description' });
  }
  return text;
}
