import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Modal, Radio, Space, Table, Tabs, Tag, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import type { CaseKind, OnlineSubmissionStatus, OnlineSubmissionsQuery } from '../gql/graphql';
import { CaseKindLabel, OnlineSubmissionStatusLabel } from '../gql/labels';
import { useRegistrationChoices } from '../components/registration/useRegistrationChoices';
import { useSession } from '../session/session';

const OnlineSubmissionsDocument = graphql(`
  query OnlineSubmissions($filter: OnlineSubmissionFilter, $first: Int!) {
    onlineSubmissions(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          tenantId
          officeName
          kind
          categoryId
          title
          content
          petitionerName
          idNumberMasked
          phoneMasked
          address
          status
          rejectionReason
          caseId
          caseNumber
          submittedAt
          registerBy
          overdue
          clockText
          version
          attachments {
            id
            fileName
            sizeBytes
            url
          }
        }
      }
    }
  }
`);

const RegisterOnlineSubmissionDocument = graphql(`
  mutation RegisterOnlineSubmission($input: RegisterOnlineSubmissionInput!) {
    registerOnlineSubmission(input: $input) {
      id
      status
      caseId
      caseNumber
      version
    }
  }
`);

const RejectOnlineSubmissionDocument = graphql(`
  mutation RejectOnlineSubmission($input: RejectOnlineSubmissionInput!) {
    rejectOnlineSubmission(input: $input) {
      id
      status
      rejectionReason
      version
    }
  }
`);

type Submission = OnlineSubmissionsQuery['onlineSubmissions']['edges'][number]['node'];

const TABS: { key: OnlineSubmissionStatus; label: string }[] = [
  { key: 'SUBMITTED', label: '待登记' },
  { key: 'REGISTERED', label: '已登记' },
  { key: 'REJECTED', label: '不予登记' },
];
const KINDS: CaseKind[] = ['CLAIM', 'SUGGESTION', 'ACCUSATION'];

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 网上信访: the online intake queue with its same-day clock; the chosen office registers or declines. */
export function IntakePage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as OnlineSubmissionStatus | null) ?? 'SUBMITTED';
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(OnlineSubmissionsDocument, {
    variables: { filter: { status }, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.onlineSubmissions.edges.map((edge) => edge.node) ?? [];
  const open = rows.find((row) => row.id === openId) ?? null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        网上信访
      </Typography.Title>
      <Typography.Text type="secondary">网上投诉事项实行“当天登记、当天转交”：工作时间提交的当天登记，非工作时间提交的下一个工作日登记。</Typography.Text>
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setOpenId(null);
          setParams({ status: key });
        }}
        items={TABS.map((tab) => ({ key: tab.key, label: tab.label }))}
      />
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} />}
      <Table<Submission>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        footer={() => `共 ${data?.onlineSubmissions.totalCount ?? 0} 件`}
        columns={[
          { title: '提交时间', dataIndex: 'submittedAt', render: when, width: 180 },
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpenId(row.id)}>
                {title}
              </Button>
            ),
          },
          { title: '信访人', dataIndex: 'petitionerName', width: 100 },
          { title: '所选信访部门', dataIndex: 'officeName', width: 140 },
          {
            title: '当天登记',
            key: 'clock',
            width: 160,
            render: (_: unknown, row) =>
              row.clockText ? <Tag color={row.overdue ? 'red' : 'blue'}>{row.clockText}</Tag> : <Tag>{OnlineSubmissionStatusLabel[row.status]}</Tag>,
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpenId(null)} width={640} title={open?.title} destroyOnHidden>
        {open && (
          <SubmissionDetail
            submission={open}
            onDone={() => {
              setOpenId(null);
              void refetch();
            }}
          />
        )}
      </Drawer>
    </Space>
  );
}

