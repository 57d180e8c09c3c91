import type { AttachmentRow } from './attachments.store.js';
import type { Attachment } from './dto/attachment.types.js';

/** Where a case file is downloaded: the gateway forwards /files/cases to this service. */
export const caseAttachmentUrl = (id: string) => `/files/cases/attachments/${id}`;

/** A kept file as the API shows it, in GraphQL and in the upload's answer alike. */
export function attachmentView(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    description: row.description,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt,
    downloadUrl: caseAttachmentUrl(row.id),
  };
}
