import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { TerminusModule } from '@nestjs/terminus';
import { APP_CONFIG, ConfigError, loadConfig, type AppConfig } from '#common/config';
import { TokenService } from '#common/auth';
import {
  HidePoweredByHeader,
  buildRequestContext,
  forbidNulBytesPlugin,
  hideSuggestionsWithoutTokenPlugin,
  httpResponsePlugin,
  requireTokenPlugin,
  type RequestContext,
} from '#common/graphql';
import { gatewaySettingsFromEnv, type GatewaySettings } from './gateway.settings.js';

import { SubgraphDataSource } from './subgraph-data-source.js';
import { formatGatewayError } from './errors.js';
import { queryLimitsPlugin } from './plugins/query-limits.plugin.js';
import { valueCompletionErrorsPlugin } from './plugins/value-completion.plugin.js';
import { HealthController, SupergraphState } from './health.js';
import { GraphiQLController } from './graphiql/graphiql.controller.js';

/** Root fields callable without a token: logging in, and a petitioner rating through the delivered link. */
const PUBLIC_ROOT_FIELDS = ['login', 'rateCaseByToken'];

export interface GatewayOptions {
  /** Overrides the environment (tests point the gateway at their own subgraphs). */
  settings?: GatewaySettings;
  config?: AppConfig;
}

@Global()
@Module({})
class GatewayCoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: GatewayCoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, TokenService, SupergraphState],
      exports: [TokenService, SupergraphState],
    };
  }
}

function gatewayConfig(settings: GatewaySettings, config: AppConfig, tokens: TokenService, supergraph: SupergraphState): ApolloGatewayDriverConfig {
  return {
    server: {
      path: '/graphql',
      // Also switches off Apollo Server's landing page, which loads from a CDN; /graphiql serves the IDE.
      graphiql: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      formatError: formatGatewayError,
      context: ({ req }: { req: RequestContext['req'] }) => buildRequestContext(tokens, req, config.trustedProxyHops),
      // The token check comes first and decides synchronously, so a caller without a valid token
      // learns only that, whatever else is wrong with the operation.
      plugins: [
        requireTokenPlugin(PUBLIC_ROOT_FIELDS),
        forbidNulBytesPlugin(),
        queryLimitsPlugin(settings.limits),
        valueCompletionErrorsPlugin(),
        hideSuggestionsWithoutTokenPlugin(),
        httpResponsePlugin(),
        supergraph.plugin(),
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

/** The federation gateway: one GraphQL endpoint in front of the subgraphs, plus /graphiql and /health. */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayOptions = {}): DynamicModule {
    const settings = options.settings ?? gatewaySettingsFromEnv();
    const config = options.config ?? loadConfig();
    return {
      module: GatewayModule,
      imports: [
        GatewayCoreModule.register(config),
        TerminusModule,
        GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          inject: [TokenService, SupergraphState],
          useFactory: (tokens: TokenService, supergraph: SupergraphState) => gatewayConfig(settings, config, tokens, supergraph),
        }),
      ],
      controllers: [HealthController, GraphiQLController],
      providers: [HidePoweredByHeader],
    };
  }
}
