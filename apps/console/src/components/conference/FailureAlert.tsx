import type { ApolloError } from '@apollo/client';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { formFailure } from '../../logic/conference';

export interface Failure {
  conflict: boolean;
  message: string;
}

/** A refusal inside a form: the API's message, or for a stale version the prompt to read it again with 刷新. */
export function FailureAlert({ failure, onRefresh }: { failure: Failure | null; onRefresh(): void }) {
  if (!failure) return null;
  return failure.conflict ? (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={failure.message}
      data-testid="form-failure"
      action={
        <Button size="small" onClick={onRefresh}>
          刷新
        </Button>
      }
    />
  ) : (
    <Alert type="error" showIcon style={{ marginBottom: 12 }} message={failure.message} data-testid="form-failure" />
  );
}

/**
 * A modal form's submission: `run` sends the action and closes on success or keeps the refusal to
 * show; `close` forgets the refusal, so the form opens afresh.
 */
export function useModalSubmission(onClose: () => void) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      onClose();
    } catch (error) {
      setFailure(formFailure(error as ApolloError));
    }
  };
  const close = () => {
    setFailure(null);
    onClose();
  };
  return { failure, run, close };
}
