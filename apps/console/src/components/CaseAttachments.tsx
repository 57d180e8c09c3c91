import { useQuery } from '@apollo/client';
import { Card, Space } from 'antd';
import { graphql } from '../gql';
import { useSession } from '../session/session';
import { AttachmentList } from './files/AttachmentList';
import { FileUpload } from './files/FileUpload';

const CaseAttachmentsDocument = graphql(`
  query CaseAttachments($id: ID!) {
    case(id: $id) {
      id
      attachments {
        id
        fileName
        sizeBytes
        description
        uploadedByName
        uploadedAt
        downloadUrl
      }
    }
  }
`);

/** The roles the upload endpoint accepts (registrars, handlers, leaders, supervisors). */
const UPLOAD_ROLES = ['REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR'];

/** The case's files (一案一卷: letters scanned, evidence) with their downloads, and the upload for those who may add to it. */
export function CaseAttachments({ caseId }: { caseId: string }) {
  const { user } = useSession();
  const { data, error, refetch } = useQuery(CaseAttachmentsDocument, { variables: { id: caseId } });
  const mayUpload = user?.roles.some((role) => UPLOAD_ROLES.includes(role)) ?? false;
  return (
    <Card title="附件" size="small" data-testid="case-attachments">
      <Space direction="vertical" style={{ width: '100%' }}>
        {mayUpload && <FileUpload action={`/files/cases/${caseId}/attachments`} onUploaded={() => void refetch()} />}
        <AttachmentList files={data?.case.attachments ?? []} loading={!data && !error} />
      </Space>
    </Card>
  );
}
