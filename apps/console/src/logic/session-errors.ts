/** What the login page shows when `POST /session` refuses: the API's own Chinese message when it sent one. */
export function sessionErrorMessage(status: number, body: unknown): string {
  const message = messageIn(body);
  if (message) return message;
  if (status === 401 || status === 400) return '用户名或密码错误';
  if (status === 423 || status === 429) return '登录失败次数过多，账号已暂时锁定，请稍后再试';
  return '登录失败，请稍后再试';
}

function messageIn(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string' && record.message) return record.message;
  if (Array.isArray(record.errors)) return messageIn(record.errors[0]);
  if (record.error && typeof record.error === 'object') return messageIn(record.error);
  return null;
}

/** An answer of the API that means the session is over (revoked, deactivated user, expired), not a refused step. */
export function endsSession(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): boolean {
  return (errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}
