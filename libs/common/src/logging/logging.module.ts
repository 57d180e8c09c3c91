import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule, PARAMS_PROVIDER_TOKEN, PinoLogger, type Params } from 'nestjs-pino';
import { httpLoggerOptions, logDestination, logSettingsFrom } from './log-settings.js';
import { ServiceLogger } from './service-logger.js';

/**
 * pino for a process: the access log and request-scoped logger of every HTTP request (nestjs-pino
 * keeps it in AsyncLocalStorage, so Nest's `Logger` anywhere in the request writes through it),
 * and `ServiceLogger` for `app.useLogger`. Settings come from `LOG_FORMAT` and `LOG_LEVEL`.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const settings = logSettingsFrom(env);
    const destination = logDestination(settings);
    const options = httpLoggerOptions(settings);
    // assignResponse: the tenant, user and operation assigned during a request reach its access line too.
    const params: Params = { pinoHttp: destination ? [options, destination] : options, assignResponse: true };
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(params)],
      providers: [
        {
          provide: ServiceLogger,
          useFactory: (logger: PinoLogger, loggerParams: Params) => new ServiceLogger(logger, loggerParams),
          inject: [PinoLogger, PARAMS_PROVIDER_TOKEN],
        },
      ],
      exports: [ServiceLogger, LoggerModule],
    };
  }
}
