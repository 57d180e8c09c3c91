import { List, Typography } from 'antd';
import { chinaDateTime } from '../notices/NoticeRefs';
import { fileSize } from '../../logic/files';

/** A kept file as the API lists it (`Attachment`, `MeetingAttachment`). */
export interface ListedAttachment {
  id: string;
  fileName: string;
  sizeBytes: number;
  description?: string | null;
  uploadedByName: string;
  uploadedAt: string;
  downloadUrl: string;
}

/**
 * Files with who brought them when, each with its 下载 link (a plain download with the session cookie).
 * While `loading`, a spinner instead of “none”: an empty list is said only once it is known.
 */
export function AttachmentList({ files, empty = '暂无附件', loading = false }: { files: readonly ListedAttachment[]; empty?: string; loading?: boolean }) {
  return (
    <List
      size="small"
      loading={loading}
      dataSource={[...files]}
      locale={{ emptyText: empty }}
      data-testid="attachment-list"
      renderItem={(file) => (
        <List.Item
          actions={[
            <a key="download" href={file.downloadUrl} download={file.fileName}>
              下载
            </a>,
          ]}
        >
          <List.Item.Meta
            title={file.fileName}
            description={
              <Typography.Text type="secondary">
                {fileSize(file.sizeBytes)} · {file.uploadedByName} · {chinaDateTime(file.uploadedAt)}
                {file.description ? ` · ${file.description}` : ''}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
