import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  ValidationContext,
  getVariableValues,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode, validation } from '#common/errors';
import type { QueryLimits } from '../gateway.settings.js';

const tooComplex = (message: string) => new AppError(ErrorCode.QUERY_TOO_COMPLEX, message);

/** Measures only the operation to be run: a document may carry others. */
function exceedsDepth(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, maxDepth: number): boolean {
  const measured = { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
  const errors: GraphQLError[] = [];
  depthLimit(maxDepth)(new ValidationContext(schema, measured, new TypeInfo(schema), (error) => errors.push(error)));
  return errors.length > 0;
}

/** A paged field returns up to `first` items, each costing what its selection costs. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.max(args.first, 0) * childComplexity : undefined;

/** Every other field costs 1 plus its selection. */
const ESTIMATORS = [pageEstimator, simpleEstimator({ defaultComplexity: 1 })];

function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): number {
  try {
    return getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: ESTIMATORS });
  } catch {
    // The variables were coerced before, so what can still fail is its guard against huge selections.
    return Infinity;
  }
}

/**
 * Refuses operations nested deeper than `maxDepth` or estimated to cost more than `maxCost`,
 * before any subgraph is called. This runs once the operation is resolved, not as a validation
 * rule, because the cost depends on the variables (`first: $n`).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // an unknown operation name is reported by Apollo Server itself
          if (exceedsDepth(schema, document, operation, limits.maxDepth)) {
            throw tooComplex(`查询嵌套层数超过上限（${limits.maxDepth} 层），请减少嵌套`);
          }
          // The gateway would otherwise report a bad variable without a code, i.e. as an internal error.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) throw validation(`请求变量不符合接口定义：${coerced.errors[0].message}`);
          const cost = costOf(schema, document, operation, request.variables);
          if (cost > limits.maxCost) {
            throw tooComplex(`查询的预估开销${Number.isFinite(cost) ? `（${cost}）` : ''}超过上限（${limits.maxCost}），请减少嵌套或每页条数`);
          }
        },
      };
    },
  };
}
