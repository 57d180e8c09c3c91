import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { TokenService } from '../auth/token.service.js';
import { CLIENT_ADDRESS_HEADER, clientAddressBehindProxies, verifiedClientAddress } from '../auth/client-address.js';
import type { GraphQLRequestContext } from '../auth/decorators.js';
import { AppError, formatGraphQLError, unauthenticated } from '../errors/index.js';
import { httpResponsePlugin } from './http-response.plugin.js';
import { forbidNulBytesPlugin } from './string-inputs.js';
import { hideSuggestionsWithoutTokenPlugin } from './suggestions.plugin.js';
import { requestIdOf } from '../logging/request-id.js';

export interface RequestContext extends GraphQLRequestContext {
  authError: AppError | null;
  requestId: string;
  /** The caller's address (login throttling, audit); see client-address.ts for whom it trusts. */
  clientAddress: string;
}

type IncomingRequest = { id?: unknown; headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };

/**
 * The gateway's signed word when present; otherwise the socket's peer, or at the gateway the
 * address its `trustedProxyHops` reverse proxies saw. A subgraph passes 0: it believes no proxy.
 */
function clientAddressOf(tokens: TokenService, req: IncomingRequest, trustedProxyHops: number): string {
  return (
    verifiedClientAddress(tokens.clientAddressKey, req.headers[CLIENT_ADDRESS_HEADER]) ??
    clientAddressBehindProxies(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trustedProxyHops)
  );
}

/** Verifies the bearer token again in the subgraph: the network to it is not trusted. */
export async function buildRequestContext(tokens: TokenService, req: IncomingRequest, trustedProxyHops = 0): Promise<RequestContext> {
  const requestId = requestIdOf(req);
  const clientAddress = clientAddressOf(tokens, req, trustedProxyHops);
  try {
    return { req, requestId, clientAddress, auth: await tokens.fromHeader(req.headers.authorization, requestId), authError: null };
  } catch (error) {
    if (error instanceof AppError) return { req, requestId, clientAddress, auth: null, authError: error };
    throw error;
  }
}

/**
 * Refuses every operation without a valid token, except those whose root fields are all public
 * (login). Guards cover resolvers; this also covers what has no guard: `_entities`, `_service`
 * and introspection.
 */
export function requireTokenPlugin(publicRootFields: readonly string[]): ApolloServerPlugin<RequestContext> {
  const allowed = new Set(publicRootFields);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.auth) return;
          if (operation && onlyPublicFields(operation, allowed)) return;
          throw contextValue.authError ?? unauthenticated();
        },
      };
    },
  };
}

function onlyPublicFields(operation: OperationDefinitionNode, allowed: Set<string>): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && (allowed.has(selection.name.value) || selection.name.value === '__typename'),
  );
}

/** The GraphQL configuration shared by the three subgraphs. */
export function subgraphConfig(tokens: TokenService, publicRootFields: readonly string[] = []): ApolloFederationDriverConfig {
  return {
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    context: ({ req }: { req: IncomingRequest }) => buildRequestContext(tokens, req),
    // The token check first, so a caller without a token learns only that.
    plugins: [
      requireTokenPlugin(publicRootFields),
      forbidNulBytesPlugin(),
      hideSuggestionsWithoutTokenPlugin(),
      httpResponsePlugin(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  };
}
