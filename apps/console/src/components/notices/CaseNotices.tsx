import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CaseNoticesQuery, NoticeKind, NoticeState } from '../../gql/graphql';
import { NoticeKindLabel, NoticeReasonLabel, NoticeStateLabel } from '../../gql/labels';
import { mayRaiseOnCase, RAISABLE_KINDS, raiseRequest, type RaiseValues } from '../../logic/notices';
import { useSession } from '../../session/session';
import { addresseeOf, chinaDate, FeedbackDue } from './NoticeRefs';
import { labelOptions } from '../../logic/label-options';

const CaseNoticesDocument = graphql(`
  query CaseNotices($id: ID!) {
    case(id: $id) {
      id
      runningClocks {
        stage
        name
        holder
      }
      supervisionNotices {
        id
        kind
        state
        issuerTenantName
        addresseeTenantName
        addresseeUnitName
        issuedAt
        feedbackDue
        feedbackDaysLeft
        feedbackOverdueDays
      }
    }
  }
`);

const RaiseNoticeDocument = graphql(`
  mutation RaiseNotice($input: RaiseNoticeInput!) {
    raiseNotice(input: $input) {
      id
    }
  }
`);

const ListForSupervisionDocument = graphql(`
  mutation ListForSupervision($input: ListForSupervisionInput!) {
    listForSupervision(input: $input) {
      id
    }
  }
`);

type CaseNotice = CaseNoticesQuery['case']['supervisionNotices'][number];

type RaiseForm = Omit<RaiseValues, 'fixBy'> & { fixBy?: Dayjs | null };

/** The notices on one case, and for its supervisors the form to raise one (发起督办). */
export function CaseNotices({ caseId }: { caseId: string }) {
  const { user } = useSession();
  const { data, error } = useQuery(CaseNoticesDocument, { variables: { id: caseId } });
  const refetch = { refetchQueries: ['CaseNotices', 'IssuedNotices'], awaitRefetchQueries: true };
  const [raise, raised] = useMutation(RaiseNoticeDocument, refetch);
  const [list, listed] = useMutation(ListForSupervisionDocument, refetch);
  const [form] = Form.useForm<RaiseForm>();
  const kind = Form.useWatch('kind', form);
  const sent = kind === 'LISTED' ? listed : raised;
  const [open, setOpen] = useState(false);
  const kase = data?.case;
  const mayRaise = mayRaiseOnCase(user?.roles ?? []);
  // Only an office's clock is supervised; the petitioner's windows are nobody's duty.
  const stages = kase?.runningClocks.filter((clock) => clock.holder === 'OFFICE') ?? [];

  const submit = (values: RaiseForm) => {
    const request = raiseRequest(caseId, { ...values, fixBy: values.fixBy?.format('YYYY-MM-DD') ?? null });
    const sending = request.mutation === 'listForSupervision' ? list({ variables: { input: request.input } }) : raise({ variables: { input: request.input } });
    return sending
      .then(() => {
        form.resetFields();
        setOpen(false);
      })
      .catch(() => undefined);
  };

  return (
    <Card
      title="督查督办"
      data-testid="case-notices"
      extra={
        mayRaise &&
        !open && (
          <Button type="primary" onClick={() => setOpen(true)}>
            发起督办
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '督办件加载失败'} style={{ marginBottom: 12 }} />}
      {open && (
        <Card size="small" title="发起督办" style={{ marginBottom: 16 }}>
          {sent.error && (
            <Alert
              type="error"
              showIcon
              message={sent.error.graphQLErrors[0]?.message ?? '下发失败，请稍后再试'}
              style={{ marginBottom: 12 }}
              data-testid="raise-error"
            />
          )}
          <Form<RaiseForm> form={form} layout="vertical" initialValues={{ kind: 'SUPERVISION' }} onFinish={submit}>
            <Space wrap>
              <Form.Item name="kind" label="种类" rules={[{ required: true, message: '请选择种类' }]}>
                <Select style={{ width: 160 }} options={labelOptions(NoticeKindLabel, RAISABLE_KINDS)} />
              </Form.Item>
              <Form.Item name="reason" label="督办事由" rules={[{ required: true, message: '请选择督办事由' }]}>
                <Select style={{ width: 240 }} options={labelOptions(NoticeReasonLabel)} placeholder="《信访工作条例》第四十条" />
              </Form.Item>
              {kind === 'LISTED' && (
                <Form.Item name="fixBy" label="整改期限" rules={[{ required: true, message: '挂牌督办须设定整改期限' }]}>
                  <DatePicker />
                </Form.Item>
              )}
              <Form.Item name="stage" label="所督办的期限环节（可选，环节办结时督办随之办结）">
                <Select allowClear style={{ width: 200 }} options={stages.map((clock) => ({ value: clock.stage, label: clock.name }))} placeholder="不限环节" />
              </Form.Item>
            </Space>
            <Form.Item name="text" label="问题和整改要求" rules={[{ required: true, whitespace: true, message: '请填写通知内容' }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={sent.loading}>
                下发
              </Button>
              <Button onClick={() => setOpen(false)}>取消</Button>
            </Space>
          </Form>
        </Card>
      )}
      <Table<CaseNotice>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={kase?.supervisionNotices ?? []}
        locale={{ emptyText: '暂无督办件' }}
        columns={[
          { title: '督办件', dataIndex: 'kind', render: (kind: NoticeKind, row) => <Link to={`/notices/${row.id}`}>{NoticeKindLabel[kind]}</Link> },
          { title: '下发机构', dataIndex: 'issuerTenantName' },
          { title: '受文单位', key: 'addressee', render: (_: unknown, row) => addresseeOf(row) },
          { title: '下发日期', dataIndex: 'issuedAt', render: (at: string) => chinaDate(at) },
          { title: '反馈期限', key: 'feedbackDue', render: (_: unknown, row) => <FeedbackDue notice={row} /> },
          { title: '状态', dataIndex: 'state', render: (state: NoticeState) => NoticeStateLabel[state] },
        ]}
      />
    </Card>
  );
}
