import { randomUUID } from 'node:crypto';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { TokenService } from '../auth/token.service.js';
import type { GraphQLRequestContext } from '../auth/decorators.js';
import { AppError, formatGraphQLError, unauthenticated } from '../errors/index.js';
import { httpResponsePlugin } from './http-response.plugin.js';
import { forbidNulBytesPlugin } from './string-inputs.js';
import { hideSuggestionsWithoutTokenPlugin } from './suggestions.plugin.js';

export interface RequestContext extends GraphQLRequestContext {
  authError: AppError | null;
  requestId: string;
}

type IncomingRequest = { headers: Record<string, string | string[] | undefined> };

function requestIdOf(req: IncomingRequest): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.-]{1,100}$/.test(value) ? value : randomUUID();
}

/** Verifies the bearer token again in the subgraph: the network to it is not trusted. */
export async function buildRequestContext(tokens: TokenService, req: IncomingRequest): Promise<RequestContext> {
  const requestId = requestIdOf(req);
  try {
    return { req, requestId, auth: await tokens.fromHeader(req.headers.authorization, requestId), authError: null };
  } catch (error) {
    if (error instanceof AppError) return { req, requestId, auth: null, authError: error };
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
