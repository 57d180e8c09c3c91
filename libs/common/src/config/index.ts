import path from 'node:path';

/**
 * Process configuration, read once from the environment and validated at start so that a
 * misconfigured process refuses to boot instead of failing on its first request.
 */
export interface AppConfig {
  /** Administrative connection: migrations, test databases. Never used by request handling. */
  databaseUrl: string;
  /** The services' own login role, which owns no table and is subject to row-level security. */
  appDatabaseUrl: string;
  redisUrl: string;
  jwtSecret: Uint8Array;
  jwtTtlSeconds: number;
  piiKey: Buffer;
  /** BullMQ key prefix: deployments (and test files) sharing one Redis never see each other's jobs. */
  queuePrefix: string;
  /** `CLOCK_START`: the services' clock starts at this instant (demos, end-to-end tests). */
  clockStart: Date | null;
  /** `CLOCK_FILE`: the services read the time from this file (end-to-end tests move it). */
  clockFile: string | null;
  login: LoginSecurity;
  /** How long a process trusts what it read of a user's token version (revocation window elsewhere). */
  tokenStateCacheMs: number;
  /** Recurring statements go as named prepared statements (off behind a pooler that cannot keep them). */
  preparedStatements: boolean;
  /**
   * Proxies in front of the gateway whose `X-Forwarded-For` entry the gateway believes (0: the
   * socket's address is the client's). Only the gateway reads it: subgraphs never believe it.
   */
  trustedProxyHops: number;
  /** `FILES_DIR`: where uploaded files and their like are kept on the local disk. */
  filesDir: string;
  portal: PortalLimits;
}

/** The public portal's limits (网上信访): counters in Redis, shared by every instance of the cases service. */
export interface PortalLimits {
  /** Submissions from one address within an hour before each further one needs a captcha. */
  submissionsPerHourWithoutCaptcha: number;
  /** Submissions from one address within a day, then refused. */
  submissionsPerAddressPerDay: number;
  /** Submissions with one ID number within a day, then refused. */
  submissionsPerIdNumberPerDay: number;
  /** Wrong query code / ID tail pairs from one address within an hour, then refused for the hour. */
  statusFailuresPerHour: number;
  /** Largest attachment, in bytes. */
  maxFileBytes: number;
}

/** Login throttling: counters in Redis, shared by every instance of the cases service. */
export interface LoginSecurity {
  /** Consecutive failures of one username that lock it. */
  maxFailures: number;
  /** How long a locked username stays locked; also the window the failures are counted in. */
  lockSeconds: number;
  /** Failures from one source address within the window after which it is refused. */
  addressMaxFailures: number;
  addressWindowSeconds: number;
}

export const APP_DB_ROLE = 'petition_app';
const DEFAULT_APP_DB_PASSWORD = 'petition_app';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Deployments must bring their own keys: these are the prefixes of the ones in the repository. */
const REPOSITORY_KEY_PREFIXES = ['dev-only-', 'test-only-'];
const MIN_KEY_LENGTH = 32;

/**
 * Development and tests (`NODE_ENV` unset, `development` or `test`) accept the repository's keys;
 * anything else is a deployment and must not, since anyone can read them and sign tokens.
 */
export function isDeployment(env: NodeJS.ProcessEnv): boolean {
  const mode = env.NODE_ENV ?? '';
  return mode !== '' && mode !== 'development' && mode !== 'test';
}

