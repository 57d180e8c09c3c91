import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { outboxStatement } from '../../events/outbox.js';
import { TenantContextStore, systemContextFor } from '../../tenancy/tenant-context.js';
import { tracesEndpointOf } from '../settings.js';
import { startTelemetry } from '../start-telemetry.js';
import { telemetrySdk } from '../sdk.js';
import { activeTraceparent, inSpan } from '../trace-context.js';

const ENDPOINTS = ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] as const;
const TENANT = systemContextFor('00000000-0000-4000-8000-000000000001', '510000', 'request-1');
const traceparentOf = (statement: ReturnType<typeof outboxStatement>) => statement.statement.params.at(-1);

describe('whether a process traces', () => {
  it('is off unless an OTLP endpoint is set, whatever else the environment holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.constantFrom('', ' ', undefined), (env, blank) => {
        const withoutEndpoint = { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: blank, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: blank };
        expect(tracesEndpointOf(withoutEndpoint)).toBeNull();
      }),
    );
  });

  it('is on with either endpoint, the traces one first, and off again with OTEL_SDK_DISABLED', () => {
    for (const variable of ENDPOINTS) expect(tracesEndpointOf({ [variable]: 'http://collector:4318' })).toBe('http://collector:4318');
    expect(tracesEndpointOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/v1/traces' })).toBe(
      'http://b:4318/v1/traces',
    );
    expect(tracesEndpointOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
  });
});

describe('the trace an event carries through the outbox', () => {
  it('is none while tracing is off, as it stays without an endpoint: the outbox rows get null', async () => {
    await startTelemetry('cases', { OTEL_BSP_SCHEDULE_DELAY: '200' });
    expect(trace.getTracer('test').startActiveSpan('request', (span) => (span.end(), activeTraceparent()))).toBeNull();
    expect(traceparentOf(TenantContextStore.run(TENANT, () => outboxStatement('cases', [{ topic: 'case.transitioned', payload: {} }])))).toBeNull();
  });

  describe('with tracing on', () => {
    const exporter = new InMemorySpanExporter();
    const processor = new SimpleSpanProcessor(exporter);
    const sdk = telemetrySdk('test', { spanProcessors: [processor] });
    beforeAll(() => sdk.start());
    afterAll(() => sdk.shutdown());
    const tracer = trace.getTracer('test');
    // Spans are exported once the process's resource is detected.
    const finished = async (name: string) => {
      await processor.forceFlush();
      return exporter.getFinishedSpans().find((span) => span.name === name)!;
    };

    it('is the emitting span’s, stored with the events and restored as the parent of the consumer’s span', async () => {
      const stored = tracer.startActiveSpan('request', (span) => {
        const statement = TenantContextStore.run(TENANT, () => outboxStatement('cases', [{ topic: 'case.transitioned', payload: {} }]));
        span.end();
        return traceparentOf(statement) as string;
      });
      const request = (await finished('request')).spanContext();
      expect(stored).toBe(`00-${request.traceId}-${request.spanId}-01`);

      await inSpan('event case.transitioned', stored, async () => undefined);
      const consumed = await finished('event case.transitioned');
      expect(consumed.spanContext().traceId).toBe(request.traceId);
      expect(consumed.parentSpanContext?.spanId).toBe(request.spanId);
    });

    it('starts a trace of its own for work no traced request caused, and links the other requests of a batch', async () => {
      const [first, second] = ['first', 'second'].map((name) =>
        tracer.startActiveSpan(name, (span) => {
          span.end();
          return activeTraceparent();
        }),
      );
      await tracer.startActiveSpan('polling loop', async (loop) => {
        await inSpan('event untraced', null, async () => undefined);
        await inSpan('event batch', first, async () => undefined, { links: [second, null] });
        loop.end();
      });
      const untraced = await finished('event untraced');
      expect(untraced.parentSpanContext).toBeUndefined();
      expect(untraced.spanContext().traceId).not.toBe((await finished('polling loop')).spanContext().traceId);
      const batch = await finished('event batch');
      expect(batch.spanContext().traceId).toBe((await finished('first')).spanContext().traceId);
      expect(batch.links.map((link) => link.context.spanId)).toEqual([(await finished('second')).spanContext().spanId]);
    });

    it('marks the consumer’s span failed when applying the events throws, and passes the error on', async () => {
      await expect(inSpan('event failing', null, () => Promise.reject(new Error('约束冲突')))).rejects.toThrow('约束冲突');
      expect((await finished('event failing')).status).toMatchObject({ code: 2, message: '约束冲突' });
    });
  });
});
