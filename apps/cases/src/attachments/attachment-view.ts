import { storedFileView } from '#common/files';
import type { AttachmentRow } from './attachments.store.js';
import type { Attachment } from './dto/attachment.types.js';

/** Where a case file is downloaded: the gateway forwards /files/cases to this service. */
export const caseAttachmentUrl = (id: string) => `/files/cases/attachments/${id}`;

/** A kept file as the API shows it, in GraphQL and in the upload's answer alike. */
export function attachmentView(row: AttachmentRow): Attachment {
  return storedFileView(row, caseAttachmentUrl(row.id));
}
