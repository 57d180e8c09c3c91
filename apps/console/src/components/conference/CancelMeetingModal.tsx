import { useApolloClient, useMutation } from '@apollo/client';
import { Form, Input, Modal } from 'antd';
import { graphql } from '../../gql';
import { FailureAlert, useModalSubmission } from './FailureAlert';

const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      version
      state
      cancelReason
    }
  }
`);

/** 取消会议: a planned meeting, with the reason, under the version the page read. */
export function CancelMeetingModal({ meeting, onClose }: { meeting: { id: string; version: number; date: string } | null; onClose(): void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const client = useApolloClient();
  // The answer's state updates the meeting wherever it is shown (table, calendar, its page) through the cache.
  const [cancel, cancelling] = useMutation(CancelMeetingDocument);
  const { failure, run, close } = useModalSubmission(onClose);

  const submit = async ({ reason }: { reason: string }) => {
    if (meeting) await run(() => cancel({ variables: { input: { id: meeting.id, version: meeting.version, reason: reason.trim() } } }));
  };

  return (
    <Modal
      open={meeting !== null}
      title={meeting ? `取消 ${meeting.date} 的会议` : '取消会议'}
      okText="取消会议"
      okButtonProps={{ danger: true, disabled: failure?.conflict }}
      cancelText="返回"
      confirmLoading={cancelling.loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <FailureAlert
        failure={failure}
        onRefresh={() => {
          // Closed once the page has read the meetings again, so that a new attempt starts from them.
          void client.refetchQueries({ include: 'active' }).finally(close);
        }}
      />
      <Form form={form} name="cancel-meeting" layout="vertical" preserve={false} clearOnDestroy onFinish={submit}>
        <Form.Item
          name="reason"
          label="取消原因"
          rules={[
            { required: true, whitespace: true, message: '请填写取消原因' },
            { max: 200, message: '取消原因不超过 200 字' },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
