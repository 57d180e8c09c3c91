import { describe, expect, it } from '@jest/globals';
import { endsSession, sessionErrorMessage } from '../session-errors';

describe('sessionErrorMessage', () => {
  it('shows the API’s own message, in whichever envelope it comes', () => {
    expect(sessionErrorMessage(401, { message: '用户名或密码错误，还可尝试4次' })).toBe('用户名或密码错误，还可尝试4次');
    expect(sessionErrorMessage(429, { errors: [{ message: '账号已锁定，请15分钟后再试', extensions: { code: 'LOCKED' } }] })).toBe(
      '账号已锁定，请15分钟后再试',
    );
    expect(sessionErrorMessage(401, { error: { code: 'UNAUTHENTICATED', message: '账号已停用' } })).toBe('账号已停用');
  });

  it('falls back to a Chinese message by status when the body says nothing', () => {
    expect(sessionErrorMessage(401, null)).toBe('用户名或密码错误');
    expect(sessionErrorMessage(429, 'Too Many Requests')).toContain('锁定');
    expect(sessionErrorMessage(502, {})).toBe('登录失败，请稍后再试');
  });
});

describe('endsSession', () => {
  it('is true only when the API says the caller is not authenticated', () => {
    expect(endsSession([{ extensions: { code: 'UNAUTHENTICATED' } }])).toBe(true);
    expect(endsSession([{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'UNAUTHENTICATED' } }])).toBe(true);
    expect(endsSession([{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'CONFLICT' } }])).toBe(false);
    expect(endsSession([{}])).toBe(false);
    expect(endsSession(undefined)).toBe(false);
  });
});
