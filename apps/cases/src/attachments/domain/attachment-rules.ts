import type { AttachmentLimits } from '#common/files';
import { Role } from '#common/auth';

/** A case's file (一案一卷): up to five files a request, fifty in all. */
export const CASE_ATTACHMENT_LIMITS: AttachmentLimits = { perUpload: 5, perHolder: 50, holder: '每件信访事项' };

/**
 * Who adds files to a case: the staff who work on it — registrars (letters scanned at
 * registration), handlers (evidence gathered), leaders and supervisors (instructions, findings).
 * Each only on a case row-level security shows them.
 */
export const ATTACHMENT_UPLOAD_ROLES: readonly Role[] = [Role.REGISTRAR, Role.HANDLER, Role.LEADER, Role.SUPERVISOR];
