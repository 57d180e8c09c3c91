import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '#common/errors';

const logger = new Logger('Gateway');

interface ShapingError {
  message: string;
  path?: readonly (string | number)[];
}

/** How @apollo/gateway words a null that an entity fetch left in a non-null position. */
const MISSING_ENTITY = /^Cannot return null for non-nullable /;

function toFormatted(error: ShapingError): GraphQLFormattedError {
  const path = error.path ? [...error.path] : undefined;
  if (MISSING_ENTITY.test(error.message)) {
    return { message: '关联的记录不存在或不在本辖区内', path, extensions: { code: ErrorCode.NOT_FOUND } };
  }
  logger.error(`the gateway could not shape a subgraph's answer: ${error.message} at ${path?.join('.') ?? 'the root'}`);
  return { message: '服务器内部错误', path, extensions: { code: ErrorCode.INTERNAL } };
}

/**
 * The gateway merges the subgraphs' answers and checks them against the schema itself. An entity
 * that a subgraph resolves to null (a `Case` linked to a task that the caller may not see, or that
 * is gone) in a non-null position nulls its parents — up to `data: null` — and @apollo/gateway
 * reports that not in `errors` but in `extensions.valueCompletion` whenever no subgraph reported
 * an error, which Apollo Server passes on as it is: the caller got no error at all. Those reports
 * become coded errors here, so a field is never missing without one.
 */
export function valueCompletionErrorsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { extensions, errors, ...result } = response.body.singleResult;
          const completion = extensions?.valueCompletion;
          if (!Array.isArray(completion)) return;
          const { valueCompletion: _reported, ...otherExtensions } = extensions!;
          response.body.singleResult = {
            ...result,
            errors: [...(errors ?? []), ...(completion as ShapingError[]).map(toFormatted)],
            ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}),
          };
        },
      };
    },
  };
}
