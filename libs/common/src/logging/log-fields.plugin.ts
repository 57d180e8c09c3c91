import type { ApolloServerPlugin } from '@apollo/server';
import { PinoLogger } from 'nestjs-pino';
import type { TenantContext } from '../tenancy/tenant-context.js';

/** What a request's log lines say of who asked for what. */
export interface RequestLogFields {
  tenantId?: string;
  tenantPath?: string;
  userId?: string | null;
  username?: string;
  operationName?: string;
}

/** The fields of a caller (when signed in) and an operation (when named); never roles, unit or anything of the request's data. */
export function requestLogFields(auth: TenantContext | null, operationName: string | null | undefined): RequestLogFields {
  return {
    ...(auth ? { tenantId: auth.tenantId, tenantPath: auth.tenantPath, userId: auth.userId, username: auth.username } : {}),
    ...(operationName ? { operationName } : {}),
  };
}

/**
 * Binds the caller and the operation to the request's logger once the operation is known, so that
 * the application's lines and the access line of the request carry them.
 */
export function logFieldsPlugin(logger: PinoLogger): ApolloServerPlugin<{ auth: TenantContext | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          // An operation run outside an HTTP request (tests executing directly) has no request logger.
          if (logger.logger === PinoLogger.root) return;
          logger.assign(requestLogFields(contextValue.auth, operationName));
        },
      };
    },
  };
}
