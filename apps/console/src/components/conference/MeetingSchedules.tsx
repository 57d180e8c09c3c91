import { useMutation } from '@apollo/client';
import { Alert, Button, Form, InputNumber, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { MeetingKind } from '../../gql/graphql';
import { MeetingKindLabel, MeetingRecurrenceLabel } from '../../gql/labels';
import {
  clearScheduleInput,
  formFailure,
  meetingScheduleInput,
  scheduleLabel,
  WEEKDAY_OPTIONS,
  type ScheduleFormValues,
  type ScheduleRule,
} from '../../logic/conference';
import { labelOptions } from '../../logic/label-options';
import { FailureAlert, useModalSubmission } from './FailureAlert';

const SetMeetingScheduleDocument = graphql(`
  mutation SetMeetingSchedule($input: SetMeetingScheduleInput!) {
    setMeetingSchedule(input: $input) {
      kind
      recurrence
      weekday
      days
    }
  }
`);

const refetch = { refetchQueries: ['ConferenceOverview', 'MeetingCalendar'], awaitRefetchQueries: true };

/**
 * 例会安排 (一周一调度): each kind's rule; once a meeting of the kind is held, the API plans the next
 * one by it. The managers set a rule (weekly on a weekday, or every N days) or clear it.
 */
export function MeetingSchedules({ schedules, manages }: { schedules: readonly ScheduleRule[]; manages: boolean }) {
  const [form] = Form.useForm<ScheduleFormValues>();
  const [editing, setEditing] = useState<ScheduleFormValues | null>(null);
  const { failure, run, close } = useModalSubmission(() => setEditing(null));
  const [setSchedule, saving] = useMutation(SetMeetingScheduleDocument, refetch);
  const [clear, clearing] = useMutation(SetMeetingScheduleDocument, refetch);
  const recurrence = Form.useWatch('recurrence', form);

  const submit = (values: ScheduleFormValues) => run(() => setSchedule({ variables: { input: meetingScheduleInput(values) } }));
  const open = (rule?: ScheduleRule) => {
    setEditing(
      rule
        ? { kind: rule.kind, recurrence: rule.recurrence, weekday: rule.weekday ?? undefined, days: rule.days ?? undefined }
        : { kind: 'SCHEDULING', recurrence: 'WEEKLY', weekday: 1 },
    );
  };

  return (
    <div data-testid="meeting-schedules">
      <Space wrap>
        <Typography.Text type="secondary">例会安排：</Typography.Text>
        {schedules.length === 0 && <Typography.Text type="secondary">无</Typography.Text>}
        {schedules.map((rule) => (
          <Space key={rule.kind} size={4}>
            <Typography.Text data-testid={`schedule-${rule.kind}`}>{scheduleLabel(rule)}</Typography.Text>
            {manages && (
              <>
                <Button size="small" type="link" onClick={() => open(rule)}>
                  修改
                </Button>
                <Popconfirm
                  title={`取消${MeetingKindLabel[rule.kind]}的例会安排？`}
                  description="已安排的会议不受影响，召开后不再自动排定下一次"
                  okText="取消例会"
                  cancelText="保留"
                  onConfirm={() => clear({ variables: { input: clearScheduleInput(rule.kind) } }).catch(() => undefined)}
                >
                  <Button size="small" type="link" danger loading={clearing.loading}>
                    取消例会
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        ))}
        {manages && (
          <Button size="small" onClick={() => open()} data-testid="set-schedule">
            设置例会
          </Button>
        )}
      </Space>
      {clearing.error && <Alert type="error" showIcon message={formFailure(clearing.error).message} style={{ marginTop: 8 }} />}
      <Modal
        open={editing !== null}
        title="设置例会"
        okText="保存"
        cancelText="取消"
        confirmLoading={saving.loading}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        <FailureAlert failure={failure} onRefresh={close} />
        <Form<ScheduleFormValues>
          form={form}
          name="meeting-schedule"
          layout="vertical"
          preserve={false}
          clearOnDestroy
          initialValues={editing ?? undefined}
          onFinish={submit}
        >
          <Form.Item name="kind" label="会议种类" rules={[{ required: true, message: '请选择会议种类' }]}>
            <Select<MeetingKind> options={labelOptions(MeetingKindLabel)} />
          </Form.Item>
          <Form.Item name="recurrence" label="重复方式" rules={[{ required: true, message: '请选择重复方式' }]}>
            <Radio.Group options={labelOptions(MeetingRecurrenceLabel, ['WEEKLY', 'EVERY_N_DAYS'])} />
          </Form.Item>
          {recurrence === 'EVERY_N_DAYS' ? (
            <Form.Item name="days" label="间隔天数" rules={[{ required: true, message: '请填写间隔天数' }]}>
              <InputNumber min={1} max={366} precision={0} />
            </Form.Item>
          ) : (
            <Form.Item name="weekday" label="星期" rules={[{ required: true, message: '请选择星期几' }]}>
              <Select options={[...WEEKDAY_OPTIONS]} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
