import { useMutation } from '@apollo/client';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { graphql } from '../../gql';

const EnterManualScoreDocument = graphql(`
  mutation EnterManualScore($input: ManualScoreInput!) {
    enterManualScore(input: $input) {
      id
      version
    }
  }
`);

export interface ManualTarget {
  schemeId: string;
  itemCode: string;
  itemName: string;
  points: number;
  tenantId: string;
  tenantName: string;
  current?: { points: number; comment: string; evidence: readonly string[] } | null;
}

interface ManualForm {
  points: number;
  comment: string;
  evidence: string[];
}

/** 人工评分: points within the item's range, a comment and the evidence (attachment numbers). */
export function ManualScoreForm({ target, onClose, onSaved }: { target: ManualTarget | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ManualForm>();
  const [enter, { loading, error, reset }] = useMutation(EnterManualScoreDocument);
  const submit = async (values: ManualForm) => {
    if (!target) return;
    const input = {
      schemeId: target.schemeId,
      itemCode: target.itemCode,
      tenantId: target.tenantId,
      points: values.points,
      comment: values.comment.trim(),
      evidence: values.evidence ?? [],
    };
    const result = await enter({ variables: { input } }).catch(() => null);
    if (result?.data) {
      onSaved();
      onClose();
    }
  };
  return (
    <Modal
      open={target !== null}
      title={target ? `人工评分：${target.tenantName} · ${target.itemName}（${target.points}分）` : ''}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '保存失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Form<ManualForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ points: target?.current?.points, comment: target?.current?.comment, evidence: [...(target?.current?.evidence ?? [])] }}
      >
        <Form.Item name="points" label="得分" rules={[{ required: true, message: '请填写得分' }]}>
          <InputNumber step={0.5} />
        </Form.Item>
        <Form.Item name="comment" label="评分说明" rules={[{ required: true, whitespace: true, message: '请填写评分说明' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidence" label="佐证材料" extra="填写附件编号，回车添加">
          <Select mode="tags" open={false} maxCount={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
