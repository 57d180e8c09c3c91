import type { IncomingMessage, RequestListener } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { CLIENT_ADDRESS_HEADER, TokenService, clientAddressBehindProxies, signClientAddress, verifiedClientAddress } from '#common/auth';
import type { AppConfig } from '#common/config';
import { REQUEST_ID_HEADER, requestIdFrom, requestIdOf } from '#common/logging';
import { readSupergraph } from '../apps/gateway/src/supergraph/supergraph-file.js';

interface NodeContext {
  req?: IncomingMessage;
}

/**
 * The checked-in supergraph served by `@graphql-hive/gateway-runtime` (MIT) instead of
 * `@apollo/gateway`, to measure one against the other (bench/cases-http.ts). Not the project's
 * gateway: no console, session, limits or token check of its own, only the GraphQL endpoint.
 *
 * It sends each subgraph what apps/gateway/src/subgraph-data-source.ts `willSendRequest` sends:
 * the caller's `authorization`, the request id (the caller's `x-request-id` when sane, else a
 * fresh UUID, as the gateway's access log derives it) and the caller's address signed with the
 * key the subgraphs verify. The address is derived as the gateway's request context does: a
 * signed address header believed, else the socket's peer behind `trustedProxyHops` proxies.
 * The runtime reaches the subgraphs with `@graphql-mesh/transport-http`, which it loads by itself.
 * The cases subgraph is at `casesUrl`; the supergraph's other subgraphs keep their URLs (the
 * load only touches cases).
 */
export function serveHiveGateway(config: AppConfig, casesUrl: string): RequestListener {
  const key = new TokenService(config).clientAddressKey;
  const gateway = createGatewayRuntime<NodeContext>({
    supergraph: readSupergraph(),
    transportEntries: { cases: { location: casesUrl } },
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: 'warn',
    // Its own request id trusts any caller's header; the one set below is derived as the gateway's.
    requestId: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => {
        const req = context.req;
        if (!req) return;
        const address =
          verifiedClientAddress(key, req.headers[CLIENT_ADDRESS_HEADER]) ??
          clientAddressBehindProxies(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxyHops);
        const authorization = Array.isArray(req.headers.authorization) ? req.headers.authorization[0] : req.headers.authorization;
        return {
          authorization,
          [REQUEST_ID_HEADER]: requestIdOf(req),
          [CLIENT_ADDRESS_HEADER]: signClientAddress(key, address),
        };
      },
    },
  });
  return (req, res) => {
    // One id per request, answered to the caller too, as the gateway's pino-http `genReqId` does.
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    void gateway(req, res);
  };
}
