import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloGatewayDriver } from '@nestjs/apollo';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { TokenService } from '#common/auth';
import { buildRequestContext } from '#common/graphql';

export interface GatewayError {
  message: string;
  extensions?: { code?: string; details?: { retryAfterSeconds?: number } & Record<string, unknown> } & Record<string, unknown>;
}

export interface ExecutionResult<T> {
  data: T | null;
  errors: readonly GatewayError[];
  requestId: string;
}

/**
 * Runs an operation through the gateway's own Apollo Server, as a request to `/graphql` would
 * run: the same plugins (token check, input checks, limits), error formatting and forwarding,
 * with the caller's address and request id taken from the HTTP request, so the subgraphs' login
 * throttling counts the real caller.
 */
@Injectable()
export class GatewayExecutor {
  constructor(
    private readonly modules: ModuleRef,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute<T>(req: Request, query: string, variables: Record<string, unknown>, token: string | null): Promise<ExecutionResult<T>> {
    const { authorization: _ignored, ...headers } = req.headers;
    const incoming = { id: req.id, headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers, socket: req.socket };
    const contextValue = await buildRequestContext(this.tokens, incoming, this.config.trustedProxyHops);
    const graphql = this.modules.get<GraphQLModule<ApolloGatewayDriver>>(GraphQLModule, { strict: false });
    const response = await graphql.graphQlAdapter.instance.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('the gateway answered an operation incrementally');
    const { data, errors } = response.body.singleResult;
    return { data: (data as T | undefined) ?? null, errors: (errors ?? []) as readonly GatewayError[], requestId: contextValue.requestId };
  }
}
