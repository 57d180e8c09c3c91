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
}

export const APP_DB_ROLE = 'petition_app';
const DEFAULT_APP_DB_PASSWORD = 'petition_app';

export class ConfigError extends Error {}

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
  const jwtSecret = required(env, 'JWT_SECRET');
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  const piiKey = required(env, 'PII_KEY');
  if (piiKey.length < 32) throw new ConfigError('PII_KEY must be at least 32 characters');
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
