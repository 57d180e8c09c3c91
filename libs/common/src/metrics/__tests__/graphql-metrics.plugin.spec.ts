import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { graphqlMetricsPlugin, graphqlOperationDuration, graphqlOperationErrors, OperationNames } from '../index.js';

const typeDefs = 'type Query { ok: Int, refused: Int }';
const resolvers = {
  Query: {
    ok: () => 1,
    refused: () => {
      throw new GraphQLError('不可', { extensions: { code: 'FORBIDDEN' } });
    },
  },
};

async function serverWith(names: OperationNames) {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [graphqlMetricsPlugin(names)] });
  await server.start();
  return server;
}

/** Whether a sample carries all these labels. */
const carries = (sample: { labels: object }, labels: Record<string, string>) =>
  Object.entries(labels).every(([key, value]) => (sample.labels as Record<string, unknown>)[key] === value);

const durationCount = async (labels: Record<string, string>) =>
  (await graphqlOperationDuration.get()).values.find((v) => v.metricName === 'petition_graphql_operation_duration_seconds_count' && carries(v, labels))
    ?.value ?? 0;
const errorCount = async (labels: Record<string, string>) => (await graphqlOperationErrors.get()).values.find((v) => carries(v, labels))?.value ?? 0;

describe('graphqlMetricsPlugin', () => {
  it('times operations by name and type, and counts those answered with errors by their code', async () => {
    const server = await serverWith(new OperationNames());
    try {
      await server.executeOperation({ query: 'query Fine { ok }' });
      await server.executeOperation({ query: 'query Fine { ok }' });
      await server.executeOperation({ query: 'query Refused { refused }' });
      await server.executeOperation({ query: '{ ok }' });
      await server.executeOperation({ query: 'query Broken { nope }' });
    } finally {
      await server.stop();
    }
    expect(await durationCount({ operation: 'Fine', type: 'query' })).toBe(2);
    expect(await errorCount({ operation: 'Fine' })).toBe(0);
    expect(await durationCount({ operation: 'anonymous', type: 'query' })).toBe(1);
    // A name first seen failing is not let in; the failure still counts, by code.
    expect(await errorCount({ operation: 'other', code: 'FORBIDDEN' })).toBe(1);
    // A document that does not validate has no operation: anonymous, of unknown type.
    expect(await durationCount({ operation: 'anonymous', type: 'unknown' })).toBe(1);
    expect(await errorCount({ operation: 'anonymous', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  });
});
