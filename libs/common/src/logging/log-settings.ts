import { stdSerializers, stdTimeFunctions, type DestinationStream, type LevelWithSilent, type LoggerOptions } from 'pino';
import type { Options } from 'pino-http';
import type pinoPretty from 'pino-pretty';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import type { Params } from 'nestjs-pino';
import { ConfigError } from '../config/index.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  format: LogFormat;
  level: LevelWithSilent;
}

const FORMATS: readonly LogFormat[] = ['json', 'pretty'];
const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** `LOG_FORMAT` (json, the default, or pretty for a person at a terminal) and `LOG_LEVEL` (default info). */
export function logSettingsFrom(env: NodeJS.ProcessEnv): LogSettings {
  const format = (env.LOG_FORMAT || 'json') as LogFormat;
  if (!FORMATS.includes(format)) throw new ConfigError(`LOG_FORMAT=${env.LOG_FORMAT} is not one of ${FORMATS.join(', ')}`);
  const level = (env.LOG_LEVEL || 'info') as LevelWithSilent;
  if (!LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL=${env.LOG_LEVEL} is not one of ${LEVELS.join(', ')}`);
  return { format, level };
}

/**
 * Paths pino replaces with `[redacted]` wherever a line carries them: credentials in headers, and
 * what a request or an event may carry of a person (a safety net: bodies, variables and payloads
 * are not logged in the first place).
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'password',
  '*.password',
  'token',
  '*.token',
  'variables',
  '*.variables',
  'idNumber',
  '*.idNumber',
  'phone',
  '*.phone',
];

const PROBE_PATHS: ReadonlySet<string> = new Set(['/health', '/metrics']);

/** The request as the access line shows it: method and path, never the query string (GET operations carry variables there). */
function requestSummary(req: IncomingMessage): { method?: string; url?: string } {
  return { method: req.method, url: req.url?.split('?')[0] };
}

function responseSummary(res: ServerResponse): { statusCode: number } {
  return { statusCode: res.statusCode };
}

/** pino's options shared by every process: ISO time, level names, redaction. */
export function loggerOptions(settings: LogSettings): LoggerOptions {
  return {
    level: settings.level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: { err: stdSerializers.err },
  };
}

/**
 * pino-http's options: the request id is the caller's sane `x-request-id` or a new UUID, bound to
 * every line of the request as `requestId` and answered in the response header; the access line
 * carries method, path, status and duration, nothing of headers or body.
 */
export function httpLoggerOptions(settings: LogSettings): Options<IncomingMessage, ServerResponse> {
  return {
    ...loggerOptions(settings),
    genReqId: (req, res) => {
      const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Probes ask every few seconds; their lines would bury the requests.
    autoLogging: { ignore: (req) => PROBE_PATHS.has(req.url?.split('?')[0] ?? '') },
    quietReqLogger: true,
    serializers: { err: stdSerializers.err, req: requestSummary, res: responseSummary },
    wrapSerializers: false,
    // A failure the API answers as such (4xx) is the caller's; only 5xx are errors of ours.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  };
}

/** Where lines go: stdout as JSON (pino's own fast path), or through pino-pretty for a person reading a terminal. */
export function logDestination(settings: LogSettings, out: NodeJS.WritableStream = process.stdout): DestinationStream | undefined {
  if (settings.format === 'json') return undefined;
  // Loaded only here: a service logging JSON, as deployed, never needs it.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof pinoPretty;
  return pretty({ destination: out, colorize: out === process.stdout && process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/**
 * nestjs-pino's parameters for a process; `service` names it on every line. The first logger built
 * in a process (the one `serviceLogger` makes before the application) is the one all share.
 */
export function loggerParams(settings: LogSettings, service?: string): Params {
  const options = { ...httpLoggerOptions(settings), ...(service ? { base: { pid: process.pid, hostname: hostname(), service } } : {}) };
  const destination = logDestination(settings);
  // assignResponse: the tenant, user and operation assigned during a request reach its access line too.
  return { pinoHttp: destination ? [options, destination] : options, assignResponse: true };
}
