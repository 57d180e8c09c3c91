import { Controller, Get, Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';

/** Whether the gateway has loaded its supergraph, as Apollo Server reports it. */
@Injectable()
export class SupergraphState {
  private loadedAt: Date | null = null;

  plugin(): ApolloServerPlugin {
    return {
      serverWillStart: async () => ({
        schemaDidLoadOrUpdate: () => {
          this.loadedAt = new Date();
        },
      }),
    };
  }

  /** When it was loaded, or null before. */
  describe(): { loadedAt: string } | null {
    return this.loadedAt ? { loadedAt: this.loadedAt.toISOString() } : null;
  }
}

/** `GET /health`: up once the supergraph is loaded. The subgraphs report their own health. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly supergraph: SupergraphState,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => {
        const loaded = this.supergraph.describe();
        return loaded ? this.indicators.check('supergraph').up(loaded) : this.indicators.check('supergraph').down('supergraph not loaded');
      },
    ]);
  }
}
