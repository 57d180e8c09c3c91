import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { passwordProblem } from '../password-policy.js';

describe('the password policy', () => {
  it('accepts the demo password and passwords mixing three kinds of characters', () => {
    expect(passwordProblem('Demo@2026', 'jj.registrar')).toBeNull();
    expect(passwordProblem('Password123', 'cd.leader')).toBeNull();
    expect(passwordProblem('lower-case-1', 'cd.leader')).toBeNull();
  });

  it('refuses short or long passwords', () => {
    expect(passwordProblem('Ab1!', 'x.y')).toBe('密码长度应为 8–200 位');
    expect(passwordProblem(`Ab1!${'x'.repeat(197)}`, 'x.y')).toBe('密码长度应为 8–200 位');
  });

  it('refuses passwords of fewer than three kinds of characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{8,40}$/), (password) => {
        expect(passwordProblem(password, 'x.y')).toBe('密码须包含大写字母、小写字母、数字、其他字符中的至少三类');
      }),
    );
  });

  it('refuses a password containing the login name, in any case', () => {
    expect(passwordProblem('JJ.Registrar2026', 'jj.registrar')).toBe('密码不能包含登录名');
  });
});
