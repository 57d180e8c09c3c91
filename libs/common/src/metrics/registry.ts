import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The process's one registry: every metric below, and Node's own (memory, heap, event-loop lag). */
export const metricsRegistry = new Registry();

let started = false;

/**
 * Names the process in every series (`service="cases"`, `"cases-worker"`, …) and starts Node's
 * default metrics. Each entry point calls it once, first.
 */
export function startProcessMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  if (started) return;
  started = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

/** From 5 ms to 10 s: a registration takes milliseconds, an export or a reconciliation seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Statements are quicker than requests. */
const QUERY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5];
/** Jobs range from an event's few milliseconds to a reconciliation's minutes. */
const JOB_BUCKETS = [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

const registers = [metricsRegistry];

export const httpRequestDuration = new Histogram({
  name: 'petition_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: REQUEST_BUCKETS,
  registers,
});

export const graphqlOperationDuration = new Histogram({
  name: 'petition_graphql_operation_duration_seconds',
  help: 'GraphQL operations by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: REQUEST_BUCKETS,
  registers,
});

export const graphqlOperationErrors = new Counter({
  name: 'petition_graphql_operation_errors_total',
  help: 'GraphQL operations answered with errors, by operation name and the first error code',
  labelNames: ['operation', 'code'] as const,
  registers,
});

export const dbQueryDuration = new Histogram({
  name: 'petition_db_query_duration_seconds',
  help: 'Database statements by kind (SELECT, INSERT, …)',
  labelNames: ['statement'] as const,
  buckets: QUERY_BUCKETS,
  registers,
});

export const dbQueryErrors = new Counter({
  name: 'petition_db_query_errors_total',
  help: 'Database statements that failed, by kind',
  labelNames: ['statement'] as const,
  registers,
});

export const jobDuration = new Histogram({
  name: 'petition_job_duration_seconds',
  help: 'BullMQ jobs processed by this process, by queue and outcome (completed, failed)',
  labelNames: ['queue', 'outcome'] as const,
  buckets: JOB_BUCKETS,
  registers,
});

export const jobFailures = new Counter({
  name: 'petition_job_failures_total',
  help: 'BullMQ jobs that failed in this process (an attempt that will be retried counts too), by queue',
  labelNames: ['queue'] as const,
  registers,
});

export const noticesIssued = new Counter({
  name: 'petition_supervision_notices_issued_total',
  help: 'Supervision notices issued by this process, by kind',
  labelNames: ['kind'] as const,
  registers,
});

export const noticesEscalated = new Counter({
  name: 'petition_supervision_notices_escalated_total',
  help: 'Supervision notices escalated one step up by this process, by the kind of the new notice',
  labelNames: ['kind'] as const,
  registers,
});

/** Something measured when Prometheus scrapes, registered by whoever owns it while it runs. */
export interface ScrapeSource<T> {
  read(): Promise<T>;
}

/** How long one source may take at a scrape: a lost Redis must not hang /metrics. */
const SOURCE_TIMEOUT_MS = 1_000;

/** Sources that failed or timed out are left out of this scrape; the others are reported. */
async function readAll<T>(sources: Iterable<ScrapeSource<T>>): Promise<T[]> {
  const settled = await Promise.allSettled(
    [...sources].map((source) =>
      Promise.race([source.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), SOURCE_TIMEOUT_MS).unref())]),
    ),
  );
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export interface PoolCounts {
  total: number;
  idle: number;
  waiting: number;
}

/** Pools of this process (one per service database). */
export const poolSources = new Set<ScrapeSource<PoolCounts>>();

new Gauge({
  name: 'petition_db_pool_connections',
  help: 'Connections of the PostgreSQL pool: total, idle, and requests waiting for one',
  labelNames: ['state'] as const,
  registers,
  async collect() {
    this.reset();
    const counts = await readAll(poolSources);
    if (counts.length === 0) return;
    for (const state of ['total', 'idle', 'waiting'] as const)
      this.set(
        { state },
        counts.reduce((sum, c) => sum + c[state], 0),
      );
  },
});

/** Jobs per state of one queue. */
export interface QueueCounts {
  queue: string;
  counts: Record<string, number>;
}

export const queueSources = new Set<ScrapeSource<QueueCounts[]>>();

new Gauge({
  name: 'petition_queue_jobs',
  help: 'Jobs in the queues this process consumes, by queue and state (waiting, active, delayed, failed, …)',
  labelNames: ['queue', 'state'] as const,
  registers,
  async collect() {
    this.reset();
    for (const queues of await readAll(queueSources)) {
      for (const { queue, counts } of queues) for (const [state, count] of Object.entries(counts)) this.set({ queue, state }, count);
    }
  },
});

/** The age of the oldest outbox row not yet relayed (0 when none waits). */
export interface OutboxLag {
  schema: string;
  seconds: number;
}

export const outboxSources = new Set<ScrapeSource<OutboxLag>>();

new Gauge({
  name: 'petition_outbox_lag_seconds',
  help: 'Age of the oldest outbox event not yet relayed to the queues, by service schema (0: none waiting)',
  labelNames: ['schema'] as const,
  registers,
  async collect() {
    this.reset();
    for (const { schema, seconds } of await readAll(outboxSources)) this.set({ schema }, seconds);
  },
});
