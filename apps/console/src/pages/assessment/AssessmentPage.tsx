import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { OwnResults } from '../../components/assessment/OwnResults';
import { SchemeBuilder } from '../../components/assessment/SchemeBuilder';
import { graphql } from '../../gql';
import type { SchemeListRowFragment, SchemeState } from '../../gql/graphql';
import { SchemeStateLabel } from '../../gql/labels';
import { TARGET_LEVEL_LABELS, templateSchemeInput } from '../../logic/assessment';
import { ASSESSMENT_WRITER_ROLES, holdsAny } from '../../logic/navigation';
import { useSession } from '../../session/session';

graphql(`
  fragment SchemeListRow on AssessmentScheme {
    id
    name
    state
    periodLabel
    targetLevel
    totalPoints
    publishedAt
    items {
      code
    }
  }
`);

const AssessmentSchemesDocument = graphql(`
  query AssessmentSchemes {
    assessmentSchemes {
      ...SchemeListRow
    }
  }
`);

const CreateAssessmentSchemeDocument = graphql(`
  mutation CreateAssessmentScheme($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) {
      ...SchemeListRow
    }
  }
`);

interface TemplateForm {
  name: string;
  year: number;
  targetLevel?: string;
}

/** 考核: the office's schemes (assessors create them from the district template) and its own published results. */
export function AssessmentPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const writer = holdsAny(user?.roles ?? [], ASSESSMENT_WRITER_ROLES);
  const { data, loading, error } = useQuery(AssessmentSchemesDocument);
  const [creating, setCreating] = useState(false);
  const [building, setBuilding] = useState(false);
  const [form] = Form.useForm<TemplateForm>();
  const [create, created] = useMutation(CreateAssessmentSchemeDocument, { refetchQueries: [AssessmentSchemesDocument] });
  const year = new Date().getFullYear();

  const submit = async (values: TemplateForm) => {
    const result = await create({ variables: { input: templateSchemeInput(values) } }).catch(() => null);
    const id = result?.data?.createAssessmentScheme.id;
    if (id) navigate(`/assessment/${id}`);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {user && <OwnResults tenantId={user.tenantId} tenantName={user.tenant?.name ?? '本机构'} />}
      <Card
        title="考核方案"
        extra={
          writer && (
            <Space>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-scheme">
                按区（县）模板新建
              </Button>
              <Button onClick={() => setBuilding(true)} data-testid="build-scheme">
                逐项新建
              </Button>
            </Space>
          )
        }
      >
        {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 16 }} />}
        <Table<SchemeListRowFragment>
          rowKey="id"
          loading={loading && !data}
          dataSource={data?.assessmentSchemes ?? []}
          pagination={false}
          locale={{ emptyText: '暂无考核方案' }}
          columns={[
            { title: '方案', dataIndex: 'name', render: (name: string, row) => <Link to={`/assessment/${row.id}`}>{name}</Link> },
            { title: '考核期', dataIndex: 'periodLabel' },
            { title: '考核对象', dataIndex: 'targetLevel', render: (level: string) => TARGET_LEVEL_LABELS[level] ?? level },
            { title: '考核项', key: 'items', render: (_: unknown, row) => `${row.items.length} 项` },
            { title: '总分', dataIndex: 'totalPoints' },
            {
              title: '状态',
              dataIndex: 'state',
              render: (state: SchemeState) => <Tag color={state === 'PUBLISHED' ? 'green' : 'default'}>{SchemeStateLabel[state]}</Tag>,
            },
          ]}
        />
      </Card>
      <Modal
        open={creating}
        title="按区（县）模板新建考核方案"
        okText="新建"
        cancelText="取消"
        confirmLoading={created.loading}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          模板含及时受理率、按期答复率、重复信访、参评满意率、群众参评率和年度重点工作（人工评分），新建后为草稿，可逐项查看公式。
        </Typography.Paragraph>
        {created.error && (
          <Alert type="error" showIcon message={created.error.graphQLErrors[0]?.message ?? '新建失败，请稍后再试'} style={{ marginBottom: 16 }} />
        )}
        <Form<TemplateForm> form={form} layout="vertical" onFinish={submit} initialValues={{ name: `${year}年度区县信访工作考核`, year }} preserve={false}>
          <Form.Item name="name" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="year" label="考核年度" rules={[{ required: true, message: '请填写考核年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="targetLevel" label="考核对象" extra="默认本机构的下一级">
            <Select allowClear placeholder="下一级" options={Object.entries(TARGET_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Form>
      </Modal>
      <SchemeBuilder open={building} onClose={() => setBuilding(false)} onSaved={(id) => navigate(`/assessment/${id}`)} />
    </Space>
  );
}
