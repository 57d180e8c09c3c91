import { Inject, Injectable, Optional } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { randomUUID, webcrypto } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Role } from './roles.js';
import type { TenantContext } from '../tenancy/tenant-context.js';
import { unauthenticated } from '../errors/index.js';
import { TokenStates } from './token-states.js';
import { clientAddressKey } from './client-address.js';

const ISSUER = 'petition-platform';
const ROLE_SET = new Set<string>(Object.values(Role));

export interface TokenSubject {
  userId: string;
  username: string;
  tenantId: string;
  tenantPath: string;
  unitId: string | null;
  roles: readonly Role[];
  /** The user's `token_version` when signing in; raising it revokes every token signed before. */
  tokenVersion?: number;
}

/** Every user starts at token version 1; tokens from before versions existed count as 1. */
const FIRST_TOKEN_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signs and verifies the caller's identity (HS256, key from configuration). Where the directory is
 * reachable (the subgraphs), a verified token must also be current: its user active and its
 * version the user's (see TokenStates); the gateway, which has no database, checks the signature only.
 */
@Injectable()
export class TokenService {
  /** Imported once: given raw bytes, jose imports a WebCrypto key on every sign and verify. */
  private readonly key: Promise<webcrypto.CryptoKey>;
  /** Signs the caller's address from the gateway to the subgraphs (see client-address.ts). */
  readonly clientAddressKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly states?: TokenStates,
  ) {
    this.key = webcrypto.subtle.importKey('raw', config.jwtSecret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    this.clientAddressKey = clientAddressKey(config.jwtSecret);
  }

  async sign(subject: TokenSubject): Promise<string> {
    return new SignJWT({
      username: subject.username,
      tid: subject.tenantId,
      tpath: subject.tenantPath,
      unit: subject.unitId,
      roles: subject.roles,
      tv: subject.tokenVersion ?? FIRST_TOKEN_VERSION,
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
      await this.assertCurrent(payload.sub, typeof payload.tv === 'number' ? payload.tv : FIRST_TOKEN_VERSION);
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

  /**
   * Refuses a token of a deactivated user or one signed before the user's tokens were revoked
   * (logout, deactivation, password reset). A subject the directory does not hold passes: users
   * are never deleted (a trigger refuses it), so only a token signed with the key can name one.
   */
  private async assertCurrent(userId: string, tokenVersion: number): Promise<void> {
    if (!this.states) return;
    // Users are named by uuid; anything else is not one of the directory's.
    if (!UUID.test(userId)) throw unauthenticated('登录凭证内容不完整');
    let state = await this.states.of(userId);
    // A token newer than what this process remembers was signed after a revocation made by another
    // process (a logout, then a new login): read again rather than refuse the new session.
    if (state && state.tokenVersion < tokenVersion) {
      this.states.forget(userId);
      state = await this.states.of(userId);
    }
    if (state && (!state.active || state.tokenVersion !== tokenVersion)) throw unauthenticated('登录已失效，请重新登录');
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