function key(env: NodeJS.ProcessEnv, name: 'JWT_SECRET' | 'PII_KEY'): string {
  const value = env[name];
  const deployment = isDeployment(env);
  if (!value) {
    throw new ConfigError(
      deployment
        ? `${name} is not set; NODE_ENV=${env.NODE_ENV} needs a secret of its own (at least ${MIN_KEY_LENGTH} characters)`
        : `missing environment variable ${name}`,
    );
  }
  if (value.length < MIN_KEY_LENGTH) throw new ConfigError(`${name} must be at least ${MIN_KEY_LENGTH} characters`);
  if (deployment && REPOSITORY_KEY_PREFIXES.some((prefix) => value.startsWith(prefix))) {
    throw new ConfigError(`${name} is a development key from the repository; NODE_ENV=${env.NODE_ENV} needs a secret of its own`);
  }
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'on' && raw !== 'off') throw new ConfigError(`${name} must be on or off (got ${raw})`);
  return raw === 'on';
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer of at least ${min} (got ${raw})`);
  return value;
}

/**
 * Prints a configuration error as one line and exits, instead of Node's report of an uncaught
 * error with its stack. Each process calls it first, before its configuration is read.
 */
export function exitOnConfigError(): void {
  process.on('uncaughtException', (error) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    // Anything else as Node reports it without a listener.
    console.error(error);
    process.exit(1);
  });
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`missing environment variable ${name}`);
  return value;
}

/** The app role's URL: the admin URL with the app role's credentials, unless given explicitly. */
export function appDatabaseUrlFrom(adminUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.APP_DATABASE_URL) return env.APP_DATABASE_URL;
  const url = new URL(adminUrl);
  url.username = APP_DB_ROLE;
  url.password = env.APP_DB_PASSWORD ?? DEFAULT_APP_DB_PASSWORD;
  return url.toString();
}

export function appDbPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.APP_DB_PASSWORD ?? DEFAULT_APP_DB_PASSWORD;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = required(env, 'DATABASE_URL');
  const jwtSecret = key(env, 'JWT_SECRET');
  const piiKey = key(env, 'PII_KEY');
  if (isDeployment(env) && jwtSecret === piiKey) throw new ConfigError('JWT_SECRET and PII_KEY must differ');
  const lockSeconds = positiveInteger(env, 'LOGIN_LOCK_SECONDS', 15 * 60);
  return {
    databaseUrl,
    appDatabaseUrl: appDatabaseUrlFrom(databaseUrl, env),
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    jwtSecret: new TextEncoder().encode(jwtSecret),
    jwtTtlSeconds: Number(env.JWT_TTL_SECONDS ?? 8 * 3600),
    piiKey: Buffer.from(piiKey, 'utf8'),
    queuePrefix: env.QUEUE_PREFIX ?? 'petition',
    clockStart: clockStartFrom(env.CLOCK_START),
    clockFile: env.CLOCK_FILE || null,
    login: {
      maxFailures: positiveInteger(env, 'LOGIN_MAX_FAILURES', 5),
      lockSeconds,
      addressMaxFailures: positiveInteger(env, 'LOGIN_ADDRESS_MAX_FAILURES', 30),
      addressWindowSeconds: positiveInteger(env, 'LOGIN_ADDRESS_WINDOW_SECONDS', 15 * 60),
    },
    tokenStateCacheMs: positiveInteger(env, 'TOKEN_STATE_CACHE_SECONDS', 5) * 1000,
    preparedStatements: onOff(env, 'DATABASE_PREPARED_STATEMENTS', true),
    trustedProxyHops: positiveInteger(env, 'TRUSTED_PROXY_HOPS', 0, 0),
    filesDir: path.resolve(env.FILES_DIR || path.join('.data', 'files')),
    portal: {
      submissionsPerHourWithoutCaptcha: positiveInteger(env, 'PORTAL_SUBMISSIONS_PER_HOUR', 5),
      submissionsPerAddressPerDay: positiveInteger(env, 'PORTAL_SUBMISSIONS_PER_DAY', 20),
      submissionsPerIdNumberPerDay: positiveInteger(env, 'PORTAL_SUBMISSIONS_PER_ID_PER_DAY', 3),
      statusFailuresPerHour: positiveInteger(env, 'PORTAL_STATUS_FAILURES_PER_HOUR', 20),
      maxFileBytes: positiveInteger(env, 'PORTAL_MAX_FILE_BYTES', 10 * 1024 * 1024),
    },
  };
}

function clockStartFrom(raw: string | undefined): Date | null {
  if (!raw) return null;
  const start = new Date(raw);
  if (Number.isNaN(start.getTime())) throw new ConfigError(`CLOCK_START is not an ISO 8601 instant: ${raw}`);
  return start;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  return raw === undefined ? fallback : Number(raw);
}
