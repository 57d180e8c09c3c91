import { createServer, type AddressInfo, type Server, type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../../config/index.js';
import { PlatformModule } from '../../platform/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/index.js';
import { WorkerHttpModule } from '../index.js';

/** A TCP relay to a server, which a test can cut (every connection dropped, new ones refused) and restore. */
class TcpRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** A URL like `url` that goes through the relay. */
  via(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }
}

const targetOf = (url: string) => {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port) };
};

@Module({})
class WorkerShell {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerShell,
      imports: [PlatformModule.forService({ database: { name: 'cases', entities: [], migrations: [] }, config }), WorkerHttpModule],
    };
  }
}

describe("a worker's /health", () => {
  let db: TestDatabase;
  let database: TcpRelay;
  let redis: TcpRelay;
  let app: NestExpressApplication;
  let url: string;

  const health = async () => {
    const response = await fetch(`${url}/health`);
    return { status: response.status, body: (await response.json()) as { details: Record<string, { status: string }> } };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    database = new TcpRelay(targetOf(db.config.appDatabaseUrl));
    redis = new TcpRelay(targetOf(db.config.redisUrl.replace(/^redis:/, 'http:')));
    await Promise.all([database.open(), redis.open()]);
    const config = { ...db.config, appDatabaseUrl: database.via(db.config.appDatabaseUrl), redisUrl: redis.via(db.config.redisUrl) };
    app = await NestFactory.create<NestExpressApplication>(WorkerShell.register(config), { logger: false, bodyParser: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await Promise.all([database.open(), redis.open()]);
    await app?.close();
    await Promise.all([database.cut(), redis.cut()]);
    await db?.drop();
  });

  it('answers 200 with the database and Redis up', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { details: { database: { status: 'up' }, redis: { status: 'up' } } } });
  });

  it('answers 503 naming Redis while its connection is lost, and 200 again once it is back', async () => {
    await redis.cut();
    expect(await health()).toMatchObject({ status: 503, body: { details: { database: { status: 'up' }, redis: { status: 'down' } } } });
    await redis.open();
    await eventuallyStatus(health, 200);
  });

  it('answers 503 naming the database while its connection is lost, and 200 again once it is back', async () => {
    await database.cut();
    expect(await health()).toMatchObject({ status: 503, body: { details: { database: { status: 'down' }, redis: { status: 'up' } } } });
    await database.open();
    await eventuallyStatus(health, 200);
  });

  it('serves its metrics beside the health, with the pool’s connections', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/^petition_db_pool_connections\{state="total"\} \d+/m);
    expect(text).toMatch(/^petition_http_request_duration_seconds_count\{method="GET",route="\/health",status="503"\} [1-9]/m);
  });
});

async function eventuallyStatus(check: () => Promise<{ status: number }>, status: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await check()).status !== status) {
    if (Date.now() > deadline) throw new Error(`health did not answer ${status} in time`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
