import path from 'node:path';
import { ConfigError, portFrom } from '#common/config';
import { readSupergraph } from './supergraph/supergraph-file.js';
import { REPO_ROOT } from './repo-root.js';

export interface QueryLimits {
  /** Deepest field nesting an operation may have. */
  maxDepth: number;
  /** Highest estimated cost (see query-limits.plugin.ts) an operation may have. */
  maxCost: number;
}

/** Injection token of the gateway's settings. */
export const GATEWAY_SETTINGS = Symbol('GATEWAY_SETTINGS');

export interface GatewaySettings {
  port: number;
  supergraphSdl: string;
  /** Runtime URL of each subgraph, by its name in the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  limits: QueryLimits;
  /** The staff console's built files (`vite build` output), served at `/` when present. */
  consoleDir: string;
  /** The citizens' portal's built files, served at `/portal` when present. */
  portalDir: string;
  /**
   * Marks the session cookie `Secure` also on plain-HTTP requests: behind a reverse proxy that
   * terminates TLS the gateway sees http, but the browser must send the cookie over https only.
   */
  secureCookie: boolean;
}

/** Where `npm run build:console` writes the console, relative to the repository root. */
export const DEFAULT_CONSOLE_DIR = path.join(REPO_ROOT, 'apps', 'console', 'dist');

/** Where `npm run build:portal` writes the portal, relative to the repository root. */
export const DEFAULT_PORTAL_DIR = path.join(REPO_ROOT, 'apps', 'portal', 'dist');

const SUBGRAPH_URL_VARIABLES = {
  cases: ['CASES_URL', 'http://127.0.0.1:4001/graphql'],
  meetings: ['MEETINGS_URL', 'http://127.0.0.1:4002/graphql'],
  assessment: ['ASSESSMENT_URL', 'http://127.0.0.1:4003/graphql'],
} as const;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer (got ${raw})`);
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!URL.canParse(value)) throw new ConfigError(`${name} is not a URL (got ${value})`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} must be true or false (got ${raw})`);
}

/** The gateway's settings from the environment, validated so a bad value stops the start. */
export function gatewaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  return {
    port: portFrom(env, 'GATEWAY_PORT', 4000),
    supergraphSdl: readSupergraph(),
    subgraphUrls: Object.fromEntries(Object.entries(SUBGRAPH_URL_VARIABLES).map(([name, [variable, fallback]]) => [name, url(env, variable, fallback)])),
    limits: {
      maxDepth: positiveInteger(env, 'GATEWAY_MAX_DEPTH', 10),
      maxCost: positiveInteger(env, 'GATEWAY_MAX_COST', 5000),
    },
    consoleDir: path.resolve(REPO_ROOT, env.CONSOLE_DIR || DEFAULT_CONSOLE_DIR),
    portalDir: path.resolve(REPO_ROOT, env.PORTAL_DIR || DEFAULT_PORTAL_DIR),
    secureCookie: flag(env, 'SESSION_COOKIE_SECURE'),
  };
}
