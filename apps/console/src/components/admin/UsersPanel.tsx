import { type ApolloError, useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { AdminUsersQuery, Role } from '../../gql/graphql';
import { RoleLabel } from '../../gql/labels';
import { createUserInput, roleChoices, type NewUserForm } from '../../logic/admin';
import { AdminUnitsDocument } from './UnitsPanel';

const AdminUsersDocument = graphql(`
  query AdminUsers($tenantId: ID!) {
    users(tenantId: $tenantId, first: 100) {
      edges {
        node {
          id
          username
          displayName
          roles
          active
          version
          unit {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($id: ID!, $version: Int!) {
    deactivateUser(id: $id, version: $version) {
      id
      active
      version
    }
  }
`);

const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!, $version: Int!) {
    reactivateUser(id: $id, version: $version) {
      id
      active
      version
    }
  }
`);

const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      id
      version
    }
  }
`);

type UserRow = AdminUsersQuery['users']['edges'][number]['node'];

const messageOf = (error: ApolloError | undefined, fallback: string) => (error ? (error.graphQLErrors[0]?.message ?? fallback) : null);
const password = [
  { required: true, message: '请填写密码' },
  { min: 8, message: '密码至少 8 位' },
];

/** The users of one office: who holds which roles where, creating one, and the account actions (each ends the user's sessions). */
export function UsersPanel({ tenantId, selfId }: { tenantId: string; selfId: string }) {
  const { data, loading, error } = useQuery(AdminUsersDocument, { variables: { tenantId } });
  const units = useQuery(AdminUnitsDocument, { variables: { tenantId } });
  const refetch = { refetchQueries: ['AdminUsers'], awaitRefetchQueries: true };
  const [create, created] = useMutation(CreateUserDocument, refetch);
  const [deactivate, deactivated] = useMutation(DeactivateUserDocument, refetch);
  const [reactivate, reactivated] = useMutation(ReactivateUserDocument, refetch);
  const [reset, wasReset] = useMutation(ResetUserPasswordDocument, refetch);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [createForm] = Form.useForm<NewUserForm>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();
  const accountError = messageOf(deactivated.error ?? reactivated.error, '操作失败，请稍后再试');
  // Errors are shown inline; a rejected promise must not become an unhandled one.
  const quietly = <T,>(run: Promise<T>) => run.catch(() => null);

  const submitCreate = async (values: NewUserForm) => {
    const result = await quietly(create({ variables: { input: createUserInput(values, tenantId) } }));
    if (!result?.data) return;
    setCreating(false);
    setNotice(`已新建用户 ${result.data.createUser.username}，请将初始密码当面告知本人`);
  };

  const submitReset = async ({ newPassword }: { newPassword: string }) => {
    if (!resetting) return;
    const result = await quietly(reset({ variables: { input: { id: resetting.id, version: resetting.version, newPassword } } }));
    if (!result?.data) return;
    setNotice(`已重置 ${resetting.username} 的密码，其登录会话已全部失效`);
    setResetting(null);
  };

  const unitOptions = units.data?.tenant.units.edges.map((edge) => ({ value: edge.node.id, label: edge.node.name })) ?? [];

  return (
    <>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      {accountError && <Alert type="error" showIcon message={accountError} style={{ marginBottom: 12 }} data-testid="account-error" />}
      {notice && (
        <Alert type="success" showIcon closable message={notice} onClose={() => setNotice(null)} style={{ marginBottom: 12 }} data-testid="admin-notice" />
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          onClick={() => {
            createForm.resetFields();
            created.reset();
            setCreating(true);
          }}
        >
          新建用户
        </Button>
      </Space>
      <Table<UserRow>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.users.edges.map((edge) => edge.node) ?? []}
        footer={data?.users.pageInfo.hasNextPage ? () => '仅列出前 100 个用户' : undefined}
        columns={[
          { title: '登录名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roles', render: (roles: Role[]) => roles.map((role) => <Tag key={role}>{RoleLabel[role]}</Tag>) },
          { title: '单位', key: 'unit', render: (_, row) => row.unit?.name ?? '—' },
          { title: '状态', dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag color="red">停用</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_, row) => (
              <Space>
                {row.active ? (
                  <Popconfirm
                    title={`停用 ${row.displayName}？`}
                    description="停用后其登录会话立即失效，且不能再登录"
                    okText="停用"
                    cancelText="取消"
                    onConfirm={() => quietly(deactivate({ variables: { id: row.id, version: row.version } }))}
                    disabled={row.id === selfId}
                  >
                    <Button size="small" danger disabled={row.id === selfId}>
                      停用
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => quietly(reactivate({ variables: { id: row.id, version: row.version } }))}>
                    启用
                  </Button>
                )}
                <Popconfirm
                  title={`重置 ${row.displayName} 的密码？`}
                  description="原密码和其登录会话将立即失效"
                  okText="继续"
                  cancelText="取消"
                  onConfirm={() => {
                    resetForm.resetFields();
                    wasReset.reset();
                    setResetting(row);
                  }}
                >
                  <Button size="small">重置密码</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        forceRender
        title="新建用户"
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => createForm.submit()}
        okText="新建"
        cancelText="取消"
        confirmLoading={created.loading}
      >
        {created.error && (
          <Alert
            type="error"
            showIcon
            message={messageOf(created.error, '新建失败，请稍后再试')}
            style={{ marginBottom: 12 }}
            data-testid="create-user-error"
          />
        )}
        <Form form={createForm} layout="vertical" onFinish={submitCreate}>
          <Form.Item
            name="username"
            label="登录名"
            extra="小写字母、数字、._-，3–64 位"
            rules={[{ required: true, whitespace: true, message: '请填写登录名' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label="初始密码" extra="至少 8 位，含大写字母、小写字母、数字、其他字符中的至少三类，不含登录名" rules={password}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
            <Select mode="multiple" options={roleChoices()} />
          </Form.Item>
          <Form.Item name="unitId" label="所属单位（可选）">
            <Select allowClear options={unitOptions} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        forceRender
        title={resetting ? `重置 ${resetting.displayName} 的密码` : '重置密码'}
        open={resetting !== null}
        onCancel={() => setResetting(null)}
        onOk={() => resetForm.submit()}
        okText="重置"
        cancelText="取消"
        confirmLoading={wasReset.loading}
      >
        {wasReset.error && (
          <Alert type="error" showIcon message={messageOf(wasReset.error, '重置失败，请稍后再试')} style={{ marginBottom: 12 }} data-testid="reset-error" />
        )}
        <Form form={resetForm} layout="vertical" onFinish={submitReset}>
          <Form.Item name="newPassword" label="新密码" extra="由管理员设定并当面告知本人" rules={password}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
