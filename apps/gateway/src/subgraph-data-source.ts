import { Agent } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import nodeFetch from 'node-fetch';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '#common/graphql';
import { CLIENT_ADDRESS_HEADER, signClientAddress } from '#common/auth';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/**
 * Calls one subgraph on behalf of the caller: forwards the caller's `Authorization` unchanged
 * (each subgraph verifies it again), the request id and the caller's address, signed.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly clientAddressKey: Buffer,
  ) {
    const agent = new Agent({ keepAlive: true });
    super({ url, fetcher: (input, init) => nodeFetch(input, { ...init, agent }) as never });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<RequestContext>): void {
    // Only incoming operations have a caller; loading schemas and health checks do not.
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http!.headers;
    const { req, requestId, clientAddress } = options.context;
    const authorization = req.headers.authorization;
    const value = Array.isArray(authorization) ? authorization[0] : authorization;
    if (value) headers.set('authorization', value);
    headers.set('x-request-id', requestId);
    headers.set(CLIENT_ADDRESS_HEADER, signClientAddress(this.clientAddressKey, clientAddress));
  }

  /**
   * A subgraph that refuses a whole request answers with an HTTP error status and a GraphQL body.
   * Keep its first error's message and code; the default error would carry the subgraph's URL
   * and raw response body out to the caller instead.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as SubgraphErrorBody | string | null;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (typeof first?.message === 'string' && typeof first.extensions?.code === 'string') {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code, serviceName: this.name } });
    }
    return new GraphQLError(`subgraph ${this.name} answered HTTP ${response.status}`, { extensions: { serviceName: this.name } });
  }
}
