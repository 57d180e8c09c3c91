import { Alert, Button } from 'antd';

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
