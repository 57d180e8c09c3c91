import { forbidden } from '#common/errors';
import type { AttachmentLimits } from '#common/files';

/** What a file of the meetings service belongs to: a task's progress report, or a notice's written feedback. */
export enum AttachmentOwnerKind {
  TASK_REPORT = 'TASK_REPORT',
  NOTICE_FEEDBACK = 'NOTICE_FEEDBACK',
}

/** A report's or a feedback's evidence: up to five files a request, twenty in all (as its evidence list). */
export const OWNER_ATTACHMENT_LIMITS: Readonly<Record<AttachmentOwnerKind, AttachmentLimits>> = {
  [AttachmentOwnerKind.TASK_REPORT]: { perUpload: 5, perHolder: 20, holder: '每份进展报告' },
  [AttachmentOwnerKind.NOTICE_FEEDBACK]: { perUpload: 5, perHolder: 20, holder: '每份书面反馈' },
};

/** The report or feedback an upload goes to, as the uploader sees it. */
export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  /** Who wrote the report or submitted the feedback. */
  authorId: string | null;
  /** Once the issuer decided on a feedback, its files are what was decided on. */
  decided: boolean;
}

/**
 * Only the author of a report or a feedback adds its files — they are part of what that person
 * reported — and a feedback already accepted or rejected takes none (the decision was on what it held).
 */
export function mayAttach(owner: AttachmentOwner, userId: string | null): boolean {
  return userId !== null && owner.authorId === userId && !owner.decided;
}

/** Refuses, saying why, what `mayAttach` does not allow. */
export function checkMayAttach(owner: AttachmentOwner, userId: string | null): void {
  if (mayAttach(owner, userId)) return;
  const what = owner.kind === AttachmentOwnerKind.TASK_REPORT ? '进展报告' : '书面反馈';
  if (userId === null || owner.authorId !== userId) throw forbidden(`只有${what}的报送人可以上传其附件`);
  throw forbidden('书面反馈已审核，不能再补充附件');
}
