import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { randomUUID, webcrypto } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Role } from './roles.js';
import type { TenantContext } from '../tenancy/tenant-context.js';
import { unauthenticated } from '../errors/index.js';

const ISSUER = 'petition-platform';
const ROLE_SET = new Set<string>(Object.values(Role));

export interface TokenSubject {
  userId: string;
  username: string;
  tenantId: string;
  tenantPath: string;
  unitId: string | null;
  roles: readonly Role[];
}

/** Signs and verifies the caller's identity (HS256, key from configuration). */
@Injectable()
export class TokenService {
  /** Imported once: given raw bytes, jose imports a WebCrypto key on every sign and verify. */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = webcrypto.subtle.importKey('raw', config.jwtSecret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sign(subject: TokenSubject): Promise<string> {
    return new SignJWT({
      username: subject.username,
      tid: subject.tenantId,
      tpath: subject.tenantPath,
      unit: subject.unitId,
      roles: subject.roles,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(await this.key);
  }

  /** The context a bearer token grants; throws UNAUTHENTICATED for a forged, expired or malformed one. */
  async verify(token: string, requestId: string = randomUUID()): Promise<TenantContext> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLE_SET.has(String(r))) : [];
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string' || typeof payload.tpath !== 'string') {
        throw unauthenticated('登录凭证内容不完整');
      }
      return {
        userId: payload.sub,
        username: String(payload.username ?? ''),
        tenantId: payload.tid,
        tenantPath: payload.tpath,
        unitId: typeof payload.unit === 'string' ? payload.unit : null,
        roles,
        requestId,
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('登录凭证无效');
      throw error;
    }
  }

  /** Reads `Authorization: Bearer …`; null when the header is absent. */
  async fromHeader(header: string | string[] | undefined, requestId?: string): Promise<TenantContext | null> {
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return null;
    const match = /^Bearer\s+(.+)$/i.exec(value);
    if (!match) throw unauthenticated('登录凭证格式错误');
    return this.verify(match[1], requestId);
  }
}
