import { ApolloError, useApolloClient } from '@apollo/client';
import { Alert, Button, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CaseAction } from '../../gql/graphql';
import { CaseActionLabel } from '../../gql/labels';
import { actionButtons, ratingLink, stepFailure, stepInput, type StepAction, type StepFormValues } from '../../logic/case-actions';
import { STEP_MUTATIONS } from './case-mutations';
import { StepFields } from './StepFields';

interface ActedCase {
  id: string;
  version: number;
  availableActions: readonly CaseAction[];
}

interface StepModalProps {
  action: StepAction;
  kase: ActedCase;
  onClose(): void;
  onDone(result: { ratingToken?: string | null }): void;
  onReload(): void;
}

/** One step's form: sends the version the page shows; a refusal stays in the form, a stale version offers a reload. */
function StepModal({ action, kase, onClose, onDone, onReload }: StepModalProps) {
  const client = useApolloClient();
  const [form] = Form.useForm<StepFormValues>();
  const [failure, setFailure] = useState<{ conflict: boolean; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSubmitting(true);
    setFailure(null);
    try {
      const { document, field } = STEP_MUTATIONS[action];
      const { data } = await client.mutate({ mutation: document, variables: { input: stepInput(action, kase, values) } });
      onDone(data[field]);
    } catch (error) {
      setFailure(stepFailure(error instanceof ApolloError ? error : { message: String(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={CaseActionLabel[action]}
      okText="提交"
      cancelText="取消"
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={submitting}
      okButtonProps={{ disabled: failure?.conflict }}
      destroyOnHidden
    >
      {failure &&
        (failure.conflict ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={failure.message}
            action={
              <Button size="small" onClick={onReload}>
                刷新
              </Button>
            }
          />
        ) : (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} message={failure.message} />
        ))}
      <Form<StepFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        // A refusal answers the values sent; once they change it no longer applies (a stale version still does).
        onValuesChange={() => setFailure((current) => (current?.conflict ? current : null))}
      >
        <StepFields action={action} form={form} caseId={kase.id} />
      </Form>
    </Modal>
  );
}

/**
 * The buttons of exactly the steps the API offers the user now, each opening its form. After a
 * step the case is read again; after a delivery the petitioner's rating link, which the API
 * answers only this once, stays shown to be copied.
 */
export function CaseActions({ kase, reload }: { kase: ActedCase; reload(): Promise<unknown> }) {
  const [open, setOpen] = useState<StepAction | null>(null);
  const [ratingToken, setRatingToken] = useState<string | null>(null);
  const buttons = actionButtons(kase.availableActions);

  const done = (result: { ratingToken?: string | null }) => {
    setOpen(null);
    if (result.ratingToken) setRatingToken(result.ratingToken);
    void reload();
  };
  const reloadAndClose = () => {
    setOpen(null);
    void reload();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {buttons.length > 0 && (
        <Space wrap data-testid="case-actions">
          {buttons.map((action, index) => (
            <Button key={action} type={index === 0 ? 'primary' : 'default'} onClick={() => setOpen(action)}>
              {CaseActionLabel[action]}
            </Button>
          ))}
        </Space>
      )}
      {ratingToken && (
        <Alert
          type="success"
          showIcon
          data-testid="rating-link"
          message="已送达。请将评价链接告知信访人（链接只显示这一次，评价一次后失效）："
          description={
            <Typography.Paragraph copyable={{ tooltips: ['复制', '已复制'] }} style={{ marginBottom: 0 }}>
              {ratingLink(window.location.origin, ratingToken)}
            </Typography.Paragraph>
          }
        />
      )}
      {open && <StepModal key={open} action={open} kase={kase} onClose={() => setOpen(null)} onDone={done} onReload={reloadAndClose} />}
    </Space>
  );
}
