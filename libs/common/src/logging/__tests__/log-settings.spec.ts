import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { ConfigError } from '../../config/index.js';
import { httpLoggerOptions, logDestination, loggerOptions, logSettingsFrom, type LogSettings } from '../log-settings.js';
import { requestLogFields } from '../log-fields.plugin.js';
import { Role } from '../../auth/roles.js';

/** A stream that keeps what pino writes, one entry per line. */
function capture(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

const JSON_INFO: LogSettings = { format: 'json', level: 'info' };

describe('LOG_FORMAT and LOG_LEVEL', () => {
  it('default to JSON lines at info', () => {
    expect(logSettingsFrom({})).toEqual({ format: 'json', level: 'info' });
    expect(logSettingsFrom({ LOG_FORMAT: '', LOG_LEVEL: '' })).toEqual({ format: 'json', level: 'info' });
  });

  it('take pretty and any pino level, and refuse anything else as a configuration error', () => {
    expect(logSettingsFrom({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'warn' })).toEqual({ format: 'pretty', level: 'warn' });
    expect(logSettingsFrom({ LOG_LEVEL: 'silent' }).level).toBe('silent');
    expect(() => logSettingsFrom({ LOG_FORMAT: 'text' })).toThrow(ConfigError);
    expect(() => logSettingsFrom({ LOG_LEVEL: 'verbose' })).toThrow(ConfigError);
  });

  it('writes JSON to stdout as pino does, and readable text through pino-pretty when pretty', async () => {
    expect(logDestination(JSON_INFO)).toBeUndefined();
    const out = new PassThrough();
    const written = new Promise<Buffer>((resolve) => out.once('data', resolve));
    const logger = pino(loggerOptions({ format: 'pretty', level: 'info' }), logDestination({ format: 'pretty', level: 'info' }, out));
    logger.info({ requestId: 'r-1' }, 'listening on 127.0.0.1:4001');
    const text = (await written).toString();
    expect(text).toContain('listening on 127.0.0.1:4001');
    expect(text).toContain('requestId: "r-1"');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('filters by level', () => {
    const { stream, lines } = capture();
    const logger = pino(loggerOptions({ format: 'json', level: 'warn' }), stream);
    logger.info('not shown');
    logger.warn('shown');
    expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 'warn', msg: 'shown', time: expect.any(String) })]);
  });
});

describe('redaction', () => {
  it('censors credentials in headers and a person’s data wherever a line carries them', () => {
    const { stream, lines } = capture();
    const logger = pino(loggerOptions(JSON_INFO), stream);
    logger.info({
      req: { headers: { authorization: 'Bearer eyJ.secret', cookie: 'petition_session=abc', host: 'example' } },
      res: { headers: { 'set-cookie': 'petition_session=abc' } },
      password: 'Demo@2026',
      input: { password: 'Demo@2026', idNumber: '11010519491231002X', phone: '13900139077', name: '孙某' },
      variables: { any: 'thing' },
    });
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', host: 'example' } },
      res: { headers: { 'set-cookie': '[redacted]' } },
      password: '[redacted]',
      input: { password: '[redacted]', idNumber: '[redacted]', phone: '[redacted]' },
      variables: '[redacted]',
    });
    expect(lines[0]).not.toMatch(/eyJ|abc|Demo@2026|11010519491231002X|13900139077/);
  });
});

describe('the access log', () => {
  const { stream, lines } = capture();
  const middleware = pinoHttp({ ...httpLoggerOptions(JSON_INFO), stream } as never);
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => middleware(req, res, () => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string>) =>
    new Promise<IncomingHttpHeaders>((resolve, reject) => {
      request({ port, path, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.headers));
      })
        .on('error', reject)
        .end();
    });

  it('binds the caller’s id, answers it, and logs method, path and status without headers or query', async () => {
    const headers = await get('/graphql?query=%7Bme%7D&variables=%7B%22phone%22%3A%2213900139077%22%7D', {
      'x-request-id': 'access-1',
      authorization: 'Bearer eyJ.secret',
      cookie: 'petition_session=abc',
    });
    expect(headers['x-request-id']).toBe('access-1');
    const line = JSON.parse(lines.at(-1)!);
    expect(line).toMatchObject({
      level: 'info',
      requestId: 'access-1',
      req: { method: 'GET', url: '/graphql' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(lines.at(-1)).not.toMatch(/eyJ|abc|13900139077|query=/);
  });

  it('does not log health and metrics probes', async () => {
    const before = lines.length;
    await get('/health', {});
    await get('/metrics', {});
    expect(lines.length).toBe(before);
  });
});

describe('the fields of a request’s lines', () => {
  const auth = {
    userId: 'u-1',
    username: 'jj.registrar',
    tenantId: 't-1',
    tenantPath: '510000.510100.510104',
    unitId: 'unit-1',
    roles: [Role.REGISTRAR],
    requestId: 'r-1',
  };

  it('name the caller’s tenant and user and the operation, nothing else of the caller', () => {
    expect(requestLogFields(auth, 'RegisterCase')).toEqual({
      tenantId: 't-1',
      tenantPath: '510000.510100.510104',
      userId: 'u-1',
      username: 'jj.registrar',
      operationName: 'RegisterCase',
    });
  });

  it('name only the operation before a caller has signed in, and nothing for an anonymous operation', () => {
    expect(requestLogFields(null, 'Login')).toEqual({ operationName: 'Login' });
    expect(requestLogFields(null, null)).toEqual({});
  });
});
