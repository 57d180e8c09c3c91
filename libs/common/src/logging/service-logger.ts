import { Logger, PinoLogger } from 'nestjs-pino';
import { loggerParams, logSettingsFrom } from './log-settings.js';

/**
 * Nest's start-up narration (every module loaded, every route mapped): logged at debug, so that a
 * process starts with its own few lines and `LOG_LEVEL=debug` still shows the rest.
 */
const START_UP_CONTEXTS: ReadonlySet<string> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
  'GraphQLGatewayModule',
]);

/** Nest's logger interface over pino, with the start-up narration moved to debug. */
export class ServiceLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) this.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/**
 * The logger a process hands to `NestFactory` (`logger:`): JSON (or pretty) lines naming the
 * process as `service` (gateway, cases, cases-worker, …) from its first line on, also when it fails
 * to start. Built before the application, it is the pino instance the application's middleware and
 * `PinoLogger`s then share.
 */
export function serviceLogger(service: string, env: NodeJS.ProcessEnv = process.env): ServiceLogger {
  const params = loggerParams(logSettingsFrom(env), service);
  return new ServiceLogger(new PinoLogger(params), params);
}
