import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { TaskAction } from '../../gql/graphql';
import { TaskActionLabel } from '../../gql/labels';
import { stepFailure } from '../../logic/case-actions';
import { taskReportInput, type TaskReportValues } from '../../logic/tasks';

// The step's result carries what the page shows of it, so the buttons and the state change together.
graphql(`
  fragment TaskActed on Task {
    id
    version
    state
    availableActions
    daysLeft
    overdueDays
    dueSoon
    overdue
  }
`);
const ReceiveTaskDocument = graphql(`
  mutation ReceiveTask($input: TaskStepInput!) {
    receiveTask(input: $input) {
      ...TaskActed
    }
  }
`);
const StartTaskDocument = graphql(`
  mutation StartTask($input: TaskStepInput!) {
    startTask(input: $input) {
      ...TaskActed
    }
  }
`);
const SignOffTaskDocument = graphql(`
  mutation SignOffTask($input: TaskStepInput!) {
    signOffTask(input: $input) {
      ...TaskActed
    }
  }
`);
const SendBackTaskDocument = graphql(`
  mutation SendBackTask($input: TaskReasonInput!) {
    sendBackTask(input: $input) {
      ...TaskActed
    }
  }
`);
const CancelTaskDocument = graphql(`
  mutation CancelTask($input: TaskReasonInput!) {
    cancelTask(input: $input) {
      ...TaskActed
    }
  }
`);
const ReportTaskDocument = graphql(`
  mutation ReportTask($input: TaskReportInput!) {
    reportTask(input: $input) {
      ...TaskActed
    }
  }
`);
const SplitTaskDocument = graphql(`
  mutation SplitTask($input: SplitTaskInput!) {
    splitTask(input: $input) {
      id
    }
  }
`);
const SplitChoicesDocument = graphql(`
  query SplitChoices {
    conference {
      id
      members {
        id
        name
      }
    }
  }
`);

/** Steps without anything to fill in go straight to the API. */
const WITHOUT_FORM: readonly TaskAction[] = ['RECEIVE', 'START', 'SIGN_OFF'];

interface Task {
  id: string;
  version: number;
  deadline: string;
  /** What the API offers the viewer now (`Task.availableActions`), in working order. */
  availableActions: readonly TaskAction[];
}

interface Values extends TaskReportValues {
  reason?: string;
  subtasks?: { memberId: string; description?: string; deadline?: string }[];
}

const refetchQueries = ['TaskDetail', 'TaskBoard', 'TaskDashboard'];

/** A button for each action the API offers the viewer on the task now, with its form; a refusal shows the API's message in the form. */
export function TaskActions({ task }: { task: Task }) {
  const [open, setOpen] = useState<TaskAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const members = useQuery(SplitChoicesDocument, { skip: open !== 'SPLIT' });
  const [receive, r1] = useMutation(ReceiveTaskDocument, { refetchQueries });
  const [start, r2] = useMutation(StartTaskDocument, { refetchQueries });
  const [signOff, r3] = useMutation(SignOffTaskDocument, { refetchQueries });
  const [sendBack, r4] = useMutation(SendBackTaskDocument, { refetchQueries });
  const [cancel, r5] = useMutation(CancelTaskDocument, { refetchQueries });
  const [report, r6] = useMutation(ReportTaskDocument, { refetchQueries });
  const [split, r7] = useMutation(SplitTaskDocument, { refetchQueries });
  const busy = [r1, r2, r3, r4, r5, r6, r7].some((r) => r.loading);
  if (task.availableActions.length === 0) return null;

  const step = { id: task.id, version: task.version };
  const run = async (action: TaskAction, values: Values = {}) => {
    setFailure(null);
    try {
      if (action === 'RECEIVE') await receive({ variables: { input: step } });
      if (action === 'START') await start({ variables: { input: step } });
      if (action === 'SIGN_OFF') await signOff({ variables: { input: step } });
      if (action === 'SEND_BACK') await sendBack({ variables: { input: { ...step, reason: values.reason ?? '' } } });
      if (action === 'CANCEL') await cancel({ variables: { input: { ...step, reason: values.reason ?? '' } } });
      if (action === 'REPORT_PROGRESS' || action === 'REPORT_DONE') await report({ variables: { input: taskReportInput(action, step, values) } });
      if (action === 'SPLIT') {
        const subtasks = (values.subtasks ?? []).map((s) => ({
          memberId: s.memberId,
          description: s.description || null,
          deadline: s.deadline ? { date: s.deadline } : null,
        }));
        await split({ variables: { input: { ...step, subtasks } } });
      }
      setOpen(null);
      form.resetFields();
    } catch (error) {
      setFailure(stepFailure(error as Error).message);
    }
  };
  const press = (action: TaskAction) => (WITHOUT_FORM.includes(action) ? run(action) : (setFailure(null), setOpen(action)));

  return (
    <Card title="办理" size="small" data-testid="task-actions">
      <Space wrap>
        {task.availableActions.map((action) => (
          <Button
            key={action}
            type={open === action ? 'primary' : 'default'}
            danger={action === 'CANCEL'}
            loading={busy && open === null}
            onClick={() => press(action)}
          >
            {TaskActionLabel[action]}
          </Button>
        ))}
      </Space>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} data-testid="task-action-error" />}
      {open && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16, maxWidth: 720 }}
          onFinish={(values) => run(open, values)}
          initialValues={{ percent: 0, subtasks: [{}] }}
        >
          {(open === 'SEND_BACK' || open === 'CANCEL') && (
            <Form.Item
              name="reason"
              label={open === 'SEND_BACK' ? '退回理由' : '撤销原因'}
              rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {(open === 'REPORT_PROGRESS' || open === 'REPORT_DONE') && (
            <>
              {open === 'REPORT_DONE' && <Typography.Paragraph type="secondary">报结即任务已全部完成（完成进度 100%），提请交办方销号。</Typography.Paragraph>}
              <Form.Item
                name="text"
                label={open === 'REPORT_DONE' ? '办结情况' : '进展情况'}
                rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
              {open === 'REPORT_PROGRESS' && (
                <Form.Item name="percent" label="完成进度（%）" rules={[{ required: true, message: '请填写完成进度' }]}>
                  <InputNumber min={0} max={100} />
                </Form.Item>
              )}
              <Form.Item name="evidence" label="佐证材料（每行一项）">
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {open === 'SPLIT' && (
            <Form.List name="subtasks">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" wrap>
                      <Form.Item name={[field.name, 'memberId']} label="成员单位" rules={[{ required: true, message: '请选择成员单位' }]}>
                        <Select
                          style={{ width: 220 }}
                          loading={members.loading}
                          options={members.data?.conference?.members.map((m) => ({ value: m.id, label: m.name }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'description']} label="分解内容">
                        <Input style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'deadline']}
                        label={`时限（默认 ${task.deadline}）`}
                        getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
                        normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
                      >
                        <DatePicker />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                          移除
                        </Button>
                      )}
                    </Space>
                  ))}
                  <Form.Item>
                    <Button type="dashed" onClick={() => add({})}>
                      添加成员单位
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              提交{TaskActionLabel[open]}
            </Button>
            <Button onClick={() => setOpen(null)}>取消</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
