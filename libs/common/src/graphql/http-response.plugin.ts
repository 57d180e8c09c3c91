import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/index.js';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

/**
 * Apollo Server answers 500 to every request refused before execution by a plugin (missing
 * token, too complex). Those are the caller's fault: answer 401/403/400 instead, keeping 500
 * for internal errors. Also returns the request id, for the caller to quote when reporting a problem.
 */
export function httpResponsePlugin(): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          const { body } = response;
          if (body.kind !== 'single' || 'data' in body.singleResult || response.http.status !== 500) return;
          const codes = (body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? ErrorCode.INTERNAL));
          if (codes.length === 0 || codes.includes(ErrorCode.INTERNAL)) return;
          response.http.status = STATUS_BY_CODE[codes[0]] ?? 400;
        },
      };
    },
  };
}
