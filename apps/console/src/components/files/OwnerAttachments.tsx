import { useApolloClient } from '@apollo/client';
import { Space } from 'antd';
import { AttachmentList, type ListedAttachment } from './AttachmentList';
import { FileUpload } from './FileUpload';

/**
 * The files of a report or a feedback in its row: the list with downloads, and for its author (the
 * API's `attachable`) the upload, after which the page's query is read again.
 */
export function OwnerAttachments({
  files,
  attachable,
  action,
  refetch,
}: {
  files: readonly ListedAttachment[];
  attachable: boolean;
  action: string;
  /** The page's query, by operation name. */
  refetch: string;
}) {
  const client = useApolloClient();
  if (!attachable && files.length === 0) return null;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {files.length > 0 && <AttachmentList files={files} />}
      {attachable && <FileUpload action={action} label="上传附件" onUploaded={() => void client.refetchQueries({ include: [refetch] })} />}
    </Space>
  );
}
