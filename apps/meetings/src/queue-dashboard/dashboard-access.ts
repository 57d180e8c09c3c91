import { Logger } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { decodeJwt } from 'jose';
import { Role, cookieOf, type TokenService } from '#common/auth';
import { AppError, ErrorCode } from '#common/errors';
import type { TenantContext } from '#common/tenancy';

export const DASHBOARD_ROUTE = '/queues';
export const DASHBOARD_LOGIN = `${DASHBOARD_ROUTE}/login`;
export const DASHBOARD_COOKIE = 'queue_dashboard_token';

const OPERATOR_ROLES: ReadonlySet<Role> = new Set([Role.SUPERVISOR, Role.TENANT_ADMIN]);

/**
 * Why a verified caller may not open the dashboard, or null when they may.
 *
 * The dashboard shows the jobs of every tenant (their data carries tenant ids, case numbers and
 * titles) and row-level security does not reach into Redis, so it is for the operators of a root
 * tenant only (a tenant path of one label: the province's office). A city or county supervisor
 * would otherwise read the jobs of offices outside their subtree.
 */
export function dashboardRefusal(caller: TenantContext): string | null {
  if (!caller.roles.some((role) => OPERATOR_ROLES.has(role))) return '仅督查人员或管理员可以查看队列看板';
  if (caller.tenantPath.includes('.')) return '队列看板包含全部辖区的任务数据，仅限省级（根租户）人员查看';
  return null;
}

class Refusal {
  constructor(
    readonly status: 401 | 403,
    readonly code: string,
    readonly message: string,
  ) {}
}

const unauthenticated = (message = '未登录或登录已失效') => new Refusal(401, ErrorCode.UNAUTHENTICATED, message);

function loginTokenOf(req: Request): string | null {
  const fromQuery = req.query?.token;
  if (typeof fromQuery === 'string' && fromQuery) return fromQuery;
  const body = req.body as { token?: unknown } | undefined;
  return typeof body?.token === 'string' && body.token ? body.token : null;
}

/**
 * Express middleware in front of the whole dashboard (page, assets and its API).
 *
 * Browsers cannot add an Authorization header to the page's own asset and API requests, so a
 * token is accepted from `Authorization: Bearer …` or from an HttpOnly, SameSite=Strict cookie
 * limited to the dashboard's path, which `GET|POST /queues/login` sets after checking the token.
 * The dashboard is read-only: anything but GET/HEAD (other than the login) is refused.
 */
export function dashboardAccess(tokens: TokenService) {
  const logger = new Logger('QueueDashboard');
  const admit = async (token: string): Promise<TenantContext> => {
    let caller: TenantContext;
    try {
      caller = await tokens.verify(token);
    } catch (error) {
      if (error instanceof AppError) throw unauthenticated(error.message);
      throw error;
    }
    const refusal = dashboardRefusal(caller);
    if (refusal) throw new Refusal(403, ErrorCode.FORBIDDEN, refusal);
    return caller;
  };

  const login = async (req: Request, res: Response): Promise<void> => {
    const token = loginTokenOf(req);
    if (!token) throw unauthenticated('请提供登录凭证（token）');
    await admit(token);
    const expiresAt = decodeJwt(token).exp;
    res.cookie(DASHBOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: DASHBOARD_ROUTE,
      ...(expiresAt ? { maxAge: Math.max(0, expiresAt * 1000 - Date.now()) } : {}),
    });
    // The token may have come in the URL: keep it out of caches and of Referer headers.
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.redirect(303, DASHBOARD_ROUTE);
  };

  const gate = async (req: Request, res: Response): Promise<void> => {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) throw unauthenticated('登录凭证格式错误');
      await admit(match[1]);
    } else {
      const token = cookieOf(req, DASHBOARD_COOKIE);
      if (!token) throw unauthenticated();
      try {
        await admit(token);
      } catch (error) {
        if (error instanceof Refusal && error.status === 401) res.clearCookie(DASHBOARD_COOKIE, { path: DASHBOARD_ROUTE });
        throw error;
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new Refusal(403, ErrorCode.FORBIDDEN, '队列看板为只读，不能修改任务');
    }
  };

  return (req: Request, res: Response, next: NextFunction): void => {
    const path = new URL(req.originalUrl, 'http://dashboard').pathname.replace(/\/+$/, '');
    const isLogin = path === DASHBOARD_LOGIN && (req.method === 'GET' || req.method === 'POST');
    (isLogin ? login(req, res) : gate(req, res)).then(
      () => (isLogin ? undefined : next()),
      (error: unknown) => {
        const refusal = error instanceof Refusal ? error : null;
        if (!refusal) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        res
          .status(refusal?.status ?? 500)
          .set('Cache-Control', 'no-store')
          .json(refusal ? { code: refusal.code, message: refusal.message } : { code: ErrorCode.INTERNAL, message: '服务器内部错误' });
      },
    );
  };
}
