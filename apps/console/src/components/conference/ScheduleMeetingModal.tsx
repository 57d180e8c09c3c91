import { useMutation } from '@apollo/client';
import { Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { MeetingKindLabel } from '../../gql/labels';
import { scheduleMeetingInput, type MeetingFormValues } from '../../logic/conference';
import { labelOptions } from '../../logic/label-options';
import { AgendaCaseSelect } from './AgendaCaseSelect';
import { FailureAlert, useModalSubmission } from './FailureAlert';

const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      date
    }
  }
`);

/**
 * 安排会议: kind, date, the chair (one of the convenors) and the agenda, each line a text, a case
 * of the case desk, or both. Every convenor and current member unit is invited.
 */
export function ScheduleMeetingModal({
  open,
  convenors,
  onClose,
}: {
  open: boolean;
  convenors: readonly { userId: string; name: string; title: string }[];
  onClose(): void;
}) {
  const [form] = Form.useForm<MeetingFormValues>();
  const [schedule, scheduled] = useMutation(ScheduleMeetingDocument, { refetchQueries: ['ConferenceOverview', 'MeetingCalendar'], awaitRefetchQueries: true });
  const { failure, run, close } = useModalSubmission(onClose);

  const submit = (values: MeetingFormValues) => run(() => schedule({ variables: { input: scheduleMeetingInput(values) } }));

  return (
    <Modal
      open={open}
      title="安排会议"
      okText="安排"
      cancelText="取消"
      confirmLoading={scheduled.loading}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={720}
    >
      <FailureAlert failure={failure} onRefresh={close} />
      <Form<MeetingFormValues>
        form={form}
        name="meeting"
        layout="vertical"
        preserve={false}
        clearOnDestroy
        initialValues={{ kind: 'SCHEDULING', chairUserId: convenors[0]?.userId, agenda: [{}] }}
        onFinish={submit}
      >
        <Space wrap>
          <Form.Item name="kind" label="会议种类" rules={[{ required: true, message: '请选择会议种类' }]}>
            <Select style={{ width: 160 }} options={labelOptions(MeetingKindLabel)} />
          </Form.Item>
          <Form.Item
            name="date"
            label="会议日期"
            rules={[{ required: true, message: '请选择会议日期' }]}
            getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="chairUserId" label="主持人" rules={[{ required: true, message: '请选择主持人' }]}>
            <Select style={{ width: 200 }} options={convenors.map((c) => ({ value: c.userId, label: `${c.name}（${c.title}）` }))} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label="会议名称（可选）" rules={[{ max: 100, message: '会议名称不超过 100 字' }]}>
          <Input />
        </Form.Item>
        <Form.List name="agenda">
          {(fields, { add, remove }) => (
            <Form.Item label="议题">
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap data-testid="agenda-line">
                  <Form.Item name={[field.name, 'text']} rules={[{ max: 500, message: '议题内容不超过 500 字' }]}>
                    <Input aria-label={`议题${index + 1}内容`} placeholder="议题内容" style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'caseId']}>
                    <AgendaCaseSelect />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>移除</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})}>
                增加议题
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
