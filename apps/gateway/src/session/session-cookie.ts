import type { NextFunction, Request, Response } from 'express';
import { cookieOf } from '#common/auth';

/** The console's session: the access token in an HttpOnly cookie, never readable by page scripts. */
export const SESSION_COOKIE = 'petition_session';

/** The caller's token: an `Authorization: Bearer` header wins over the session cookie. */
export function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header) return /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? null;
  return cookieOf(req, SESSION_COOKIE);
}

/**
 * In front of `/graphql`: a request without an Authorization header but with the session cookie
 * goes on as if it carried the cookie's token as a bearer, so the token check, the forwarding to
 * the subgraphs and their own checks stay the ones API clients get. Apollo's CSRF prevention
 * still refuses simple (form-like) requests, which is what a cross-site page could send.
 */
export function cookieAsBearer(req: Request, _res: Response, next: NextFunction): void {
  if (!req.headers.authorization) {
    const token = cookieOf(req, SESSION_COOKIE);
    if (token) req.headers.authorization = `Bearer ${token}`;
  }
  next();
}

export interface CookieSettings {
  secureCookie: boolean;
}

function cookieOptions(req: Request, settings: CookieSettings) {
  return { httpOnly: true, sameSite: 'strict', secure: settings.secureCookie || req.secure, path: '/' } as const;
}

export function setSessionCookie(req: Request, res: Response, settings: CookieSettings, token: string, lifetimeSeconds: number): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req, settings), maxAge: Math.max(0, lifetimeSeconds) * 1000 });
}

export function clearSessionCookie(req: Request, res: Response, settings: CookieSettings): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req, settings));
}
