import {
  Controller,
  Get,
  Inject,
  Module,
  Optional,
  Req,
  Res,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { ErrorCode } from '../errors/index.js';
import { httpRequestDuration, metricsRegistry } from './registry.js';
import { routeLabel } from './names.js';
import { mayReadMetrics, type MetricsAccessPolicy } from './metrics-access.js';

const METRICS_ACCESS = Symbol('METRICS_ACCESS');

/** Times every HTTP request, labelled by the route pattern the router matched, once the answer is sent. */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const route = routeLabel({ routePath: (req.route as { path?: string } | undefined)?.path, baseUrl: req.baseUrl, path: req.path });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    httpRequestDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
  });
  next();
}

/** `GET /metrics`: the process's metrics in Prometheus's text format. */
@Controller('metrics')
export class MetricsController {
  constructor(@Optional() @Inject(METRICS_ACCESS) private readonly access: MetricsAccessPolicy | undefined) {}

  @Get()
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (this.access && !mayReadMetrics({ socketAddress: req.socket.remoteAddress, headers: req.headers }, this.access)) {
      res.status(403).json({ code: ErrorCode.FORBIDDEN, message: '监控指标仅对内网或持有监控令牌的请求开放' });
      return;
    }
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}

export interface MetricsModuleOptions {
  /**
   * Serve /metrics only to private addresses or `METRICS_TOKEN` bearers (the gateway, which faces
   * the internet). Subgraphs and workers are internal: open.
   */
  guarded?: boolean;
}

/** `/metrics` and HTTP request durations for an HTTP process (subgraph, gateway, worker). */
@Module({})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(httpMetricsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  static forRoot(options: MetricsModuleOptions = {}): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: options.guarded
        ? [
            {
              provide: METRICS_ACCESS,
              inject: [APP_CONFIG],
              useFactory: (config: AppConfig): MetricsAccessPolicy => ({
                trustedProxyHops: config.trustedProxyHops,
                token: process.env.METRICS_TOKEN || undefined,
              }),
            },
          ]
        : [],
    };
  }
}
