import { type ApolloError, useMutation } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { attachmentLines, noticeForms } from '../../logic/notices';
import type { NoticeAction } from '../../gql/graphql';

const SubmitFeedbackDocument = graphql(`
  mutation SubmitNoticeFeedback($input: NoticeFeedbackInput!) {
    submitNoticeFeedback(input: $input) {
      id
      version
      state
      availableActions
    }
  }
`);

const AcceptFeedbackDocument = graphql(`
  mutation AcceptNoticeFeedback($input: AcceptFeedbackInput!) {
    acceptNoticeFeedback(input: $input) {
      id
      version
      state
      availableActions
    }
  }
`);

const RejectFeedbackDocument = graphql(`
  mutation RejectNoticeFeedback($input: ReasonedNoticeChangeInput!) {
    rejectNoticeFeedback(input: $input) {
      id
      version
      state
      availableActions
    }
  }
`);

const EscalateNoticeDocument = graphql(`
  mutation EscalateNotice($input: ReasonedNoticeChangeInput!) {
    escalateNotice(input: $input) {
      id
    }
  }
`);

/** After a change, the page's notice (history, feedback, ladder) and the lists are read again. */
const REFETCH = ['NoticeDetail', 'NoticeInbox', 'IssuedNotices', 'UnreadNotices', 'CaseNotices'];

const messageOf = (error: ApolloError | undefined) => (error ? (error.graphQLErrors[0]?.message ?? '操作失败，请稍后再试') : null);

function ErrorLine({ error }: { error: ApolloError | undefined }) {
  const message = messageOf(error);
  return message ? <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} data-testid="notice-error" /> : null;
}

interface Props {
  notice: { id: string; version: number; availableActions: readonly NoticeAction[] };
}

/** The forms of a notice, each only where the API offers its action to the viewer now. */
export function NoticeActions({ notice }: Props) {
  const forms = noticeForms(notice.availableActions);
  const navigate = useNavigate();
  const [submit, submitted] = useMutation(SubmitFeedbackDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [accept, accepted] = useMutation(AcceptFeedbackDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [reject, rejected] = useMutation(RejectFeedbackDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [escalate, escalated] = useMutation(EscalateNoticeDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [feedbackForm] = Form.useForm<{ text: string; attachments?: string }>();
  const [decideForm] = Form.useForm<{ comment?: string }>();
  const [escalateForm] = Form.useForm<{ reason: string }>();
  const [rejectWithoutReason, setRejectWithoutReason] = useState(false);
  // Mutations report their errors inline; a rejected promise must not become an unhandled one.
  const quietly = (run: Promise<unknown>) => run.catch(() => undefined);
  const base = { noticeId: notice.id, version: notice.version };

  if (!forms.feedback && !forms.decide && !forms.escalate) return null;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {forms.feedback && (
        <Card title="书面反馈" size="small">
          <ErrorLine error={submitted.error} />
          <Form
            form={feedbackForm}
            layout="vertical"
            onFinish={(values) =>
              quietly(
                submit({ variables: { input: { ...base, text: values.text.trim(), attachments: attachmentLines(values.attachments) } } }).then(() =>
                  feedbackForm.resetFields(),
                ),
              )
            }
          >
            <Form.Item name="text" label="办理情况和整改措施" rules={[{ required: true, whitespace: true, message: '请填写反馈内容' }]}>
              <Input.TextArea rows={4} maxLength={10000} />
            </Form.Item>
            <Form.Item name="attachments" label="附件（每行一个文件名或编号）">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submitted.loading}>
              提交反馈
            </Button>
          </Form>
        </Card>
      )}
      {forms.decide && (
        <Card title="审核反馈" size="small">
          <ErrorLine error={accepted.error ?? rejected.error} />
          {rejectWithoutReason && <Alert type="warning" showIcon message="退回反馈须写明理由" style={{ marginBottom: 12 }} />}
          <Form form={decideForm} layout="vertical">
            <Form.Item name="comment" label="审核意见（退回时为退回理由）">
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Space>
              <Button
                type="primary"
                loading={accepted.loading}
                onClick={() => {
                  const comment = decideForm.getFieldValue('comment')?.trim();
                  setRejectWithoutReason(false);
                  quietly(accept({ variables: { input: { ...base, comment: comment || null } } }));
                }}
              >
                采纳反馈
              </Button>
              <Button
                danger
                loading={rejected.loading}
                onClick={() => {
                  const reason = decideForm.getFieldValue('comment')?.trim();
                  setRejectWithoutReason(!reason);
                  if (reason) quietly(reject({ variables: { input: { ...base, reason } } }));
                }}
              >
                退回反馈
              </Button>
            </Space>
          </Form>
        </Card>
      )}
      {forms.escalate && (
        <Card title="升级督办" size="small">
          <ErrorLine error={escalated.error} />
          <Form
            form={escalateForm}
            layout="inline"
            onFinish={(values) =>
              quietly(
                escalate({ variables: { input: { ...base, reason: values.reason.trim() } } }).then((result) => {
                  const next = result.data?.escalateNotice.id;
                  if (next) navigate(`/notices/${next}`);
                }),
              )
            }
          >
            <Form.Item name="reason" label="升级理由" rules={[{ required: true, whitespace: true, message: '请填写升级理由' }]}>
              <Input style={{ width: 360 }} maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" loading={escalated.loading}>
              升级督办
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
