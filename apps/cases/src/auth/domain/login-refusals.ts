import { AppError, ErrorCode } from '#common/errors';

/** The wait a refused caller is told, in the unit a person reads: seconds under a minute, else minutes rounded up. */
export function waitInWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

const retryAfter = (ms: number) => ({ retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });

/**
 * A username locked after repeated failures. Said the same way for a username that does not
 * exist, so the lock tells nothing about which usernames do.
 */
export function accountLocked(ms: number): AppError {
  return new AppError(ErrorCode.ACCOUNT_LOCKED, `登录失败次数过多，该账号已暂时锁定，请 ${waitInWords(ms)}后再试`, retryAfter(ms));
}

/** A source address refused after too many failures, whichever usernames it tried. */
export function tooManyAttempts(ms: number): AppError {
  return new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `登录尝试过于频繁，请 ${waitInWords(ms)}后再试`, retryAfter(ms));
}

/** Wrong password, unknown username and deactivated user alike. */
export const INVALID_CREDENTIALS_MESSAGE = '用户名或密码错误';

/** What the audit of login attempts records of each. */
export type LoginOutcome = 'SUCCEEDED' | 'FAILED' | 'LOCKED' | 'THROTTLED';

export function outcomeOfRefusal(error: AppError): LoginOutcome {
  return error.code === ErrorCode.TOO_MANY_ATTEMPTS ? 'THROTTLED' : 'LOCKED';
}
