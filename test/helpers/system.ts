import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#common/testing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUBGRAPHS = ['cases', 'meetings', 'assessment'] as const;

export interface RunningSystem {
  db: TestDatabase;
  gatewayUrl: string;
  subgraphUrls: Record<(typeof SUBGRAPHS)[number], string>;
  /** Superuser SQL on this file's database, for checking rows behind the API. */
  admin: pg.Pool;
  redis: Redis;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, process: ChildProcess, output: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`${url} exited with ${process.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become healthy:\n${output()}`);
}

/**
 * The whole system as `npm run up` runs it — the built gateway, three subgraphs and their
 * workers as separate processes — on a database and a queue prefix of this test file's own.
 */
export async function startSystem(): Promise<RunningSystem> {
  const db = await createTestDatabase();
  const ports = { gateway: await freePort(), cases: await freePort(), meetings: await freePort(), assessment: await freePort() };
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as RunningSystem['subgraphUrls'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: db.adminUrl,
    APP_DATABASE_URL: db.config.appDatabaseUrl,
    QUEUE_PREFIX: db.config.queuePrefix,
    GATEWAY_PORT: String(ports.gateway),
    CASES_PORT: String(ports.cases),
    MEETINGS_PORT: String(ports.meetings),
    ASSESSMENT_PORT: String(ports.assessment),
    CASES_URL: `${subgraphUrls.cases}/graphql`,
    MEETINGS_URL: `${subgraphUrls.meetings}/graphql`,
    ASSESSMENT_URL: `${subgraphUrls.assessment}/graphql`,
  };
  const children: ChildProcess[] = [];
  const start = (entry: string) => {
    const child = spawn(process.execPath, [`dist/apps/${entry}.js`], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    children.push(child);
    return { child, output: () => output };
  };

  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };

  try {
    const servers = SUBGRAPHS.map((name) => ({ name, ...start(`${name}/src/main`) }));
    for (const name of SUBGRAPHS) start(`${name}/src/main.worker`);
    for (const server of servers) await waitForHealth(subgraphUrls[server.name], server.child, server.output);
    const gateway = start('gateway/src/main');
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    await waitForHealth(gatewayUrl, gateway.child, gateway.output);
    const admin = new pg.Pool({ connectionString: db.adminUrl, max: 2 });
    const redis = new Redis(db.config.redisUrl, { maxRetriesPerRequest: null });
    return {
      db,
      gatewayUrl,
      subgraphUrls,
      admin,
      redis,
      async stop() {
        await stop();
        await admin.end();
        const keys = await redis.keys(`${db.config.queuePrefix}:*`);
        if (keys.length) await redis.del(...keys);
        await redis.quit();
        await db.drop();
      },
    };
  } catch (error) {
    await stop();
    await db.drop();
    throw error;
  }
}

/** Polls until `condition` holds; the workers are separate processes. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
