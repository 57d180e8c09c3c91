import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '#common/errors';
import { accountLocked, outcomeOfRefusal, tooManyAttempts, waitInWords } from '../login-refusals.js';

describe('login refusals', () => {
  it('tells the wait in seconds under a minute, else in whole minutes rounded up', () => {
    expect(waitInWords(1)).toBe('1 秒');
    expect(waitInWords(59_000)).toBe('59 秒');
    expect(waitInWords(60_000)).toBe('1 分钟');
    expect(waitInWords(14 * 60_000 + 1)).toBe('15 分钟');
  });

  it('answers a lock and a refused address with stable codes, Chinese messages and the wait', () => {
    const locked = accountLocked(900_000);
    expect(locked.extensions).toEqual({ code: ErrorCode.ACCOUNT_LOCKED, details: { retryAfterSeconds: 900 } });
    expect(locked.message).toBe('登录失败次数过多，该账号已暂时锁定，请 15 分钟后再试');
    const throttled = tooManyAttempts(30_000);
    expect(throttled.extensions).toEqual({ code: ErrorCode.TOO_MANY_ATTEMPTS, details: { retryAfterSeconds: 30 } });
    expect(throttled.message).toBe('登录尝试过于频繁，请 30 秒后再试');
    expect([outcomeOfRefusal(locked), outcomeOfRefusal(throttled)]).toEqual(['LOCKED', 'THROTTLED']);
  });
});
