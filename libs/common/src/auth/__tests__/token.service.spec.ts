import { describe, expect, it } from '@jest/globals';
import { TokenService } from '../token.service.js';
import { Role } from '../roles.js';
import { AppError } from '../../errors/index.js';
import type { AppConfig } from '../../config/index.js';

const config = (secret: string, ttl = 3600) => ({ jwtSecret: new TextEncoder().encode(secret), jwtTtlSeconds: ttl }) as AppConfig;

const subject = {
  userId: '3f1c2a9e-0000-4000-8000-000000000001',
  username: 'jj.registrar',
  tenantId: '3f1c2a9e-0000-4000-8000-000000000002',
  tenantPath: '510000.510100.510104',
  unitId: null,
  roles: [Role.REGISTRAR],
};

describe('TokenService', () => {
  const tokens = new TokenService(config('a-signing-key-of-at-least-32-characters'));

  it('gives back the identity it signed', async () => {
    const token = await tokens.sign(subject);
    expect(await tokens.verify(token, 'req-1')).toEqual({ ...subject, requestId: 'req-1' });
  });

  it('refuses a token signed with another key', async () => {
    const other = new TokenService(config('another-signing-key-of-32-characters!'));
    await expect(tokens.verify(await other.sign(subject))).rejects.toThrow('登录凭证无效');
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = (await tokens.sign(subject)).split('.');
    const payload = Buffer.from(JSON.stringify({ ...subject, tpath: '510000', roles: ['TENANT_ADMIN'] })).toString('base64url');
    await expect(tokens.verify(`${header}.${payload}.${signature}`)).rejects.toBeInstanceOf(AppError);
  });

  it('drops roles it does not know', async () => {
    const token = await tokens.sign({ ...subject, roles: [Role.HANDLER, 'GOD' as Role] });
    expect((await tokens.verify(token)).roles).toEqual([Role.HANDLER]);
  });

  it("carries the user's token version, 1 unless given", async () => {
    const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims(await tokens.sign({ ...subject, tokenVersion: 3 })).tv).toBe(3);
    expect(claims(await tokens.sign(subject)).tv).toBe(1);
  });

  it('reads only Bearer authorization headers', async () => {
    expect(await tokens.fromHeader(undefined)).toBeNull();
    await expect(tokens.fromHeader('Basic abc')).rejects.toThrow('登录凭证格式错误');
  });
});
