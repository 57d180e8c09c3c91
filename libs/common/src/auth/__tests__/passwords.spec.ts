import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decoySetting, hashPassword, hashWithSetting, type PasswordSetting } from '../passwords.js';

/** What `core.password_setting` returns of a stored hash. */
function settingOf(stored: string): PasswordSetting {
  const cut = stored.lastIndexOf('$');
  return { setting: stored.slice(0, cut), digestLength: stored.length - cut - 1 };
}

describe('hashing under a stored setting (login without reading the hash)', () => {
  it('gives the stored hash exactly for the right password', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (password, other) => {
        const stored = await hashPassword(password);
        const setting = settingOf(stored);
        expect(setting.setting).not.toContain(stored.slice(stored.lastIndexOf('$') + 1));
        expect(await hashWithSetting(password, setting)).toBe(stored);
        if (other !== password) expect(await hashWithSetting(other, setting)).not.toBe(stored);
      }),
      { numRuns: 8 },
    );
  });

  it('refuses a setting it did not write', async () => {
    expect(await hashWithSetting('x', { setting: '$2b$10$abcdefghijklmnopqrstuv', digestLength: 31 })).toBeNull();
    expect(await hashWithSetting('x', { setting: '', digestLength: 43 })).toBeNull();
  });

  it('makes decoy settings that hash like real ones', async () => {
    const decoy = await decoySetting();
    expect(decoy.setting).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+$/);
    expect(await hashWithSetting('anything', decoy)).toMatch(/^\$argon2id\$/);
  });
});
