import { randomUUID } from 'node:crypto';
import type { TokenService } from '#common/auth';
import { AppError } from '#common/errors';
import type { SubgraphRequestContext } from '#common/graphql';

export interface GatewayRequestContext extends SubgraphRequestContext {
  /** Sent to every subgraph as `x-request-id`, so their logs and audit rows share it. */
  requestId: string;
}

type IncomingRequest = SubgraphRequestContext['req'];

const REQUEST_ID = /^[\w.-]{1,100}$/;

function requestIdOf(req: IncomingRequest): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * Verifies the caller's token at the edge. A bad token is kept as `authError` rather than thrown:
 * whether the operation needs a token at all is only known once it is parsed (login does not).
 */
export async function buildGatewayContext(tokens: TokenService, req: IncomingRequest): Promise<GatewayRequestContext> {
  const requestId = requestIdOf(req);
  try {
    return { req, requestId, auth: await tokens.fromHeader(req.headers.authorization, requestId), authError: null };
  } catch (error) {
    if (error instanceof AppError) return { req, requestId, auth: null, authError: error };
    throw error;
  }
}