function SubmissionDetail({ submission, onDone }: { submission: Submission; onDone: () => void }) {
  const { user } = useSession();
  const [action, setAction] = useState<'register' | 'reject' | null>(null);
  // Only the chosen office's registrars register or decline; the offices above oversee.
  const mayDecide = submission.status === 'SUBMITTED' && user?.roles.includes('REGISTRAR') && user.tenantId === submission.tenantId;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="状态">{OnlineSubmissionStatusLabel[submission.status]}</Descriptions.Item>
        {submission.clockText && (
          <Descriptions.Item label="当天登记">
            <Tag color={submission.overdue ? 'red' : 'blue'}>{submission.clockText}</Tag>（期限 {when(submission.registerBy)}）
          </Descriptions.Item>
        )}
        <Descriptions.Item label="所选信访部门">{submission.officeName}</Descriptions.Item>
        <Descriptions.Item label="分类">{CaseKindLabel[submission.kind]}</Descriptions.Item>
        <Descriptions.Item label="信访人">{submission.petitionerName}</Descriptions.Item>
        <Descriptions.Item label="公民身份号码">{submission.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{submission.phoneMasked}</Descriptions.Item>
        {submission.address && <Descriptions.Item label="住址">{submission.address}</Descriptions.Item>}
        <Descriptions.Item label="提交时间">{when(submission.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label="信访内容">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{submission.content}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label="附件">
          {submission.attachments.length === 0
            ? '无'
            : submission.attachments.map((file) => (
                <div key={file.id}>
                  <a href={file.url}>{file.fileName}</a>
                </div>
              ))}
        </Descriptions.Item>
        {submission.caseId && (
          <Descriptions.Item label="信访事项">
            <Link to={`/cases/${submission.caseId}`}>{submission.caseNumber}</Link>
          </Descriptions.Item>
        )}
        {submission.rejectionReason && <Descriptions.Item label="不予登记理由">{submission.rejectionReason}</Descriptions.Item>}
      </Descriptions>
      {mayDecide && (
        <Space>
          <Button type="primary" onClick={() => setAction('register')}>
            登记
          </Button>
          <Button danger onClick={() => setAction('reject')}>
            不予登记
          </Button>
        </Space>
      )}
      {action === 'register' && <RegisterDialog submission={submission} onClose={() => setAction(null)} onDone={onDone} />}
      {action === 'reject' && <RejectDialog submission={submission} onClose={() => setAction(null)} onDone={onDone} />}
    </Space>
  );
}

interface RegisterValues {
  kind: CaseKind;
  categoryId: string;
  problemJurisdictionId: string;
  title: string;
}

/** 登记: the submission prefilled; the registrar adds what registration needs (category, problem jurisdiction). */
function RegisterDialog({ submission, onClose, onDone }: { submission: Submission; onClose: () => void; onDone: () => void }) {
  const choices = useRegistrationChoices();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterValues>();
  const [register, { loading, error }] = useMutation(RegisterOnlineSubmissionDocument);
  const submit = async (values: RegisterValues) => {
    const result = await register({ variables: { input: { submissionId: submission.id, version: submission.version, ...values } } }).catch(() => null);
    if (result?.data) {
      message.success(`已登记为信访事项 ${result.data.registerOnlineSubmission.caseNumber ?? ''}`);
      onClose();
      onDone();
    }
  };
  return (
    <Modal open title="登记网上信访事项" okText="登记" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: submission.kind,
          categoryId: submission.categoryId ?? undefined,
          problemJurisdictionId: submission.tenantId,
          title: submission.title,
        }}
      >
        <Form.Item name="kind" label="分类" rules={[{ required: true, message: '请选择分类' }]}>
          <Radio.Group options={KINDS.map((value) => ({ value, label: CaseKindLabel[value] }))} />
        </Form.Item>
        <Form.Item name="categoryId" label="内容分类" rules={[{ required: true, message: '请选择内容分类' }]}>
          <TreeSelect
            showSearch
            treeNodeFilterProp="title"
            treeNodeLabelProp="fullName"
            treeData={choices.categories}
            loading={choices.loading}
            listHeight={320}
          />
        </Form.Item>
        <Form.Item name="problemJurisdictionId" label="问题属地" rules={[{ required: true, message: '请选择问题属地' }]}>
          <TreeSelect showSearch treeNodeFilterProp="title" treeData={choices.offices} treeDefaultExpandAll loading={choices.loading} />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '登记失败，请稍后再试'} />}
      </Form>
    </Modal>
  );
}

/** 不予登记, with the reason the petitioner reads on the portal. */
function RejectDialog({ submission, onClose, onDone }: { submission: Submission; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [reject, { loading, error }] = useMutation(RejectOnlineSubmissionDocument);
  const submit = async ({ reason }: { reason: string }) => {
    const result = await reject({ variables: { input: { submissionId: submission.id, version: submission.version, reason } } }).catch(() => null);
    if (result?.data) {
      onClose();
      onDone();
    }
  };
  return (
    <Modal open title="不予登记" okText="确定" onOk={() => form.submit()} confirmLoading={loading} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label="理由（信访人凭查询码可见）" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '提交失败，请稍后再试'} />}
      </Form>
    </Modal>
  );
}
