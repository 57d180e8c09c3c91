import {
  Global,
  Inject,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { stopTelemetry } from '#common/telemetry';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, ConfigError, loadConfig, type AppConfig } from '#common/config';
import { TokenService } from '#common/auth';
import { LoggingModule, logFieldsPlugin } from '#common/logging';
import { PinoLogger } from 'nestjs-pino';
import {
  HidePoweredByHeader,
  buildRequestContext,
  forbidNulBytesPlugin,
  hideSuggestionsWithoutTokenPlugin,
  httpResponsePlugin,
  requireTokenPlugin,
  type RequestContext,
} from '#common/graphql';
import { MetricsModule, graphqlMetricsPlugin } from '#common/metrics';
import { GATEWAY_SETTINGS, gatewaySettingsFromEnv, type GatewaySettings } from './gateway.settings.js';

import { SubgraphDataSource } from './subgraph-data-source.js';
import { formatGatewayError } from './errors.js';
import { queryLimitsPlugin } from './plugins/query-limits.plugin.js';
import { valueCompletionErrorsPlugin } from './plugins/value-completion.plugin.js';
import { HealthController, SupergraphState } from './health.js';
import { GraphiQLController } from './graphiql/graphiql.controller.js';
import { SessionController } from './session/session.controller.js';
import { GatewayExecutor } from './session/gateway-executor.js';
import { cookieAsBearer } from './session/session-cookie.js';
import { consoleFiles, portalFiles } from './console/console-files.js';
import { ForwardingController } from './forwarding/forwarding.controller.js';

/** Root fields callable without a token: logging in, and a petitioner rating through the delivered link. */
const PUBLIC_ROOT_FIELDS = ['login', 'rateCaseByToken'];

export interface GatewayOptions {
  /** Overrides the environment (tests point the gateway at their own subgraphs). */
  settings?: GatewaySettings;
  config?: AppConfig;
}

@Global()
@Module({})
class GatewayCoreModule implements OnApplicationShutdown {
  static register(config: AppConfig, settings: GatewaySettings): DynamicModule {
    return {
      module: GatewayCoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: GATEWAY_SETTINGS, useValue: settings }, TokenService, SupergraphState],
      exports: [APP_CONFIG, GATEWAY_SETTINGS, TokenService, SupergraphState],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return stopTelemetry();
  }
}

function gatewayConfig(
  settings: GatewaySettings,
  config: AppConfig,
  tokens: TokenService,
  supergraph: SupergraphState,
  logger: PinoLogger,
): ApolloGatewayDriverConfig {
  // @apollo/gateway otherwise reports usage to Apollo's servers, probing the cloud providers'
  // metadata services first: a petition office's gateway sends nothing out of its network.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return {
    server: {
      path: '/graphql',
      // Also switches off Apollo Server's landing page, which loads from a CDN; /graphiql serves the IDE.
      graphiql: false,
      introspection: true,
      // Refuses requests a browser sends cross-site without a preflight (forms, plain GETs), which
      // would otherwise carry the session cookie; on by default, stated because the cookie relies on it.
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      formatError: formatGatewayError,
      context: ({ req }: { req: RequestContext['req'] }) => buildRequestContext(tokens, req, config.trustedProxyHops),
      // The metrics only observe; the token check comes first of the checks and decides synchronously, so a caller without a valid token
      // learns only that, whatever else is wrong with the operation.
      plugins: [
        graphqlMetricsPlugin(),
        requireTokenPlugin(PUBLIC_ROOT_FIELDS),
        forbidNulBytesPlugin(),
        queryLimitsPlugin(settings.limits),
        valueCompletionErrorsPlugin(),
        hideSuggestionsWithoutTokenPlugin(),
        httpResponsePlugin(),
        supergraph.plugin(),
        logFieldsPlugin(logger),
      ],
    },
    gateway: {
      supergraphSdl: settings.supergraphSdl,
      buildService: ({ name }) => {
        const url = settings.subgraphUrls[name];
        if (!url) throw new ConfigError(`the supergraph has a subgraph "${name}" that the gateway has no URL for`);
        return new SubgraphDataSource(name, url, tokens.clientAddressKey);
      },
    },
  };
}

/**
 * The federation gateway: one GraphQL endpoint in front of the subgraphs, plus the staff console
 * at /, its session at /session, /graphiql, /health and /metrics (private addresses or `METRICS_TOKEN`).
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(@Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieAsBearer).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
    consumer.apply(portalFiles(this.settings.portalDir), consoleFiles(this.settings.consoleDir)).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  static forRoot(options: GatewayOptions = {}): DynamicModule {
    const settings = options.settings ?? gatewaySettingsFromEnv();
    const config = options.config ?? loadConfig();
    return {
      module: GatewayModule,
      imports: [
        GatewayCoreModule.register(config, settings),
        LoggingModule.forRoot(),
        TerminusModule,
        MetricsModule.forRoot({ guarded: true }),
        GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          inject: [TokenService, SupergraphState, PinoLogger],
          useFactory: (tokens: TokenService, supergraph: SupergraphState, logger: PinoLogger) => gatewayConfig(settings, config, tokens, supergraph, logger),
        }),
      ],
      controllers: [HealthController, GraphiQLController, SessionController, ForwardingController],
      providers: [HidePoweredByHeader, GatewayExecutor],
    };
  }
}
