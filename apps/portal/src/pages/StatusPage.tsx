import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Space, Steps, Tag, Typography } from 'antd';
import { RATING_LABELS } from '../../../../libs/common/src/vocabulary/cases';
import { PortalError, portalApi, type PetitionerStatus } from '../api';

interface Secrets {
  queryCode: string;
  idNumberTail: string;
}

/** 查询: the query code and the ID number's last four characters show the matter's progress. */
export function StatusPage() {
  const [secrets, setSecrets] = useState<Secrets | null>(null);
  const [status, setStatus] = useState<PetitionerStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const look = async (values: Secrets) => {
    setLoading(true);
    setError(null);
    try {
      setStatus(await portalApi.status(values.queryCode, values.idNumberTail));
      setSecrets(values);
    } catch (e) {
      setStatus(null);
      setError((e as PortalError).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="查询办理进度">
        <Form layout="vertical" onFinish={look}>
          <Form.Item name="queryCode" label="查询码" rules={[{ required: true, whitespace: true, message: '请填写查询码' }]}>
            <Input placeholder="例如 ABCD-EFGH-JKMN" autoComplete="off" />
          </Form.Item>
          <Form.Item name="idNumberTail" label="身份证号后四位" rules={[{ required: true, len: 4, message: '请填写身份证号后四位' }]}>
            <Input maxLength={4} autoComplete="off" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={loading}>
            查询
          </Button>
        </Form>
      </Card>
      {status && secrets && <Progress status={status} secrets={secrets} onRated={() => look(secrets)} />}
    </Space>
  );
}

function Progress({ status, secrets, onRated }: { status: PetitionerStatus; secrets: Secrets; onRated: () => void }) {
  const current = status.steps.indexOf(status.step);
  return (
    <Card title={status.title} data-testid="progress">
      <Typography.Title level={4} data-testid="progress-step">
        {status.status === 'REJECTED' ? '不予登记' : status.step}
      </Typography.Title>
      <Typography.Paragraph>{status.summary}</Typography.Paragraph>
      <Steps
        direction="vertical"
        size="small"
        current={current}
        status={status.status === 'REJECTED' ? 'error' : 'process'}
        items={status.steps.map((title) => ({ title }))}
      />
      <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }}>
        <Descriptions.Item label="受理机关">{status.officeName}</Descriptions.Item>
        <Descriptions.Item label="提交时间">{new Date(status.submittedAt).toLocaleString('zh-CN')}</Descriptions.Item>
        {status.caseNumber && <Descriptions.Item label="信访事项编号">{status.caseNumber}</Descriptions.Item>}
        {status.rejectionReason && <Descriptions.Item label="不予登记理由">{status.rejectionReason}</Descriptions.Item>}
      </Descriptions>
      {status.deadlines.length > 0 && (
        <List
          header="期限"
          dataSource={status.deadlines}
          renderItem={(d) => (
            <List.Item>
              <Space>
                <Tag color={d.holder === 'OFFICE' ? 'blue' : 'orange'}>{d.holder === 'OFFICE' ? '信访部门' : '您'}</Tag>
                {d.label}：{d.deadline}
              </Space>
            </List.Item>
          )}
        />
      )}
      <List
        header="告知书、意见书"
        locale={{ emptyText: '暂无' }}
        dataSource={status.instruments}
        renderItem={(i) => <InstrumentItem instrument={i} secrets={secrets} />}
      />
      {status.rating && <Alert type="success" message={`您已评价：${RATING_LABELS[status.rating as keyof typeof RATING_LABELS] ?? status.rating}`} />}
      {status.canRate && <RatingForm onRate={(rating) => portalApi.rate(secrets.queryCode, secrets.idNumberTail, rating)} onRated={onRated} />}
    </Card>
  );
}

/** One instrument with its number and date, and its download (the secrets again, never in the address). */
function InstrumentItem({ instrument, secrets }: { instrument: PetitionerStatus['instruments'][number]; secrets: Secrets }) {
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    setError(null);
    portalApi
      .instrument(secrets.queryCode, secrets.idNumberTail, instrument)
      .then(({ content, fileName }) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(content);
        link.download = fileName;
        link.click();
        URL.revokeObjectURL(link.href);
      })
      .catch((e: PortalError) => setError(e.message));
  };
  return (
    <List.Item
      actions={[
        <Button key="download" type="link" onClick={save} data-testid="instrument-download">
          下载
        </Button>,
      ]}
    >
      <List.Item.Meta title={instrument.title} description={`${instrument.documentNumber}　${instrument.issuedOn}`} />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </List.Item>
  );
}

/** 满意度评价: once, after the reply is delivered. */
export function RatingForm({ onRate, onRated }: { onRate: (rating: string) => Promise<unknown>; onRated: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const rate = async ({ rating }: { rating: string }) => {
    setSaving(true);
    setError(null);
    try {
      await onRate(rating);
      onRated();
    } catch (e) {
      setError((e as PortalError).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={rate} style={{ marginTop: 16 }}>
      <Form.Item name="rating" label="请对办理结果进行评价" rules={[{ required: true, message: '请选择评价' }]}>
        <Radio.Group optionType="button" options={Object.entries(RATING_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={saving}>
        提交评价
      </Button>
    </Form>
  );
}
