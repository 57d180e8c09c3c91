import { Controller, Get, Inject, Module } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { REDIS } from '../redis/index.js';
import { ConfigError, portFrom } from '../config/index.js';
import { MetricsModule } from '../metrics/index.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(1500),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            await this.redis.ping();
          })
          .withTimeout(1500),
    ]);
  }
}

/** `GET /health`: the database and Redis, for load balancers and `npm run up`. Needs REDIS provided. */
@Module({ imports: [TerminusModule], controllers: [HealthController] })
export class HealthModule {}

/** Each worker's HTTP port: its variable, or the gateway's port plus the worker's offset (+11 cases, +12 meetings, +13 assessment). */
export const WORKER_PORTS = {
  cases: { variable: 'CASES_WORKER_PORT', offset: 11 },
  meetings: { variable: 'MEETINGS_WORKER_PORT', offset: 12 },
  assessment: { variable: 'ASSESSMENT_WORKER_PORT', offset: 13 },
} as const;

export function workerPortFrom(env: NodeJS.ProcessEnv, service: keyof typeof WORKER_PORTS): number {
  const { variable, offset } = WORKER_PORTS[service];
  const port = env[variable] ? Number(env[variable]) : portFrom(env, 'GATEWAY_PORT', 4000) + offset;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`${variable} must be a port number (got ${env[variable] ?? port})`);
  return port;
}

/** A worker's HTTP side: `/health` (database and Redis) and `/metrics`, open, for the operator's probes and scraper. */
@Module({ imports: [HealthModule, MetricsModule.forRoot()] })
export class WorkerHttpModule {}

/** Starts serving a worker's health and metrics; the worker's own work is unaffected by it. */
export async function serveWorkerHttp(app: NestExpressApplication, port: number): Promise<void> {
  app.enableShutdownHooks();
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
}
