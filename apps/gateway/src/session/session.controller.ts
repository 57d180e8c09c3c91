import { Controller, Delete, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { decodeJwt } from 'jose';
import { ErrorCode } from '#common/errors';
import { GatewayExecutor, type ExecutionResult, type GatewayError } from './gateway-executor.js';
import { clearSessionCookie, setSessionCookie, sessionToken } from './session-cookie.js';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway.settings.js';

/** What the console learns of the signed-in user: the token itself never reaches page scripts. */
const USER_FIELDS = 'id username displayName roles tenant { id code name level } unit { id name }';
const LOGIN = `mutation SessionLogin($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken expiresIn } }`;
const ME = `query SessionUser { me { ${USER_FIELDS} } }`;
const LOGOUT = 'mutation SessionLogout { logout }';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.VALIDATION]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  // The account is locked whatever password comes, until the lock lapses.
  [ErrorCode.ACCOUNT_LOCKED]: 423,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

interface Refusal {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

function refusalOf(error: GatewayError | undefined): Refusal {
  const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : ErrorCode.INTERNAL;
  if (!error || !(code in STATUS_BY_CODE)) return { code: ErrorCode.INTERNAL, message: '服务器内部错误' };
  const details = error.extensions?.details;
  return { code, message: error.message, ...(details ? { details } : {}) };
}

function refuse(res: Response, refusal: Refusal): void {
  const retryAfter = refusal.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(Math.ceil(retryAfter)));
  res.status(STATUS_BY_CODE[refusal.code] ?? 500).json(refusal);
}

const expiresAtOf = (token: string): string | null => {
  const { exp } = decodeJwt(token);
  return exp ? new Date(exp * 1000).toISOString() : null;
};

/**
 * The console's session, kept in an HttpOnly, SameSite=Strict cookie (API clients keep using
 * `login` and a bearer token). Each call runs the cases service's own operations through the
 * gateway, so login throttling, lockout and revocation are the API's.
 *
 * Not forgeable from another site: login takes JSON only (a cross-site form cannot send it
 * without a CORS preflight, which the gateway never grants), logout is a DELETE, and the
 * browser sends a SameSite=Strict cookie with same-site requests only.
 */
@Controller('session')
export class SessionController {
  constructor(
    private readonly executor: GatewayExecutor,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  @Post()
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    if (!req.is('application/json')) {
      res.status(415).json({ code: ErrorCode.VALIDATION, message: '请以 JSON 格式提交用户名和密码' });
      return;
    }
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      refuse(res, { code: ErrorCode.VALIDATION, message: '请输入用户名和密码' });
      return;
    }
    const login = await this.executor.execute<{ login: { accessToken: string; expiresIn: number } }>(req, LOGIN, { username, password }, null);
    res.set('X-Request-Id', login.requestId);
    if (!login.data?.login) return refuse(res, refusalOf(login.errors[0]));
    const { accessToken, expiresIn } = login.data.login;
    const me = await this.currentUser(req, accessToken);
    if (!me.data?.me) return refuse(res, refusalOf(me.errors[0]));
    setSessionCookie(req, res, this.settings, accessToken, expiresIn);
    res.status(200).json({ user: me.data.me, expiresAt: expiresAtOf(accessToken) });
  }

  @Get()
  async current(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const token = sessionToken(req);
    if (!token) return refuse(res, { code: ErrorCode.UNAUTHENTICATED, message: '未登录或登录已失效' });
    const me = await this.currentUser(req, token);
    if (!me.data?.me) {
      const refusal = refusalOf(me.errors[0]);
      if (refusal.code === ErrorCode.UNAUTHENTICATED && !req.headers.authorization) clearSessionCookie(req, res, this.settings);
      return refuse(res, refusal);
    }
    res.status(200).json({ user: me.data.me, expiresAt: expiresAtOf(token) });
  }

  /** Revokes every token of the user (the API's `logout`) and clears the cookie. */
  @Delete()
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const token = sessionToken(req);
    clearSessionCookie(req, res, this.settings);
    if (!token) return void res.status(204).end();
    const result = await this.executor.execute<{ logout: boolean }>(req, LOGOUT, {}, token);
    res.set('X-Request-Id', result.requestId);
    // A token that no longer works has nothing left to revoke: the session is over either way.
    const refusal = result.data?.logout ? null : refusalOf(result.errors[0]);
    if (refusal && refusal.code !== ErrorCode.UNAUTHENTICATED) return refuse(res, refusal);
    res.status(204).end();
  }

  private currentUser(req: Request, token: string): Promise<ExecutionResult<{ me: Record<string, unknown> }>> {
    return this.executor.execute(req, ME, {}, token);
  }
}
