// `npm run up`: installs dependencies if needed, finds or starts PostgreSQL and Redis, builds,
// migrates and seeds, then runs every service process with prefixed logs until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {
  BootstrapError,
  applyDevSecrets,
  ensureDependencies,
  frontEndBuildEnv,
  isPortFree,
  onShutdownSignal,
  printError,
  repoRoot,
  runInherited,
  sleep,
  stopForeground,
  terminate,
} from './lib/common.mjs';

const SUBGRAPHS = ['cases', 'meetings', 'assessment'];
const DEMO_ACCOUNTS = path.join(repoRoot, 'test', 'fixtures', 'demo-accounts.json');

const log = (message) => console.log(`[up] ${message}`);
const children = new Map(); // long-running processes by name
let services;
let shuttingDown = false;

onShutdownSignal(() => shutdown(0));

main().catch((err) => {
  if (shuttingDown) return;
  printError(err);
  shutdown(1);
});

async function main() {
  const startedAt = Date.now();
  const ports = readPorts();
  await assertPortsFree(ports);
  await ensureDependencies({ log });

  // Loaded only now: it needs pg and ioredis from node_modules.
  const { ensureServices } = await import('./lib/services.mjs');
  services = await ensureServices({ log });

  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'development',
    // A person at a terminal reads lines; anything else (a file, a collector) gets JSON.
    LOG_FORMAT: process.env.LOG_FORMAT || (process.stdout.isTTY ? 'pretty' : 'json'),
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    ...Object.fromEntries(Object.values(ports).map(({ variable, port }) => [variable, String(port)])),
  };
  applyDevSecrets(env, { warn: (message) => console.warn(`[up] ${message}`) });

  await step('build', 'npm', ['run', 'build'], env);
  await step('build console', 'npm', ['run', 'build:console'], frontEndBuildEnv(env));
  await step('build portal', 'npm', ['run', 'build:portal'], frontEndBuildEnv(env));
  await step('migrate', process.execPath, ['dist/tools/migrate.js'], env);
  await step('seed', process.execPath, ['dist/tools/seed.js', '--demo-cases'], env);

  const entry = (app, file) => `dist/apps/${app}/src/${file}`;
  const entries = [...SUBGRAPHS.flatMap((app) => [entry(app, 'main.js'), entry(app, 'main.worker.js')]), entry('gateway', 'main.js')];
  const missing = entries.find((file) => !existsSync(path.join(repoRoot, file)));
  if (missing) throw new BootstrapError(`${missing} does not exist; the build did not emit it`);

  await assertPortsFree(ports);
  for (const app of SUBGRAPHS) {
    startProcess(app, entry(app, 'main.js'), env);
    startProcess(`${app}-worker`, entry(app, 'main.worker.js'), env);
  }
  await Promise.all(SUBGRAPHS.flatMap((app) => [waitForHealth(app, ports[app].port), waitForHealth(`${app}-worker`, ports[`${app}-worker`].port)]));

  startProcess('gateway', entry('gateway', 'main.js'), {
    ...env,
    ...Object.fromEntries(SUBGRAPHS.map((app) => [`${app.toUpperCase()}_URL`, `http://127.0.0.1:${ports[app].port}/graphql`])),
  });
  await waitForHealth('gateway', ports.gateway.port);
  // Conferences, meetings, tasks and a published assessment, made through the API as the demo users.
  await step('demo activity', process.execPath, ['dist/tools/demo-activity.js'], { ...env, GATEWAY_URL: `http://127.0.0.1:${ports.gateway.port}` });

  printBanner(ports, startedAt);
}

function readPorts() {
  const read = (variable, fallback) => {
    const raw = process.env[variable];
    const port = raw ? Number(raw) : fallback;
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new BootstrapError(`${variable}=${raw} is not a valid port`);
    return { variable, port };
  };
  const gateway = read('GATEWAY_PORT', 4000);
  const ports = {
    gateway,
    cases: read('CASES_PORT', 4001),
    meetings: read('MEETINGS_PORT', 4002),
    assessment: read('ASSESSMENT_PORT', 4003),
    // Each worker's /health and /metrics; the same defaults as the workers' own.
    'cases-worker': read('CASES_WORKER_PORT', gateway.port + 11),
    'meetings-worker': read('MEETINGS_WORKER_PORT', gateway.port + 12),
    'assessment-worker': read('ASSESSMENT_WORKER_PORT', gateway.port + 13),
  };
  const values = Object.values(ports).map(({ port }) => port);
  if (new Set(values).size !== values.length) {
    throw new BootstrapError(
      `${Object.values(ports)
        .map(({ variable }) => variable)
        .join(', ')} must differ (got ${values.join(', ')})`,
    );
  }
  return ports;
}

