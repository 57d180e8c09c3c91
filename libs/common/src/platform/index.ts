import type { Server } from 'node:http';
import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject, Logger, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, loadConfig, type AppConfig } from '../config/index.js';
import { ErrorCode } from '../errors/index.js';
import { dataSourceOptions, type ServiceDatabase } from '../db/index.js';
import { createRedis, REDIS } from '../redis/index.js';
import { TokenService, TokenStates, RolesGuard } from '../auth/index.js';
import { TenantTransactions } from '../tenancy/index.js';
import { HealthModule } from '../health/index.js';
import { DatabaseMetrics, MetricsModule, graphqlMetricsPlugin } from '../metrics/index.js';
import { stopTelemetry } from '../telemetry/index.js';
import { FILE_STORAGE, LocalDiskStorage } from '../files/index.js';
import { Clock, FileClock, ShiftedClock, SystemClock } from '../clock/index.js';
import { HidePoweredByHeader, ResolverErrorFilter, inputValidationPipe, subgraphConfig } from '../graphql/index.js';
import { LoggingModule, logFieldsPlugin } from '../logging/index.js';

/** What a service's root module accepts (HTTP process, worker, seed). */
export interface ServiceModuleOptions {
  /** Overrides the environment; tests pass their own database. */
  config?: AppConfig;
  /** Overrides the clock (tests of time-dependent rules). */
  clock?: Clock;
}

export interface PlatformOptions {
  database: ServiceDatabase;
  /** Overrides the environment (tests point each file at its own database). */
  config?: AppConfig;
  clock?: Clock;
}

@Global()
@Module({})
class CoreProvidersModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static register(options: PlatformOptions): DynamicModule {
    const config = options.config ?? loadConfig();
    return {
      module: CoreProvidersModule,
      imports: [
        LoggingModule.forRoot(),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.appDatabaseUrl, options.database, undefined, { preparedStatements: config.preparedStatements }) }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: REDIS, useFactory: () => createRedis(config.redisUrl, options.database.name) },
        { provide: Clock, useValue: options.clock ?? clockFrom(config) },
        TokenStates,
        TokenService,
        TenantTransactions,
        { provide: FILE_STORAGE, useFactory: () => new LocalDiskStorage(config.filesDir) },
        DatabaseMetrics,
      ],
      exports: [APP_CONFIG, REDIS, Clock, TokenStates, TokenService, TenantTransactions, TypeOrmModule, FILE_STORAGE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
    await stopTelemetry();
  }
}

/** The clock the configuration names: a file (tests move it), a shifted start (demos) or the system time. */
export function clockFrom(config: AppConfig): Clock {
  if (config.clockFile) return new FileClock(config.clockFile);
  return config.clockStart ? new ShiftedClock(config.clockStart) : new SystemClock();
}

/**
 * What every process of a service needs: configuration, its database as the app role, Redis,
 * tokens and tenant transactions. Workers import this alone.
 */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    return { module: PlatformModule, imports: [CoreProvidersModule.register(options)] };
  }
}

export interface SubgraphOptions {
  /**
   * Entities this subgraph only adds fields to: no field of its own returns them, and the
   * code-first generator leaves such types out of the schema unless named (nestjs/graphql#903).
   */
  orphanedTypes?: Type[];
}

/**
 * The HTTP side of a subgraph: GraphQL (federation 2) with token verification, the global role
 * guard, input validation, `/health`, `/metrics` (open: subgraphs are internal), and no `X-Powered-By`.
 */
@Module({})
export class SubgraphModule {
  static forRoot(publicRootFields: readonly string[] = [], options: SubgraphOptions = {}): DynamicModule {
    return {
      module: SubgraphModule,
      imports: [
        HealthModule,
        MetricsModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [TokenService, PinoLogger],
          useFactory: (tokens: TokenService, logger: PinoLogger) => {
            const config = subgraphConfig(tokens, publicRootFields);
            return {
              ...config,
              // Metrics first, so an operation's time includes the other plugins'.
              plugins: [graphqlMetricsPlugin(), ...(config.plugins ?? []), logFieldsPlugin(logger)],
              buildSchemaOptions: { orphanedTypes: options.orphanedTypes ?? [] },
            };
          },
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: ResolverErrorFilter },
        HidePoweredByHeader,
      ],
    };
  }
}

/**
 * How long an idle kept-alive connection stays open. The gateway reuses its connections to the
 * subgraphs; Node's default (5 s) lets a subgraph close one just as a busy gateway sends on it
 * ("socket hang up"). A minute keeps the server well behind the client's idle timeout.
 */
const KEEP_ALIVE_MS = 65_000;

/** What body-parser says of a body it could not read, as a client should hear it. */
const UNREADABLE_BODY: Readonly<Record<string, { status: number; message: string }>> = {
  'entity.parse.failed': { status: 400, message: '请求体不是有效的 JSON' },
  'entity.too.large': { status: 413, message: '请求体过大' },
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Answers a request body that could not be parsed with the API's own error shape — GraphQL's
 * `errors` on /graphql, `{ code, message }` elsewhere — and a Chinese message, instead of the
 * framework's English default. Other errors go on to the framework.
 */
function unreadableBodyHandler(error: BodyParserError, req: Request, res: Response, next: NextFunction): void {
  const status = error.status ?? 500;
  if (status < 400 || status >= 500) return next(error);
  const known = UNREADABLE_BODY[error.type ?? ''] ?? { status, message: '请求体无法解析' };
  const code = ErrorCode.VALIDATION;
  res
    .status(known.status)
    .json(req.path.startsWith('/graphql') ? { errors: [{ message: known.message, extensions: { code } }] } : { code, message: known.message });
}

/**
 * Starts serving HTTP for a service process (subgraph or gateway) with the shared connection
 * settings. The app is created with `bodyParser: false`: the parsers are registered here, followed
 * by the handler that answers what they refuse.
 */
export async function serveHttp(app: NestExpressApplication, port: number): Promise<void> {
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use(unreadableBodyHandler);
  app.enableShutdownHooks();
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Must outlast keepAliveTimeout, or Node closes a kept-alive socket mid-request.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  new Logger('Http').log(`listening on ${host}:${port}`);
}
