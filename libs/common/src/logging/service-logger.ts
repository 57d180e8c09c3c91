import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';

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
@Injectable()
export class ServiceLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) this.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

/**
 * Makes a process log through pino as `service` (gateway, cases, cases-worker, …): every line it
 * writes from now on, and those Nest buffered while starting (`bufferLogs: true`), carry the name.
 */
export function useServiceLogger(app: INestApplicationContext, service: string): void {
  PinoLogger.root.setBindings({ service });
  app.useLogger(app.get(ServiceLogger));
  app.flushLogs();
}
