import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../../gql';
import { addMemberInput, formFailure, liaisonOptions, memberUnitOptions, type MemberFormValues } from '../../logic/conference';
import { FailureAlert, useModalSubmission } from './FailureAlert';
import { useConferenceChoices } from './useConferenceChoices';

const AddConferenceMemberDocument = graphql(`
  mutation AddConferenceMember($input: AddConferenceMemberInput!) {
    addConferenceMember(input: $input) {
      id
      version
    }
  }
`);

const RemoveConferenceMemberDocument = graphql(`
  mutation RemoveConferenceMember($input: RemoveConferenceMemberInput!) {
    removeConferenceMember(input: $input) {
      id
      version
    }
  }
`);

interface Member {
  id: string;
  unitId?: string | null;
  name: string;
  liaisonName: string;
  joinedOn: string;
}

const refetch = { refetchQueries: ['ConferenceOverview'], awaitRefetchQueries: true };

/** 增加成员单位: one of the office's units with one of its people as liaison, or an outside body by name. */
function AddMemberModal({ open, members, onClose }: { open: boolean; members: readonly Member[]; onClose(): void }) {
  const [form] = Form.useForm<MemberFormValues>();
  const choices = useConferenceChoices(open);
  const [add, added] = useMutation(AddConferenceMemberDocument, refetch);
  const { failure, run, close } = useModalSubmission(onClose);
  const outside = Form.useWatch('outside', form) ?? false;
  const unitId = Form.useWatch('unitId', form);

  const submit = (values: MemberFormValues) => run(() => add({ variables: { input: addMemberInput(values) } }));

  return (
    <Modal
      open={open}
      title="增加成员单位"
      okText="增加"
      cancelText="取消"
      confirmLoading={added.loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <FailureAlert failure={failure} onRefresh={close} />
      {choices.error && <Alert type="error" showIcon message={choices.error} style={{ marginBottom: 12 }} />}
      <Form<MemberFormValues>
        form={form}
        name="member"
        layout="vertical"
        preserve={false}
        clearOnDestroy
        initialValues={{ outside: false }}
        onFinish={submit}
        // The liaison belongs to the unit chosen: another unit (or an outside body) asks again.
        onValuesChange={(changed) => {
          if ('unitId' in changed || 'outside' in changed) form.setFieldValue('liaisonUserId', undefined);
        }}
      >
        <Form.Item name="outside" label="单位类别">
          <Radio.Group
            options={[
              { value: false, label: '本机构单位' },
              { value: true, label: '外部单位（如派出所、法院）' },
            ]}
          />
        </Form.Item>
        {outside ? (
          <Form.Item
            name="name"
            label="单位名称"
            rules={[
              { required: true, whitespace: true, message: '请填写单位名称' },
              { max: 100, message: '单位名称不超过 100 字' },
            ]}
          >
            <Input />
          </Form.Item>
        ) : (
          <Form.Item name="unitId" label="成员单位" rules={[{ required: true, message: '请选择成员单位' }]}>
            <Select loading={choices.loading} options={memberUnitOptions(choices.units, members)} />
          </Form.Item>
        )}
        <Form.Item name="liaisonUserId" label="联络员" rules={[{ required: true, message: '请选择联络员' }]} extra={outside ? '本机构的人员' : '该单位的人员'}>
          <Select
            loading={choices.loading}
            disabled={!outside && !unitId}
            options={liaisonOptions(choices.staff, outside ? null : unitId)}
            notFoundContent="该单位尚无人员"
          />
        </Form.Item>
        <Form.Item
          name="joinedOn"
          label="加入日期（默认今天）"
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The member units with their liaisons; the managers add one or take one off (its record is kept). */
export function ConferenceMembers({ members, manages }: { members: readonly Member[]; manages: boolean }) {
  const [adding, setAdding] = useState(false);
  const [remove, removal] = useMutation(RemoveConferenceMemberDocument, refetch);
  const removeFailure = removal.error ? formFailure(removal.error) : null;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {removeFailure && <Alert type="error" showIcon message={removeFailure.message} data-testid="member-error" />}
      {manages && (
        <Button onClick={() => setAdding(true)} data-testid="add-member">
          增加成员单位
        </Button>
      )}
      <Table<Member>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...members]}
        data-testid="members"
        locale={{ emptyText: '尚无成员单位' }}
        columns={[
          { title: '成员单位', dataIndex: 'name' },
          { title: '联络员', dataIndex: 'liaisonName' },
          { title: '加入日期', dataIndex: 'joinedOn' },
          ...(manages
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, member: Member) => (
                    <Popconfirm
                      title={`${member.name}退出联席会议？`}
                      description="退出后不再参加会议、承办任务，记录保留"
                      okText="退出"
                      cancelText="取消"
                      onConfirm={() => remove({ variables: { input: { memberId: member.id } } }).catch(() => undefined)}
                    >
                      <Button size="small" danger>
                        退出
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AddMemberModal open={adding} members={members} onClose={() => setAdding(false)} />
    </Space>
  );
}
