import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, formatGraphQLError } from '#common/errors';

const logger = new Logger('Gateway');

/**
 * The gateway's `formatError`. A subgraph's coded error (the gateway marks those with
 * `serviceName`) was already made user-facing by the subgraph's own formatGraphQLError, so its
 * message and code pass unchanged; formatting it again would replace specific messages with
 * generic ones. Everything else goes through formatGraphQLError.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { serviceName, code, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (typeof serviceName === 'string' && typeof code === 'string' && code !== ErrorCode.INTERNAL) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code, ...extensions } };
  }
  const result = formatGraphQLError(formatted, error);
  if (result.extensions?.code === ErrorCode.INTERNAL) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return result;
}
