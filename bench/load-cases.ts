import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { residentIdCheckChar } from '#common/pii';

/**
 * The load generator of the case benchmark, a child process like bench/load.ts, with two
 * differences: each `registerCase` request carries a different valid registration (its own
 * petitioner, ID number, phone and title), and every response's latency is recorded, so that the
 * p95 the brief asks for is exact (autocannon's summary has p90 and p97.5, not p95).
 */
export interface CaseLoadOptions {
  url: string;
  token: string;
  connections: number;
  durationSeconds: number;
  /** A fixed query (lists), or registrations generated from `register`. */
  query?: string;
  register?: { categoryIds: string[]; jurisdictionIds: string[]; addressCode: string; offset: number };
  /** A response is right when it has no `errors` and contains this. */
  expect: string;
}

export interface CaseLoadResult {
  total: number;
  requestsPerSecond: number;
  latency: { mean: number; p50: number; p95: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  durationSeconds: number;
  /** CPU time the load generator itself used (user + system), in ms. */
  cpuMs: number;
}

export const REGISTER_MUTATION = 'mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { id } }';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平'];
const CHANNELS = ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'ONLINE', 'HOTLINE'];
const KINDS = ['CLAIM', 'CLAIM', 'CLAIM', 'CLAIM', 'ACCUSATION', 'SUGGESTION'];

/** The `n`-th registration: a new petitioner with a GB 11643-valid number (unique birth date per n). */
export function registration(options: NonNullable<CaseLoadOptions['register']>, n: number) {
  const birth = new Date(Date.UTC(1950, 0, 1) + ((n * 7919) % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const body = `${options.addressCode}${birth}${String(900 + (Math.floor(n / 20000) % 100)).padStart(3, '0')}`;
  const name = SURNAMES[n % SURNAMES.length] + GIVEN[Math.floor(n / 7) % GIVEN.length] + GIVEN[Math.floor(n / 131) % GIVEN.length];
  return {
    channel: CHANNELS[n % CHANNELS.length],
    kind: KINDS[n % KINDS.length],
    categoryId: options.categoryIds[n % options.categoryIds.length],
    title: `负载测试登记第${n}号：反映物业服务问题`,
    content: `信访人${name}反映小区物业服务不到位、公共收益不公开等问题（负载测试第${n}件），请求协调解决。`,
    problemJurisdictionId: options.jurisdictionIds[n % options.jurisdictionIds.length],
    petitioners: [
      {
        name,
        idNumber: body + residentIdCheckChar(body),
        phone: `19${String((n * 7919) % 1_000_000_000).padStart(9, '0')}`,
        address: `负载测试小区${n % 97}栋${n % 31}号`,
        representative: false,
      },
    ],
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

// Runs only as the forked load generator, not when run.ts imports `registration`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = JSON.parse(process.argv[2]) as CaseLoadOptions;
  let n = options.register?.offset ?? 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
            setupRequest: (request) => ({
              ...request,
              body: options.register
                ? JSON.stringify({ query: REGISTER_MUTATION, variables: { input: registration(options.register, n++) } })
                : JSON.stringify({ query: options.query }),
            }),
          },
        ],
        verifyBody: (raw) => {
          const body = String(raw ?? '');
          return !body.includes('"errors"') && body.includes(options.expect);
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const usage = process.cpuUsage();
  const out: CaseLoadResult = {
    total: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    latency: {
      mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    durationSeconds: result.duration,
    cpuMs: (usage.user + usage.system) / 1000,
  };
  process.stdout.write(JSON.stringify(out));
}
