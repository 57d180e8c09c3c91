import { AppError, ErrorCode, validation } from '#common/errors';
import { Role } from '#common/auth';

/** How many files one upload request may carry (the form's limit too). */
export const MAX_FILES_PER_UPLOAD = 5;
/** How many files a case's file (一案一卷) holds at most. */
export const MAX_CASE_ATTACHMENTS = 50;
export const MAX_DESCRIPTION_LENGTH = 200;

/**
 * Who adds files to a case: the staff who work on it — registrars (letters scanned at
 * registration), handlers (evidence gathered), leaders and supervisors (instructions, findings).
 * Each only on a case row-level security shows them.
 */
export const ATTACHMENT_UPLOAD_ROLES: readonly Role[] = [Role.REGISTRAR, Role.HANDLER, Role.LEADER, Role.SUPERVISOR];

/** Refuses a request that would take the case's file beyond its limit, saying how many more fit. */
export function checkRoom(existing: number, adding: number): void {
  if (adding < 1) throw validation('请选择要上传的文件');
  if (adding > MAX_FILES_PER_UPLOAD) {
    throw new AppError(ErrorCode.VALIDATION, `一次最多上传 ${MAX_FILES_PER_UPLOAD} 个文件`, { maxFiles: MAX_FILES_PER_UPLOAD });
  }
  if (existing + adding > MAX_CASE_ATTACHMENTS) {
    const left = Math.max(0, MAX_CASE_ATTACHMENTS - existing);
    throw new AppError(ErrorCode.VALIDATION, `每件信访事项最多 ${MAX_CASE_ATTACHMENTS} 个附件，还可上传 ${left} 个`, {
      maxAttachments: MAX_CASE_ATTACHMENTS,
      remaining: left,
    });
  }
}

/** The optional description of an upload: trimmed, empty as none, at most 200 characters. */
export function attachmentDescription(raw: string | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  if (text.length > MAX_DESCRIPTION_LENGTH) throw validation(`附件说明不能超过 ${MAX_DESCRIPTION_LENGTH} 个字`, { field: 'description' });
  return text;
}
