import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { InstrumentKind } from '../../gql/graphql';
import { InstrumentKindLabel, InstrumentTemplateSourceLabel } from '../../gql/labels';
import { instrumentTemplateInput, type InstrumentTemplateForm } from '../../logic/admin';

const InstrumentTemplatesDocument = graphql(`
  query InstrumentTemplates {
    instrumentTemplates {
      kind
      title
      paragraphs
      source
      sourceTenantName
      version
      ownVersion
      placeholders {
        name
        description
      }
    }
  }
`);

const SaveInstrumentTemplateDocument = graphql(`
  mutation SaveInstrumentTemplate($input: SaveInstrumentTemplateInput!) {
    saveInstrumentTemplate(input: $input) {
      kind
      version
    }
  }
`);

/**
 * 文书模板: the wording of each instrument the office issues — its own, inherited from an office
 * above, or the built-in one. Saving makes a new version of the office's own, used from then on.
 */
export function InstrumentTemplatesPanel() {
  const { data, loading, error } = useQuery(InstrumentTemplatesDocument);
  const [save, saved] = useMutation(SaveInstrumentTemplateDocument, { refetchQueries: ['InstrumentTemplates'], awaitRefetchQueries: true });
  const [kind, setKind] = useState<InstrumentKind>('ACCEPTANCE_NOTICE');
  const [done, setDone] = useState(false);
  const [form] = Form.useForm<InstrumentTemplateForm>();
  const template = data?.instrumentTemplates.find((t) => t.kind === kind);
  useEffect(() => {
    if (template) form.setFieldsValue({ title: template.title, body: template.paragraphs.join('\n') });
  }, [template, form]);

  const submit = async (values: InstrumentTemplateForm) => {
    if (!template) return;
    setDone(false);
    const result = await save({ variables: { input: instrumentTemplateInput(kind, values, template.ownVersion) } }).catch(() => null);
    if (result?.data) setDone(true);
  };

  const source = template && (
    <Tag color={template.source === 'OWN' ? 'blue' : undefined} data-testid="template-source">
      {InstrumentTemplateSourceLabel[template.source]}
      {template.sourceTenantName && `（${template.sourceTenantName}，第 ${template.version} 版）`}
    </Tag>
  );

  return (
    <Card size="small" title="文书模板（本机构）" loading={loading && !data} extra={source}>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      {saved.error && (
        <Alert
          type="error"
          showIcon
          message={saved.error.graphQLErrors[0]?.message ?? '保存失败，请稍后再试'}
          style={{ marginBottom: 12 }}
          data-testid="template-error"
        />
      )}
      {done && <Alert type="success" showIcon message="已保存为新版本，此后生成的文书使用新版本" style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select<InstrumentKind>
          aria-label="文书种类"
          style={{ width: 280 }}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setDone(false);
          }}
          options={(data?.instrumentTemplates ?? []).map((t) => ({ value: t.kind, label: InstrumentKindLabel[t.kind] }))}
        />
        <Form<InstrumentTemplateForm> form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="body" label="正文（每行一段）" rules={[{ required: true, whitespace: true, message: '请填写正文' }]}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            可用的占位符（某一占位符无内容时，所在段落不出现）：
            {template?.placeholders.map((p) => (
              <Tooltip key={p.name} title={p.description}>
                <Tag style={{ marginBottom: 4 }}>{`{${p.name}}`}</Tag>
              </Tooltip>
            ))}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={saved.loading}>
            保存为新版本
          </Button>
        </Form>
      </Space>
    </Card>
  );
}
