import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#common/testing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUBGRAPHS = ['cases', 'meetings', 'assessment'] as const;
const STARTUP_TIMEOUT_MS = 100_000;
/** The gateway's /metrics opens to this bearer token from any address (tests call it with and without). */
export const METRICS_TOKEN = 'test-metrics-token-0123456789';

/** Ends a child process with SIGTERM (a graceful shutdown) unless it has ended already. */
function terminate(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Ports for one system, below the kernel's ephemeral range (32768 and up), where no outgoing
 * connection is ever given one between our check and the child's bind; each Jest worker draws
 * from a block of its own, so that systems starting side by side never pick the same port.
 */
const PORT_BLOCK = 1000;
let nextPortInBlock = Math.floor(Math.random() * PORT_BLOCK);

export async function freePort(): Promise<number> {
  const base = 20_000 + (Number(process.env.JEST_WORKER_ID ?? 0) % 12) * PORT_BLOCK;
  for (let tries = 0; tries < PORT_BLOCK; tries++) {
    const port = base + (nextPortInBlock++ % PORT_BLOCK);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${base}–${base + PORT_BLOCK - 1}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function waitForHealth(url: string, process: ChildProcess, output: () => string, deadline: number): Promise<void> {
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
 * `stop()` cleans up whatever `start()` got to, also when starting failed or timed out.
 */
export class SystemUnderTest {
  db!: TestDatabase;
  gatewayUrl!: string;
  subgraphUrls!: Record<(typeof SUBGRAPHS)[number], string>;
  /** Each worker's /health and /metrics. */
  workerUrls!: Record<(typeof SUBGRAPHS)[number], string>;
  /** Superuser SQL on this file's database, for checking rows behind the API. */
  admin!: pg.Pool;
  redis!: Redis;
  private readonly children: ChildProcess[] = [];
  private readonly outputs: (() => string)[] = [];
  private readonly workers = new Map<(typeof SUBGRAPHS)[number], ChildProcess>();
  private env: NodeJS.ProcessEnv = {};
  private clockFile: string | null = null;

  /**
   * With `clockStart`, every process reads the time from a file that `setToday` rewrites; `env`
   * adds variables to every process's environment (e.g. `LOG_LEVEL`, an OTLP endpoint).
   */
  constructor(private readonly options: { clockStart?: Date; env?: NodeJS.ProcessEnv } = {}) {}

  /**
   * Moves every process's clock to 09:00 China time of `date`. The file is replaced whole (written
   * beside it, then renamed over it): a process reading it while it was rewritten in place could
   * find it empty and fail whatever it was doing.
   */
  setToday(date: string): void {
    if (!this.clockFile) throw new Error('the system was started without a controllable clock');
    writeFileSync(`${this.clockFile}.next`, `${date}T01:00:00Z`);
    renameSync(`${this.clockFile}.next`, this.clockFile);
  }

  async start(): Promise<void> {
    if (this.options.clockStart) {
      this.clockFile = join(mkdtempSync(join(tmpdir(), 'petition-clock-')), 'now');
      writeFileSync(this.clockFile, this.options.clockStart.toISOString());
    }
    this.db = await createTestDatabase();
    this.admin = new pg.Pool({ connectionString: this.db.adminUrl, max: 2 });
    this.redis = new Redis(this.db.config.redisUrl, { maxRetriesPerRequest: null });
    const ports = { gateway: await freePort(), cases: await freePort(), meetings: await freePort(), assessment: await freePort() };
    const workerPorts = { cases: await freePort(), meetings: await freePort(), assessment: await freePort() };
    this.subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as SystemUnderTest['subgraphUrls'];
    this.workerUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${workerPorts[name]}`])) as SystemUnderTest['workerUrls'];
    this.gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    const env: NodeJS.ProcessEnv = (this.env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: this.db.adminUrl,
      APP_DATABASE_URL: this.db.config.appDatabaseUrl,
      QUEUE_PREFIX: this.db.config.queuePrefix,
      GATEWAY_PORT: String(ports.gateway),
      CASES_PORT: String(ports.cases),
      MEETINGS_PORT: String(ports.meetings),
      ASSESSMENT_PORT: String(ports.assessment),
      CASES_WORKER_PORT: String(workerPorts.cases),
      MEETINGS_WORKER_PORT: String(workerPorts.meetings),
      ASSESSMENT_WORKER_PORT: String(workerPorts.assessment),
      METRICS_TOKEN,
      CASES_URL: `${this.subgraphUrls.cases}/graphql`,
      MEETINGS_URL: `${this.subgraphUrls.meetings}/graphql`,
      ASSESSMENT_URL: `${this.subgraphUrls.assessment}/graphql`,
      // The rating links sent to petitioners point at this system's portal.
      PUBLIC_BASE_URL: this.gatewayUrl,
      ...(this.clockFile ? { CLOCK_FILE: this.clockFile } : {}),
      ...this.options.env,
    });
    const servers = SUBGRAPHS.map((name) => ({ name, ...this.spawn(`${name}/src/main`, env) }));
    const workers = SUBGRAPHS.map((name) => ({ name, ...this.spawn(`${name}/src/main.worker`, env) }));
    for (const worker of workers) this.workers.set(worker.name, worker.child);
    // One deadline for all: the processes start together and share the machine's cores.
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (const server of servers) await waitForHealth(this.subgraphUrls[server.name], server.child, server.output, deadline);
    for (const worker of workers) await waitForHealth(this.workerUrls[worker.name], worker.child, worker.output, deadline);
    const gateway = this.spawn('gateway/src/main', env);
    await waitForHealth(this.gatewayUrl, gateway.child, gateway.output, deadline);
  }

  /**
   * Stops a service's worker process and starts a new one, as an operator restarts it. Returns
   * once the old one has exited and the new one is spawned; what the new one does on starting
   * (consuming, registering its job schedulers) the caller waits for by its effects.
   */
  async restartWorker(service: (typeof SUBGRAPHS)[number]): Promise<void> {
    const worker = this.workers.get(service);
    if (!worker) throw new Error('the system has not been started');
    await terminate(worker);
    this.workers.set(service, this.spawn(`${service}/src/main.worker`, this.env).child);
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await this.admin?.end();
    await this.redis?.quit();
    // Its Redis keys go with it.
    await this.db?.drop();
  }

  /** Runs a built tool (`dist/tools/<name>.js`) against this system, as `npm run up` runs it; resolves with its exit code and output. */
  runTool(name: string, args: string[] = []): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [`dist/tools/${name}.js`, ...args], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.once('error', reject);
      child.once('exit', (code) => resolve({ code, output }));
    });
  }

  /** Everything the processes have written to stdout and stderr so far (tests look for stack traces). */
  logs(): string {
    return this.outputs.map((output) => output()).join('\n');
  }

  private spawn(entry: string, env: NodeJS.ProcessEnv) {
    const child = spawn(process.execPath, [`dist/apps/${entry}.js`], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    this.children.push(child);
    this.outputs.push(() => output);
    return { child, output: () => output };
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
