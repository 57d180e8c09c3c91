import type { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Role, TokenService } from '../auth/index.js';
import { forbidden, unauthenticated } from '../errors/index.js';
import { attachmentDisposition, buildRequestContext, sendDownloadRefusal } from '../graphql/index.js';
import type { TenantContext } from '../tenancy/index.js';
import type { FileStorage, StoredContent } from './storage.js';

/**
 * Runs one request of a file endpoint as /graphql runs an operation: the bearer token verified,
 * the roles of the operation checked, and any refusal answered as JSON `{code, message, details?}`
 * with its status, never a stack.
 */
export async function serveFileRequest(
  tokens: TokenService,
  logger: Logger,
  req: Request,
  res: Response,
  roles: readonly Role[],
  handle: (auth: TenantContext) => Promise<void>,
): Promise<void> {
  res.set('Cache-Control', 'private, no-store');
  try {
    const { auth, authError, requestId } = await buildRequestContext(tokens, req);
    res.set('X-Request-Id', requestId);
    if (!auth) throw authError ?? unauthenticated();
    if (!auth.roles.some((role) => roles.includes(role))) throw forbidden();
    await handle(auth);
  } catch (error) {
    sendDownloadRefusal(res, error, logger);
  }
}

/** A kept file as it is downloaded: its name, the type read from its content, its bytes. */
export interface DownloadedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** Sends a kept file as a download (never shown inline, never re-sniffed by the browser). */
export function sendStoredFile(res: Response, file: DownloadedFile): void {
  res.set({
    'Content-Type': file.mediaType,
    'Content-Disposition': attachmentDisposition(asciiFileName(file.fileName), file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  res.send(file.content);
}

/** The `filename=` fallback for clients without RFC 5987: the name's ASCII letters, or `attachment` with its extension. */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return `${base || 'attachment'}${extension}`;
}

/**
 * Stores every content, then runs `record` with what was stored; when storing one or the record
 * fails, every file already stored is removed: a request's files are kept all or none.
 */
export async function storeAllThen<T>(storage: FileStorage, contents: readonly Buffer[], record: (stored: StoredContent[]) => Promise<T>): Promise<T> {
  const stored: StoredContent[] = [];
  try {
    for (const content of contents) stored.push(await storage.put(content));
    return await record(stored);
  } catch (error) {
    // The refusal is what the caller must hear, not a failed clean-up.
    await Promise.allSettled(stored.map((s) => storage.remove(s.key)));
    throw error;
  }
}
