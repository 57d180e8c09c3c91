import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { UnitKind } from '../../gql/graphql';
import { UnitKindLabel } from '../../gql/labels';
import { labelOptions } from '../../logic/label-options';

export const AdminUnitsDocument = graphql(`
  query AdminUnits($tenantId: ID!) {
    tenant(id: $tenantId) {
      id
      units(first: 100) {
        edges {
          node {
            id
            name
            kind
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
      kind
    }
  }
`);

/** The units of one office and a form to add one. */
export function UnitsPanel({ tenantId }: { tenantId: string }) {
  const { data, loading, error } = useQuery(AdminUnitsDocument, { variables: { tenantId } });
  const [create, created] = useMutation(CreateUnitDocument, { refetchQueries: ['AdminUnits'], awaitRefetchQueries: true });
  const [form] = Form.useForm<{ name: string; kind: UnitKind }>();
  const units = data?.tenant.units;

  const submit = async (values: { name: string; kind: UnitKind }) => {
    const result = await create({ variables: { input: { tenantId, name: values.name.trim(), kind: values.kind } } }).catch(() => null);
    if (result?.data) form.resetFields();
  };

  return (
    <>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      <Card size="small" title="新建单位" style={{ marginBottom: 16 }}>
        {created.error && (
          <Alert
            type="error"
            showIcon
            message={created.error.graphQLErrors[0]?.message ?? '新建失败，请稍后再试'}
            style={{ marginBottom: 12 }}
            data-testid="unit-error"
          />
        )}
        <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
          <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
            <Input style={{ width: 240 }} maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select style={{ width: 220 }} options={labelOptions(UnitKindLabel)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={created.loading}>
            新建
          </Button>
        </Form>
      </Card>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={units?.edges.map((edge) => edge.node) ?? []}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'kind', render: (kind: UnitKind) => <Tag>{UnitKindLabel[kind]}</Tag> },
        ]}
        footer={units?.pageInfo.hasNextPage ? () => '仅列出前 100 个单位' : undefined}
      />
    </>
  );
}
