import type { IncomingMessage } from 'node:http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';

/** Probes and scrapes: polled all day, never part of a user's request. */
const UNTRACED_PATHS = new Set(['/health', '/metrics']);

export interface TelemetrySdkOptions {
  /** Where spans go; by default the OTLP exporter the `OTEL_*` variables describe, in batches. */
  spanProcessors?: SpanProcessor[];
}

/**
 * The OpenTelemetry SDK of one process, not started. Nothing here records a value a user typed:
 * SQL is recorded with its placeholders and without parameters, Redis commands by name only
 * (BullMQ passes job data as arguments), GraphQL documents with their literals masked. Database
 * and Redis calls are recorded only inside a traced request or job, so the workers' polling makes
 * no traces of its own.
 */
export function telemetrySdk(serviceName: string, options: TelemetrySdkOptions = {}): NodeSDK {
  return new NodeSDK({
    serviceName,
    spanProcessors: options.spanProcessors,
    // Traces only: logs and metrics are not sent by OTLP (the SDK would otherwise set up a log exporter).
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
        requireParentforOutgoingSpans: true,
      }),
      // Resolvers of the operation's root fields only: a list's every field would be a span.
      new GraphQLInstrumentation({ allowValues: false, depth: 1, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true, ignoreConnectSpans: true }),
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
}
