import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { MessageKind, MessageTemplatesQuery } from '../../gql/graphql';
import { MessageKindLabel } from '../../gql/labels';

const MessageTemplatesDocument = graphql(`
  query MessageTemplates {
    messageTemplates {
      kind
      text
      version
      own
      ownVersion
      ownerTenantName
      defaultText
      placeholders {
        name
        description
      }
    }
  }
`);

const SaveMessageTemplateDocument = graphql(`
  mutation SaveMessageTemplate($input: SaveMessageTemplateInput!) {
    saveMessageTemplate(input: $input)
  }
`);

type TemplateRow = MessageTemplatesQuery['messageTemplates'][number];

/** One kind's template: where it comes from, its placeholders, and the editor that saves a new version. */
function TemplateCard({ template }: { template: TemplateRow }) {
  const { message: toast } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [save, saving] = useMutation(SaveMessageTemplateDocument, { refetchQueries: ['MessageTemplates'], awaitRefetchQueries: true });
  const [form] = Form.useForm<{ text: string }>();
  const source = template.own
    ? `本机构第 ${template.version} 版`
    : template.ownerTenantName
      ? `继承 ${template.ownerTenantName} 第 ${template.version} 版`
      : '系统默认';
  const submit = ({ text }: { text: string }) =>
    save({ variables: { input: { kind: template.kind, text, version: template.ownVersion } } }).then(
      () => {
        toast.success('模板已保存');
        setEditing(false);
      },
      () => undefined,
    );
  return (
    <Card
      size="small"
      title={MessageKindLabel[template.kind as MessageKind]}
      extra={
        <Space>
          <Tag>{source}</Tag>
          {!editing && (
            <Button size="small" onClick={() => (form.setFieldsValue({ text: template.text }), setEditing(true))}>
              修改
            </Button>
          )}
        </Space>
      }
    >
      {!editing && <Typography.Paragraph style={{ marginBottom: 4 }}>{template.text}</Typography.Paragraph>}
      {editing && (
        <Form form={form} layout="vertical" onFinish={submit}>
          {saving.error && (
            <Alert type="error" showIcon message={saving.error.graphQLErrors[0]?.message ?? '保存失败，请稍后再试'} style={{ marginBottom: 8 }} />
          )}
          <Form.Item name="text" label="正文（发送时前加【机构名称】签名）" rules={[{ required: true, whitespace: true, message: '请填写模板正文' }]}>
            <Input.TextArea rows={2} maxLength={300} showCount />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              保存为新版本
            </Button>
            <Button onClick={() => form.setFieldsValue({ text: template.defaultText })}>恢复系统默认</Button>
            <Button onClick={() => setEditing(false)}>取消</Button>
          </Space>
        </Form>
      )}
      <Typography.Text type="secondary">可用占位符：{template.placeholders.map((p) => `{${p.name}}（${p.description}）`).join('、')}</Typography.Text>
    </Card>
  );
}

/**
 * 短信模板 of the administrator's own office: each kind's text in force (its own, inherited from the
 * nearest office above, or the system default) and a new version of its own; offices below that set
 * none inherit it.
 */
export function MessageTemplatesPanel() {
  const { data, error, loading } = useQuery(MessageTemplatesDocument, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {loading && !data && <Typography.Text type="secondary">加载中…</Typography.Text>}
      {data?.messageTemplates.map((template) => (
        <TemplateCard key={template.kind} template={template} />
      ))}
    </Space>
  );
}
