import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams, logSettingsFrom } from './log-settings.js';

/**
 * pino for a process: the access log and request-scoped logger of every HTTP request (nestjs-pino
 * keeps it in AsyncLocalStorage, so Nest's `Logger` anywhere in the request writes through it), and
 * `PinoLogger` for the GraphQL plugin and the workers. Settings come from `LOG_FORMAT` and `LOG_LEVEL`.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return { module: LoggingModule, imports: [LoggerModule.forRoot(loggerParams(logSettingsFrom(env)))], exports: [LoggerModule] };
  }
}
