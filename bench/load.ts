import autocannon from 'autocannon';

/**
 * The load generator, run as a child process so that it does not share the event loop of the
 * server it measures. Reads its options as JSON from argv[2] and prints autocannon's figures as
 * JSON on stdout. A response counts as a mismatch unless it is a GraphQL answer without errors
 * that contains `expect`.
 */
interface LoadOptions {
  url: string;
  body: string;
  token: string;
  expect: string;
  connections: number;
  durationSeconds: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const result = await autocannon({
  url: options.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
  body: options.body,
  connections: options.connections,
  duration: options.durationSeconds,
  verifyBody: (raw) => {
    const body = String(raw ?? '');
    return !body.includes('"errors"') && body.includes(options.expect);
  },
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    latency: { mean: result.latency.average, p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    durationSeconds: result.duration,
  }),
);
