import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { supervisionSettingsInput, type SupervisionForm } from '../../logic/admin';

const SupervisionSettingsDocument = graphql(`
  query SupervisionSettings {
    supervisionSettings {
      feedbackDays
      escalationIntervalDays
      ownFeedbackDays
      ownEscalationIntervalDays
      version
    }
  }
`);

const UpdateSupervisionSettingsDocument = graphql(`
  mutation UpdateSupervisionSettings($input: SupervisionSettingsInput!) {
    updateSupervisionSettings(input: $input) {
      feedbackDays
      escalationIntervalDays
      ownFeedbackDays
      ownEscalationIntervalDays
      version
    }
  }
`);

/** The office's 督查督办 periods, which apply to its subtree unless an office below sets its own. */
export function SupervisionPanel() {
  const { data, loading, error } = useQuery(SupervisionSettingsDocument);
  const [update, updated] = useMutation(UpdateSupervisionSettingsDocument, { refetchQueries: ['SupervisionSettings'], awaitRefetchQueries: true });
  const [form] = Form.useForm<SupervisionForm>();
  const [saved, setSaved] = useState(false);
  const settings = data?.supervisionSettings;
  useEffect(() => {
    if (settings) form.setFieldsValue({ feedbackDays: settings.ownFeedbackDays, escalationIntervalDays: settings.ownEscalationIntervalDays });
  }, [settings, form]);

  const submit = async (values: SupervisionForm) => {
    if (!settings) return;
    setSaved(false);
    const result = await update({ variables: { input: supervisionSettingsInput(values, settings.version) } }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <Card size="small" title="督查督办设置（本机构）" loading={loading && !settings}>
      {error && <Alert type="error" showIcon message={error.graphQLErrors[0]?.message ?? '加载失败，请稍后再试'} style={{ marginBottom: 12 }} />}
      {updated.error && (
        <Alert
          type="error"
          showIcon
          message={updated.error.graphQLErrors[0]?.message ?? '保存失败，请稍后再试'}
          style={{ marginBottom: 12 }}
          data-testid="supervision-error"
        />
      )}
      {saved && <Alert type="success" showIcon message="督查督办设置已保存" style={{ marginBottom: 12 }} />}
      {settings && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="现行反馈期限">{settings.feedbackDays} 日</Descriptions.Item>
            <Descriptions.Item label="现行升级间隔">逾期 {settings.escalationIntervalDays} 日后升级</Descriptions.Item>
          </Descriptions>
          <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
            <Form.Item name="feedbackDays" label="书面反馈期限（日）" extra="留空沿用上级">
              <InputNumber min={1} max={365} placeholder="沿用上级" />
            </Form.Item>
            <Form.Item name="escalationIntervalDays" label="逾期升级间隔（日）" extra="留空沿用上级">
              <InputNumber min={1} max={90} placeholder="沿用上级" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={updated.loading}>
              保存
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
