import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import nodeFetch from 'node-fetch';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { CLIENT_ADDRESS_HEADER, TokenService, clientAddressBehindProxies, signClientAddress } from '#common/auth';
import { ErrorCode } from '#common/errors';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway.settings.js';
import { sessionToken } from '../session/session-cookie.js';

/** The subgraph's response headers a download needs; the rest stay between gateway and subgraph. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'x-request-id', 'x-export-truncated'];

/** The subgraph that serves a download path: assessment files under `/exports/assessment/`, the rest from cases. */
export function exportSubgraph(url: string): 'assessment' | 'cases' {
  return url.startsWith('/exports/assessment/') ? 'assessment' : 'cases';
}

/**
 * File downloads (`/exports/*`) go to the subgraph that owns them as plain HTTP: a browser follows a link
 * with its session cookie, which is forwarded as the bearer token (API clients send the header
 * themselves). The subgraph verifies the token and reads under the caller's row-level security,
 * as it does for GraphQL.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger('Exports');

  constructor(
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  @Get('*path')
  async forward(@Req() req: Request, @Res() res: Response): Promise<void> {
    const subgraph = exportSubgraph(req.originalUrl);
    const target = new URL(req.originalUrl, this.settings.subgraphUrls[subgraph]);
    const token = sessionToken(req);
    const address = clientAddressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], this.config.trustedProxyHops);
    const headers: Record<string, string> = {
      'x-request-id': typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID(),
      [CLIENT_ADDRESS_HEADER]: signClientAddress(this.tokens.clientAddressKey, address),
    };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      const answer = await nodeFetch(target.href, { headers });
      res.status(answer.status);
      for (const name of PASSED_HEADERS) {
        const value = answer.headers.get(name);
        if (value) res.set(name, value);
      }
      res.send(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      this.logger.error(`${subgraph} subgraph unreachable for ${target.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      res.status(502).json({ code: ErrorCode.INTERNAL, message: '导出服务暂时不可用，请稍后再试' });
    }
  }
}
