import { All, Controller, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import nodeFetch, { type RequestInit } from 'node-fetch';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { CLIENT_ADDRESS_HEADER, TokenService, clientAddressBehindProxies, signClientAddress } from '#common/auth';
import { ErrorCode } from '#common/errors';
import { REQUEST_ID_HEADER, requestIdOf } from '#common/logging';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway.settings.js';
import { sessionToken } from '../session/session-cookie.js';

/** The subgraph's response headers a browser needs; the rest stay between gateway and subgraph. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length', 'cache-control', 'retry-after', 'x-request-id', 'x-export-truncated'];

/** The request headers a subgraph reads of a forwarded body. */
const BODY_HEADERS = ['content-type', 'content-length'];

type Subgraph = 'cases' | 'meetings' | 'assessment';

/**
 * The subgraph that serves a plain-HTTP path, and whether the caller's session goes with it:
 * downloads and uploads of staff under `/exports` and `/files` (by the service owning them), the
 * citizens' portal under `/portal/api` (public: it never carries a staff session).
 */
export function forwardingTarget(url: string): { subgraph: Subgraph; session: boolean } | null {
  if (url.startsWith('/exports/')) return { subgraph: url.startsWith('/exports/assessment/') ? 'assessment' : 'cases', session: true };
  if (url.startsWith('/files/cases/')) return { subgraph: 'cases', session: true };
  if (url.startsWith('/files/meetings/')) return { subgraph: 'meetings', session: true };
  if (url.startsWith('/portal/api/')) return { subgraph: 'cases', session: false };
  return null;
}

/**
 * What is not GraphQL goes to the subgraph that owns it as plain HTTP: a browser follows a download
 * link with its session cookie, which is forwarded as the bearer token (API clients send the header
 * themselves), and an upload's body is streamed through as it arrives. The subgraph verifies the
 * token and reads under the caller's row-level security, as it does for GraphQL; the caller's
 * address goes signed, for the subgraph's rate limits.
 */
@Controller()
export class ForwardingController {
  private readonly logger = new Logger('Forwarding');

  constructor(
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  @All(['exports/*path', 'files/*path', 'portal/api/*path'])
  async forward(@Req() req: Request, @Res() res: Response): Promise<void> {
    const target = forwardingTarget(req.originalUrl);
    const method = req.method.toUpperCase();
    const readOnly = req.originalUrl.startsWith('/exports/');
    if (!target || !(method === 'GET' || (method === 'POST' && !readOnly))) {
      res
        .status(405)
        .set('Allow', readOnly ? 'GET' : 'GET, POST')
        .json({ code: ErrorCode.VALIDATION, message: '不支持的请求方法' });
      return;
    }
    const url = new URL(req.originalUrl, this.settings.subgraphUrls[target.subgraph]);
    const address = clientAddressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], this.config.trustedProxyHops);
    const headers: Record<string, string> = {
      // The id this request is logged under at the gateway, so the subgraph's lines carry it too.
      [REQUEST_ID_HEADER]: requestIdOf(req),
      [CLIENT_ADDRESS_HEADER]: signClientAddress(this.tokens.clientAddressKey, address),
    };
    const token = target.session ? sessionToken(req) : null;
    if (token) headers.authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (method === 'POST' && req.readableEnded) {
      // The gateway's own parsers have read a JSON (or form) body already: it goes on as JSON.
      const json = JSON.stringify(req.body ?? {});
      Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(json)) });
      init.body = json;
    } else if (method === 'POST') {
      for (const name of BODY_HEADERS) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      init.body = req;
    }
    try {
      const answer = await nodeFetch(url.href, init);
      res.status(answer.status);
      for (const name of PASSED_HEADERS) {
        const value = answer.headers.get(name);
        if (value) res.set(name, value);
      }
      res.send(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      this.logger.error(`${target.subgraph} subgraph unreachable for ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      res.status(502).json({ code: ErrorCode.INTERNAL, message: '服务暂时不可用，请稍后再试' });
    }
  }
}