async function assertPortsFree(ports) {
  for (const { variable, port } of Object.values(ports)) {
    if (!(await isPortFree(port))) {
      throw new BootstrapError(`port ${port} (${variable}) is already in use; stop whatever listens on it or set ${variable}`);
    }
  }
}

/** Stops main() from starting anything once shutdown has begun. */
function assertNotShuttingDown() {
  if (shuttingDown) throw new BootstrapError('shutting down');
}

async function step(name, command, args, env) {
  assertNotShuttingDown();
  log(`${name}: ${path.basename(command)} ${args.join(' ')}`);
  const code = await runInherited(command, args, { env });
  assertNotShuttingDown();
  if (code !== 0) throw new BootstrapError(`${name} failed (exit code ${code})`);
}

function startProcess(name, entry, env) {
  assertNotShuttingDown();
  const child = spawn(process.execPath, [entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(name, child);
  const prefix = colourPrefix(name);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix} ${line}\n`));
  }
  const onEnd = (reason) => {
    if (children.get(name) !== child) return;
    children.delete(name);
    if (shuttingDown) return;
    console.error(`error: ${name} exited unexpectedly (${reason})`);
    shutdown(1);
  };
  child.once('error', (err) => onEnd(err.message));
  child.once('exit', (code, signal) => onEnd(code !== null ? `exit code ${code}` : `signal ${signal}`));
}

async function waitForHealth(name, port, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    assertNotShuttingDown();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new BootstrapError(`${name} did not answer GET http://127.0.0.1:${port}/health with 200 within ${timeoutMs / 1000}s`);
    }
    await sleep(500);
  }
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (code === 0) log('stopping');
  await stopForeground();
  await Promise.all([...children.values()].map((child) => terminate(child, 'SIGTERM', 10_000)));
  await services?.stop();
  process.exit(code);
}

function printBanner(ports, startedAt) {
  const base = `http://localhost:${ports.gateway.port}`;
  const lines = [
    '',
    `Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)}s.`,
    `  Console:   ${base}/   (log in as e.g. jj.registrar / Demo@2026)`,
    `  Portal:    ${base}/portal   (网上信访: a citizen submits and follows a petition, no login)`,
    `  GraphQL:   ${base}/graphql`,
    `  GraphiQL:  ${base}/graphiql`,
    `  Metrics:   ${base}/metrics, and the workers' /health and /metrics on ${SUBGRAPHS.map((app) => `${ports[`${app}-worker`].port} (${app})`).join(', ')}`,
  ];
  const accounts = readDemoAccounts();
  if (accounts.length > 0) {
    lines.push('', '  Demo accounts:');
    const rows = [
      ['username', 'password', 'tenant', 'tenant name', 'unit', 'roles'],
      ...accounts.map((a) => [a.username, a.password, a.tenantCode, a.tenantName, a.unitName, [a.roles ?? []].flat().join(', ')]),
    ].map((row) => row.map((cell) => String(cell ?? '')));
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i]))));
    for (const row of rows) {
      lines.push(
        `    ${row
          .map((cell, i) => cell + ' '.repeat(widths[i] - displayWidth(cell)))
          .join('  ')
          .trimEnd()}`,
      );
    }
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

function readDemoAccounts() {
  try {
    const accounts = JSON.parse(readFileSync(DEMO_ACCOUNTS, 'utf8'));
    return Array.isArray(accounts) ? accounts : [];
  } catch {
    return [];
  }
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  }
  return width;
}

const COLOURS = [36, 32, 33, 35, 34, 96, 92];
const PREFIX_WIDTH = Math.max(...SUBGRAPHS.map((app) => `${app}-worker`.length), 'gateway'.length) + 2;
let nextColour = 0;

function colourPrefix(name) {
  const label = `[${name}]`.padEnd(PREFIX_WIDTH);
  if (!process.stdout.isTTY || process.env.NO_COLOR) return label;
  return `\x1b[${COLOURS[nextColour++ % COLOURS.length]}m${label}\x1b[0m`;
}
