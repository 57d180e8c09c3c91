import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseApi } from './helpers/case-api.js';
import { SystemUnderTest, eventually } from './helpers/system.js';
import { categoryId } from './scenarios/case-lifecycles.js';

/** A span as the OTLP/HTTP JSON exporter sends it, with its process's service name. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values?: OtlpValue[] };
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: OtlpAttribute[] }[] }[];
  }[];
}

const valueOf = (value: OtlpValue): unknown =>
  value.arrayValue ? (value.arrayValue.values ?? []).map(valueOf) : (value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue);
const attributesOf = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map((a) => [a.key, valueOf(a.value)]));

/** A collector's trace endpoint in miniature: keeps every span the processes export. */
async function otlpReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const traces = JSON.parse(body) as OtlpTraces;
      for (const resourceSpans of traces.resourceSpans ?? []) {
        const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({ ...span, service, parentSpanId: span.parentSpanId || undefined, attributes: attributesOf(span.attributes) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

const ID_NUMBER = '11010519491231002X';

describe('traces: one registration is one trace from the gateway through the subgraph into the jobs', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let system: SystemUnderTest;

  beforeAll(async () => {
    receiver = await otlpReceiver();
    system = new SystemUnderTest({
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '200' },
    });
    await system.start();
  }, 120_000);
  afterAll(async () => {
    await system.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  }, 30_000);

  it('joins the gateway, the cases subgraph with its SQL, and the workers applying its events, without the petitioner’s ID number', async () => {
    const api = new CaseApi(system.gatewayUrl);
    const kase = await api.step('sc.registrar', 'registerCase', {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'sc.registrar'),
      title: '某小区物业拖欠维修基金返还',
      content: '信访人反映小区维修基金被物业长期占用，要求返还。',
      problemJurisdictionId: await api.idOf('sc.registrar', 'tenant', '510104'),
      petitioners: [{ name: '张某', idNumber: ID_NUMBER, phone: '13800138000', representative: true }],
    });

    // The registration's events carry its trace; the trace is found by them.
    const { rows } = await system.admin.query<{ traceparent: string | null }>(`SELECT DISTINCT traceparent FROM cases.outbox WHERE payload->>'caseId' = $1`, [
      kase.id,
    ]);
    expect(rows).toHaveLength(1);
    const traceId = rows[0].traceparent!.split('-')[1];
    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const isEvent = (span: ReceivedSpan) => span.service.endsWith('-worker') && span.name.startsWith('event ');
    await eventually(async () => inTrace().some(isEvent));

    const spans = inTrace();
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestry = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [span, ...ancestry(parent)] : [span];
    };
    // One root, the gateway's incoming request; the subgraph's request and the worker's job under it.
    const roots = spans.filter((span) => !span.parentSpanId);
    expect(roots.map((span) => span.service)).toEqual(['gateway']);
    const job = spans.find(isEvent)!;
    expect(ancestry(job).at(-1)).toBe(roots[0]);
    expect(ancestry(job).map((span) => span.service)).toContain('cases');
    // The subgraph's statements, as SQL with placeholders and no values.
    const statements = spans.filter((span) => span.service === 'cases' && span.attributes['db.system.name'] === 'postgresql');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((span) => ancestry(span).at(-1) === roots[0])).toBe(true);
    expect(statements.flatMap((span) => Object.keys(span.attributes)).filter((key) => /values|param/i.test(key))).toEqual([]);

    // Redis commands too (BullMQ and the services import ioredis as an ES module): the login's throttle.
    expect(receiver.spans.some((span) => span.service === 'cases' && span.attributes['db.system.name'] === 'redis')).toBe(true);

    expect(JSON.stringify(receiver.spans)).not.toContain(ID_NUMBER);
  });
});
