import 'reflect-metadata';
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '#common/config';
import { TokenService } from '#common/auth';
import { CasesModule } from '../apps/cases/src/cases.module.js';
import { now, summarize, type Summary } from './stats.js';
import type { User } from './rls.js';

/** The cases subgraph in this process, on an ephemeral loopback port. */
export interface RunningSubgraph {
  url: string;
  app: INestApplication;
  token(user: User): Promise<string>;
  close(): Promise<void>;
}

export async function startCasesSubgraph(config: AppConfig): Promise<RunningSubgraph> {
  const app = await NestFactory.create(CasesModule.forRoot({ config }), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const tokens = app.get(TokenService);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    app,
    token: (user) =>
      tokens.sign({ userId: user.id, username: user.username, tenantId: user.tenantId, tenantPath: user.tenantPath, unitId: user.unitId, roles: user.roles }),
    close: () => app.close(),
  };
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T = unknown>(url: string, query: string, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  latency: { mean: number; p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  durationSeconds: number;
}

/** Drives one query with autocannon in a child process: `connections` in flight for `durationSeconds`. */
export function load(options: {
  url: string;
  query: string;
  token: string;
  expect: string;
  connections: number;
  durationSeconds: number;
}): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./load.js', import.meta.url));
  const args = JSON.stringify({ ...options, body: JSON.stringify({ query: options.query }), query: undefined });
  return new Promise((resolve, reject) => {
    const child = fork(script, [args], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    const limit = setTimeout(() => child.kill('SIGKILL'), (options.durationSeconds + 30) * 1000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(limit);
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try {
        resolve(JSON.parse(out) as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

export interface LoginResult {
  sequential: Summary;
  burst: { logins: number; concurrency: number; seconds: number; perSecond: number; latency: Summary };
}

/** `count` logins one after another, then `count` more with `concurrency` in flight. */
/** Logins in sequence as the first user, then with one lane in flight per user. */
export async function measureLogins(url: string, usernames: readonly string[], password: string, count: number): Promise<LoginResult> {
  const once = async (username: string) => {
    const mutation = `mutation { login(username: ${JSON.stringify(username)}, password: ${JSON.stringify(password)}) { accessToken } }`;
    const t0 = now();
    const answer = await graphql<{ login: { accessToken: string } }>(url, mutation);
    const elapsed = now() - t0;
    if (!answer.data?.login.accessToken) throw new Error(`login failed: ${JSON.stringify(answer.errors)}`);
    return elapsed;
  };
  await once(usernames[0]); // warm-up
  const sequential: number[] = [];
  for (let i = 0; i < count; i++) sequential.push(await once(usernames[0]));

  const burst: number[] = [];
  let next = 0;
  const concurrency = usernames.length;
  const started = now();
  await Promise.all(
    usernames.map(async (username) => {
      while (next < count) {
        next++;
        burst.push(await once(username));
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  return {
    sequential: summarize(sequential),
    burst: { logins: burst.length, concurrency, seconds, perSecond: burst.length / seconds, latency: summarize(burst) },
  };
}
