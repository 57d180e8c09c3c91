import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Longest request id taken from a caller; anything longer is replaced, not cut. */
export const MAX_REQUEST_ID_LENGTH = 64;

const SANE_REQUEST_ID = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_REQUEST_ID_LENGTH}}$`);

/**
 * The request id a caller sent, when it is a plain token that can go into logs, headers and
 * audit rows as it is; otherwise a fresh UUID.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

type IncomingRequest = { id?: unknown; headers: Record<string, string | string[] | undefined> };

/**
 * The id of an HTTP request: the one the access log gave it (`req.id`, set by pino-http) so that
 * the access line, the application's lines and what the request causes share one id; for a request
 * that did not pass the log middleware, derived from its header the same way.
 */
export function requestIdOf(req: IncomingRequest): string {
  return typeof req.id === 'string' ? req.id : requestIdFrom(req.headers[REQUEST_ID_HEADER]);
}
