import { useMutation, useQuery } from '@apollo/client';
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { TaskPriorityLabel } from '../../gql/labels';
import { stepFailure } from '../../logic/case-actions';
import { assignableConferences } from '../../logic/conference';
import { useSession } from '../../session/session';

const TaskAssignmentChoicesDocument = graphql(`
  query TaskAssignmentChoices($tenantId: ID!) {
    taskLists {
      id
      name
      kind
    }
    conference {
      id
      members {
        id
        name
      }
    }
    tenant(id: $tenantId) {
      id
      children {
        id
        name
        conference {
          id
        }
      }
    }
  }
`);

const CreateTaskDocument = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      number
    }
  }
`);

interface Values {
  listId: string;
  title: string;
  requiredOutcome?: string;
  deadline: string;
  priority: TaskPriority;
  listed: boolean;
  assignees: string[];
}

/** Assignees are member units (`member:<id>`) and child conferences (`tenant:<id>`) in one picker. */
const toAssignee = (value: string) => (value.startsWith('member:') ? { memberId: value.slice(7) } : { tenantId: value.slice(7) });

/** 创建任务 from a meeting's decision (or straight into a list): list, deadline, assignees; opens the new task. */
export function CreateTaskModal({ decision, onClose }: { decision: { id: string; text: string } | null; onClose: () => void }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const choices = useQuery(TaskAssignmentChoicesDocument, { variables: { tenantId: user?.tenantId ?? '' }, skip: !decision });
  const [createTask, created] = useMutation(CreateTaskDocument, { refetchQueries: ['TaskBoard'] });
  const options = [
    ...(choices.data?.conference?.members.map((m) => ({ value: `member:${m.id}`, label: m.name })) ?? []),
    ...assignableConferences(choices.data?.tenant.children ?? []).map((c) => ({ value: `tenant:${c.value}`, label: c.label })),
  ];

  const submit = async (values: Values) => {
    setFailure(null);
    try {
      const result = await createTask({
        variables: {
          input: {
            listId: values.listId,
            decisionId: decision?.id,
            title: values.title.trim(),
            requiredOutcome: values.requiredOutcome?.trim() || null,
            deadline: { date: values.deadline },
            priority: values.priority,
            listed: values.listed,
            assignees: values.assignees.map(toAssignee),
          },
        },
      });
      if (result.data) navigate(`/tasks/${result.data.createTask.id}`);
    } catch (error) {
      setFailure(stepFailure(error as Error).message);
    }
  };

  return (
    <Modal
      open={decision !== null}
      title="由议定事项创建任务"
      okText="创建并交办"
      cancelText="取消"
      confirmLoading={created.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnClose
    >
      {decision && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ title: decision.text, priority: 'NORMAL', listed: false, assignees: [] }}
          preserve={false}
        >
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="create-task-error" />}
          {choices.error && <Alert type="error" showIcon message={choices.error.graphQLErrors[0]?.message ?? '选项加载失败，请稍后再试'} />}
          <Form.Item name="listId" label="任务清单" rules={[{ required: true, message: '请选择任务清单' }]}>
            <Select options={choices.data?.taskLists.map((l) => ({ value: l.id, label: l.name }))} loading={choices.loading} />
          </Form.Item>
          <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="requiredOutcome" label="工作要求">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label="完成时限"
            rules={[{ required: true, message: '请选择完成时限' }]}
            getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
            normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="priority" label="优先级">
            <Select options={(Object.keys(TaskPriorityLabel) as TaskPriority[]).map((p) => ({ value: p, label: TaskPriorityLabel[p] }))} />
          </Form.Item>
          <Form.Item name="assignees" label="承办方" rules={[{ required: true, type: 'array', min: 1, message: '请选择承办方' }]}>
            <Select mode="multiple" options={options} placeholder="成员单位或下级联席会议" />
          </Form.Item>
          <Form.Item name="listed" valuePropName="checked">
            <Checkbox>挂牌督办</Checkbox>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
