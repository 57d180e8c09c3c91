import { storedFileView } from '#common/files';
import type { MeetingAttachmentRow } from './attachments.store.js';
import type { MeetingAttachment } from './dto/meeting-attachment.types.js';

/** Where a report's or feedback's file is downloaded: the gateway forwards /files/meetings to this service. */
export const meetingAttachmentUrl = (id: string) => `/files/meetings/attachments/${id}`;

/** A kept file as the API shows it, in GraphQL and in the upload's answer alike. */
export function meetingAttachmentView(row: MeetingAttachmentRow): MeetingAttachment {
  return storedFileView(row, meetingAttachmentUrl(row.id));
}
