import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Where a server's CPU went during one load: reads a V8 CPU profile (written with
 * `BENCH_PROFILE_DIR`) and charges each sample inside the load's window to the innermost frame of
 * its stack that belongs to a known cost (encryption, token check, validation, TypeORM, the pg
 * driver, GraphQL, …), in ms per request.
 *
 * `node dist/bench/profile-summary.js <profile> <last-registration.json|last-cases.json> <gateway|direct> [load]`: the
 * `registerCase` load by default, or the first whose name starts with `load` (`cases(filter: { problem`).
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Web Crypto's jobs complete on their own stack, without the caller's frames: jose's token HMAC, for one. */
const CRYPTO_JOBS = 'Node crypto completing a Web Crypto job (no caller on the stack: the token HMAC)';
const NODE_INTERNALS = 'Node.js internals called from no package (socket reads, timers, the HTTP parser)';

/** Cost centres, matched on a frame's script URL and function name; the first that matches wins for that frame. */
const CATEGORIES: { name: string; test: (url: string, fn: string) => boolean }[] = [
  { name: 'idle', test: (_, fn) => fn === '(idle)' },
  { name: 'garbage collection', test: (_, fn) => fn === '(garbage collector)' },
  {
    name: 'PII encryption and hashing (libs/common/src/pii)',
    test: (url) => url.includes('/libs/common/src/pii/'),
  },
  { name: 'token check (libs/common/src/auth, jose)', test: (url) => url.includes('/libs/common/src/auth/') || url.includes('/node_modules/jose/') },
  { name: 'input validation (class-validator, class-transformer)', test: (url) => /\/node_modules\/class-(validator|transformer)\//.test(url) },
  { name: 'TypeORM query building and metadata', test: (url) => url.includes('/node_modules/typeorm/') },
  { name: 'pg driver (protocol, socket writes, parsing rows)', test: (url) => /\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(url) },
  {
    name: 'GraphQL (graphql-js, Apollo Server and subgraph, @nestjs/graphql)',
    test: (url) => /\/node_modules\/(graphql|@apollo\/[a-z-]+|@nestjs\/graphql|@graphql-tools\/[a-z-]+)\//.test(url),
  },
  {
    name: 'HTTP framework (express, body-parser, @nestjs/core)',
    test: (url) => /\/node_modules\/(express|body-parser|router|raw-body|@nestjs\/core|@nestjs\/platform-express)\//.test(url),
  },
  { name: 'BullMQ and Redis client', test: (url) => /\/node_modules\/(bullmq|ioredis)\//.test(url) },
  { name: 'application code (apps/, libs/)', test: (url) => url.includes('/dist/apps/') || url.includes('/dist/libs/') },
  { name: 'other node_modules', test: (url) => url.includes('/node_modules/') },
  { name: CRYPTO_JOBS, test: () => false },
  { name: NODE_INTERNALS, test: () => false },
  { name: 'native and V8 (program, builtins without a script)', test: () => true },
];

export interface ProfileSummary {
  requests: number;
  busyMs: number;
  rows: { category: string; ms: number; msPerRequest: number; share: number }[];
  topFunctions: { frame: string; selfMsPerRequest: number }[];
}

export function summarizeProfile(profile: Profile, windowUs: [number, number], requests: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categoryOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = categoryOf.get(id);
    if (known) return known;
    let name: string | undefined;
    let inNode = false;
    let inCrypto = false;
    for (let at: number | undefined = id; at !== undefined && !name; at = parent.get(at)) {
      const { url, functionName } = byId.get(at)!.callFrame;
      // Builtins and Node's own modules (buffers, sockets, streams, crypto) take the category of their caller:
      // a socket write for pg is pg's cost, a cipher for the PII module is encryption.
      if (!url && !functionName.startsWith('(')) continue;
      if (url.startsWith('node:')) {
        inNode = true;
        inCrypto ||= url.startsWith('node:internal/crypto');
        continue;
      }
      if (functionName === '(root)') break;
      name = CATEGORIES.find((c) => c.test(url, functionName))!.name;
    }
    name ??= inCrypto ? CRYPTO_JOBS : inNode ? NODE_INTERNALS : CATEGORIES.at(-1)!.name;
    categoryOf.set(id, name);
    return name;
  };
  const totals = new Map<string, number>();
  const self = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < windowUs[0] || t > windowUs[1]) continue;
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    const id = profile.samples[i];
    const category = classify(id);
    totals.set(category, (totals.get(category) ?? 0) + ms);
    if (category !== 'idle') self.set(id, (self.get(id) ?? 0) + ms);
  }
  const busyMs = [...totals].filter(([c]) => c !== 'idle').reduce((a, [, v]) => a + v, 0);
  const rows = CATEGORIES.filter((c) => c.name !== 'idle' && totals.has(c.name))
    .map((c) => ({ category: c.name, ms: totals.get(c.name)!, msPerRequest: totals.get(c.name)! / requests, share: totals.get(c.name)! / busyMs }))
    .sort((a, b) => b.ms - a.ms);
  const frames = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`;
    frames.set(frame, (frames.get(frame) ?? 0) + ms);
  }
  const topFunctions = [...frames]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([frame, ms]) => ({ frame, selfMsPerRequest: ms / requests }));
  return { requests, busyMs, rows, topFunctions };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [profileFile, runFile, path = 'direct', load = 'registerCase'] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
  const { caseHttp } = JSON.parse(readFileSync(runFile, 'utf8')) as {
    caseHttp: { runs: { name: string; path: string; windowUs: [number, number]; result: { total: number } }[] };
  };
  const run = caseHttp.runs.find((r) => r.name.startsWith(load) && r.path === path)!;
  const s = summarizeProfile(profile, run.windowUs, run.result.total);
  console.log(`${run.name} via ${path}: ${s.requests} requests, ${(s.busyMs / s.requests).toFixed(2)} ms of sampled CPU per request`);
  console.log('| cost | ms per request | share |\n|---|---:|---:|');
  for (const r of s.rows) console.log(`| ${r.category} | ${r.msPerRequest.toFixed(3)} | ${(100 * r.share).toFixed(1)}% |`);
  console.log('\n| function (self time) | ms per request |\n|---|---:|');
  for (const f of s.topFunctions) console.log(`| \`${f.frame}\` | ${f.selfMsPerRequest.toFixed(3)} |`);
}
