import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Upload } from 'antd';
import { useState } from 'react';
import { UPLOAD_ACCEPT, oversized, uploadRefusal } from '../../logic/files';

/**
 * Uploads files to one of the API's attachment endpoints with the session cookie (same origin), a
 * request per file with the optional description; a refusal shows the API's Chinese message.
 */
export function FileUpload({ action, onUploaded, label = '上传附件' }: { action: string; onUploaded: () => void; label?: string }) {
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input placeholder="附件说明（可不填）" value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} style={{ width: 240 }} />
        <Upload
          name="file"
          action={action}
          data={description.trim() ? { description: description.trim() } : {}}
          withCredentials
          multiple
          maxCount={5}
          accept={UPLOAD_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            const tooLarge = oversized(file);
            setFailure(tooLarge);
            return tooLarge ? Upload.LIST_IGNORE : true;
          }}
          onChange={({ file }) => {
            if (file.status === 'done') {
              setFailure(null);
              setDescription('');
              onUploaded();
            }
            if (file.status === 'error') setFailure(uploadRefusal(file.name, file.response));
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="file-upload">
            {label}
          </Button>
        </Upload>
      </Space>
      {failure && <Alert type="error" showIcon message={failure} data-testid="file-upload-error" />}
    </Space>
  );
}
