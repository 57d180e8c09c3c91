import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlOperationDuration, graphqlOperationErrors } from './registry.js';
import { OperationNames } from './names.js';

/** Error codes are the server's own, but a bounded label is cheap insurance. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;

/**
 * Times every GraphQL operation and counts those answered with errors, by operation name (bounded,
 * see `OperationNames`) and type. Listed first among the plugins, so the time includes theirs.
 */
export function graphqlMetricsPlugin(names = new OperationNames()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const answered = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const first = answered?.[0] ?? errors?.[0];
          // Before the operation resolved, its name is only what the caller claimed.
          const name = names.label(operation ? operationName : null, !first);
          graphqlOperationDuration.observe({ operation: name, type: operation?.operation ?? 'unknown' }, seconds);
          if (!first) return;
          const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          graphqlOperationErrors.inc({ operation: name, code: ERROR_CODE.test(code) ? code : 'OTHER' });
        },
      };
    },
  };
}
